#include "sessionfold.h"

#include "journal/journal.h"

namespace SocketScope {

SessionFold::Change SessionFold::apply(const Journal &journal, const Event &event)
{
    Change change;
    change.socket = m_sockets.apply(event);
    change.connection = m_connections.apply(journal, m_sockets, event, change.socket);
    ++m_eventCount;
    return change;
}

void SessionFold::foldTo(const Journal &journal, qsizetype count)
{
    count = qMin(count, journal.count());
    while (m_eventCount < count)
        apply(journal, journal.at(m_eventCount));
}

void SessionFold::countMemory(std::unordered_set<const void *> &counted, qsizetype &bytes) const
{
    bytes += qsizetype(sizeof(SessionFold));
    m_sockets.countMemory(counted, bytes);
    m_connections.countMemory(counted, bytes);
}

} // namespace SocketScope
