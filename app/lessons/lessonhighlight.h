#pragma once

#include "journal/event.h"

#include <QtCore/QList>
#include <QtCore/QString>

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
    };

    Kind kind = Socket;
    QString target; // as written in the lesson file
    QList<qint32> sockets;
    QString table;
    int column = -1;
    EventKind eventKind = EventKind::Error;
    quint16 port = 0;
    TcpState state = TcpState::Unknown;
    QString range;
};

} // namespace SocketScope
