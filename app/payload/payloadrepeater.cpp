#include "payloadrepeater.h"

namespace SocketScope {

PayloadRepeater::PayloadRepeater(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &PayloadRepeater::fire);
}

void PayloadRepeater::start(int count, int intervalMs)
{
    stop();
    if (count <= 0)
        return;
    m_remaining = count;
    m_sent = 0;
    m_timer.setInterval(qMax(0, intervalMs));
    fire();
    if (m_remaining > 0)
        m_timer.start();
}

void PayloadRepeater::stop()
{
    const bool wasRunning = isRunning();
    m_timer.stop();
    m_remaining = 0;
    if (wasRunning)
        emit finished();
}

void PayloadRepeater::fire()
{
    if (m_remaining <= 0)
        return;
    --m_remaining;
    ++m_sent;
    emit due(m_sent);
    if (m_remaining == 0) {
        m_timer.stop();
        emit finished();
    }
}

} // namespace SocketScope
