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
    while (!m_parked.empty())
        wake(m_parked.begin()->first);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool QuietSockets::park(qint32 key, QTcpSocket *socket)
{
    if (m_epoll < 0 || !socket || isParked(key))
        return false;
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
    m_parked.emplace(key, Parked {reader, int(fd)});
    return true;
}

void QuietSockets::wake(qint32 key)
{
    const auto it = m_parked.find(key);
    if (it == m_parked.end())
        return;
    const Parked parked = it->second;
    m_parked.erase(it);
    unwatch(parked);
    if (parked.notifier)
        parked.notifier->setEnabled(true);
}

void QuietSockets::unwatch(const Parked &parked)
{
    // Qt has not closed the descriptor while it was parked (the owner wakes it before anything
    // that could), so this still names the same socket.
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, parked.fd, nullptr);
}

void QuietSockets::onReady()
{
    std::array<epoll_event, kReadyPerCall> ready {};
    int count = 0;
    do {
        count = ::epoll_wait(m_epoll, ready.data(), kReadyPerCall, 0);
        for (int i = 0; i < count; ++i) {
            const qint32 key = keyOf(ready[size_t(i)].data.u64);
            if (!isParked(key))
                continue;
            ++m_wakeUps;
            // The notifier is on again before the loop waits next: Qt reads the socket on the
            // next turn, as if it had never been parked.
            wake(key);
        }
    } while (count == kReadyPerCall);
}

} // namespace SocketScope
