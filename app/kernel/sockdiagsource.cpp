#include "sockdiagsource.h"

#include "sockdiagrequest.h"
#include "tcpinforeading.h"

#ifdef SOCKETSCOPE_HAVE_SOCK_DIAG

#include <QtCore/QtEndian>

#include <algorithm>
#include <functional>

#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstring>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SocketScope {

namespace {

QHostAddress addressFrom(int family, const __be32 words[4])
{
    if (family == AF_INET)
        return QHostAddress(qFromBigEndian(quint32(words[0])));
    Q_IPV6ADDR v6;
    std::memcpy(v6.c, words, 16);
    return QHostAddress(v6);
}

// Every TCP state, and the one a client waits in while connecting.
constexpr quint32 kAllStates = ~0u;
constexpr quint32 kSynSent = 1u << 2; // TCP_SYN_SENT

void appendOp(QByteArray &program, quint8 code, quint8 yes, quint16 no)
{
    const inet_diag_bc_op op {code, yes, no};
    program.append(reinterpret_cast<const char *>(&op), sizeof op);
}

// The attributes after the message: INET_DIAG_INFO holds struct tcp_info.
void readAttributes(const nlmsghdr *header, const inet_diag_msg *diag, KernelSocket &socket)
{
    if (!hasTcpInfo(socket.state))
        return;
    const auto *attribute = reinterpret_cast<const rtattr *>(
        reinterpret_cast<const char *>(diag) + NLMSG_ALIGN(sizeof(inet_diag_msg)));
    auto remaining = int(header->nlmsg_len) - int(NLMSG_LENGTH(sizeof(inet_diag_msg)));
    for (; RTA_OK(attribute, remaining); attribute = RTA_NEXT(attribute, remaining)) {
        if (attribute->rta_type != INET_DIAG_INFO)
            continue;
        socket.tcpInfo = tcpInfoFrom(static_cast<const char *>(RTA_DATA(attribute)), RTA_PAYLOAD(attribute));
        socket.tcpInfo.sendQueue = socket.sendQueue;
        socket.tcpInfo.receiveQueue = socket.receiveQueue;
        socket.hasTcpInfo = true;
        return;
    }
}

} // namespace

QByteArray SockDiagSource::portFilter(const std::vector<quint16> &ports)
{
    // Ranges of neighbouring ports; then, while there are too many, the narrowest gaps are
    // closed: keeping the kMaxRanges - 1 widest gaps as the borders.
    std::vector<std::pair<quint16, quint16>> ranges;
    for (const quint16 port : ports) {
        if (port == 0)
            continue; // a socket with no port yet: no range
        if (!ranges.empty() && quint32(ranges.back().second) + 1 >= port)
            ranges.back().second = qMax(ranges.back().second, port);
        else
            ranges.emplace_back(port, port);
    }
    if (ranges.size() > size_t(kMaxRanges)) {
        std::vector<quint32> gaps;
        for (size_t i = 1; i < ranges.size(); ++i)
            gaps.push_back(quint32(ranges[i].first - ranges[i - 1].second));
        std::nth_element(gaps.begin(), gaps.begin() + (kMaxRanges - 2), gaps.end(), std::greater<>());
        const quint32 border = gaps[size_t(kMaxRanges - 2)];
        // Gaps as wide as the border close too, so ties leave fewer ranges, never more.
        std::vector<std::pair<quint16, quint16>> merged {ranges.front()};
        for (size_t i = 1; i < ranges.size(); ++i) {
            if (quint32(ranges[i].first - merged.back().second) > border)
                merged.push_back(ranges[i]);
            else
                merged.back().second = ranges[i].second;
        }
        ranges = std::move(merged);
    }

    // One test per range: "port >= first, and port <= last", 16 bytes. A failed test jumps 4
    // bytes past its own end, which is the next range's test, or past the program: no match.
    // Between two tests a jump skips everything after it: a match ends the program at its end,
    // which the kernel takes as "report this socket". The offsets are relative to each op.
    constexpr int kTest = 16;
    constexpr int kJump = 4;
    QByteArray program;
    const int count = int(ranges.size());
    for (int i = 0; i < count; ++i) {
        const auto [first, last] = ranges[size_t(i)];
        appendOp(program, INET_DIAG_BC_S_GE, 8, kTest + kJump);
        appendOp(program, 0, 0, first);
        appendOp(program, INET_DIAG_BC_S_LE, 8, kTest + kJump - 8);
        appendOp(program, 0, 0, last);
        if (i + 1 < count) {
            const int rest = (count - i - 1) * (kTest + kJump) - kJump;
            appendOp(program, INET_DIAG_BC_JMP, kJump, quint16(kJump + rest));
        }
    }
    return program;
}

SockDiagSource::SockDiagSource()
    : m_buffer(std::size_t(64) * 1024)
{
    m_fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
}

SockDiagSource::SockDiagSource(int adoptedDescriptor)
    : m_fd(adoptedDescriptor)
    , m_buffer(std::size_t(64) * 1024)
{ }

SockDiagSource::~SockDiagSource()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString SockDiagSource::name() const
{
    return QStringLiteral("sock_diag");
}

bool SockDiagSource::read(std::vector<KernelSocket> &out, QString *error)
{
    out.clear();
    if (m_fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(EAFNOSUPPORT));
        return false;
    }
    if (!dumpTcp(kAllStates, {}, out, error))
        return false;
    for (const int family : {AF_INET, AF_INET6}) {
        if (!dump(family, IPPROTO_UDP, kAllStates, {}, out, error))
            return false;
    }
    return true;
}

bool SockDiagSource::readPorts(
    const std::vector<quint16> &ports, std::vector<KernelSocket> &out, QString *error)
{
    out.clear();
    if (m_fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(EAFNOSUPPORT));
        return false;
    }
    // A client still connecting: its owner learns its port only once it is connected, and
    // finds it by its inode meanwhile. Few sockets are ever in SYN_SENT at once, but each
    // dump walks the kernel's whole table, so this one is made only when asked for.
    const bool connecting = std::find(ports.cbegin(), ports.cend(), quint16(0)) != ports.cend();
    const QByteArray filter = portFilter(ports);
    if (connecting && !dumpTcp(kSynSent, {}, out, error))
        return false;
    if (filter.isEmpty())
        return true;
    // SYN_SENT sockets on our ports were listed above. A kernel that refuses the filter still
    // lists them all.
    if (!dumpTcp(connecting ? kAllStates & ~kSynSent : kAllStates, filter, out, error))
        return read(out, error);
    for (const int family : {AF_INET, AF_INET6}) {
        if (!dump(family, IPPROTO_UDP, kAllStates, filter, out, error))
            return read(out, error);
    }
    return true;
}

bool SockDiagSource::dumpTcp(
    quint32 states, const QByteArray &filter, std::vector<KernelSocket> &out, QString *error)
{
    // Every TCP dump walks the kernel's whole table of connections, however few are ours, and
    // that table is sized by the machine's memory, not by its sockets: asked per family, it was
    // walked twice for one list (bench_tcpinfo: most of a read's time). The older form of the
    // request (TCPDIAG_GETSOCK, as `ss` once sent it) lists both families in one walk.
    if (m_tcpInOneWalk) {
        const size_t before = out.size();
        if (dump(AF_UNSPEC, IPPROTO_TCP, states, filter, out, error))
            return true;
        out.resize(before);
        m_tcpInOneWalk = false;
    }
    for (const int family : {AF_INET, AF_INET6}) {
        if (!dump(family, IPPROTO_TCP, states, filter, out, error))
            return false;
    }
    return true;
}

bool SockDiagSource::dump(int family, int protocol, quint32 states, const QByteArray &filter,
    std::vector<KernelSocket> &out, QString *error)
{
    // The request, then the filter program as an attribute of it. Both families at once
    // (TCP only) take the older request, which has no family field the kernel reads.
    const bool bothFamilies = family == AF_UNSPEC;
    const size_t requestLength
        = bothFamilies ? NLMSG_LENGTH(sizeof(inet_diag_req)) : sizeof(SockDiag::DumpRequest);
    const size_t attributeLength = filter.isEmpty() ? 0 : NLA_HDRLEN + size_t(filter.size());
    std::vector<char> message(NLMSG_ALIGN(requestLength) + NLA_ALIGN(attributeLength));
    const quint8 extensions
        = protocol == IPPROTO_TCP && m_readTcpInfo ? quint8(1u << (INET_DIAG_INFO - 1)) : 0;
    const quint16 replyType = bothFamilies ? TCPDIAG_GETSOCK : SOCK_DIAG_BY_FAMILY;
    if (bothFamilies) {
        auto *header = reinterpret_cast<nlmsghdr *>(message.data());
        header->nlmsg_type = TCPDIAG_GETSOCK;
        header->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
        header->nlmsg_seq = ++m_sequence;
        auto *request = static_cast<inet_diag_req *>(NLMSG_DATA(header));
        request->idiag_family = AF_INET;
        request->idiag_states = states;
        request->idiag_ext = extensions;
    } else {
        auto *request = reinterpret_cast<SockDiag::DumpRequest *>(message.data());
        *request = SockDiag::dumpRequest(quint8(family), quint8(protocol), states, ++m_sequence);
        // The kernel's TCP numbers come along for TCP sockets: no privileges are needed for them.
        request->request.idiag_ext = extensions;
    }
    reinterpret_cast<nlmsghdr *>(message.data())->nlmsg_len = quint32(message.size());
    if (!filter.isEmpty()) {
        auto *attribute = reinterpret_cast<nlattr *>(message.data() + NLMSG_ALIGN(requestLength));
        attribute->nla_len = quint16(attributeLength);
        attribute->nla_type = INET_DIAG_REQ_BYTECODE;
        std::memcpy(
            reinterpret_cast<char *>(attribute) + NLA_HDRLEN, filter.constData(), size_t(filter.size()));
    }

    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(
            m_fd, message.data(), message.size(), 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel)
        < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }

    const Protocol proto = protocol == IPPROTO_TCP ? Protocol::Tcp : Protocol::Udp;
    for (;;) {
        const ssize_t received = ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            if (error)
                *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        // A long: the kernel's NLMSG_OK compares the header's unsigned length with it, which an int
        // would make a comparison of signed with unsigned.
        long remaining = long(received);
        for (auto *header = reinterpret_cast<nlmsghdr *>(m_buffer.data()); NLMSG_OK(header, remaining);
             header = NLMSG_NEXT(header, remaining)) {
            if (header->nlmsg_seq != m_sequence)
                continue;
            if (header->nlmsg_type == NLMSG_DONE)
                return true;
            if (header->nlmsg_type == NLMSG_ERROR) {
                const auto *failure = static_cast<const nlmsgerr *>(NLMSG_DATA(header));
                // A kernel without UDP diag support answers ENOENT: no UDP list, not a failure.
                if (failure->error == -ENOENT && protocol == IPPROTO_UDP)
                    return true;
                if (error)
                    *error = QString::fromLocal8Bit(std::strerror(-failure->error));
                return false;
            }
            if (header->nlmsg_type != replyType)
                continue;
            const auto *diag = static_cast<const inet_diag_msg *>(NLMSG_DATA(header));
            KernelSocket socket;
            socket.proto = proto;
            socket.localAddress = addressFrom(diag->idiag_family, diag->id.idiag_src);
            socket.localPort = qFromBigEndian(quint16(diag->id.idiag_sport));
            socket.remoteAddress = addressFrom(diag->idiag_family, diag->id.idiag_dst);
            socket.remotePort = qFromBigEndian(quint16(diag->id.idiag_dport));
            socket.state = proto == Protocol::Udp
                ? (diag->idiag_state == 1 ? TcpState::Established : TcpState::Bound)
                : TcpState(diag->idiag_state);
            socket.receiveQueue = diag->idiag_rqueue;
            socket.sendQueue = diag->idiag_wqueue;
            socket.inode = diag->idiag_inode;
            socket.uid = diag->idiag_uid;
            if (proto == Protocol::Tcp)
                readAttributes(header, diag, socket);
            out.push_back(socket);
        }
    }
}

} // namespace SocketScope

#else // no sock_diag on this system: the source reports itself closed.

namespace SocketScope {
SockDiagSource::SockDiagSource() = default;
SockDiagSource::~SockDiagSource() = default;
QString SockDiagSource::name() const
{
    return QStringLiteral("sock_diag");
}
bool SockDiagSource::read(std::vector<KernelSocket> &out, QString *)
{
    out.clear();
    return false;
}
bool SockDiagSource::readPorts(const std::vector<quint16> &, std::vector<KernelSocket> &out, QString *)
{
    out.clear();
    return false;
}
QByteArray SockDiagSource::portFilter(const std::vector<quint16> &)
{
    return {};
}
bool SockDiagSource::dump(int, int, quint32, const QByteArray &, std::vector<KernelSocket> &, QString *)
{
    return false;
}
} // namespace SocketScope

#endif
