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

} // namespace SocketScope
