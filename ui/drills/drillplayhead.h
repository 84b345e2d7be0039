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
// little late), so it looks again for a few seconds.
class DrillPlayhead : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRetryMs = 100;
    static constexpr int kTries = 50;

    DrillPlayhead(TimelinePanel *timeline, QObject *parent = nullptr);

    // Moves the playhead to just after journal event `index`, now or once the timeline has it.
    void show(qint64 index);
    qint64 pending() const { return m_index; }

    // The playback position that shows the event `index` as the newest thing drawn: just after
    // the item it made, or, when it made none of its own (a packet drawn from another capture
    // of it), just after everything that happened up to its time. Nothing while the layout has
    // not read that far.
    static std::optional<qsizetype> positionOf(const TimelineLayout &layout, qint64 index);

private:
    bool trySeek();

    QPointer<TimelinePanel> m_timeline;
    QTimer m_retry;
    qint64 m_index = -1;
    int m_tries = 0;
};

} // namespace SocketScope
