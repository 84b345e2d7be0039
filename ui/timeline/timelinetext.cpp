#include "timelinetext.h"

#include "journal/journal.h"
#include "models/eventexplanations.h"
#include "models/labels.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QLocale>

namespace SocketScope {

QString TimelineText::segmentName(quint8 flags)
{
    if (flags & FlagRst)
        return QStringLiteral("RST");
    if (flags & FlagSyn)
        return (flags & FlagAck) ? QStringLiteral("SYN+ACK") : QStringLiteral("SYN");
    if (flags & FlagFin)
        return QStringLiteral("FIN");
    if (flags & FlagPsh)
        return QStringLiteral("data");
    if (flags & FlagAck)
        return QStringLiteral("ACK");
    return segmentFlagsName(flags);
}

QString TimelineText::arrowLabel(const TimelineItem &item)
{
    if (item.kind == TimelineItem::Datagram)
        return tr("datagram %1", "arrow label; %1 is a size like 12 B").arg(Labels::bytes(item.value));
    const quint8 flags = item.code;
    if ((flags & (FlagSyn | FlagFin | FlagRst)) == 0 && item.value > 0)
        return tr("data %1", "arrow label; %1 is a size like 5 B").arg(Labels::bytes(item.value));
    return segmentName(flags);
}

QString TimelineText::arrowName(const TimelineItem &item)
{
    if (item.kind == TimelineItem::Datagram)
        return arrowLabel(item);
    const quint8 flags = item.code;
    if (flags & (FlagSyn | FlagRst))
        return segmentName(flags);
    // Data: its flags as Wireshark names them, then how many bytes it carries.
    QString name;
    if (flags & FlagFin)
        name = QStringLiteral("FIN");
    else if ((flags & (FlagPsh | FlagAck)) == (FlagPsh | FlagAck))
        name = QStringLiteral("PSH+ACK");
    else if (flags & FlagPsh)
        name = QStringLiteral("PSH");
    else if (flags & FlagAck)
        name = QStringLiteral("ACK");
    else
        name = segmentName(flags);
    if (item.value <= 0)
        return name;
    return tr("%1 %2", "arrow label: TCP flags, then a size like 5 B").arg(name, Labels::bytes(item.value));
}

QString TimelineText::arrowFlags(const TimelineItem &item)
{
    if (item.kind == TimelineItem::Datagram)
        return tr("datagram", "arrow label with no size, where there is no room for one");
    TimelineItem flagsOnly = item;
    flagsOnly.value = 0;
    return arrowName(flagsOnly);
}

QString TimelineText::segmentNumbers(
    quint32 seq, std::optional<quint32> ack, std::optional<quint64> window, bool windowScaleKnown)
{
    QString text = tr("seq %1", "TCP sequence number on an arrow").arg(seq);
    if (ack)
        text += QLatin1Char(' ') + tr("ack %1", "TCP acknowledgement number on an arrow").arg(*ack);
    if (window && windowScaleKnown)
        text += QLatin1Char(' ') + tr("win %1", "TCP window size in bytes on an arrow").arg(*window);
    else if (window)
        text += QLatin1Char(' ')
            + tr("win %1 (scale unknown)",
                "TCP window on an arrow, as written in the header: the connection's start, which says "
                "by how much to multiply it, was not seen")
                  .arg(*window);
    return text;
}

QString TimelineText::windowExplained(const SequenceOrigins::Window &window)
{
    using Scale = SequenceOrigins::Window::Scale;
    switch (window.scale) {
    case Scale::Applied:
        return tr("Window: %1 bytes. The header field says %2; both SYNs offered window scaling, and "
                  "this side's scale is %3, so the field is multiplied by %4.",
            "tooltip of a TCP segment; %3 is the shift, %4 is 2 to the power of it")
            .arg(window.bytes)
            .arg(window.field)
            .arg(window.shift)
            .arg(quint64(1) << window.shift);
    case Scale::Off:
        return tr("Window: %1 bytes, as the header field says. One side's SYN did not offer window "
                  "scaling, so neither side scales it.",
            "tooltip of a TCP segment")
            .arg(window.bytes);
    case Scale::InSyn:
        return tr("Window: %1 bytes, as the header field says. The window in a SYN is never scaled: "
                  "the scale is only being agreed on.",
            "tooltip of a TCP segment")
            .arg(window.bytes);
    case Scale::NoHandshake:
        return tr("Window: the header field says %1, scale unknown. The SYNs that say by how much to "
                  "multiply it were not seen (the capture began after this connection started), so "
                  "the real window in bytes may be larger.",
            "tooltip of a TCP segment")
            .arg(window.field);
    case Scale::OneSynSeen:
        return tr("Window: the header field says %1, scale unknown. Only one side's SYN was seen; "
                  "scaling applies only when both SYNs offer it, so the real window in bytes may be "
                  "larger.",
            "tooltip of a TCP segment")
            .arg(window.field);
    }
    return {};
}

QString TimelineText::between(qint64 ns)
{
    return tr("%1 apart", "time between two picked events").arg(duration(ns < 0 ? -ns : ns));
}

QString TimelineText::callLabel(const TimelineLayout &layout, const TimelineItem &item)
{
    if (item.kind != TimelineItem::Call)
        return callLabel(item);
    const Journal &journal = layout.journal();
    const Event &e = journal.at(item.event);
    switch (EventKind(item.code)) {
    case EventKind::Bound: {
        const int port = e.local ? int(Endpoint::parse(journal.string(e.local)).port) : 0;
        if (port == 0)
            return QStringLiteral("bind()");
        return tr("bind(:%1)", "call marker; %1 is the port").arg(port);
    }
    case EventKind::Accepted: {
        // The socket accept() returned: the listener's clone with the same peer.
        for (const TimelineLane &lane : layout.lanes()) {
            if (lane.parent != item.lane || lane.socket < 0 || lane.openedItem >= quint32(layout.itemCount()))
                continue;
            const Event &opened = journal.at(layout.items()[lane.openedItem].event);
            if (opened.kind == EventKind::SocketOpened && opened.remote == e.remote)
                return tr("accept() \u2192 #%1", "call marker; %1 is the new socket's number")
                    .arg(lane.socket);
        }
        return QStringLiteral("accept()");
    }
    case EventKind::DataSent:
        return tr("send(%1)", "call marker; %1 is a size like 12 B").arg(Labels::bytes(item.value));
    case EventKind::DataReceived:
        return tr("recv() \u2192 %1", "call marker; %1 is a size like 12 B").arg(Labels::bytes(item.value));
    case EventKind::DatagramSent:
        return tr("sendto(%1)", "call marker; %1 is a size like 12 B").arg(Labels::bytes(item.value));
    case EventKind::DatagramReceived:
        return tr("recvfrom() \u2192 %1", "call marker; %1 is a size like 12 B")
            .arg(Labels::bytes(item.value));
    default:
        break;
    }
    return callLabel(item);
}

QString TimelineText::callLabel(const TimelineItem &item)
{
    switch (item.kind) {
    case TimelineItem::LaneOpened:
        return item.toLane >= 0 ? tr("accept() clone", "marker: the socket accept() made")
                                : QStringLiteral("socket()");
    case TimelineItem::State:
        return Labels::kernelState(TcpState(item.code));
    case TimelineItem::Queue:
        return tr("queue %1/%2", "accept queue: waiting/limit").arg(item.value).arg(item.value2);
    default:
        break;
    }
    switch (EventKind(item.code)) {
    case EventKind::Bound:
        return QStringLiteral("bind()");
    case EventKind::Listening:
        return QStringLiteral("listen(%1)").arg(item.value);
    case EventKind::ConnectStarted:
        return QStringLiteral("connect()");
    case EventKind::Connected:
        return tr("connected", "marker: Qt reported the connection open");
    case EventKind::Accepted:
        return QStringLiteral("accept()");
    case EventKind::DataSent:
        return QStringLiteral("send()");
    case EventKind::DataReceived:
        return QStringLiteral("recv() %1").arg(Labels::bytes(item.value));
    case EventKind::DatagramSent:
        return QStringLiteral("sendto()");
    case EventKind::DatagramReceived:
        return QStringLiteral("recvfrom() %1").arg(Labels::bytes(item.value));
    case EventKind::Shutdown:
        return tr("shutdown()", "marker; or the peer's end of stream");
    case EventKind::CloseCalled:
        return QStringLiteral("close()");
    case EventKind::Closed:
        return tr("closed", "marker: socket closed");
    case EventKind::Aborted:
        return tr("abort()", "marker: closed with RST");
    case EventKind::Error:
        return tr("error", "marker");
    case EventKind::AcceptingPaused:
        return tr("accept paused", "marker: the program stopped calling accept()");
    case EventKind::AcceptingResumed:
        return tr("accept resumed", "marker");
    case EventKind::ReadingPaused:
        return item.value ? tr("reading paused", "marker: the program stopped calling recv()")
                          : tr("reading resumed", "marker: the program calls recv() again");
    case EventKind::Segment:
        return tr("segment", "marker: a packet with no lane to go to");
    default:
        break;
    }
    return Labels::kind(EventKind(item.code));
}

QString TimelineText::reason(InferenceReason reason)
{
    switch (reason) {
    case InferenceReason::None:
        return {};
    case InferenceReason::ConnectCalled:
        return tr("connect() was called. To ask for a connection the kernel first sends SYN.");
    case InferenceReason::ConnectSucceeded:
        return tr("connect() succeeded. That only happens after SYN+ACK came back and this side answered "
                  "with ACK.");
    case InferenceReason::AcceptReturned:
        return tr("accept() returned this connection. accept() only hands out connections whose 3-way "
                  "handshake is complete.");
    case InferenceReason::KernelState:
        return tr("The kernel state changed in a way only this segment explains.");
    case InferenceReason::DataSent:
        return tr("send() handed these bytes to the kernel, which sends them to the other side.");
    case InferenceReason::DataArrived:
        return tr("These bytes arrived from a program outside SocketScope.");
    case InferenceReason::CloseCalled:
        return tr("close() or shutdown() was called. The kernel tells the other side with FIN.");
    case InferenceReason::PeerClosedSeen:
        return tr("Qt reported that the other side closed: its FIN arrived, and the kernel acknowledges "
                  "every FIN.");
    case InferenceReason::SocketClosed:
        return tr("The socket closed after the other side did, so its kernel sent FIN too.");
    case InferenceReason::FinAcknowledged:
        return tr(
            "A kernel answers every FIN with an ACK, even for a program that already closed its socket.");
    case InferenceReason::AbortCalled:
        return tr("abort() closed the socket with linger 0, which sends RST instead of FIN.");
    case InferenceReason::ResetSeen:
        return tr("The connection was reset, so the other side sent RST.");
    case InferenceReason::DatagramSent:
        return tr("sendto() handed this datagram to the kernel. UDP does not say whether it arrived.");
    case InferenceReason::DatagramArrived:
        return tr("This datagram arrived from a program outside SocketScope.");
    case InferenceReason::RecordedInferred:
        return tr("The recording marks this segment as inferred.");
    case InferenceReason::Count:
        break;
    }
    return {};
}

QString TimelineText::laneRole(const TimelineLane &lane, bool withComputer)
{
    if (lane.isOutside() && lane.translated)
        return tr(
            "router, rewriting addresses", "lane of the lab router's address that packets were rewritten at");
    if (lane.isOutside())
        return tr("other program", "lane of a peer that SocketScope does not own");
    const QString role = Labels::role(lane.role);
    if (!lane.host.isEmpty() && withComputer)
        return tr("%1 #%2 on %3", "lane head: role, socket number and the lab computer it is on")
            .arg(role.isEmpty() ? tr("socket") : role)
            .arg(lane.socket)
            .arg(lane.host);
    return tr("%1 #%2", "lane head: role and socket number")
        .arg(role.isEmpty() ? tr("socket") : role)
        .arg(lane.socket);
}

QString TimelineText::laneEndpoint(const TimelineLane &lane)
{
    return lane.local.isEmpty() ? tr("(no address yet)") : lane.local;
}

QString TimelineText::inferredLabel()
{
    return tr("inferred", "an arrow deduced, not seen");
}

QString TimelineText::sentAgainLabel()
{
    return tr("sent again", "a TCP segment the sender sent a second time (a retransmission)");
}

QString TimelineText::notReceivedLabel()
{
    return tr("not received", "a datagram arrow whose receiver got nothing");
}

QString TimelineText::duration(qint64 ns)
{
    const QLocale locale;
    if (ns < 1'000)
        return tr("%1 ns").arg(ns);
    if (ns < 1'000'000)
        return tr("%1 µs").arg(locale.toString(double(ns) / 1e3, 'f', ns < 10'000 ? 1 : 0));
    if (ns < 1'000'000'000)
        return tr("%1 ms").arg(locale.toString(double(ns) / 1e6, 'f', ns < 10'000'000 ? 1 : 0));
    return tr("%1 s").arg(locale.toString(double(ns) / 1e9, 'f', ns < 10'000'000'000 ? 2 : 1));
}

QString TimelineText::tooltip(const Journal &journal, const TimelineItem &item)
{
    const Event &e = journal.at(item.event);
    QString text;
    if (item.isArrow()) {
        text = arrowName(item);
        if (item.isInferred()) {
            text += QStringLiteral(" (") + inferredLabel() + QStringLiteral(")\n");
            text += tr("Not seen on the wire. Inferred from: %1").arg(Labels::describe(journal, e))
                + QStringLiteral(" [") + Labels::kind(e) + QStringLiteral(", ") + Labels::source(e.source)
                + QStringLiteral("]\n") + reason(item.reason);
        } else {
            text += QStringLiteral("\n") + Labels::describe(journal, e) + QStringLiteral("\n")
                + Labels::sourceExplained(e.source);
        }
        if (item.kind == TimelineItem::Datagram && item.reason == InferenceReason::DatagramSent) {
            if (item.isNotReceived())
                text += QStringLiteral("\n")
                    + tr("Not received: this socket did not get the datagram. UDP does not "
                         "resend it, and the sender is not told.");
            else if (item.itemFlags & TimelineItem::Delivered)
                text += QStringLiteral("\n") + tr("Received: this socket got the datagram.");
            else
                text += QStringLiteral("\n") + tr("Waiting to see whether this socket gets it.");
        }
    } else {
        text = callLabel(item) + QStringLiteral("\n") + Labels::describe(journal, e) + QStringLiteral("\n");
        // What this kind of event means, as the explanation panel says it.
        if (item.kind == TimelineItem::State)
            text += Labels::kernelStateExplained(TcpState(item.code));
        else
            text += EventExplanations::explain(e.kind);
        text += QStringLiteral("\n") + Labels::sourceExplained(e.source);
    }
    text += QStringLiteral("\n") + Labels::time(e.t);
    return text;
}

} // namespace SocketScope
