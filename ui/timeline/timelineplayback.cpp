#include "timelineplayback.h"

#include <cmath>

namespace SocketScope {

TimelinePlayback::TimelinePlayback(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kFrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TimelinePlayback::onFrame);
}

TimelinePainter::Reveal TimelinePlayback::reveal() const
{
    const double whole = std::floor(m_position);
    return {qsizetype(whole), m_position - whole};
}

qsizetype TimelinePlayback::currentItem() const
{
    return qsizetype(std::floor(m_position)) - 1;
}

void TimelinePlayback::setItemCount(qsizetype count)
{
    m_count = count;
    if (m_position > double(count))
        setPosition(double(count));
    if (m_live || m_playing)
        moveTo(double(count), 0);
    else if (m_target > double(count))
        m_target = double(count);
}

void TimelinePlayback::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (live) {
        m_playing = true;
        moveTo(double(m_count), 0);
    }
    emit modeChanged();
}

void TimelinePlayback::play()
{
    if (m_position >= double(m_count) && !m_live)
        setPosition(0); // at the end, play starts over
    m_playing = true;
    moveTo(double(m_count), 0);
    emit modeChanged();
}

void TimelinePlayback::pause()
{
    const bool changed = m_playing || m_live;
    m_playing = false;
    m_live = false;
    // Let the item that is appearing finish, so nothing stays half drawn.
    moveTo(std::ceil(m_position), 0);
    if (changed)
        emit modeChanged();
}

void TimelinePlayback::stepForward()
{
    pause();
    const double from = std::ceil(m_position);
    const double to = m_position < from ? from : from + 1;
    moveTo(qMin(to, double(m_count)), kStepKeyStepsPerSecond);
}

void TimelinePlayback::stepBack()
{
    pause();
    const double to = qMax(0.0, std::ceil(m_position) - 1);
    m_target = to;
    m_timer.stop();
    setPosition(to);
}

void TimelinePlayback::toStart()
{
    pause();
    m_target = 0;
    m_timer.stop();
    setPosition(0);
}

void TimelinePlayback::toEnd()
{
    m_target = double(m_count);
    m_timer.stop();
    setPosition(double(m_count));
}

void TimelinePlayback::seek(double position)
{
    pause();
    const double to = qBound(0.0, position, double(m_count));
    m_target = to;
    m_timer.stop();
    setPosition(to);
}

void TimelinePlayback::setSpeed(double speed)
{
    const double clamped = qBound(kMinSpeed, speed, kMaxSpeed);
    if (qFuzzyCompare(clamped, m_speed))
        return;
    m_speed = clamped;
    emit modeChanged();
}

void TimelinePlayback::moveTo(double target, double pace)
{
    m_target = qBound(0.0, target, double(m_count));
    m_pace = pace;
    if (m_target > m_position) {
        if (!m_timer.isActive()) {
            m_clock.start();
            m_timer.start();
        }
    } else {
        if (m_target < m_position)
            setPosition(m_target);
        m_timer.stop();
    }
}

void TimelinePlayback::onFrame()
{
    const qint64 elapsed = m_clock.restart();
    // A stalled event loop must not make the playback jump ahead.
    advance(qMin<qint64>(elapsed, 100));
}

void TimelinePlayback::advance(qint64 ms)
{
    if (m_position >= m_target) {
        m_timer.stop();
        return;
    }
    double pace = m_pace > 0 ? m_pace * qMax(1.0, m_speed) : kStepsPerSecond * m_speed;
    const double backlog = m_target - m_position;
    // Events arriving faster than they can be read: play them faster, never fall behind.
    if (m_pace <= 0 && backlog > double(kCatchUpBacklog))
        pace = qMax(pace, backlog / kCatchUpSeconds);
    setPosition(qMin(m_target, m_position + pace * double(ms) / 1000.0));
    if (m_position >= m_target)
        m_timer.stop();
}

void TimelinePlayback::setPosition(double position)
{
    if (position == m_position)
        return;
    m_position = position;
    emit positionChanged(m_position);
}

} // namespace SocketScope
