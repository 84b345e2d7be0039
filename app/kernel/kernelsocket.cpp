#include "kernelsocket.h"

#include <QtCore/QtEndian>

namespace SocketScope {

namespace {

void appendAddress(SocketTuple &tuple, const QHostAddress &address, quint16 port)
{
    char *at = tuple.bytes.data() + tuple.size;
    // IPv4 and IPv4-mapped IPv6 compare equal, as the kernel reports a dual-stack socket's
    // IPv4 peers either way.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 || address.isNull()) {
        const quint32 be = qToBigEndian(isV4 ? v4 : 0u);
        std::memcpy(at, &be, 4);
        at += 4;
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        std::memcpy(at, v6.c, 16);
        at += 16;
    }
    const quint16 bePort = qToBigEndian(port);
    std::memcpy(at, &bePort, 2);
    at += 2;
    tuple.size = quint8(at - tuple.bytes.data());
}

} // namespace

QByteArray KernelSocket::tupleKey(Protocol proto, const QHostAddress &local, quint16 localPort,
    const QHostAddress &remote, quint16 remotePort)
{
    return tuple(proto, local, localPort, remote, remotePort).toByteArray();
}

QByteArray KernelSocket::tupleKey() const
{
    return tuple().toByteArray();
}

SocketTuple KernelSocket::tuple(Protocol proto, const QHostAddress &local, quint16 localPort,
    const QHostAddress &remote, quint16 remotePort)
{
    SocketTuple tuple;
    tuple.bytes[0] = char(proto);
    tuple.size = 1;
    appendAddress(tuple, local, localPort);
    appendAddress(tuple, remote, remotePort);
    return tuple;
}

SocketTuple KernelSocket::tuple() const
{
    return tuple(proto, localAddress, localPort, remoteAddress, remotePort);
}

} // namespace SocketScope
