#pragma once

#include "timelinepainter.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace SocketScope {

// Where playback stands: a position in items, moving toward a target at a readable pace.
// Position p shows items [0, floor(p)) and item floor(p) appearing with progress p - floor(p),
// so an arrow grows while the position crosses its step. The frame timer runs only while the
// position is moving.
class TimelinePlayback : public QObject
{
    Q_OBJECT

public:
    static constexpr double kStepsPerSecond = 1.5; // at 1x: time to read each step
    static constexpr double kStepKeyStepsPerSecond = 4.0; // a single step, taken by hand
    static constexpr double kCatchUpSeconds = 1.5; // a live backlog is played within this
    static constexpr qsizetype kCatchUpBacklog = 8;
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 10.0;
    static constexpr int kFrameMs = 16;

    explicit TimelinePlayback(QObject *parent = nullptr);

    // The layout grew (or was replaced); live playback follows the new end.
    void setItemCount(qsizetype count);
    qsizetype itemCount() const { return m_count; }

    double position() const { return m_position; }
    double target() const { return m_target; }
    TimelinePainter::Reveal reveal() const;
    // The last item fully shown, -1 before the first.
    qsizetype currentItem() const;

    bool isLive() const { return m_live; }
    bool isPlaying() const { return m_playing; }
    bool isMoving() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }

    void setLive(bool live);
    void play();
    void pause();
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();
    void seek(double position);
    void setSpeed(double speed);

    // Moves as if `ms` passed; the frame timer calls it, and tests call it directly.
    void advance(qint64 ms);

signals:
    void positionChanged(double position);
    // Live, playing or speed changed.
    void modeChanged();

private:
    void onFrame();
    void moveTo(double target, double pace);
    void setPosition(double position);

    QTimer m_timer;
    QElapsedTimer m_clock;
    qsizetype m_count = 0;
    double m_position = 0;
    double m_target = 0;
    double m_pace = kStepsPerSecond; // steps per second for a hand step; 0: playback pace
    bool m_live = true;
    bool m_playing = true;
    double m_speed = 1;
};

} // namespace SocketScope
