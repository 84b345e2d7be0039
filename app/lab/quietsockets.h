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

    // A connected socket, known as `key` from now on: a sweep() parks it once it has been
    // quiet since the sweep before. Its owner must touch() it before it calls anything on the
    // socket and forget() it before it lets the socket go: Qt may close its descriptor then.
    void watch(qint32 key, QTcpSocket *socket);
    // Something happened on the socket, or is about to: woken when parked, and left awake
    // until it has been quiet for a whole sweep again.
    void touch(qint32 key);
    // The socket is no longer to be parked (closing, half-closed, going): woken if parked.
    void forget(qint32 key);
    // Parks every watched socket that stayed quiet since the last sweep. It goes over the
    // awake sockets only, never the parked ones.
    void sweep();
    // Wakes every parked socket (parking turned off); they stay watched.
    void wakeAll();

    bool isParked(qint32 key) const { return m_parked.count(key) != 0; }
    qsizetype parkedCount() const { return qsizetype(m_parked.size()); }
    qsizetype watchedCount() const { return qsizetype(m_parked.size()) + qsizetype(m_awake.size()); }
    // How many parked sockets woke because the kernel had something for them.
    quint64 wakeUps() const { return m_wakeUps; }

private:
    struct Awake
    {
        QPointer<QTcpSocket> socket;
        bool busy = true; // something happened since the last sweep
    };
    struct Parked
    {
        QPointer<QTcpSocket> socket;
        QPointer<QSocketNotifier> notifier;
        int fd = -1;
    };

    // Parks the socket when it is connected, holds no bytes either way and only its read
    // notifier is on; false (and nothing changed) otherwise.
    bool park(qint32 key, QTcpSocket *socket);
    // Back from the epoll set to Qt's own notifier; false when `key` was not parked.
    bool unpark(qint32 key);
    void onReady();

    int m_epoll = -1;
    QSocketNotifier *m_ready = nullptr;
    std::unordered_map<qint32, Awake> m_awake;
    std::unordered_map<qint32, Parked> m_parked;
    quint64 m_wakeUps = 0;
};

} // namespace SocketScope
