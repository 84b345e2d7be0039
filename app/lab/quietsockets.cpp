#include "quietsockets.h"

#include <QtNetwork/QTcpSocket>

#include <array>

#include <sys/epoll.h>
#include <unistd.h>

namespace SocketScope {

namespace {
// How many ready sockets one epoll_wait() hands back; more are read in further calls.
constexpr int kReadyPerCall = 256;

quint64 keyData(qint32 key)
{
    return quint64(quint32(key));
}

qint32 keyOf(quint64 data)
{
    return qint32(quint32(data));
}
} // namespace

QuietSockets::QuietSockets(QObject *parent)
    : QObject(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0)
        return;
    m_ready = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_ready, &QSocketNotifier::activated, this, &QuietSockets::onReady);
}

QuietSockets::~QuietSockets()
{
    // Whoever still holds a parked socket gets it back as Qt left it.
    wakeAll();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void QuietSockets::watch(qint32 key, QTcpSocket *socket)
{
    if (m_epoll < 0 || !socket || isParked(key))
        return;
    m_awake[key] = Awake {socket, true};
}

void QuietSockets::touch(qint32 key)
{
    if (unpark(key))
        return;
    const auto it = m_awake.find(key);
    if (it != m_awake.end())
        it->second.busy = true;
}

void QuietSockets::forget(qint32 key)
{
    unpark(key);
    m_awake.erase(key);
}

void QuietSockets::sweep()
{
    for (auto it = m_awake.begin(); it != m_awake.end();) {
        Awake &awake = it->second;
        if (awake.busy) {
            awake.busy = false;
            ++it;
            continue;
        }
        // A socket already gone, or one parked now, leaves the awake ones.
        if (!awake.socket || park(it->first, awake.socket))
            it = m_awake.erase(it);
        else
            ++it;
    }
}

void QuietSockets::wakeAll()
{
    while (!m_parked.empty())
        unpark(m_parked.begin()->first);
}

bool QuietSockets::park(qint32 key, QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0
        || socket->bytesToWrite() > 0)
        return false;
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0)
        return false;
    // Qt's socket keeps its notifiers as children; a quiet connected one has only its read
    // notifier on (writing turns a write notifier on until the bytes are gone).
    QSocketNotifier *reader = nullptr;
    const auto notifiers = socket->findChildren<QSocketNotifier *>();
    for (QSocketNotifier *notifier : notifiers) {
        if (!notifier->isEnabled())
            continue;
        if (notifier->type() != QSocketNotifier::Read || notifier->socket() != fd || reader)
            return false;
        reader = notifier;
    }
    if (!reader)
        return false;
    // One shot: the socket is reported once, then woken; it never keeps the set busy.
    epoll_event watch {};
    watch.events = EPOLLIN | EPOLLRDHUP | EPOLLONESHOT;
    watch.data.u64 = keyData(key);
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, int(fd), &watch) != 0)
        return false;
    // Bytes that arrived meanwhile are not lost: epoll reports a socket that is already
    // readable when it is added.
    reader->setEnabled(false);
    m_parked.emplace(key, Parked {socket, reader, int(fd)});
    return true;
}

bool QuietSockets::unpark(qint32 key)
{
    const auto it = m_parked.find(key);
    if (it == m_parked.end())
        return false;
    const Parked parked = it->second;
    m_parked.erase(it);
    // Qt has not closed the descriptor while it was parked (its owner wakes it before anything
    // that could), so this still names the same socket.
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, parked.fd, nullptr);
    if (parked.notifier)
        parked.notifier->setEnabled(true);
    if (parked.socket)
        m_awake[key] = Awake {parked.socket, true};
    return true;
}

void QuietSockets::onReady()
{
    std::array<epoll_event, kReadyPerCall> ready {};
    int count = 0;
    do {
        count = ::epoll_wait(m_epoll, ready.data(), kReadyPerCall, 0);
        for (int i = 0; i < count; ++i) {
            // The notifier is on again before the loop waits next: Qt reads the socket on the
            // next turn, as if it had never been parked.
            if (unpark(keyOf(ready[size_t(i)].data.u64)))
                ++m_wakeUps;
        }
    } while (count == kReadyPerCall);
}

} // namespace SocketScope
