#include "event.h"

#include <QtCore/QStringList>

#include <array>
#include <utility>

namespace SocketScope {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char *>, N> &table, QLatin1StringView name)
{
    for (const auto &[value, text] : table) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QLatin1StringView find(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QLatin1StringView(text);
    }
    return QLatin1StringView("unknown");
}

constexpr std::array<std::pair<EventKind, const char *>, 31> kKinds {{
    {EventKind::SocketOpened, "socket_opened"},
    {EventKind::Bound, "bound"},
    {EventKind::Listening, "listening"},
    {EventKind::ConnectStarted, "connect_started"},
    {EventKind::Connected, "connected"},
    {EventKind::Accepted, "accepted"},
    {EventKind::Queue, "queue"},
    {EventKind::DataSent, "data_sent"},
    {EventKind::DataReceived, "data_received"},
    {EventKind::DatagramSent, "datagram_sent"},
    {EventKind::DatagramReceived, "datagram_received"},
    {EventKind::Shutdown, "shutdown"},
    {EventKind::CloseCalled, "close_called"},
    {EventKind::Closed, "closed"},
    {EventKind::Aborted, "aborted"},
    {EventKind::Error, "error"},
    {EventKind::State, "state"},
    {EventKind::Segment, "segment"},
    {EventKind::AcceptingPaused, "accepting_paused"},
    {EventKind::AcceptingResumed, "accepting_resumed"},
    {EventKind::Linked, "linked"},
    {EventKind::Impaired, "impaired"},
    {EventKind::GroupJoined, "group_joined"},
    {EventKind::GroupLeft, "group_left"},
    {EventKind::Stall, "stall"},
    {EventKind::TcpInfo, "tcp_info"},
    {EventKind::LinkFault, "link_fault"},
    {EventKind::OptionSet, "option_set"},
    {EventKind::NetworkBuilt, "network"},
    {EventKind::ChallengeStarted, "challenge_started"},
    {EventKind::ReadingPaused, "reading_paused"},
}};

constexpr std::array<std::pair<SocketOption, const char *>, 11> kSocketOptions {{
    {SocketOption::NoDelay, "nodelay"},
    {SocketOption::Linger, "linger"},
    {SocketOption::ReceiveBuffer, "rcvbuf"},
    {SocketOption::SendBuffer, "sndbuf"},
    {SocketOption::KeepAlive, "keepalive"},
    {SocketOption::KeepIdle, "keepidle"},
    {SocketOption::KeepInterval, "keepintvl"},
    {SocketOption::KeepCount, "keepcnt"},
    {SocketOption::ReuseAddress, "reuseaddr"},
    {SocketOption::ReusePort, "reuseport"},
    {SocketOption::Ttl, "ttl"},
}};

constexpr std::array<std::pair<ImpairmentAction, const char *>, 5> kImpairments {{
    {ImpairmentAction::Drop, "drop"},
    {ImpairmentAction::Duplicate, "duplicate"},
    {ImpairmentAction::Delay, "delay"},
    {ImpairmentAction::Reorder, "reorder"},
    {ImpairmentAction::Throttle, "throttle"},
}};
static_assert(kKinds.size() == std::size_t(EventKind::Count));

constexpr std::array<std::pair<EventSource, const char *>, 5> kSources {{
    {EventSource::App, "app"},
    {EventSource::Qt, "qt"},
    {EventSource::Kernel, "kernel"},
    {EventSource::Capture, "capture"},
    {EventSource::Inferred, "inferred"},
}};

constexpr std::array<std::pair<Protocol, const char *>, 2> kProtocols {{
    {Protocol::Tcp, "tcp"},
    {Protocol::Udp, "udp"},
}};

constexpr std::array<std::pair<SocketRole, const char *>, 4> kRoles {{
    {SocketRole::Listener, "listener"},
    {SocketRole::Client, "client"},
    {SocketRole::Accepted, "accepted"},
    {SocketRole::Udp, "udp"},
}};

constexpr std::array<std::pair<TcpState, const char *>, 14> kStates {{
    {TcpState::Established, "ESTABLISHED"},
    {TcpState::SynSent, "SYN_SENT"},
    {TcpState::SynRecv, "SYN_RECV"},
    {TcpState::FinWait1, "FIN_WAIT1"},
    {TcpState::FinWait2, "FIN_WAIT2"},
    {TcpState::TimeWait, "TIME_WAIT"},
    {TcpState::Close, "CLOSE"},
    {TcpState::CloseWait, "CLOSE_WAIT"},
    {TcpState::LastAck, "LAST_ACK"},
    {TcpState::Listen, "LISTEN"},
    {TcpState::Closing, "CLOSING"},
    {TcpState::NewSynRecv, "NEW_SYN_RECV"},
    {TcpState::Bound, "BOUND"},
    {TcpState::Gone, "GONE"},
}};

constexpr std::array<std::pair<LinkFaultPart, const char *>, 4> kLinkFaultParts {{
    {LinkFaultLoss, "loss"},
    {LinkFaultRate, "rate"},
    {LinkFaultDelay, "delay"},
    {LinkFaultReorder, "reorder"},
}};

constexpr std::array<std::pair<LinkFaultRefusal, const char *>, 3> kLinkFaultRefusals {{
    {LinkFaultRefusal::None, "none"},
    {LinkFaultRefusal::NoNetem, "no_netem"},
    {LinkFaultRefusal::KernelError, "kernel"},
}};

// The order flags are written in: S before A, so a SYN+ACK reads "SA" as everyone writes it.
constexpr std::array<std::pair<SegmentFlag, char>, 6> kFlagLetters {{
    {FlagSyn, 'S'},
    {FlagFin, 'F'},
    {FlagRst, 'R'},
    {FlagPsh, 'P'},
    {FlagUrg, 'U'},
    {FlagAck, 'A'},
}};

} // namespace

QLatin1StringView kindName(EventKind kind)
{
    return find(kKinds, kind);
}
std::optional<EventKind> kindFromName(QLatin1StringView name)
{
    return lookup(kKinds, name);
}
QLatin1StringView impairmentName(ImpairmentAction action)
{
    return find(kImpairments, action);
}
std::optional<ImpairmentAction> impairmentFromName(QLatin1StringView name)
{
    return lookup(kImpairments, name);
}
QLatin1StringView socketOptionName(SocketOption option)
{
    return find(kSocketOptions, option);
}
std::optional<SocketOption> socketOptionFromName(QLatin1StringView name)
{
    return lookup(kSocketOptions, name);
}
QLatin1StringView sourceName(EventSource source)
{
    return find(kSources, source);
}
std::optional<EventSource> sourceFromName(QLatin1StringView name)
{
    return lookup(kSources, name);
}
QLatin1StringView protocolName(Protocol proto)
{
    return find(kProtocols, proto);
}
std::optional<Protocol> protocolFromName(QLatin1StringView name)
{
    return lookup(kProtocols, name);
}
QLatin1StringView roleName(SocketRole role)
{
    return find(kRoles, role);
}
std::optional<SocketRole> roleFromName(QLatin1StringView name)
{
    return lookup(kRoles, name);
}
QLatin1StringView tcpStateName(TcpState state)
{
    return state == TcpState::Unknown ? QLatin1StringView("UNKNOWN") : find(kStates, state);
}
std::optional<TcpState> tcpStateFromName(QLatin1StringView name)
{
    if (name == QLatin1StringView("UNKNOWN"))
        return TcpState::Unknown;
    return lookup(kStates, name);
}

QString linkFaultPartsName(quint8 parts)
{
    QStringList names;
    for (const auto &[part, name] : kLinkFaultParts) {
        if (parts & part)
            names << QLatin1StringView(name);
    }
    return names.join(QLatin1Char(','));
}

std::optional<quint8> linkFaultPartsFromName(QStringView name)
{
    quint8 parts = 0;
    if (name.isEmpty())
        return parts;
    for (const QStringView word : name.split(QLatin1Char(','))) {
        bool known = false;
        for (const auto &[part, partName] : kLinkFaultParts) {
            if (word == QLatin1StringView(partName)) {
                parts |= part;
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
    }
    return parts;
}

QLatin1StringView linkFaultRefusalName(LinkFaultRefusal refusal)
{
    return find(kLinkFaultRefusals, refusal);
}
std::optional<LinkFaultRefusal> linkFaultRefusalFromName(QLatin1StringView name)
{
    return lookup(kLinkFaultRefusals, name);
}

QString segmentFlagsName(quint8 flags)
{
    QString text;
    for (const auto &[flag, letter] : kFlagLetters) {
        if (flags & flag)
            text.append(QLatin1Char(letter));
    }
    return text;
}

std::optional<quint8> segmentFlagsFromName(QStringView name)
{
    quint8 flags = 0;
    for (QChar c : name) {
        bool known = false;
        for (const auto &[flag, letter] : kFlagLetters) {
            if (c == QLatin1Char(letter)) {
                flags |= flag;
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
    }
    return flags;
}

} // namespace SocketScope
