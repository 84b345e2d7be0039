#include "journalfollower.h"

#include "journal/journal.h"

namespace SocketScope {

JournalFollower::JournalFollower(Journal *journal, Consumer consumer, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_consumer(std::move(consumer))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kBatchIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &JournalFollower::catchUp);
    connect(journal, &Journal::eventsAppended, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
}

void JournalFollower::catchUp()
{
    m_timer.stop();
    const qsizetype count = m_journal->count();
    if (count <= m_seen)
        return;
    const qsizetype first = m_seen;
    m_seen = count;
    m_timer.setInterval(count - first > kBusyBatch ? kBusyIntervalMs : kBatchIntervalMs);
    m_consumer(first, count - 1);
}

} // namespace SocketScope
