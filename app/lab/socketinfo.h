#pragma once

#include "journal/event.h"

#include <QtNetwork/QAbstractSocket>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

// Everything the lab knows about one of its sockets: the five things that make a socket
// (protocol, local and remote address and port) and how it is doing.
struct SocketInfo
{
    qint32 id = -1;
    SocketRole role = SocketRole::None;
    Protocol proto = Protocol::Tcp;
    QHostAddress localAddress;
    quint16 localPort = 0;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;
    QAbstractSocket::SocketState qtState = QAbstractSocket::UnconnectedState;
    TcpState kernelState = TcpState::Unknown;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 packetsIn = 0;
    qint64 packetsOut = 0;
    // TCP: bytes the program sent that the kernel could not take yet (its send buffer is full,
    // most often because the peer does not read); they wait in the program's memory.
    qint64 bytesPending = 0;
    qint64 openedAt = 0; // journal clock, ns
    qint64 closedAt = -1;
    qint32 parent = -1; // the listener an accepted socket was cloned from
    quint64 inode = 0;
    // Where the socket lives: empty for this machine's own network, else the name of the
    // virtual lab host (pc-a, router, remote ...).
    QString host;
    // Listeners only.
    int backlog = 0;
    int maxConnections = 0; // 0: no cap
    bool acceptingPaused = false;
    int queueLength = 0;
    int queueLimit = 0;

    bool isOpen() const { return closedAt < 0; }
};

} // namespace SocketScope
