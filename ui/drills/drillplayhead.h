#pragma once

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <optional>

namespace SocketScope {

class TimelineLayout;
class TimelinePanel;

// Puts the timeline's playhead on the packet a drill's reveal points at, so the picture shows
// that moment. The timeline may not have drawn the packet yet (it reads the newest events a
// little late), so it looks again for a few seconds. The playhead is a step number, and a
// packet journalled late makes the timeline read the session again and number its steps anew:
// for a while after the seek the playhead is put back on the same journal event each time that
// happens, until someone moves it.
class DrillPlayhead : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRetryMs = 100;
    static constexpr int kTries = 50;
    // How many kRetryMs after the seek a re-read still moves the playhead back onto the event.
    static constexpr int kFollowTries = 100;

    DrillPlayhead(TimelinePanel *timeline, QObject *parent = nullptr);

    // Moves the playhead to just after journal event `index`, now or once the timeline has it.
    void show(qint64 index);
    qint64 pending() const { return m_index; }
    // The event the playhead was put on and is kept on across re-reads (-1: none).
    qint64 following() const { return m_followed; }

    // The playback position that shows the event `index` as the newest thing drawn: just after
    // the item it made, or, when it made none of its own (a packet drawn from another capture
    // of it), just after everything that happened up to its time. Nothing while the layout has
    // not read that far.
    static std::optional<qsizetype> positionOf(const TimelineLayout &layout, qint64 index);

private:
    bool trySeek();
    // Puts the playhead back on the followed event after a re-read; false once it is no longer
    // ours to move (someone stepped, played or went live).
    bool follow();
    void seekTo(qsizetype position);

    QPointer<TimelinePanel> m_timeline;
    QTimer m_retry;
    qint64 m_index = -1; // waiting for the timeline to draw it
    qint64 m_followed = -1; // sought; kept in view across re-reads
    double m_sought = -1; // where the playhead was put, to tell when someone else moved it
    quint64 m_rereads = 0; // the layout's re-reads when it was put there
    int m_tries = 0;
};

} // namespace SocketScope
