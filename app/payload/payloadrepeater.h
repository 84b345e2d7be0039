#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace SocketScope {

// Sends the same payload again on a timer: `due` fires `count` times, `interval` apart, the
// first at once. Whoever listens does the sending, so the repeater never touches a socket.
class PayloadRepeater : public QObject
{
    Q_OBJECT

public:
    explicit PayloadRepeater(QObject *parent = nullptr);

    void start(int count, int intervalMs);
    void stop();
    bool isRunning() const { return m_remaining > 0; }
    int sent() const { return m_sent; }

signals:
    // `number` counts from 1.
    void due(int number);
    void finished();

private:
    void fire();

    QTimer m_timer;
    int m_remaining = 0;
    int m_sent = 0;
};

} // namespace SocketScope
