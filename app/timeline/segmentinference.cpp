#include "segmentinference.h"

#include "lab/laberror.h"

namespace SocketScope {

SegmentInference::End &SegmentInference::end(LaneId lane)
{
    Q_ASSERT(lane >= 0);
    if (size_t(lane) >= m_ends.size())
        m_ends.resize(size_t(lane) + 1);
    return m_ends[size_t(lane)];
}

void SegmentInference::setCaptured(LaneId a, LaneId b)
{
    m_captured.emplace(qMin(a, b), qMax(a, b));
}

bool SegmentInference::isCaptured(LaneId a, LaneId b) const
{
    return m_captured.count({qMin(a, b), qMax(a, b)}) > 0;
}

void SegmentInference::emitSegment(std::vector<Segment> &out, LaneId from, LaneId to, quint8 flags,
    InferenceReason reason, bool before, qint32 bytes)
{
    if (from < 0 || to < 0 || from == to || isCaptured(from, to))
        return;
    out.push_back({from, to, flags, bytes, reason, before});
}

void SegmentInference::handshake(
    std::vector<Segment> &out, LaneId client, LaneId server, InferenceReason reason, bool before)
{
    if (client < 0 || server < 0)
        return;
    End &c = end(client);
    if (c.established)
        return;
    if (!c.synSent)
        emitSegment(out, client, server, FlagSyn, reason, before);
    emitSegment(out, server, client, FlagSyn | FlagAck, reason, before);
    emitSegment(out, client, server, FlagAck, reason, before);
    c.synSent = true;
    c.established = true;
}

void SegmentInference::fin(
    std::vector<Segment> &out, LaneId sender, LaneId receiver, InferenceReason reason, bool before)
{
    if (sender < 0 || receiver < 0)
        return;
    End &s = end(sender);
    if (s.finSent || s.rstSent)
        return;
    End &r = end(receiver);
    // FIN, ACK, FIN, ACK: a FIN that crosses an unacknowledged one still follows its ACK.
    if (r.finSent && !r.finAcked)
        finAck(out, receiver, sender, InferenceReason::FinAcknowledged, before);
    emitSegment(out, sender, receiver, FlagFin | FlagAck, reason, before);
    s.finSent = true;
    // A program that already closed cannot answer, but its kernel still does, from the socket
    // it keeps in TIME_WAIT: the last ACK follows at once.
    if (r.appClosed && r.finSent)
        finAck(out, sender, receiver, InferenceReason::FinAcknowledged, before);
}

void SegmentInference::finAck(
    std::vector<Segment> &out, LaneId sender, LaneId receiver, InferenceReason reason, bool before)
{
    if (sender < 0 || receiver < 0)
        return;
    End &s = end(sender);
    if (!s.finSent || s.finAcked)
        return;
    emitSegment(out, receiver, sender, FlagAck, reason, before);
    s.finAcked = true;
}

void SegmentInference::observe(const Event &e, const Context &c, std::vector<Segment> &out)
{
    if (c.self < 0 || e.proto == Protocol::Udp)
        return;
    End &me = end(c.self);
    const LaneId self = c.self;
    const LaneId peer = c.peer;
    // Until accept() hands out the connection, a client's segments go to the listener.
    const LaneId server
        = c.role == SocketRole::Client && c.listener >= 0 && !me.established ? c.listener : peer;

    switch (e.kind) {
    case EventKind::SocketOpened:
        if (e.role == SocketRole::Accepted) {
            // accept() only returns completed connections.
            handshake(out, peer, c.listener, InferenceReason::AcceptReturned, true);
            me.synSent = true;
            me.established = true;
        }
        break;
    case EventKind::Accepted:
        // The listener's accept() returned: the client's handshake is complete by now.
        if (c.role == SocketRole::Listener)
            handshake(out, peer, self, InferenceReason::AcceptReturned, true);
        break;
    case EventKind::ConnectStarted:
        if (!me.synSent) {
            emitSegment(out, self, server, FlagSyn, InferenceReason::ConnectCalled, false);
            me.synSent = true;
        }
        break;
    case EventKind::Connected:
        if (c.role == SocketRole::Client)
            handshake(out, self, server, InferenceReason::ConnectSucceeded, true);
        break;
    case EventKind::DataSent:
        emitSegment(out, self, peer, FlagPsh | FlagAck, InferenceReason::DataSent, false,
            qint32(qMin<qint64>(e.value, 0x7fffffff)));
        break;
    case EventKind::DataReceived:
        if (c.peerIsOutside)
            emitSegment(out, peer, self, FlagPsh | FlagAck, InferenceReason::DataArrived, true,
                qint32(qMin<qint64>(e.value, 0x7fffffff)));
        break;
    case EventKind::Shutdown:
        if (e.source == EventSource::App) {
            if (me.established)
                fin(out, self, peer, InferenceReason::CloseCalled, false);
        } else if (peer >= 0) {
            // Qt saw the end of the stream: the peer's FIN arrived, and our kernel ACKed it.
            fin(out, peer, self, InferenceReason::PeerClosedSeen, true);
            finAck(out, peer, self, InferenceReason::PeerClosedSeen, true);
        }
        break;
    case EventKind::OptionSet:
        // What the kernel reports back decides; where it could not be read, what was asked.
        if (SocketOption(e.flags) == SocketOption::Linger)
            me.lingerZero = e.value2 == kOptionUnread ? e.value == 0 : e.value2 == 0;
        break;
    case EventKind::CloseCalled:
    case EventKind::Closed:
        if (me.established && c.role != SocketRole::Listener) {
            if (me.lingerZero && !me.finSent) {
                // Linger 0: the kernel throws the connection away with RST, as abort() does,
                // and the socket goes straight to CLOSED, never through FIN_WAIT1.
                if (!me.rstSent && !me.appClosed)
                    emitSegment(out, self, peer, FlagRst, InferenceReason::AbortCalled, false);
                me.rstSent = true;
            } else if (!me.rstSent) {
                fin(out, self, peer,
                    e.kind == EventKind::CloseCalled ? InferenceReason::CloseCalled
                                                     : InferenceReason::SocketClosed,
                    false);
            }
        }
        me.appClosed = true;
        break;
    case EventKind::Aborted:
        if (me.established && !me.rstSent && !(me.finSent && peer >= 0 && end(peer).finSent)) {
            emitSegment(out, self, peer, FlagRst, InferenceReason::AbortCalled, false);
            me.rstSent = true;
        }
        me.appClosed = true;
        break;
    case EventKind::Error:
        if (e.value == LabError::ConnectionReset && peer >= 0 && !end(peer).rstSent) {
            emitSegment(out, peer, self, FlagRst, InferenceReason::ResetSeen, true);
            end(peer).rstSent = true;
        } else if (e.value == LabError::ConnectionRefused && me.synSent && !me.established) {
            // Nobody listens there: the other kernel answered SYN with RST.
            emitSegment(out, server, self, FlagRst | FlagAck, InferenceReason::ResetSeen, true);
        }
        break;
    case EventKind::State: {
        const TcpState to = e.toState;
        switch (to) {
        case TcpState::SynSent:
            if (!me.synSent) {
                emitSegment(out, self, server, FlagSyn, InferenceReason::KernelState, true);
                me.synSent = true;
            }
            break;
        case TcpState::Established:
            if (c.role == SocketRole::Client)
                handshake(out, self, server, InferenceReason::KernelState, true);
            break;
        case TcpState::FinWait1:
        case TcpState::LastAck:
        case TcpState::Closing:
            fin(out, self, peer, InferenceReason::KernelState, true);
            break;
        case TcpState::FinWait2:
            fin(out, self, peer, InferenceReason::KernelState, true);
            finAck(out, self, peer, InferenceReason::KernelState, true);
            break;
        case TcpState::CloseWait:
            fin(out, peer, self, InferenceReason::KernelState, true);
            finAck(out, peer, self, InferenceReason::KernelState, true);
            break;
        case TcpState::TimeWait:
            fin(out, self, peer, InferenceReason::KernelState, true);
            finAck(out, self, peer, InferenceReason::KernelState, true);
            fin(out, peer, self, InferenceReason::KernelState, true);
            finAck(out, peer, self, InferenceReason::KernelState, true);
            break;
        case TcpState::Close:
        case TcpState::Gone:
            if (me.kernel == TcpState::LastAck)
                finAck(out, self, peer, InferenceReason::KernelState, true);
            break;
        default:
            break;
        }
        if (to != TcpState::Unknown)
            me.kernel = to;
        break;
    }
    default:
        break;
    }
}

} // namespace SocketScope
