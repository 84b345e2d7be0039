#pragma once

#include <QtCore/QtGlobal>

namespace SocketScope {

// The kernel's own numbers for one TCP connection (struct tcp_info, as `ss -ti` prints it),
// kept as the journal records them. -1 stands for a number this kernel does not give.
struct TcpInfo
{
    qint64 cwnd = -1; // congestion window, in segments
    qint64 ssthresh = -1; // slow-start threshold, in segments (very large: not set yet)
    qint64 srttUs = -1; // smoothed round-trip time, microseconds
    qint64 rttvarUs = -1; // how much the round-trip time varies, microseconds
    qint64 unacked = -1; // segments sent and not yet acknowledged
    qint64 inFlight = -1; // segments the sender thinks are still on the network
    // Data bytes sent and not yet acknowledged (the sequence numbers between the oldest
    // unacknowledged byte and the next to send, as Wireshark's "bytes in flight"); kernels
    // from 4.19 on give what it takes.
    qint64 bytesInFlight = -1;
    qint64 retransmissions = -1; // segments sent again over the connection's whole life
    qint64 sendWindow = -1; // the peer's advertised receive window, bytes
    qint64 receiveWindow = -1; // the window we advertise, bytes
    qint64 sendQueue = -1; // bytes handed to the socket and not yet acknowledged
    qint64 receiveQueue = -1; // bytes arrived and not yet read by the program
    qint64 deliveryRate = -1; // the latest delivery rate, bytes per second
    // Segments over the connection's whole life, as the kernel counts them: all of them (pure
    // ACKs and handshake too), and those that carried data. A new kernel counts them; an old
    // one (or an old recording) leaves them at -1.
    qint64 segmentsOut = -1;
    qint64 segmentsIn = -1;
    qint64 dataSegmentsOut = -1;
    qint64 dataSegmentsIn = -1;

    bool operator==(const TcpInfo &) const = default;
};

// Decides which tcp_info readings of one socket go into the journal: only a changed one, and
// at most one per kMinIntervalNs, so a busy connection polled every 10 ms still writes at most
// ten events a second.
class TcpInfoThrottle
{
public:
    static constexpr qint64 kMinIntervalNs = 100'000'000;

    // True when `info`, read at `nowNs`, should be recorded; it then becomes the last recorded.
    bool admit(const TcpInfo &info, qint64 nowNs)
    {
        if (m_recorded && info == m_last)
            return false;
        if (m_recorded && nowNs - m_lastAtNs < kMinIntervalNs)
            return false; // a later poll records it, if it still differs then
        m_last = info;
        m_lastAtNs = nowNs;
        m_recorded = true;
        return true;
    }

private:
    TcpInfo m_last;
    qint64 m_lastAtNs = 0;
    bool m_recorded = false;
};

} // namespace SocketScope
