#pragma once

#include "journal/event.h"
#include "journal/tcpinfo.h"

#include <QtCore/QByteArray>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

// One socket as the kernel lists it.
struct KernelSocket
{
    Protocol proto = Protocol::Tcp;
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
    TcpState state = TcpState::Unknown;
    // For a listener: connections waiting in the accept queue, and the queue's limit.
    // For other sockets: bytes waiting to be read and bytes not yet acknowledged.
    quint32 receiveQueue = 0;
    quint32 sendQueue = 0;
    quint64 inode = 0; // 0 once no process holds the socket (TIME_WAIT, orphaned FIN_WAIT)
    quint32 uid = 0;
    // The kernel's TCP numbers (sock_diag's INET_DIAG_INFO), for a TCP socket that has them.
    bool hasTcpInfo = false;
    TcpInfo tcpInfo;

    // Identifies the socket by its <protocol, local, remote> tuple; the same for a socket
    // before and after its descriptor is closed.
    QByteArray tupleKey() const;
    static QByteArray tupleKey(Protocol proto, const QHostAddress &local, quint16 localPort,
        const QHostAddress &remote, quint16 remotePort);
};

} // namespace SocketScope
