#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaObject>
#include <QtCore/QObject>

#include <array>

namespace SocketScope {

class Journal;

// Measures how long the thread it lives on (the GUI thread) goes without running its event
// loop, without waking that loop itself: a timer ticking every few milliseconds would make
// the loop poll every open socket each time, and under load that cost more than the work it
// measured.
//
// Instead it watches the loop's own rhythm. The loop is busy from the first event it delivers
// after waking (an event filter on the application object sees every event: posted events,
// timers, socket notifiers) until the dispatcher says it is about to block again. A busy
// stretch of B is a stall of B. The figures keep the meaning they had with a 10 ms timer: a
// virtual beat is due every kIntervalMs; one falling inside a busy stretch is late by the rest
// of that stretch (a stretch of B gives beats late by about B, B - 10 ms, B - 20 ms ...), one
// falling in idle time is on time. A stretch of kRecordMs or more is written into the journal
// as a `stall` event, so a recording of a busy session carries the proof that the window kept
// drawing.
//
// What it does not see: the time inside the poll call itself (idle by definition), the poll's
// own setup after the dispatcher announces it will block (building the list of descriptors)
// and the scan of the poll's results before the first event is delivered. On a thread with
// thousands of sockets those are real costs of each wake-up that no stall figure shows. Work
// that delivers no event at all (a glib source of another library) is not seen either; and
// only the main thread's events pass the application's event filters, so it measures the
// main thread only. A loop spun with processEvents() (no waiting) never announces that it
// will block, so the meter counts it as busy. An application event filter installed after
// this one that swallows the first event of a wake-up hides that event from the meter (the
// stretch then starts at the next one).
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 10;
    static constexpr int kRecordMs = 50;

    explicit Heartbeat(Journal *journal, QObject *parent = nullptr);
    ~Heartbeat() override;

    // Called on the thread's own loop or before it runs: what comes until the loop next
    // blocks counts as busy.
    void start();
    void stop();
    // The longest busy stretch seen since start().
    qint64 longestStallUs() const { return m_longestUs; }
    // Virtual beats come due since start(), one per kIntervalMs.
    qint64 beats() const;
    // The lateness that `share` (0..1) of all beats stayed within, e.g. 0.99 for the 99th
    // percentile; to the millisecond, at most kHistogramMs (a longer one counts as that).
    // Beats inside a stretch that has not ended yet are not counted: their lateness is not
    // known.
    qint64 stallPercentileUs(double share) const;
    // How many busy stretches lasted kRecordMs or more.
    qint64 recordedStalls() const { return m_recorded; }
    // One line for a benchmark: beats, longest stall, 99th percentile, stalls recorded.
    QString summary() const;

    static constexpr int kHistogramMs = 2000;

signals:
    // A stall of at least kRecordMs was written into the journal.
    void stallRecorded(qint64 stallUs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onAboutToBlock();
    void countBeat(qint64 latenessUs);
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    Journal *m_journal;
    QElapsedTimer m_clock;
    QMetaObject::Connection m_blockWatch;
    bool m_running = false;
    bool m_busy = false;
    qint64 m_busySinceUs = 0;
    // The next virtual beat not yet counted.
    qint64 m_nextBeatUs = 0;
    qint64 m_longestUs = 0;
    qint64 m_beats = 0;
    qint64 m_recorded = 0;
    // Beats by how late they came, a slot per millisecond (the last: that long or longer).
    std::array<quint32, kHistogramMs + 1> m_histogram {};
};

} // namespace SocketScope
