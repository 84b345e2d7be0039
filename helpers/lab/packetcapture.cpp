#include "packetcapture.h"

#include "framestream.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace SocketScope::LabHelper {

namespace {
std::uint64_t clockNs(clockid_t clock)
{
    timespec now {};
    ::clock_gettime(clock, &now);
    return std::uint64_t(now.tv_sec) * 1000000000u + std::uint64_t(now.tv_nsec);
}
} // namespace

PacketCapture::PacketCapture(int outputFd)
    : m_outputFd(outputFd)
    , m_frame(65536 + 64)
{
    ::fcntl(m_outputFd, F_SETFL, ::fcntl(m_outputFd, F_GETFL) | O_NONBLOCK);
    m_output = FrameStream::header();
}

PacketCapture::~PacketCapture()
{
    for (int fd : m_fds)
        ::close(fd);
}

std::string PacketCapture::add(int ifindex, const std::string &name, const std::string &host, bool loopback)
{
    // Protocol 0 at first: a packet socket made for ETH_P_ALL starts listening on every
    // interface at once, and narrowing it by bind() then waits for an RCU grace period
    // (10-20 ms each). Made quiet and bound once, it starts on the one interface straight away.
    const int fd = ::socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return std::string("packet socket: ") + std::strerror(errno);
    const int buffer = 4 << 20;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    // The kernel's own time of arrival, to order copies from different interfaces.
    const int stamp = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &stamp, sizeof stamp);
    sockaddr_ll where {};
    where.sll_family = AF_PACKET;
    where.sll_protocol = htons(ETH_P_ALL);
    where.sll_ifindex = ifindex;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&where), sizeof where) != 0) {
        std::string why = std::string("packet socket bind: ") + std::strerror(errno);
        ::close(fd);
        return why;
    }
    const auto id = std::uint32_t(m_interfaces.size());
    m_fds.push_back(fd);
    m_interfaces.push_back({id, loopback, 0});
    FrameStream::Interface announced;
    announced.iface = id;
    announced.linkType = FrameStream::kLinkTypeEthernet; // veth, bridges and lo all carry Ethernet headers
    announced.snapLength = 65535;
    announced.name = name;
    announced.host = host;
    FrameStream::appendInterface(m_output, announced);
    return {};
}

void PacketCapture::read(std::size_t index)
{
    const int fd = m_fds[index];
    Interface &interface = m_interfaces[index];
    // Kernel stamps are on the real-time clock; the app wants the monotonic one too. The two
    // clocks differ by an offset, read once here. Not an age from "now": a packet that arrives
    // while this loop runs is stamped after the clocks were read, and clamping its age to zero
    // would give every such copy the same time, earlier than it was (a SYN+ACK received
    // before it was sent, as the timeline once drew it).
    const std::uint64_t realNow = clockNs(CLOCK_REALTIME);
    const std::uint64_t monoNow = clockNs(CLOCK_MONOTONIC);
    const auto offset = std::int64_t(realNow - monoNow);
    // A bounded number per wake-up, so one busy interface cannot starve the control channel.
    for (int i = 0; i < 256; ++i) {
        sockaddr_ll from {};
        iovec part {m_frame.data(), m_frame.size()};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
        msghdr message {};
        message.msg_name = &from;
        message.msg_namelen = sizeof from;
        message.msg_iov = &part;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t got = ::recvmsg(fd, &message, MSG_TRUNC);
        if (got < 0)
            return;
        std::uint64_t realtime = realNow;
        for (cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                timespec when {};
                std::memcpy(&when, CMSG_DATA(c), sizeof when);
                realtime = std::uint64_t(when.tv_sec) * 1000000000u + std::uint64_t(when.tv_nsec);
            }
        }
        const std::uint64_t monotonic = std::uint64_t(std::int64_t(realtime) - offset);
        // On lo every packet passes twice, once leaving and once arriving: keep one.
        if (interface.loopback && from.sll_pkttype == PACKET_OUTGOING)
            continue;
        if (m_output.size() - m_written > kMaxBuffered) {
            ++m_ownDrops;
            continue;
        }
        const std::size_t captured = std::size_t(got) < m_frame.size() ? std::size_t(got) : m_frame.size();
        const auto direction = from.sll_pkttype == PACKET_OUTGOING ? FrameStream::Direction::Outgoing
                                                                   : FrameStream::Direction::Incoming;
        m_held.push_back({realtime, monotonic, interface.id, std::uint32_t(got), std::uint8_t(direction),
            std::string(reinterpret_cast<const char *>(m_frame.data()), captured)});
    }
}

int PacketCapture::commit()
{
    if (m_held.empty())
        return -1;
    std::stable_sort(m_held.begin(), m_held.end(),
        [](const Held &a, const Held &b) { return a.monotonicNs < b.monotonicNs; });
    const std::uint64_t now = clockNs(CLOCK_MONOTONIC);
    std::size_t due = 0;
    while (due < m_held.size() && m_held[due].monotonicNs + kHoldNs <= now)
        ++due;
    // Never hold back an unbounded amount.
    if (m_held.size() > 100000)
        due = m_held.size();
    for (std::size_t i = 0; i < due; ++i) {
        const Held &f = m_held[i];
        FrameStream::appendFrame(m_output, f.iface, f.realtimeNs, f.monotonicNs, f.originalLength,
            FrameStream::Direction(f.direction), f.bytes.data(), f.bytes.size());
    }
    m_held.erase(m_held.begin(), m_held.begin() + std::ptrdiff_t(due));
    if (m_held.empty())
        return -1;
    const std::uint64_t next = m_held.front().monotonicNs + kHoldNs;
    return next > now ? int((next - now) / 1000000) + 1 : 0;
}

bool PacketCapture::flush()
{
    while (m_written < m_output.size()) {
        const ssize_t put = ::write(m_outputFd, m_output.data() + m_written, m_output.size() - m_written);
        if (put < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN)
                break;
            return false; // EPIPE: the app is gone
        }
        m_written += std::size_t(put);
    }
    if (m_written == m_output.size() || m_written > (1u << 20)) {
        m_output.erase(0, m_written);
        m_written = 0;
    }
    return true;
}

void PacketCapture::reportDrops()
{
    for (std::size_t i = 0; i < m_fds.size(); ++i) {
        tpacket_stats stats {};
        socklen_t length = sizeof stats;
        if (::getsockopt(m_fds[i], SOL_PACKET, PACKET_STATISTICS, &stats, &length) != 0)
            continue;
        // The kernel resets the counters on every read.
        std::uint64_t dropped = stats.tp_drops;
        if (i == 0)
            dropped += std::exchange(m_ownDrops, 0);
        if (dropped == 0)
            continue;
        m_interfaces[i].dropped += dropped;
        FrameStream::appendDrops(m_output, m_interfaces[i].id, m_interfaces[i].dropped);
    }
}

} // namespace SocketScope::LabHelper
