#include "socketrecord.h"

namespace SocketScope {

quint32 SocketRecord::apply(const Event &e)
{
    quint32 changed = 0;
    const auto setEndpoints = [&] {
        if (e.kind == EventKind::Segment)
            return;
        if (e.local && e.local != local) {
            local = e.local;
            changed |= FieldEndpoints;
        }
        // A datagram's peer and an accepted connection's client are not this socket's remote.
        if (e.kind != EventKind::DatagramSent && e.kind != EventKind::DatagramReceived
            && e.kind != EventKind::Accepted && e.kind != EventKind::Impaired
            && e.kind != EventKind::GroupJoined && e.kind != EventKind::GroupLeft) {
            if (e.remote && e.remote != remote) {
                remote = e.remote;
                changed |= FieldEndpoints;
            }
        }
        if (e.host && !host) {
            host = e.host;
            changed |= FieldEndpoints;
        }
    };
    const auto setApp = [&](AppState state) {
        if (app != state) {
            app = state;
            changed |= FieldAppState;
        }
    };

    setEndpoints();
    switch (e.kind) {
    case EventKind::SocketOpened:
        id = e.socket;
        role = e.role;
        proto = e.proto;
        openedAt = e.t;
        if (role == SocketRole::Accepted) {
            parent = qint32(e.value);
            setApp(AppState::Connected);
        }
        changed |= FieldEndpoints | FieldAppState;
        break;
    case EventKind::Bound:
        setApp(AppState::Bound);
        break;
    case EventKind::Listening:
        backlog = qint32(e.value);
        setApp(AppState::Listening);
        break;
    case EventKind::ConnectStarted:
        setApp(AppState::Connecting);
        break;
    case EventKind::Connected:
        setApp(AppState::Connected);
        break;
    case EventKind::Queue:
        queueLength = qint32(e.value);
        queueLimit = qint32(e.value2);
        changed |= FieldQueue;
        break;
    case EventKind::AcceptingPaused:
    case EventKind::AcceptingResumed:
        acceptingPaused = e.kind == EventKind::AcceptingPaused;
        changed |= FieldQueue | FieldAppState;
        break;
    case EventKind::DataSent:
    case EventKind::DatagramSent:
        bytesOut += e.value;
        ++packetsOut;
        changed |= FieldTraffic;
        break;
    case EventKind::DataReceived:
    case EventKind::DatagramReceived:
        bytesIn += e.value;
        ++packetsIn;
        changed |= FieldTraffic;
        break;
    case EventKind::Shutdown:
        setApp(e.source == EventSource::App ? AppState::HalfClosed : AppState::PeerClosed);
        break;
    case EventKind::CloseCalled:
        if (isOpen())
            setApp(AppState::Closing);
        break;
    case EventKind::Closed:
    case EventKind::Aborted:
        if (app != AppState::Failed)
            setApp(e.kind == EventKind::Aborted ? AppState::Aborted : AppState::Closed);
        closedAt = e.t;
        changed |= FieldClosed;
        break;
    case EventKind::Error:
        lastErrorCode = e.value;
        lastError = e.text;
        changed |= FieldError;
        if (app == AppState::Opening || app == AppState::Connecting || app == AppState::Bound)
            setApp(AppState::Failed);
        break;
    case EventKind::State:
        if (e.toState == TcpState::Gone) {
            gone = true;
            changed |= FieldGone;
        } else if (kernel != e.toState) {
            kernel = e.toState;
            changed |= FieldKernelState;
        }
        break;
    case EventKind::TcpInfo:
        if (cwnd != e.value || srttUs != e.value2 || retransmissions != qint64(e.length)) {
            cwnd = e.value;
            srttUs = e.value2;
            retransmissions = e.length;
            changed |= FieldTcpInfo;
        }
        break;
    default:
        break;
    }
    return changed;
}

} // namespace SocketScope
