#include "kerneloption.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cerrno>

namespace SocketScope {

namespace {

struct Where
{
    int level = 0;
    int name = 0;
};

int domainOf(int fd)
{
    int domain = AF_INET;
    socklen_t size = sizeof domain;
    if (::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &size) != 0)
        return AF_INET;
    return domain;
}

// Where an option lives (level and name). The TTL of an IPv6 socket is its hop limit; an
// IPv6 socket that also carries IPv4 gets both, so either kind of packet goes out with it.
Where whereOf(int fd, SocketOption option)
{
    switch (option) {
    case SocketOption::NoDelay:
        return {IPPROTO_TCP, TCP_NODELAY};
    case SocketOption::Linger:
        return {SOL_SOCKET, SO_LINGER};
    case SocketOption::ReceiveBuffer:
        return {SOL_SOCKET, SO_RCVBUF};
    case SocketOption::SendBuffer:
        return {SOL_SOCKET, SO_SNDBUF};
    case SocketOption::KeepAlive:
        return {SOL_SOCKET, SO_KEEPALIVE};
    case SocketOption::KeepIdle:
        return {IPPROTO_TCP, TCP_KEEPIDLE};
    case SocketOption::KeepInterval:
        return {IPPROTO_TCP, TCP_KEEPINTVL};
    case SocketOption::KeepCount:
        return {IPPROTO_TCP, TCP_KEEPCNT};
    case SocketOption::ReuseAddress:
        return {SOL_SOCKET, SO_REUSEADDR};
    case SocketOption::ReusePort:
        return {SOL_SOCKET, SO_REUSEPORT};
    case SocketOption::Ttl:
        if (domainOf(fd) == AF_INET6)
            return {IPPROTO_IPV6, IPV6_UNICAST_HOPS};
        return {IPPROTO_IP, IP_TTL};
    }
    return {};
}

} // namespace

KernelOption::Outcome KernelOption::set(qintptr descriptor, SocketOption option, qint64 value)
{
    Outcome outcome;
    outcome.asked = value;
    const int fd = int(descriptor);
    const Where where = whereOf(fd, option);
    int result = -1;
    if (option == SocketOption::Linger) {
        // -1 switches lingering off; 0 and up switch it on with that many seconds (0: close()
        // throws unsent data away and sends RST).
        const linger setting {value >= 0 ? 1 : 0, value >= 0 ? int(value) : 0};
        result = ::setsockopt(fd, where.level, where.name, &setting, sizeof setting);
    } else {
        const int number = int(value);
        result = ::setsockopt(fd, where.level, where.name, &number, sizeof number);
        if (result == 0 && option == SocketOption::Ttl && where.level == IPPROTO_IPV6) {
            // Best effort: an IPv6-only socket refuses the IPv4 TTL, and says so through errno
            // only, which must not be mistaken for the hop limit failing.
            ::setsockopt(fd, IPPROTO_IP, IP_TTL, &number, sizeof number);
        }
    }
    if (result != 0)
        outcome.error = errno;
    outcome.kernel = read(descriptor, option);
    return outcome;
}

qint64 KernelOption::read(qintptr descriptor, SocketOption option)
{
    if (descriptor < 0)
        return kOptionUnread;
    const int fd = int(descriptor);
    const Where where = whereOf(fd, option);
    if (option == SocketOption::Linger) {
        linger setting {};
        socklen_t size = sizeof setting;
        if (::getsockopt(fd, where.level, where.name, &setting, &size) != 0)
            return kOptionUnread;
        return setting.l_onoff ? setting.l_linger : -1;
    }
    int number = 0;
    socklen_t size = sizeof number;
    if (::getsockopt(fd, where.level, where.name, &number, &size) != 0)
        return kOptionUnread;
    return number;
}

qintptr KernelOption::makeSocket(Protocol proto, int family, bool dualStack)
{
    const int type = proto == Protocol::Udp ? SOCK_DGRAM : SOCK_STREAM;
    const int fd = ::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd >= 0 && family == AF_INET6) {
        const int only = dualStack ? 0 : 1;
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &only, sizeof only);
    }
    return fd;
}

} // namespace SocketScope
