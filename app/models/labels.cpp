#include "labels.h"

#include "journal/journal.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>

namespace SocketScope {

namespace {

Labels::ErrorWording s_errorWording;

} // namespace

void Labels::setErrorWording(ErrorWording wording)
{
    s_errorWording = wording;
}

namespace {

// A recording may carry a code this version does not know (a later version's, or a damaged
// file): it keeps the OS's own words.
bool isKnownError(qint64 code)
{
    return (code > LabError::None && code <= LabError::AddressFamilyMismatch) || code == LabError::Other;
}

} // namespace

QString Labels::errorSentence(qint64 code, const QString &detail)
{
    if (!s_errorWording.sentence || !isKnownError(code))
        return detail;
    return s_errorWording.sentence({LabError::Kind(code), detail});
}

QString Labels::errorReason(qint64 code)
{
    if (!s_errorWording.reason || !isKnownError(code))
        return {};
    return s_errorWording.reason(LabError::Kind(code));
}

QString Labels::role(SocketRole role)
{
    switch (role) {
    case SocketRole::Listener:
        return tr("listener", "socket role");
    case SocketRole::Client:
        return tr("client", "socket role");
    case SocketRole::Accepted:
        return tr("accepted", "socket role: made by accept()");
    case SocketRole::Udp:
        return tr("datagram", "socket role: a UDP socket");
    case SocketRole::None:
        break;
    }
    return {};
}

QString Labels::protocol(Protocol proto)
{
    switch (proto) {
    case Protocol::Tcp:
        return QStringLiteral("TCP");
    case Protocol::Udp:
        return QStringLiteral("UDP");
    case Protocol::None:
        break;
    }
    return {};
}

QString Labels::appState(AppState state)
{
    switch (state) {
    case AppState::Opening:
        return tr("opening", "socket state");
    case AppState::Bound:
        return tr("bound", "socket state");
    case AppState::Listening:
        return tr("listening", "socket state");
    case AppState::Connecting:
        return tr("connecting", "socket state");
    case AppState::Connected:
        return tr("connected", "socket state");
    case AppState::HalfClosed:
        return tr("sending shut", "socket state: we called shutdown(SHUT_WR)");
    case AppState::PeerClosed:
        return tr("peer closed", "socket state: the other side sent FIN");
    case AppState::Closing:
        return tr("closing", "socket state");
    case AppState::Closed:
        return tr("closed", "socket state");
    case AppState::Aborted:
        return tr("reset", "socket state: closed with RST");
    case AppState::Failed:
        return tr("failed", "socket state");
    }
    return {};
}

QString Labels::appStateExplained(AppState state)
{
    switch (state) {
    case AppState::Opening:
        return tr("The socket was just made and has no address yet.");
    case AppState::Bound:
        return tr("bind() gave the socket its local IP address and port.");
    case AppState::Listening:
        return tr("listen() was called: the socket waits for clients to connect.");
    case AppState::Connecting:
        return tr("connect() was called: the 3-way handshake is under way.");
    case AppState::Connected:
        return tr("The connection is open: data can flow both ways.");
    case AppState::HalfClosed:
        return tr("This side called shutdown(): it sends no more (FIN), but it still reads what the other "
                  "side sends.");
    case AppState::PeerClosed:
        return tr("The other side sent FIN: it sends no more. This side may still send, then close.");
    case AppState::Closing:
        return tr("close() was called and the connection is shutting down.");
    case AppState::Closed:
        return tr("The program closed the socket. The kernel may keep it a little longer (TIME_WAIT).");
    case AppState::Aborted:
        return tr("The connection ended at once with a reset (RST) instead of the polite FIN.");
    case AppState::Failed:
        return tr("The OS refused what was asked (for example the port was in use). Point at the row for the "
                  "reason.");
    }
    return {};
}

QString Labels::kernelState(TcpState state)
{
    switch (state) {
    case TcpState::Unknown:
        return QStringLiteral("-");
    case TcpState::Bound:
        return tr("bound", "kernel state of a UDP socket");
    case TcpState::Gone:
        return tr("gone", "the kernel no longer lists the socket");
    default:
        return tcpStateName(state);
    }
}

QString Labels::kernelStateExplained(TcpState state)
{
    switch (state) {
    case TcpState::Unknown:
        return tr("The kernel has not said anything about this socket yet.");
    case TcpState::Established:
        return tr("The connection is open: both sides can send and receive.");
    case TcpState::SynSent:
        return tr("This side sent SYN to open a connection and waits for SYN+ACK.");
    case TcpState::SynRecv:
        return tr("A SYN arrived and SYN+ACK was sent back; waiting for the last ACK.");
    case TcpState::FinWait1:
        return tr("This side closed first and sent FIN; waiting for its ACK.");
    case TcpState::FinWait2:
        return tr("Our FIN was acknowledged; waiting for the other side's FIN.");
    case TcpState::TimeWait:
        return tr("Both sides closed. The side that closed first waits here (60 s on Linux) so late packets "
                  "cannot confuse a new connection on the same ports.");
    case TcpState::Close:
        return tr("The socket is closed.");
    case TcpState::CloseWait:
        return tr("The other side closed (sent FIN). This side may still send, and should close too.");
    case TcpState::LastAck:
        return tr("This side closed after the other side; waiting for the ACK of its FIN.");
    case TcpState::Listen:
        return tr("Waiting for connection requests. Completed connections wait in the accept queue until the "
                  "program calls accept().");
    case TcpState::Closing:
        return tr("Both sides sent FIN at the same time; waiting for the ACK.");
    case TcpState::NewSynRecv:
        return tr("A connection request is half done: SYN came in, SYN+ACK went out.");
    case TcpState::Bound:
        return tr("A UDP socket bound to its address and port. UDP has no connection, so there is no "
                  "connection state.");
    case TcpState::Gone:
        return tr("The kernel has let go of this socket.");
    }
    return {};
}

QString Labels::kind(const Event &e)
{
    if (isNote(e))
        return tr("note", "event log: a note the app wrote, not a failure");
    if (e.kind == EventKind::ReadingPaused)
        return e.value ? tr("reading paused", "event kind: the program stopped calling recv()")
                       : tr("reading resumed", "event kind: the program calls recv() again");
    return kind(e.kind);
}

QString Labels::noteExplained()
{
    return tr("A note the app wrote into the journal, such as the start or the end of a mystery-fault drill. "
              "Nothing went wrong.");
}

QString Labels::kind(EventKind kind)
{
    switch (kind) {
    case EventKind::SocketOpened:
        return tr("socket opened");
    case EventKind::Bound:
        return tr("bound");
    case EventKind::Listening:
        return tr("listening");
    case EventKind::ConnectStarted:
        return tr("connect started");
    case EventKind::Connected:
        return tr("connected");
    case EventKind::Accepted:
        return tr("accepted");
    case EventKind::Queue:
        return tr("accept queue");
    case EventKind::DataSent:
        return tr("data sent");
    case EventKind::DataReceived:
        return tr("data received");
    case EventKind::DatagramSent:
        return tr("datagram sent");
    case EventKind::DatagramReceived:
        return tr("datagram received");
    case EventKind::Shutdown:
        return tr("shutdown");
    case EventKind::CloseCalled:
        return tr("close called");
    case EventKind::Closed:
        return tr("closed");
    case EventKind::Aborted:
        return tr("reset (abort)");
    case EventKind::Error:
        return tr("error");
    case EventKind::State:
        return tr("kernel state");
    case EventKind::Segment:
        return tr("segment");
    case EventKind::AcceptingPaused:
        return tr("accepting paused");
    case EventKind::AcceptingResumed:
        return tr("accepting resumed");
    case EventKind::Linked:
        return tr("relay linked");
    case EventKind::Impaired:
        return tr("changed on purpose");
    case EventKind::GroupJoined:
        return tr("joined group");
    case EventKind::GroupLeft:
        return tr("left group");
    case EventKind::Stall:
        return tr("window busy");
    case EventKind::TcpInfo:
        return tr("TCP numbers", "event kind: the kernel's tcp_info");
    case EventKind::LinkFault:
        return tr("link fault", "event kind: loss or a rate limit set on a lab cable");
    case EventKind::OptionSet:
        return tr("option set", "event kind: a socket option (setsockopt)");
    case EventKind::NetworkBuilt:
        return tr("network built", "event kind: the lab network's computers and cables were set up");
    case EventKind::ChallengeStarted:
        return tr("challenge started", "event kind: the teacher started a class challenge");
    case EventKind::ReadingPaused:
        return tr("reading paused or resumed", "event kind: the program stopped or started calling recv()");
    case EventKind::Count:
        break;
    }
    return {};
}

QString Labels::source(EventSource source)
{
    switch (source) {
    case EventSource::App:
        return tr("app", "event source: a call the app made");
    case EventSource::Qt:
        return tr("Qt", "event source: a Qt signal");
    case EventSource::Kernel:
        return tr("kernel", "event source");
    case EventSource::Capture:
        return tr("capture", "event source: a packet seen");
    case EventSource::Inferred:
        return tr("inferred", "event source: implied, not seen");
    case EventSource::Count:
        break;
    }
    return {};
}

QString Labels::sourceExplained(EventSource source)
{
    switch (source) {
    case EventSource::App:
        return tr("A call SocketScope made on the socket (application layer).");
    case EventSource::Qt:
        return tr("Something Qt reported about the socket (a signal).");
    case EventSource::Kernel:
        return tr("Read from the operating system's own socket table.");
    case EventSource::Capture:
        return tr("A packet seen on the wire.");
    case EventSource::Inferred:
        return tr("Not seen: implied by the protocol from what was seen.");
    case EventSource::Count:
        break;
    }
    return {};
}

QString Labels::bytes(qint64 count)
{
    // Under a kilobyte, counted in the app's words ("1 byte", not the locale's "1 bytes").
    if (count >= 0 && count < 1024)
        return tr("%n bytes", "a size under a kilobyte", int(count));
    return QLocale().formattedDataSize(count, 1, QLocale::DataSizeTraditionalFormat);
}

QString Labels::time(qint64 ns)
{
    return QLocale().toString(double(ns) / 1e9, 'f', 6) + QStringLiteral(" s");
}

QString Labels::describe(const Journal &journal, const Event &e)
{
    const QString local = journal.string(e.local);
    const QString remote = journal.string(e.remote);
    switch (e.kind) {
    case EventKind::SocketOpened:
        if (e.role == SocketRole::Accepted)
            return tr("new %1 socket, cloned from listener #%2").arg(role(e.role)).arg(e.value);
        return tr("new %1 socket").arg(role(e.role));
    case EventKind::Bound:
        return tr("bound to %1").arg(local);
    case EventKind::Listening:
        return tr("listening on %1, backlog %2").arg(local).arg(e.value);
    case EventKind::ConnectStarted:
        return tr("%1 asks %2 for a connection").arg(local, remote);
    case EventKind::Connected:
        return tr("%1 connected to %2").arg(local, remote);
    case EventKind::Accepted:
        return tr("accept() returned a socket for %1").arg(remote);
    case EventKind::Queue:
        return tr("%1 of %2 places in the accept queue used").arg(e.value).arg(e.value2);
    case EventKind::DataSent:
        return tr("sent %n byte(s)", "", int(e.value));
    case EventKind::DataReceived:
        return tr("received %n byte(s)", "", int(e.value));
    case EventKind::DatagramSent:
        return tr("sent a datagram of %n byte(s) to %1", "", int(e.value)).arg(remote);
    case EventKind::DatagramReceived:
        return tr("received a datagram of %n byte(s) from %1", "", int(e.value)).arg(remote);
    case EventKind::Shutdown:
        return e.source == EventSource::App ? tr("this side will send no more (FIN)")
                                            : tr("the other side closed its sending side (FIN)");
    case EventKind::CloseCalled:
        return e.text ? tr("close() called: %1").arg(journal.string(e.text)) : tr("close() called");
    case EventKind::Closed:
        return tr("socket closed");
    case EventKind::Aborted:
        return tr("closed at once with a reset (RST)");
    case EventKind::Error:
        return errorSentence(e.value, journal.string(e.text));
    case EventKind::State:
        if (e.fromState == TcpState::Unknown)
            return tr("the kernel lists it as %1").arg(kernelState(e.toState));
        if (e.toState == TcpState::Gone)
            return tr("%1 \u2192 the kernel let it go").arg(kernelState(e.fromState));
        return QStringLiteral("%1 \u2192 %2").arg(kernelState(e.fromState), kernelState(e.toState));
    case EventKind::Segment: {
        QString text = e.proto == Protocol::Udp
            ? tr("%1 \u2192 %2 UDP datagram, %n byte(s)", "", int(e.length)).arg(local, remote)
            : tr("%1 \u2192 %2 [%3] seq %4 ack %5, %n byte(s)", "", int(e.length))
                  .arg(local, remote, segmentFlagsName(e.flags))
                  .arg(e.value)
                  .arg(e.value2);
        // Where the packet was seen, first: a lab packet is seen at each cable it crosses, and
        // read down the log the copies trace its path (pc-b eth0, router v-pc-b, ...).
        const QString host = journal.string(e.host);
        const QString iface = e.source == EventSource::Capture ? journal.string(e.text) : QString();
        if (!host.isEmpty() && !iface.isEmpty())
            return tr("on %1 %2: %3", "computer, its network interface, the packet").arg(host, iface, text);
        if (!iface.isEmpty())
            return tr("on %1: %2", "network interface, the packet").arg(iface, text);
        return text;
    }
    case EventKind::AcceptingPaused:
        return tr("the program stopped calling accept()");
    case EventKind::AcceptingResumed:
        return tr("the program calls accept() again");
    case EventKind::Linked:
        return tr("relays to and from socket #%1").arg(e.value);
    case EventKind::Impaired:
        switch (ImpairmentAction(e.flags)) {
        case ImpairmentAction::Drop:
            return tr("the lossy path dropped %n byte(s) on purpose", "", int(e.length));
        case ImpairmentAction::Duplicate:
            return tr("the lossy path sent %n byte(s) twice on purpose", "", int(e.length));
        case ImpairmentAction::Delay:
            return tr("the lossy path held %n byte(s) back for %1 ms", "", int(e.length)).arg(e.value);
        case ImpairmentAction::Reorder:
            return tr("the lossy path let %n byte(s) overtake others on purpose", "", int(e.length));
        case ImpairmentAction::Throttle:
            return tr("the lossy path slowed %n byte(s) down", "", int(e.length));
        }
        return {};
    case EventKind::GroupJoined:
        return tr("joined the multicast group %1").arg(remote);
    case EventKind::GroupLeft:
        return tr("left the multicast group %1").arg(remote);
    case EventKind::Stall:
        return tr("the window could not draw for %1 ms").arg(e.value / 1000);
    case EventKind::TcpInfo: {
        const TcpInfo info = journal.tcpInfo(e.payload);
        if (e.value < 0 || e.value2 < 0)
            return tr("the kernel's TCP numbers changed");
        const QString rtt = QString::number(double(e.value2) / 1000.0, 'f', 2);
        QString numbers;
        if (info.inFlight < 0)
            numbers = tr("cwnd %1 segments, RTT %2 ms, %3 resent").arg(e.value).arg(rtt).arg(e.length);
        else if (info.bytesInFlight < 0)
            numbers = tr("cwnd %1 segments, RTT %2 ms, %3 in flight, %4 resent")
                          .arg(e.value)
                          .arg(rtt)
                          .arg(info.inFlight)
                          .arg(e.length);
        else
            numbers = tr("cwnd %1 segments, RTT %2 ms, %3 in flight (%4 bytes), %5 resent")
                          .arg(e.value)
                          .arg(rtt)
                          .arg(info.inFlight)
                          .arg(info.bytesInFlight)
                          .arg(e.length);
        // The kernel's segment counts, where it gave them (older kernels and recordings: not).
        if (info.segmentsOut < 0 || info.segmentsIn < 0)
            return numbers;
        if (info.dataSegmentsOut < 0 || info.dataSegmentsIn < 0)
            return tr("%1; segments: %2 out, %3 in",
                "tcp_info: the numbers, then the segments sent and received so far")
                .arg(numbers, QString::number(info.segmentsOut), QString::number(info.segmentsIn));
        return tr("%1; segments: %2 out (%3 with data), %4 in (%5 with data)",
            "tcp_info: the numbers, then the segments sent and received so far")
            .arg(numbers, QString::number(info.segmentsOut), QString::number(info.dataSegmentsOut),
                QString::number(info.segmentsIn), QString::number(info.dataSegmentsIn));
    }
    case EventKind::LinkFault: {
        const QString link = journal.string(e.text);
        if (remote.isEmpty() && local.isEmpty())
            return tr("the link %1 works normally again").arg(link);
        if (e.flags)
            return tr("the link %1 now has %2; the kernel refused %3")
                .arg(link, remote.isEmpty() ? tr("no fault") : remote, linkFaultPartsName(e.flags));
        return tr("the link %1 now has %2").arg(link, remote);
    }
    case EventKind::OptionSet: {
        const auto option = SocketOption(e.flags);
        const auto shown = [option](qint64 value) {
            if (option == SocketOption::NoDelay || option == SocketOption::KeepAlive
                || option == SocketOption::ReuseAddress || option == SocketOption::ReusePort)
                return value ? tr("on", "option value") : tr("off", "option value");
            if (option == SocketOption::Linger && value < 0)
                return tr("off", "option value");
            return QString::number(value);
        };
        const QString name = socketOptionName(option);
        if (e.value2 == kOptionUnread)
            return tr("%1 set to %2 (the kernel's value could not be read)").arg(name, shown(e.value));
        if (e.value2 == e.value)
            return tr("%1 set to %2").arg(name, shown(e.value));
        if (option == SocketOption::ReceiveBuffer || option == SocketOption::SendBuffer)
            return tr("%1: asked %2, kernel uses %3").arg(name, shown(e.value), shown(e.value2));
        return tr("%1: asked %2, the kernel keeps %3").arg(name, shown(e.value), shown(e.value2));
    }
    case EventKind::NetworkBuilt: {
        const QJsonObject topology = QJsonDocument::fromJson(journal.string(e.text).toUtf8()).object();
        const qsizetype computers = topology.value(QLatin1StringView("hosts")).toArray().size();
        return tr("the lab network has %n computer(s) behind a router", "", int(computers));
    }
    case EventKind::ChallengeStarted: {
        const QJsonObject challenge = QJsonDocument::fromJson(journal.string(e.text).toUtf8()).object();
        QString name = challenge.value(QLatin1StringView("title")).toString();
        if (name.isEmpty())
            name = challenge.value(QLatin1StringView("key")).toString();
        if (e.value > 0)
            return tr("the challenge \"%1\" started on %2, time limit %n second(s)", "", int(e.value))
                .arg(name, local);
        return tr("the challenge \"%1\" started on %2, no time limit").arg(name, local);
    }
    case EventKind::ReadingPaused:
        return e.value ? tr("the program stopped reading: what arrives waits in the kernel")
                       : tr("the program reads again");
    case EventKind::Count:
        break;
    }
    return {};
}

} // namespace SocketScope
