#include "tcpinforeading.h"

#include "journal/event.h"

#include <climits>
#include <cstddef>
#include <cstring>

#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace SocketScope {

TcpInfo tcpInfoFrom(const char *bytes, size_t length)
{
    tcp_info raw {};
    std::memcpy(&raw, bytes, qMin(length, sizeof raw));
    const auto has = [length](size_t offset, size_t size) { return offset + size <= length; };
    TcpInfo info;
    info.cwnd = raw.tcpi_snd_cwnd;
    info.ssthresh = raw.tcpi_snd_ssthresh;
    info.srttUs = raw.tcpi_rtt;
    info.rttvarUs = raw.tcpi_rttvar;
    info.unacked = raw.tcpi_unacked;
    // What the sender thinks is still on the network, as the kernel reckons it
    // (tcp_packets_in_flight): sent, less what the peer said it holds or was lost, plus resends.
    info.inFlight
        = qMax<qint64>(0, qint64(raw.tcpi_unacked) - raw.tcpi_sacked - raw.tcpi_lost + raw.tcpi_retrans);
    // Bytes in flight: data bytes sent once (all sent, less those sent again) and not yet
    // acknowledged. The kernel's acknowledged count also takes in the SYN's and the FIN's
    // sequence numbers once the peer has acknowledged them, so they are given back.
    if (has(offsetof(tcp_info, tcpi_bytes_retrans), sizeof raw.tcpi_bytes_retrans)) {
        const auto state = TcpState(raw.tcpi_state);
        const bool synAcknowledged = state != TcpState::SynSent && state != TcpState::SynRecv;
        const bool finAcknowledged = state == TcpState::FinWait2 || state == TcpState::TimeWait;
        const qint64 acknowledged
            = qint64(raw.tcpi_bytes_acked) - (synAcknowledged ? 1 : 0) - (finAcknowledged ? 1 : 0);
        info.bytesInFlight
            = qMax<qint64>(0, qint64(raw.tcpi_bytes_sent) - qint64(raw.tcpi_bytes_retrans) - acknowledged);
    }
    if (has(offsetof(tcp_info, tcpi_total_retrans), sizeof raw.tcpi_total_retrans))
        info.retransmissions = raw.tcpi_total_retrans;
    if (has(offsetof(tcp_info, tcpi_delivery_rate), sizeof raw.tcpi_delivery_rate))
        info.deliveryRate = qint64(qMin<quint64>(raw.tcpi_delivery_rate, quint64(LLONG_MAX)));
    if (has(offsetof(tcp_info, tcpi_snd_wnd), sizeof raw.tcpi_snd_wnd))
        info.sendWindow = raw.tcpi_snd_wnd;
    if (has(offsetof(tcp_info, tcpi_segs_out), sizeof raw.tcpi_segs_out))
        info.segmentsOut = raw.tcpi_segs_out;
    if (has(offsetof(tcp_info, tcpi_segs_in), sizeof raw.tcpi_segs_in))
        info.segmentsIn = raw.tcpi_segs_in;
    if (has(offsetof(tcp_info, tcpi_data_segs_out), sizeof raw.tcpi_data_segs_out))
        info.dataSegmentsOut = raw.tcpi_data_segs_out;
    if (has(offsetof(tcp_info, tcpi_data_segs_in), sizeof raw.tcpi_data_segs_in))
        info.dataSegmentsIn = raw.tcpi_data_segs_in;
    // tcpi_rcv_wnd follows tcpi_snd_wnd in kernels from 6.7 on; these headers may predate it.
    const size_t receiveWindowAt = offsetof(tcp_info, tcpi_snd_wnd) + sizeof raw.tcpi_snd_wnd;
    if (has(receiveWindowAt, sizeof(quint32))) {
        quint32 window = 0;
        std::memcpy(&window, bytes + receiveWindowAt, sizeof window);
        info.receiveWindow = window;
    }
    return info;
}

bool hasTcpInfo(TcpState state)
{
    return state != TcpState::Listen && state != TcpState::NewSynRecv && state != TcpState::SynRecv
        && state != TcpState::TimeWait;
}

TcpInfo readTcpInfo(int descriptor)
{
    tcp_info raw {};
    socklen_t size = sizeof raw;
    if (descriptor < 0 || ::getsockopt(descriptor, IPPROTO_TCP, TCP_INFO, &raw, &size) != 0)
        return {};
    return tcpInfoFrom(reinterpret_cast<const char *>(&raw), size);
}

} // namespace SocketScope
