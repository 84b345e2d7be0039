#include "bindprobe.h"

#include "kernel/kernelview.h"
#include "portusers.h"

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#else
#include <QtNetwork/QTcpSocket>
#include <QtNetwork/QUdpSocket>
#endif

namespace SocketScope {

namespace {

#ifdef Q_OS_UNIX
void bindNow(BindProbe::Result &result)
{
    const bool v6 = result.address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET,
        (result.proto == Protocol::Udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        result.osError = errno;
        result.osMessage = QString::fromLocal8Bit(std::strerror(errno));
        result.outcome = BindProbe::Other;
        return;
    }
    if (result.proto == Protocol::Tcp) {
        const int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    }
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(result.port);
        const Q_IPV6ADDR bytes = result.address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, 16);
        in6->sin6_scope_id = result.address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(result.port);
        in4->sin_addr.s_addr = htonl(result.address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) == 0) {
        result.outcome = BindProbe::Free;
        sockaddr_storage bound {};
        socklen_t boundLength = sizeof bound;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength) == 0)
            result.boundPort = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                                        : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    } else {
        result.osError = errno;
        result.osMessage = QString::fromLocal8Bit(std::strerror(errno));
        switch (errno) {
        case EADDRINUSE:
            result.outcome = BindProbe::InUse;
            break;
        case EACCES:
        case EPERM:
            result.outcome = BindProbe::Protected;
            break;
        case EADDRNOTAVAIL:
            result.outcome = BindProbe::AddressNotAvailable;
            break;
        default:
            result.outcome = BindProbe::Other;
            break;
        }
    }
    ::close(fd);
}
#else
void bindNow(BindProbe::Result &result)
{
    QTcpSocket tcp;
    QUdpSocket udp;
    QAbstractSocket &socket = result.proto == Protocol::Udp ? static_cast<QAbstractSocket &>(udp)
                                                            : static_cast<QAbstractSocket &>(tcp);
    if (socket.bind(result.address, result.port, QAbstractSocket::DontShareAddress)) {
        result.outcome = BindProbe::Free;
        result.boundPort = socket.localPort();
    } else {
        result.osMessage = socket.errorString();
        switch (socket.error()) {
        case QAbstractSocket::AddressInUseError:
            result.outcome = BindProbe::InUse;
            break;
        case QAbstractSocket::SocketAccessError:
            result.outcome = BindProbe::Protected;
            break;
        case QAbstractSocket::SocketAddressNotAvailableError:
            result.outcome = BindProbe::AddressNotAvailable;
            break;
        default:
            result.outcome = BindProbe::Other;
            break;
        }
    }
    socket.close();
}
#endif

} // namespace

BindProbe::Result BindProbe::probe(
    Protocol proto, const QHostAddress &address, quint16 port, KernelView *kernel)
{
    Result result;
    result.proto = proto == Protocol::Udp ? Protocol::Udp : Protocol::Tcp;
    // "Any" for both families is the IPv6 wildcard on a dual-stack socket.
    result.address = address == QHostAddress::Any ? QHostAddress(QHostAddress::AnyIPv6) : address;
    result.port = port;
    if (result.address.protocol() != QAbstractSocket::IPv4Protocol
        && result.address.protocol() != QAbstractSocket::IPv6Protocol) {
        result.outcome = Other;
        return result;
    }
    bindNow(result);
    if (result.outcome == InUse && kernel && kernel->isAvailable()) {
        // The view may be a poll behind the socket we just collided with.
        kernel->poll();
        result.holders = PortUsers::find(kernel->sockets(), port, result.proto, result.address);
        PortUsers::attachProcesses(result.holders);
    }
    return result;
}

} // namespace SocketScope
