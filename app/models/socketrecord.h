#pragma once

#include "journal/event.h"

namespace SocketScope {

// What the app did with a socket, folded from its events; the kernel's word is kept apart.
enum class AppState : quint8 {
    Opening,
    Bound,
    Listening,
    Connecting,
    Connected,
    HalfClosed, // we shut our sending side
    PeerClosed, // the peer sent its FIN
    Closing,
    Closed,
    Aborted,
    Failed,
};

// One socket as the journal tells it. Folding the same events gives the same record, live
// or replayed.
struct SocketRecord
{
    enum Field : quint32 {
        FieldEndpoints = 1u << 0,
        FieldAppState = 1u << 1,
        FieldKernelState = 1u << 2,
        FieldQueue = 1u << 3,
        FieldTraffic = 1u << 4,
        FieldClosed = 1u << 5,
        FieldError = 1u << 6,
        FieldGone = 1u << 7,
        FieldTcpInfo = 1u << 8,
    };

    qint32 id = -1;
    SocketRole role = SocketRole::None;
    Protocol proto = Protocol::None;
    // Endpoints and the computer as the journal's string ids (Journal::string), 0 = none:
    // History keeps tens of thousands of records per checkpoint, and equal texts have one id.
    quint32 local = 0;
    quint32 remote = 0;
    quint32 host = 0;
    AppState app = AppState::Opening;
    TcpState kernel = TcpState::Unknown;
    qint32 backlog = 0;
    qint32 queueLength = 0;
    qint32 queueLimit = 0;
    bool acceptingPaused = false;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 packetsIn = 0;
    qint64 packetsOut = 0;
    qint64 openedAt = 0;
    qint64 closedAt = -1;
    qint32 parent = -1;
    qint64 lastErrorCode = 0;
    quint32 lastError = 0; // the message's string id
    bool gone = false;
    // The kernel's latest TCP numbers (tcp_info events); -1 until the kernel gave one.
    qint64 cwnd = -1;
    qint64 srttUs = -1;
    qint64 retransmissions = -1;

    bool isOpen() const { return closedAt < 0; }
    // Applies one event about this socket; returns the fields it changed.
    quint32 apply(const Event &event);
};

} // namespace SocketScope
