#pragma once

#include "endpoint.h"
#include "journal/event.h"
#include "timelineitem.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <vector>

namespace SocketScope {

// One row of the timeline: one socket of the journal, or a program at the other end of a
// connection that is not ours (a browser, a server elsewhere), which has only an address.
struct TimelineLane
{
    struct StateChange
    {
        quint32 item = 0;
        qint64 t = 0;
        TcpState state = TcpState::Unknown;
    };
    struct QueueChange
    {
        quint32 item = 0;
        qint32 length = 0;
        qint32 limit = 0;
    };

    qint32 socket = -1; // -1: a program that is not ours
    SocketRole role = SocketRole::None;
    Protocol proto = Protocol::None;
    QString local; // ip:port, as the journal wrote it (what a person reads)
    QString remote;
    Endpoint localEnd; // the same as values, what the rules compare
    Endpoint remoteEnd;
    QString host;
    LaneId parent = -1; // accepted: the listener's lane it was cloned from
    LaneId listener = -1; // client: the listener's lane its SYN went to
    LaneId peer = -1; // the lane at the other end of the connection
    quint32 openedItem = 0;
    qint64 openedAt = 0;
    qint64 closedItem = -1; // the app let go of it
    qint64 goneItem = -1; // the kernel let go of it
    std::vector<StateChange> states; // what the kernel reported
    // What the arrows drawn so far imply by the standard state machine. The kernel is polled
    // and misses states that last microseconds on loopback; these follow every arrow.
    std::vector<StateChange> implied;
    std::vector<QueueChange> queue; // listeners only
    QList<QHostAddress> groups; // UDP: the multicast groups it is in now
    // An outside lane that is the lab router's face: packets to or from it were rewritten there.
    bool translated = false;
    // Accepted lab sockets: captured handshake packets seen so far (drawn at the listener).
    bool handshakeSeen = false;
    bool handshakeDone = false;

    bool isOutside() const { return socket < 0; }
};

} // namespace SocketScope
