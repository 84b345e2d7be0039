#include "heartbeat.h"

#include "journal/journal.h"

namespace SocketScope {

Heartbeat::Heartbeat(Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_timer.setInterval(kIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::onBeat);
}

void Heartbeat::start()
{
    m_clock.start();
    m_lastUs = 0;
    m_timer.start();
}

void Heartbeat::stop()
{
    m_timer.stop();
}

void Heartbeat::onBeat()
{
    const qint64 nowUs = m_clock.nsecsElapsed() / 1000;
    const qint64 stallUs = qMax<qint64>(0, nowUs - m_lastUs - kIntervalMs * 1000);
    m_lastUs = nowUs;
    ++m_beats;
    m_longestUs = qMax(m_longestUs, stallUs);
    if (stallUs >= kRecordMs * 1000 && m_journal) {
        Event e;
        e.t = m_journal->now();
        e.kind = EventKind::Stall;
        e.source = EventSource::App;
        e.value = stallUs;
        m_journal->append(e);
    }
    if (stallUs >= kRecordMs * 1000)
        emit stallRecorded(stallUs);
}

} // namespace SocketScope
