#include "heartbeat.h"

#include "journal/journal.h"

#include <QtCore/QAbstractEventDispatcher>
#include <QtCore/QCoreApplication>

#include <cmath>

namespace SocketScope {

namespace {

constexpr qint64 kIntervalUs = qint64(Heartbeat::kIntervalMs) * 1000;
constexpr qint64 kRecordUs = qint64(Heartbeat::kRecordMs) * 1000;

// How many beats, one every kIntervalUs from `next` on, come due before `until`.
qint64 beatsDue(qint64 next, qint64 until)
{
    return until > next ? (until - next + kIntervalUs - 1) / kIntervalUs : 0;
}

} // namespace

Heartbeat::Heartbeat(Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{ }

Heartbeat::~Heartbeat()
{
    stop();
}

void Heartbeat::start()
{
    if (m_running)
        return;
    QCoreApplication *app = QCoreApplication::instance();
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread());
    // The application's event filters see only the main thread's events.
    if (!app || !dispatcher || thread() != app->thread())
        return;
    m_clock.start();
    m_nextBeatUs = kIntervalUs;
    // Until the loop next blocks, it is busy: start() runs inside an event or before the loop.
    m_busy = true;
    m_busySinceUs = 0;
    m_blockWatch = connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this,
        &Heartbeat::onAboutToBlock, Qt::DirectConnection);
    app->installEventFilter(this);
    m_running = true;
}

void Heartbeat::stop()
{
    if (!m_running)
        return;
    m_running = false;
    disconnect(m_blockWatch);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool Heartbeat::eventFilter(QObject *watched, QEvent *event)
{
    // Runs for every event the main thread delivers: a clock read only for the first one
    // after the loop blocked.
    if (!m_busy) {
        m_busy = true;
        m_busySinceUs = nowUs();
    }
    return QObject::eventFilter(watched, event);
}

void Heartbeat::onAboutToBlock()
{
    // A loop that blocks again without having delivered an event did no work we saw.
    if (!m_busy)
        return;
    const qint64 endUs = nowUs();
    const qint64 stretchUs = endUs - m_busySinceUs;

    // The beats due while the loop waited came on time; each one due inside the stretch
    // comes when the stretch ends.
    const qint64 onTime = beatsDue(m_nextBeatUs, m_busySinceUs);
    m_beats += onTime;
    m_histogram[0] += quint32(onTime);
    m_nextBeatUs += onTime * kIntervalUs;
    for (; m_nextBeatUs < endUs; m_nextBeatUs += kIntervalUs)
        countBeat(endUs - m_nextBeatUs);

    m_longestUs = qMax(m_longestUs, stretchUs);
    if (stretchUs >= kRecordUs) {
        ++m_recorded;
        if (m_journal) {
            Event e;
            e.t = m_journal->now();
            e.kind = EventKind::Stall;
            e.source = EventSource::App;
            e.value = stretchUs;
            m_journal->append(e);
        }
        emit stallRecorded(stretchUs);
    }
    // Last: an event sent from the work above belongs to this stretch, not to the next one.
    m_busy = false;
}

void Heartbeat::countBeat(qint64 latenessUs)
{
    ++m_beats;
    ++m_histogram[size_t(qMin<qint64>(latenessUs / 1000, kHistogramMs))];
}

qint64 Heartbeat::beats() const
{
    return m_running ? m_beats + beatsDue(m_nextBeatUs, nowUs()) : m_beats;
}

qint64 Heartbeat::stallPercentileUs(double share) const
{
    // The beats due since the last stretch ended and before the current one began (or until
    // now, while idle) came on time; they are not in the histogram yet.
    const qint64 onTimeNotCounted = m_running ? beatsDue(m_nextBeatUs, m_busy ? m_busySinceUs : nowUs()) : 0;
    const qint64 total = m_beats + onTimeNotCounted;
    if (total == 0)
        return 0;
    // The smallest lateness that at least `share` of the beats did not exceed.
    const auto wanted = qint64(std::ceil(qBound(0.0, share, 1.0) * double(total)));
    qint64 seen = onTimeNotCounted;
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
        .arg(beats())
        .arg(double(m_longestUs) / 1000.0, 0, 'f', 1)
        .arg(double(stallPercentileUs(0.99)) / 1000.0, 0, 'f', 1)
        .arg(m_recorded)
        .arg(kRecordMs);
}

} // namespace SocketScope
