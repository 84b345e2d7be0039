#include "kernelsocket.h"

#include <QtCore/QtEndian>

namespace SocketScope {

namespace {

void appendAddress(QByteArray &key, const QHostAddress &address, quint16 port)
{
    // IPv4 and IPv4-mapped IPv6 compare equal, as the kernel reports a dual-stack socket's
    // IPv4 peers either way.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 || address.isNull()) {
        const quint32 be = qToBigEndian(isV4 ? v4 : 0u);
        key.append(reinterpret_cast<const char *>(&be), 4);
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        key.append(reinterpret_cast<const char *>(v6.c), 16);
    }
    const quint16 bePort = qToBigEndian(port);
    key.append(reinterpret_cast<const char *>(&bePort), 2);
}

} // namespace

QByteArray KernelSocket::tupleKey(Protocol proto, const QHostAddress &local, quint16 localPort,
    const QHostAddress &remote, quint16 remotePort)
{
    QByteArray key;
    key.reserve(40);
    key.append(char(proto));
    appendAddress(key, local, localPort);
    appendAddress(key, remote, remotePort);
    return key;
}

QByteArray KernelSocket::tupleKey() const
{
    return tupleKey(proto, localAddress, localPort, remoteAddress, remotePort);
}

} // namespace SocketScope
