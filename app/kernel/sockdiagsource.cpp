#include "sockdiagsource.h"

#ifdef SOCKETSCOPE_HAVE_SOCK_DIAG

#include <QtCore/QtEndian>

#include <cerrno>
#include <cstring>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
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

} // namespace

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
    for (const int family : {AF_INET, AF_INET6}) {
        for (const int protocol : {IPPROTO_TCP, IPPROTO_UDP}) {
            if (!dump(family, protocol, out, error))
                return false;
        }
    }
    return true;
}

bool SockDiagSource::dump(int family, int protocol, std::vector<KernelSocket> &out, QString *error)
{
    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message {};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.header.nlmsg_seq = ++m_sequence;
    message.request.sdiag_family = quint8(family);
    message.request.sdiag_protocol = quint8(protocol);
    message.request.idiag_states = ~0u;

    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(m_fd, &message, sizeof message, 0, reinterpret_cast<sockaddr *>(&kernel), sizeof kernel)
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
            if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY)
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
bool SockDiagSource::dump(int, int, std::vector<KernelSocket> &, QString *)
{
    return false;
}
} // namespace SocketScope

#endif
