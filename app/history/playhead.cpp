#include "playhead.h"

#include "journal/journal.h"

namespace SocketScope {

Playhead::Playhead(const Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_history(journal)
{
    m_ahead.setSingleShot(true);
    m_ahead.setInterval(kAheadMs);
    connect(&m_ahead, &QTimer::timeout, this, &Playhead::prepareAhead);
    connect(journal, &Journal::eventsAppended, this, [this] {
        if (!m_ahead.isActive() && m_journal->count() - m_history.prepared() >= m_history.interval())
            m_ahead.start();
    });
}

void Playhead::prepareAhead()
{
    m_history.prepare(m_history.prepared() + m_history.interval());
    if (m_journal->count() - m_history.prepared() >= m_history.interval())
        m_ahead.start();
}

qsizetype Playhead::shownCount() const
{
    return m_past ? m_past->eventCount() : m_journal->count();
}

void Playhead::showAfter(qsizetype count)
{
    count = qBound<qsizetype>(0, count, m_journal->count());
    if (m_past && m_past->eventCount() == count)
        return;
    m_past = std::make_shared<const SessionFold>(m_history.stateAfter(count));
    emit moved();
}

void Playhead::goLive()
{
    if (!m_past)
        return;
    m_past.reset();
    emit moved();
}

} // namespace SocketScope
