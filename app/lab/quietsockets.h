#pragma once

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSocketNotifier>

#include <unordered_map>

class QTcpSocket;

namespace SocketScope {

// Qt's event loop asks the kernel about every enabled socket notifier on every turn (one
// ppoll over all of them), so with thousands of connections open each turn costs about a
// millisecond even when none of them has anything to say, and every accept, read and close is
// a turn. A quiet connection is parked here instead: its read notifier is turned off and its
// descriptor joins one epoll set, whose own descriptor is the only one the loop asks about for
// all of them. As soon as the kernel has something for a parked socket (bytes, the peer's FIN
// or reset), its notifier is turned on again and Qt reads it as it always did.
//
// Everything happens on the thread the sockets live on; nothing here runs elsewhere.
class QuietSockets : public QObject
{
    Q_OBJECT

public:
    explicit QuietSockets(QObject *parent = nullptr);
    ~QuietSockets() override;

    // False where epoll could not be had: nothing is ever parked then.
    bool isAvailable() const { return m_epoll >= 0; }

    // Parks `socket` under `key` when it is connected, holds no bytes either way and only its
    // read notifier is on; false (and nothing changed) otherwise. The caller must wake() it
    // before it calls anything on the socket or lets it go: Qt may close its descriptor then.
    bool park(qint32 key, QTcpSocket *socket);
    // Turns the socket's read notifier on again; nothing when `key` is not parked.
    void wake(qint32 key);
    bool isParked(qint32 key) const { return m_parked.count(key) != 0; }
    qsizetype parkedCount() const { return qsizetype(m_parked.size()); }
    // How many parked sockets woke because the kernel had something for them.
    quint64 wakeUps() const { return m_wakeUps; }

private:
    struct Parked
    {
        QPointer<QSocketNotifier> notifier;
        int fd = -1;
    };

    void onReady();
    void unwatch(const Parked &parked);

    int m_epoll = -1;
    QSocketNotifier *m_ready = nullptr;
    std::unordered_map<qint32, Parked> m_parked;
    quint64 m_wakeUps = 0;
};

} // namespace SocketScope
