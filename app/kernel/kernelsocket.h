#pragma once

#include "journal/event.h"
#include "journal/tcpinfo.h"

#include <QtCore/QByteArray>
#include <QtCore/QHashFunctions>
#include <QtNetwork/QHostAddress>

#include <array>
#include <cstring>

namespace SocketScope {

// A socket's <protocol, local, remote> tuple as bytes (the protocol, then each end's address and
// port, an IPv4 address in 4 bytes and an IPv6 one in 16), held in place: looking up thousands
// of sockets after every poll of the kernel makes no allocation for each.
struct SocketTuple
{
    static constexpr int kMaxSize = 1 + 2 * (16 + 2);
    std::array<char, kMaxSize> bytes {};
    quint8 size = 0;

    QByteArray toByteArray() const { return QByteArray(bytes.data(), size); }
    // False for bytes that cannot be a tuple (too long).
    bool assign(QByteArrayView key)
    {
        if (key.size() > kMaxSize)
            return false;
        size = quint8(key.size());
        if (size > 0) // an empty view may hold no bytes at all, and memcpy wants real ones
            std::memcpy(bytes.data(), key.data(), size);
        return true;
    }
    friend bool operator==(const SocketTuple &a, const SocketTuple &b)
    {
        return a.size == b.size && std::memcmp(a.bytes.data(), b.bytes.data(), a.size) == 0;
    }
    friend size_t qHash(const SocketTuple &tuple, size_t seed = 0)
    {
        return qHashBits(tuple.bytes.data(), tuple.size, seed);
    }
};

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
    // The same bytes, without an array of their own.
    SocketTuple tuple() const;
    static SocketTuple tuple(Protocol proto, const QHostAddress &local, quint16 localPort,
        const QHostAddress &remote, quint16 remotePort);
};

} // namespace SocketScope
