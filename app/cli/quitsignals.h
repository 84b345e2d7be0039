#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

namespace SocketScope {

// Turns SIGINT and SIGTERM into a normal Qt quit, so sockets close and the recording is
// flushed whole instead of the process dying mid-line. The handler only writes a byte to a
// pipe; everything else happens in the event loop.
class QuitSignals : public QObject
{
    Q_OBJECT

public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void quitRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace SocketScope
