#pragma once

#include "journal/journal.h"

#include <QtCore/QList>

namespace SocketScope {

// The events of one kind about one socket, in order: what most lab tests ask the journal.
inline QList<Event> eventsOf(const Journal &journal, qint32 socket, EventKind kind)
{
    QList<Event> found;
    for (const quint32 index : journal.eventsOfSocket(socket)) {
        if (journal.at(index).kind == kind)
            found.append(journal.at(index));
    }
    return found;
}

// Whether the journal has an event of that kind about that socket.
inline bool hasEvent(const Journal &journal, qint32 socket, EventKind kind)
{
    for (const quint32 index : journal.eventsOfSocket(socket)) {
        if (journal.at(index).kind == kind)
            return true;
    }
    return false;
}

// The first socket a listener accepted, from the journal alone (-1: none yet).
inline qint32 acceptedSocket(const Journal &journal)
{
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind == EventKind::SocketOpened && e.role == SocketRole::Accepted)
            return e.socket;
    }
    return -1;
}

// Every socket a listener accepted so far, oldest first.
inline QList<qint32> acceptedSockets(const Journal &journal)
{
    QList<qint32> found;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind == EventKind::SocketOpened && e.role == SocketRole::Accepted)
            found << e.socket;
    }
    return found;
}

} // namespace SocketScope
