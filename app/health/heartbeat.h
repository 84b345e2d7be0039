#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <array>

namespace SocketScope {

class Journal;

// Measures how long the thread it lives on (the GUI thread) goes without running its event
// loop: a timer that should fire every kIntervalMs notes how late it is. A stall longer than
// kRecordMs is written into the journal as a `stall` event, so a recording of a busy session
// carries the proof that the window kept drawing.
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 10;
    static constexpr int kRecordMs = 50;

    explicit Heartbeat(Journal *journal, QObject *parent = nullptr);

    void start();
    void stop();
    // The longest gap seen since start(), beyond the timer's own interval.
    qint64 longestStallUs() const { return m_longestUs; }
    qint64 beats() const { return m_beats; }
    // The gap that `share` (0..1) of all beats stayed within, e.g. 0.99 for the 99th
    // percentile; to the millisecond, at most kHistogramMs (a longer one counts as that).
    qint64 stallPercentileUs(double share) const;
    // How many beats came kRecordMs or more late.
    qint64 recordedStalls() const { return m_recorded; }
    // One line for a benchmark: beats, longest gap, 99th percentile, stalls recorded.
    QString summary() const;

    static constexpr int kHistogramMs = 2000;

signals:
    // A stall of at least kRecordMs was written into the journal.
    void stallRecorded(qint64 stallUs);

private:
    void onBeat();

    Journal *m_journal;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastUs = 0;
    qint64 m_longestUs = 0;
    qint64 m_beats = 0;
    qint64 m_recorded = 0;
    // Beats by how late they came, a slot per millisecond (the last: that long or longer).
    std::array<quint32, kHistogramMs + 1> m_histogram {};
};

} // namespace SocketScope
