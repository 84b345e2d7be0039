#include "history.h"

#include "journal/journal.h"

namespace SocketScope {

History::History(const Journal *journal, qsizetype interval)
    : m_journal(journal)
    , m_interval(qMax<qsizetype>(1, interval))
{
    m_checkpoints.emplace_back(); // the state before the first event
}

void History::prepare(qsizetype count)
{
    count = qMin(count, m_journal->count());
    while (m_frontier.eventCount() < count) {
        const qsizetype index = m_frontier.eventCount();
        m_frontier.apply(*m_journal, m_journal->at(index));
        if (m_frontier.eventCount() % m_interval == 0)
            m_checkpoints.push_back(m_frontier);
    }
}

SessionFold History::stateAfter(qsizetype count)
{
    count = qBound<qsizetype>(0, count, m_journal->count());
    prepare(count);
    if (count == m_frontier.eventCount())
        return m_frontier;
    SessionFold state = m_checkpoints[size_t(count / m_interval)];
    state.foldTo(*m_journal, count);
    return state;
}

qsizetype History::memoryBytes() const
{
    std::unordered_set<const void *> counted;
    qsizetype bytes = qsizetype(m_checkpoints.capacity()) * qsizetype(sizeof(SessionFold));
    for (const SessionFold &checkpoint : m_checkpoints)
        checkpoint.countMemory(counted, bytes);
    m_frontier.countMemory(counted, bytes);
    return bytes;
}

} // namespace SocketScope
