#pragma once

#include "journal/event.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace SocketScope {

// Something a step points at. Plain data: the window decides how to show it (a row marked in
// a table, a column header lit, the timeline's events of a kind, a cell on the port map).
struct LessonHighlight
{
    enum Kind : quint8 {
        Socket, // `sockets`: lab socket ids (a step name may stand for several)
        Column, // `table` ("sockets", "connections", "events") and `column` (the model's enum)
        Event, // `eventKind`
        Port, // `port` on the port map
        State, // `state`: a kernel state, in the kernel-state column and the timeline
        Range, // `range`: "well_known", "registered", "dynamic" or "ephemeral" on the port map
        Arrow, // `arrow`: the timeline's arrows of one kind ("SYN", "SYN+ACK", "FIN" ...)
    };

    // The arrow kinds a lesson may name, as the timeline labels them.
    static QStringList arrowNames()
    {
        return {QStringLiteral("SYN"), QStringLiteral("SYN+ACK"), QStringLiteral("ACK"),
            QStringLiteral("FIN"), QStringLiteral("RST"), QStringLiteral("data"), QStringLiteral("datagram")};
    }

    Kind kind = Socket;
    QString target; // as written in the lesson file
    QList<qint32> sockets;
    QString table;
    int column = -1;
    EventKind eventKind = EventKind::Error;
    quint16 port = 0;
    TcpState state = TcpState::Unknown;
    QString range;
    QString arrow; // one of arrowNames()
};

} // namespace SocketScope
