#include "heartbeat.h"

#include "journal/journal.h"

#include <cmath>

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
    const qint64 stallUs = qMax<qint64>(0, nowUs - m_lastUs - qint64(kIntervalMs) * 1000);
    m_lastUs = nowUs;
    ++m_beats;
    m_longestUs = qMax(m_longestUs, stallUs);
    ++m_histogram[size_t(qMin<qint64>(stallUs / 1000, kHistogramMs))];
    if (stallUs >= qint64(kRecordMs) * 1000)
        ++m_recorded;
    if (stallUs >= qint64(kRecordMs) * 1000 && m_journal) {
        Event e;
        e.t = m_journal->now();
        e.kind = EventKind::Stall;
        e.source = EventSource::App;
        e.value = stallUs;
        m_journal->append(e);
    }
    if (stallUs >= qint64(kRecordMs) * 1000)
        emit stallRecorded(stallUs);
}

qint64 Heartbeat::stallPercentileUs(double share) const
{
    if (m_beats == 0)
        return 0;
    // The smallest gap that at least `share` of the beats did not exceed.
    const auto wanted = qint64(std::ceil(qBound(0.0, share, 1.0) * double(m_beats)));
    qint64 seen = 0;
    for (size_t ms = 0; ms < m_histogram.size(); ++ms) {
        seen += m_histogram[ms];
        if (seen >= wanted)
            return qMin<qint64>(qint64(ms + 1) * 1000, m_longestUs);
    }
    return m_longestUs;
}

QString Heartbeat::summary() const
{
    return QStringLiteral(
        "heartbeat: %1 beats, longest stall %2 ms, 99th percentile %3 ms, %4 stalls of %5 ms or more")
        .arg(m_beats)
        .arg(double(m_longestUs) / 1000.0, 0, 'f', 1)
        .arg(double(stallPercentileUs(0.99)) / 1000.0, 0, 'f', 1)
        .arg(m_recorded)
        .arg(kRecordMs);
}

} // namespace SocketScope
