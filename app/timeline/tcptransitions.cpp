#include "tcptransitions.h"

#include <array>

namespace SocketScope {

namespace {

using Row = TcpTransitions::Row;
using Cause = TcpTransitions::Cause;
using S = TcpState;

constexpr quint8 kSyn = FlagSyn;
constexpr quint8 kAck = FlagAck;
constexpr quint8 kFin = FlagFin;
constexpr quint8 kRst = FlagRst;
constexpr EventKind kNoCall = EventKind::Count;

// The order matters only where two rows could fit one segment: the first wins.
constexpr std::array<Row, 20> kRows {{
    // Opening.
    {S::Close, Cause::Call, 0, 0, EventKind::Listening, S::Listen, "listen()", true},
    {S::Close, Cause::Sent, kSyn, kAck, kNoCall, S::SynSent, "connect() / SYN", true},
    {S::Listen, Cause::Sent, kSyn | kAck, 0, kNoCall, S::SynRecv, "SYN / SYN+ACK", true},
    {S::SynSent, Cause::Sent, kAck, kSyn | kFin | kRst | FlagPsh, kNoCall, S::Established, "SYN+ACK / ACK",
        true},
    {S::SynRecv, Cause::Received, kAck, kSyn | kFin | kRst, kNoCall, S::Established, "ACK", true},
    // Closing.
    {S::Established, Cause::Sent, kFin, kRst, kNoCall, S::FinWait1, "close() / FIN", true},
    {S::Established, Cause::Received, kFin, kRst, kNoCall, S::CloseWait, "FIN / ACK", true},
    {S::FinWait1, Cause::Received, kAck, kFin | kRst, kNoCall, S::FinWait2, "ACK", true},
    {S::FinWait1, Cause::Received, kFin, kRst, kNoCall, S::Closing, "FIN / ACK", true},
    {S::FinWait2, Cause::Received, kFin, kRst, kNoCall, S::TimeWait, "FIN / ACK", true},
    {S::Closing, Cause::Received, kAck, kFin | kRst, kNoCall, S::TimeWait, "ACK", true},
    {S::CloseWait, Cause::Sent, kFin, kRst, kNoCall, S::LastAck, "close() / FIN", true},
    {S::LastAck, Cause::Received, kAck, kFin | kRst, kNoCall, S::Close, "ACK", true},
    {S::TimeWait, Cause::Timer, 0, 0, kNoCall, S::Close, "2 MSL", true},
    // Not drawn. The socket accept() returns is a connection of its own, cloned from the
    // listener (which stays in LISTEN): its lane answers the SYN from CLOSED, or is simply
    // there, established, when accept() returns it.
    {S::Close, Cause::Sent, kSyn | kAck, 0, kNoCall, S::SynRecv, "SYN / SYN+ACK", false},
    {S::Unknown, Cause::Call, 0, 0, EventKind::Accepted, S::Established, "accept()", false},
    {S::SynRecv, Cause::Sent, kFin, kRst, kNoCall, S::FinWait1, "close() / FIN", false},
    // A reset ends the connection at both ends, from any state.
    {S::Unknown, Cause::Sent, kRst, 0, kNoCall, S::Close, "RST", false},
    {S::Unknown, Cause::Received, kRst, 0, kNoCall, S::Close, "RST", false},
    // Both ends opened at once (RFC 793's simultaneous open).
    {S::SynSent, Cause::Received, kSyn, kAck, kNoCall, S::SynRecv, "SYN / SYN+ACK", false},
}};

bool fits(const Row &row, TcpState from)
{
    return row.from == TcpState::Unknown || row.from == from;
}

} // namespace

std::span<const TcpTransitions::Row> TcpTransitions::rows()
{
    return kRows;
}

TcpState TcpTransitions::afterSegment(TcpState from, bool sent, quint8 flags)
{
    const Cause cause = sent ? Cause::Sent : Cause::Received;
    for (const Row &row : kRows) {
        if (row.cause == cause && fits(row, from) && (flags & row.flags) == row.flags
            && !(flags & row.without))
            return row.to;
    }
    return TcpState::Unknown;
}

TcpState TcpTransitions::afterCall(TcpState from, EventKind call)
{
    for (const Row &row : kRows) {
        if (row.cause == Cause::Call && row.call == call && fits(row, from))
            return row.to;
    }
    return TcpState::Unknown;
}

} // namespace SocketScope
