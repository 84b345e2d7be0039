#pragma once

#include <QtCore/QLatin1StringView>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <optional>

namespace SocketScope {

// What happened. The names written to a recording are the contract (README.md, "The recording format").
enum class EventKind : quint8 {
    SocketOpened,
    Bound,
    Listening,
    ConnectStarted,
    Connected,
    Accepted,
    Queue,
    DataSent,
    DataReceived,
    DatagramSent,
    DatagramReceived,
    Shutdown,
    CloseCalled,
    Closed,
    Aborted,
    Error,
    State,
    Segment,
    AcceptingPaused,
    AcceptingResumed,
    // Two lab sockets are legs of one relay (a port forwarder): value = the other socket.
    Linked,
    // A relay changed traffic on purpose (lossy path): flags = ImpairmentAction,
    // value = delay in ms, remote = where the datagram was going.
    Impaired,
    // A UDP socket joined or left a multicast group: remote = the group.
    GroupJoined,
    GroupLeft,
    // The GUI thread's event loop did not run for `value` microseconds (Heartbeat).
    Stall,
    // The kernel's TCP numbers for one socket changed (tcp_info): value = cwnd, value2 =
    // smoothed RTT in microseconds, length = retransmissions so far, payload = the whole
    // reading (Journal::tcpInfo).
    TcpInfo,
    // A link of the lab network was given faults (loss, a rate limit, delay, reordering) or had
    // them cleared: text = the link, local = what was asked, remote = what the kernel applied
    // (both as a --link spec), flags = LinkFaultPart bits the kernel refused, value =
    // LinkFaultRefusal, payload = the kernel's own words for the refusal.
    LinkFault,
    // A socket option was set (setsockopt): flags = SocketOption, value = the value asked for,
    // value2 = the value the kernel reports back (getsockopt; kOptionUnread when it could not),
    // text = why it failed, when it did.
    OptionSet,
    // The lab network came up or changed: text = its topology as compact JSON (computers,
    // their addresses, the router's networks, port forwards), so a replay can draw it. It lives
    // in the string pool, not the payload store, which keeps only a short preview.
    NetworkBuilt,
    // A class challenge started (or started again): text = the challenge as compact JSON (its
    // key, check, protocol, port, what must arrive, title; ChallengeRecord), local = the class
    // socket's address and port, proto = its protocol, value = the time limit in seconds (0:
    // none), value2 = the wall clock at the start (ms since 1970, UTC), socket = the class
    // socket. Like `network`, the JSON lives in the string pool, so a replay can rebuild the board.
    ChallengeStarted,
    // The program stopped reading a TCP connection (value = 1) or reads it again (value = 0):
    // what arrives meanwhile waits in the kernel's receive buffer and the window closes.
    ReadingPaused,
    Count
};

// Who says so.
enum class EventSource : quint8 { App, Qt, Kernel, Capture, Inferred, Count };

enum class Protocol : quint8 { None, Tcp, Udp };

enum class SocketRole : quint8 { None, Listener, Client, Accepted, Udp };

// The kernel's TCP states, numbered as the kernel numbers them (include/net/tcp_states.h),
// so a sock_diag answer maps straight onto this enum.
enum class TcpState : quint8 {
    Unknown = 0,
    Established = 1,
    SynSent,
    SynRecv,
    FinWait1,
    FinWait2,
    TimeWait,
    Close,
    CloseWait,
    LastAck,
    Listen,
    Closing,
    NewSynRecv,
    // Not a kernel state: UDP sockets and sockets the kernel no longer lists.
    Bound = 100,
    Gone = 101,
};

// What a lossy relay did to a datagram or a chunk of bytes, on purpose.
enum class ImpairmentAction : quint8 { Drop = 1, Duplicate, Delay, Reorder, Throttle };
QLatin1StringView impairmentName(ImpairmentAction action);
std::optional<ImpairmentAction> impairmentFromName(QLatin1StringView name);

// The parts of a lab link fault, as bits (a link_fault event's refused parts).
enum LinkFaultPart : quint8 {
    LinkFaultLoss = 0x01,
    LinkFaultRate = 0x02,
    LinkFaultDelay = 0x04,
    LinkFaultReorder = 0x08,
};
// Why the kernel refused part of a link fault.
enum class LinkFaultRefusal : quint8 { None, NoNetem, KernelError };
QString linkFaultPartsName(quint8 parts); // "delay,reorder"
std::optional<quint8> linkFaultPartsFromName(QStringView name);
QLatin1StringView linkFaultRefusalName(LinkFaultRefusal refusal);
std::optional<LinkFaultRefusal> linkFaultRefusalFromName(QLatin1StringView name);
// The socket options a person may set, per socket (option_set events). Values: on/off as 1/0;
// linger in seconds (-1: off); buffers in bytes; keepalive timers in seconds; TTL in hops.
enum class SocketOption : quint8 {
    NoDelay = 1,
    Linger,
    ReceiveBuffer,
    SendBuffer,
    KeepAlive,
    KeepIdle,
    KeepInterval,
    KeepCount,
    ReuseAddress,
    ReusePort,
    Ttl,
};
// The names the command line and the recording use: "nodelay", "linger", "rcvbuf" ...
QLatin1StringView socketOptionName(SocketOption option);
std::optional<SocketOption> socketOptionFromName(QLatin1StringView name);
// An option_set's value2 when the kernel's value could not be read back (-1 already means
// "linger off").
inline constexpr qint64 kOptionUnread = -(qint64(1) << 31);

// TCP header flags, as bits.
enum SegmentFlag : quint8 {
    FlagFin = 0x01,
    FlagSyn = 0x02,
    FlagRst = 0x04,
    FlagPsh = 0x08,
    FlagAck = 0x10,
    FlagUrg = 0x20,
};

// One journal entry, kept small because a session may hold millions of them. Strings
// (endpoints, host names, messages) live once in the journal's string pool; payload previews
// live in its payload store. What `value` and `value2` mean depends on the kind:
//   socket_opened: value = parent socket id (accepted), role in `role`
//   listening: value = backlog;  queue: value = length, value2 = limit
//   data_*, datagram_*: value = bytes;  error: value = code, text = message
//   state: from = fromState, to = toState
//   segment: value = seq, value2 = ack, length = payload length, flags = TCP flags,
//            local = from endpoint, remote = to endpoint, window = window,
//            text = the interface it was seen on (captured segments),
//            windowScale = the shift a SYN's window scale option offered (at most 14)
//   tcp_info: value = cwnd, value2 = srtt (us), length = retransmissions, payload = reading id
//   link_fault: text = link, local = asked, remote = applied, flags = refused parts,
//               value = refusal, payload = the kernel's words
//   option_set: flags = SocketOption, value = asked, value2 = what the kernel reports
//   network: text = the topology as compact JSON
//   challenge_started: text = the challenge as JSON, local = class endpoint, value = time
//                      limit (s), value2 = wall-clock start (ms since 1970)
//   reading_paused: value = 1 paused, 0 resumed
struct Event
{
    static constexpr quint8 kNoWindowScale = 0xff;

    qint64 t = 0; // nanoseconds since the session started
    qint64 value = 0;
    qint64 value2 = 0;
    qint32 socket = -1;
    quint32 local = 0; // string pool ids, 0 = none
    quint32 remote = 0;
    quint32 text = 0;
    quint32 host = 0;
    quint32 payload = 0; // payload store id, 0 = none
    quint32 length = 0;
    quint32 window = 0;
    EventKind kind = EventKind::Error;
    EventSource source = EventSource::App;
    Protocol proto = Protocol::None;
    SocketRole role = SocketRole::None;
    TcpState fromState = TcpState::Unknown;
    TcpState toState = TcpState::Unknown;
    quint8 flags = 0;
    // Fills what would otherwise be padding: an event stays 64 bytes.
    quint8 windowScale = kNoWindowScale;
};
static_assert(sizeof(Event) <= 64, "a session holds millions of events: keep each one small");

QLatin1StringView kindName(EventKind kind);
std::optional<EventKind> kindFromName(QLatin1StringView name);
QLatin1StringView sourceName(EventSource source);
std::optional<EventSource> sourceFromName(QLatin1StringView name);
QLatin1StringView protocolName(Protocol proto);
std::optional<Protocol> protocolFromName(QLatin1StringView name);
QLatin1StringView roleName(SocketRole role);
std::optional<SocketRole> roleFromName(QLatin1StringView name);
QLatin1StringView tcpStateName(TcpState state);
std::optional<TcpState> tcpStateFromName(QLatin1StringView name);
// "S", "SA", "A", "PA", "FA", "R" ... in the order the journal writes them.
QString segmentFlagsName(quint8 flags);
std::optional<quint8> segmentFlagsFromName(QStringView name);

} // namespace SocketScope
