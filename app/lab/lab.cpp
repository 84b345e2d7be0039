#include "lab.h"

#include "journal/journal.h"
#include "kernel/kernelsocket.h"
#include "kernel/kernelview.h"
#include "kernel/tcpinforeading.h"
#include "quietsockets.h"
#include "sockopts/kerneloption.h"
#include "tcpconnection.h"
#include "tcplistener.h"

#include <cerrno>
#include <cstring>

#include <sys/socket.h>

namespace SocketScope {

namespace {
// While short of descriptors, how often to count them again; and how soon after a socket of
// the lab closes (a burst of closes is counted once).
constexpr int kShortageRetryMs = 500;
constexpr int kShortageRetryAfterCloseMs = 50;
// How many descriptors beyond the reserve must be free before listeners accept again, so that
// one closed socket does not flip the lab between the two states.
constexpr int kResumeRoom = 8;
// After a look for connections left by their peers found none, how long before looking again:
// every socket is looked at, and near the limit every accept would ask.
constexpr int kNoneLeftMs = 250;
// Near the limit (before it is reached), how often the lab looks for them at most.
constexpr int kEaseLookMs = 50;
} // namespace

Lab::Lab(Journal *journal, KernelView *kernel, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_kernel(kernel)
    , m_quiet(new QuietSockets(this))
{
    if (m_kernel) {
        connect(m_kernel, &KernelView::polled, this, &Lab::onKernelPolled);
        // The kernel is asked about the lab's own ports only, not every socket on the machine.
        m_kernel->setOwnPorts(this, [this] {
            std::vector<quint16> ports;
            ports.reserve(m_sockets.size());
            for (const auto &[id, socket] : m_sockets)
                ports.push_back(socket->info().localPort);
            return ports;
        });
    }
    m_shortageRetry.setSingleShot(true);
    connect(&m_shortageRetry, &QTimer::timeout, this, &Lab::tryEndShortage);
    connect(&m_quietSweep, &QTimer::timeout, this, &Lab::parkQuietConnections);
}

Lab::~Lab()
{
    // Sockets go before the journal and the kernel view they write to.
    for (auto &[id, socket] : m_sockets) {
        socket->disconnect(this);
        delete socket;
    }
    m_sockets.clear();
}

template<typename T> T *Lab::find(qint32 id) const
{
    const auto it = m_sockets.find(id);
    return it == m_sockets.end() ? nullptr : qobject_cast<T *>(it->second);
}

void Lab::adopt(LabSocket *socket)
{
    m_sockets.emplace(socket->id(), socket);
    if (qobject_cast<TcpListener *>(socket) || qobject_cast<UdpEndpoint *>(socket))
        m_waiting.insert(socket->id());
    connect(socket, &LabSocket::changed, this, &Lab::socketChanged);
    connect(socket, &LabSocket::failed, this, &Lab::socketFailed);
    connect(socket, &LabSocket::finished, this, &Lab::onSocketFinished);
    connect(socket, &LabSocket::received, this, &Lab::dataReceived);
    if (auto *connection = qobject_cast<TcpConnection *>(socket))
        connection->setQuietSockets(m_quiet);
    if (m_parkFrom > 0 && qsizetype(m_sockets.size()) >= m_parkFrom && !m_quietSweep.isActive()
        && m_quiet->isAvailable())
        m_quietSweep.start(kQuietSweepMs);
    if (m_kernel)
        m_kernel->wakeUp();
    emit socketOpened(socket->id());
}

Lab::Opened Lab::listenTcp(
    const QHostAddress &address, quint16 port, int backlog, const QList<OptionRequest> &options)
{
    auto *listener = new TcpListener(m_journal, m_nextId++, this);
    connect(listener, &TcpListener::connectionAccepted, this, &Lab::onAccepted);
    connect(listener, &TcpListener::descriptorsRanOut, this, [this](qint32, const LabError &error) {
        // Qt words more than running out of descriptors this way; only a count says so.
        if (!m_descriptors.hasRoom(0))
            beginShortage(error);
    });
    adopt(listener);
    SocketPlacement::Place place = placeFor(Protocol::Tcp, address, 1);
    makeDescriptorFor(place, Protocol::Tcp, address, !options.isEmpty());
    const LabError error = listener->listen(address, port, qMax(0, backlog), place, options);
    if (error.kind == LabError::TooManyOpenFiles)
        beginShortage(error);
    else if (!error && m_shortOfDescriptors)
        listener->setShortOfDescriptors(true);
    return {listener->id(), error};
}

Lab::Opened Lab::connectTcp(
    const QHostAddress &remote, quint16 port, const QHostAddress &source, const QList<OptionRequest> &options)
{
    auto *client = new TcpConnection(m_journal, m_nextId++, this);
    adopt(client);
    // A client without a source address lives where the server it calls would: the lab
    // network's default host, or this machine.
    SocketPlacement::Place place = placeFor(Protocol::Tcp, source, 2);
    // The family is the one the client's bind() would pick: the source's, else the remote's.
    makeDescriptorFor(place, Protocol::Tcp, source.isNull() ? remote : source, !options.isEmpty());
    const LabError error = client->start(remote, port, source, m_connectTimeoutMs, place, options);
    if (error.kind == LabError::TooManyOpenFiles)
        beginShortage(error);
    return {client->id(), error};
}

Lab::Opened Lab::bindUdp(const QHostAddress &address, quint16 port, bool allowBroadcast, bool shareAddress,
    const QList<OptionRequest> &options)
{
    auto *udp = new UdpEndpoint(m_journal, m_nextId++, this);
    adopt(udp);
    SocketPlacement::Place place = placeFor(Protocol::Udp, address, 1);
    makeDescriptorFor(place, Protocol::Udp, address, !options.isEmpty());
    const LabError error = udp->bind(address, port, allowBroadcast, shareAddress, place, options);
    if (error.kind == LabError::TooManyOpenFiles)
        beginShortage(error);
    return {udp->id(), error};
}

SocketPlacement::Place Lab::placeFor(Protocol proto, const QHostAddress &local, int descriptors)
{
    if (m_shortOfDescriptors
        || (!m_descriptors.take(descriptors)
            && !(makeRoom(roomBatch(), descriptors) && m_descriptors.take(descriptors)))) {
        // Refused before socket() is called: the last descriptors belong to the program.
        SocketPlacement::Place refused;
        refused.error = {LabError::TooManyOpenFiles, QString::fromLocal8Bit(std::strerror(EMFILE))};
        return refused;
    }
    if (!m_placement)
        return {};
    return m_placement->place(proto, local);
}

void Lab::makeDescriptorFor(
    SocketPlacement::Place &place, Protocol proto, const QHostAddress &address, bool options)
{
    if (!options || place.error || place.descriptor >= 0)
        return;
    // As Qt makes them: "any address" (IPv4 and IPv6 alike) is an IPv6 socket that takes both;
    // a mapped ::ffff:a.b.c.d too, since it needs an IPv6 socket to reach an IPv4 peer.
    const bool six = address.protocol() == QAbstractSocket::IPv6Protocol || address == QHostAddress::Any;
    const bool dualStack = address == QHostAddress::Any || address.isNull() || [&] {
        bool mapped = false;
        address.toIPv4Address(&mapped);
        return mapped && six;
    }();
    const qintptr fd = KernelOption::makeSocket(proto, six ? AF_INET6 : AF_INET, dualStack);
    if (fd < 0)
        place.error = LabError::fromErrno(errno);
    else
        place.descriptor = fd;
}

LabError Lab::setOption(qint32 id, SocketOption option, qint64 value)
{
    auto *socket = find<LabSocket>(id);
    if (!socket)
        return {LabError::NoSuchSocket, {}};
    return socket->setOption(option, value);
}

qint64 Lab::kernelOption(qint32 id, SocketOption option) const
{
    const auto *socket = find<LabSocket>(id);
    return socket ? socket->kernelOption(option) : kOptionUnread;
}

std::optional<qint64> Lab::askedOption(qint32 id, SocketOption option) const
{
    const auto *socket = find<LabSocket>(id);
    return socket ? socket->askedOption(option) : std::nullopt;
}

void Lab::onAccepted(qint32 listenerId, QTcpSocket *socket)
{
    const auto *listener = find<LabSocket>(listenerId);
    auto *connection = new TcpConnection(
        m_journal, m_nextId++, listenerId, socket, this, listener ? listener->info().host : QString());
    if (listener)
        connection->inheritOptions(*listener);
    adopt(connection);
    // accept() took one descriptor and the connection keeps a second; when that leaves too
    // few, every listener stops before the next accept().
    if (m_shortOfDescriptors)
        return;
    if (!m_descriptors.take(2)) {
        if (!makeRoom(m_descriptors.wantedForEase(roomBatch()) + roomBatch(), kResumeRoom))
            beginShortage({LabError::TooManyOpenFiles, QString::fromLocal8Bit(std::strerror(EMFILE))});
    } else if (const qint64 wanted = m_descriptors.wantedForEase(roomBatch());
               wanted > 0 && (!m_lastEaseLook.isValid() || m_lastEaseLook.hasExpired(kEaseLookMs))) {
        // Coming near the limit: room is made in batches, each look going through every socket,
        // before the accepts come where the descriptors are counted again and again.
        m_lastEaseLook.start();
        makeRoom(wanted + roomBatch(), 0);
    }
}

int Lab::roomBatch() const
{
    return int(qBound(qint64(4), m_descriptors.limit() / 32, qint64(kMakeRoomBatch)));
}

bool Lab::makeRoom(qint64 wanted, int descriptors)
{
    if (m_noneLeftSince.isValid() && !m_noneLeftSince.hasExpired(kNoneLeftMs))
        return false;
    // Oldest first: the ids grow as sockets come. Gathered before any closes, since a close
    // may end a socket and change the map.
    std::vector<TcpConnection *> left;
    for (const auto &[id, socket] : m_sockets) {
        auto *connection = qobject_cast<TcpConnection *>(socket);
        if (connection && connection->isLeftByPeer()) {
            left.push_back(connection);
            if (qint64(left.size()) >= wanted)
                break;
        }
    }
    if (left.empty()) {
        m_noneLeftSince.start();
        return false;
    }
    m_noneLeftSince.invalidate();
    // Each one's close_called says why, in the language of the run, as the app's other notes.
    const QString reason
        = tr("to make room, since the other side had closed and the app was near its limit of open files");
    for (TcpConnection *connection : left) {
        connection->setCloseReason(reason);
        connection->close();
    }
    m_closedToMakeRoom += left.size();
    if (m_kernel)
        m_kernel->wakeUp();
    emit roomMade(int(left.size()));
    // Each held one descriptor, the one kept for CLOSE_WAIT (Qt had let its own go). Counting
    // them all again costs milliseconds with thousands open: only when a socket waits for room.
    m_descriptors.give(int(left.size()));
    return descriptors == 0 || m_descriptors.hasRoom(descriptors);
}

void Lab::beginShortage(const LabError &error)
{
    if (!m_shortOfDescriptors && makeRoom(roomBatch(), kResumeRoom))
        return;
    if (!m_shortOfDescriptors) {
        m_shortOfDescriptors = true;
        // Once per spell, for the whole lab: the sockets refused meanwhile each say so too.
        Event e;
        e.t = m_journal->now();
        e.kind = EventKind::Error;
        e.source = EventSource::App;
        e.value = LabError::TooManyOpenFiles;
        e.text = m_journal->intern(tr("%1 (limit %2; the last %3 are kept for SocketScope itself)",
            "the OS's words for running out of open files, then the limit")
                                       .arg(error.detail)
                                       .arg(m_descriptors.limit())
                                       .arg(m_descriptors.reserved()));
        m_journal->append(e);
        for (auto &[id, socket] : m_sockets) {
            if (auto *listener = qobject_cast<TcpListener *>(socket))
                listener->setShortOfDescriptors(true);
        }
        emit descriptorShortageChanged(true);
    }
    if (!m_shortageRetry.isActive())
        m_shortageRetry.start(kShortageRetryMs);
}

void Lab::noticeSilentShortage()
{
    // A failing accept() does not always reach the lab: in the app, Qt 6.4 was seen calling
    // accept() again on every turn of the event loop (EMFILE each time, no acceptError), since
    // the waiting connection keeps the listener readable. The reserve keeps the lab's own
    // sockets from getting there; when something else took the descriptors, a listener with
    // connections waiting in its queue is the sign.
    if (m_shortOfDescriptors)
        return;
    // Listeners are among the waiting sockets: the few, not every connection, are looked at
    // after each poll of the kernel.
    for (const qint32 id : m_waiting) {
        const auto it = m_sockets.find(id);
        if (it == m_sockets.end())
            continue;
        const SocketInfo &info = it->second->info();
        if (info.role == SocketRole::Listener && info.isOpen() && !info.acceptingPaused
            && info.queueLength > 0) {
            if (!m_descriptors.hasRoom(0))
                beginShortage({LabError::TooManyOpenFiles, QString::fromLocal8Bit(std::strerror(EMFILE))});
            return;
        }
    }
}

void Lab::tryEndShortage()
{
    if (!m_shortOfDescriptors)
        return;
    ++m_shortageChecks;
    // Connections may have been left by their peers while the listeners waited: their room too.
    if (!m_descriptors.hasRoom(kResumeRoom) && !makeRoom(roomBatch(), kResumeRoom)) {
        m_shortageRetry.start(kShortageRetryMs);
        return;
    }
    m_shortOfDescriptors = false;
    for (auto &[id, socket] : m_sockets) {
        if (auto *listener = qobject_cast<TcpListener *>(socket))
            listener->setShortOfDescriptors(false);
    }
    if (m_kernel)
        m_kernel->wakeUp();
    emit descriptorShortageChanged(false);
}

LabError Lab::send(qint32 id, const QByteArray &data)
{
    if (auto *connection = find<TcpConnection>(id))
        return connection->send(data);
    return {LabError::NoSuchSocket, {}};
}

LabError Lab::sendDatagram(
    qint32 id, const QByteArray &data, const QList<UdpEndpoint::Destination> &destinations)
{
    if (auto *udp = find<UdpEndpoint>(id))
        return udp->sendTo(data, destinations);
    return {LabError::NoSuchSocket, {}};
}

LabError Lab::joinGroup(qint32 id, const QHostAddress &group, const QString &interfaceName)
{
    if (auto *udp = find<UdpEndpoint>(id))
        return udp->joinGroup(group, interfaceName);
    return {LabError::NoSuchSocket, {}};
}

LabError Lab::leaveGroup(qint32 id, const QHostAddress &group, const QString &interfaceName)
{
    if (auto *udp = find<UdpEndpoint>(id))
        return udp->leaveGroup(group, interfaceName);
    return {LabError::NoSuchSocket, {}};
}

LabError Lab::setMulticastInterface(qint32 id, const QString &interfaceName)
{
    if (auto *udp = find<UdpEndpoint>(id))
        return udp->setMulticastInterface(interfaceName);
    return {LabError::NoSuchSocket, {}};
}

LabError Lab::shutdownWrite(qint32 id)
{
    if (auto *connection = find<TcpConnection>(id)) {
        if (m_kernel)
            m_kernel->wakeUp();
        return connection->shutdownWrite();
    }
    return {LabError::NoSuchSocket, {}};
}

LabError Lab::close(qint32 id)
{
    return close(id, QString());
}

LabError Lab::close(qint32 id, const QString &reason)
{
    auto *socket = find<LabSocket>(id);
    if (!socket)
        return {LabError::NoSuchSocket, {}};
    if (m_kernel)
        m_kernel->wakeUp();
    socket->setCloseReason(reason);
    socket->close();
    return {};
}

LabError Lab::abort(qint32 id)
{
    auto *socket = find<LabSocket>(id);
    if (!socket)
        return {LabError::NoSuchSocket, {}};
    if (m_kernel)
        m_kernel->wakeUp();
    socket->abort();
    return {};
}

LabError Lab::setAcceptingPaused(qint32 id, bool paused)
{
    auto *listener = find<TcpListener>(id);
    if (!listener)
        return {LabError::NoSuchSocket, {}};
    listener->setAcceptingPaused(paused);
    if (m_kernel)
        m_kernel->wakeUp();
    return {};
}

LabError Lab::setMaxConnections(qint32 id, int count)
{
    auto *listener = find<TcpListener>(id);
    if (!listener)
        return {LabError::NoSuchSocket, {}};
    listener->setMaxConnections(count);
    countConnections(id);
    return {};
}

LabError Lab::setReadingPaused(qint32 id, bool paused, bool hidden)
{
    auto *connection = find<TcpConnection>(id);
    if (!connection)
        return {LabError::NoSuchSocket, {}};
    if (!connection->info().isOpen())
        return {LabError::WrongState, tr("The socket is not connected")};
    // Journalled only when it changes: a resume before the data it lets in, a pause once done.
    const bool wasPaused = connection->isReadingPaused();
    const auto note = [connection, paused, hidden] {
        if (!hidden)
            connection->record(
                EventKind::ReadingPaused, EventSource::App, [paused](Event &e) { e.value = paused; });
    };
    if (wasPaused && !paused)
        note();
    connection->setReadingPaused(paused);
    if (!wasPaused && connection->isReadingPaused())
        note();
    if (m_kernel)
        m_kernel->wakeUp();
    return {};
}

TcpSegmentCounts Lab::segmentCounts(qint32 id) const
{
    const auto *connection = find<TcpConnection>(id);
    return connection ? connection->segmentCounts() : TcpSegmentCounts {};
}

void Lab::closeAll()
{
    for (auto &[id, socket] : m_sockets)
        socket->close();
}

QList<qint32> Lab::socketIds() const
{
    QList<qint32> ids;
    ids.reserve(qsizetype(m_sockets.size()));
    for (const auto &[id, socket] : m_sockets)
        ids.append(id);
    return ids;
}

QList<qint32> Lab::waitingSocketIds() const
{
    return QList<qint32>(m_waiting.begin(), m_waiting.end());
}

const SocketInfo *Lab::info(qint32 id) const
{
    const auto it = m_sockets.find(id);
    return it == m_sockets.end() ? nullptr : &it->second->info();
}

void Lab::setParkFrom(int sockets)
{
    m_parkFrom = sockets;
    if (m_parkFrom <= 0) {
        m_quietSweep.stop();
        m_quiet->wakeAll();
    } else if (qsizetype(m_sockets.size()) >= m_parkFrom && m_quiet->isAvailable()) {
        m_quietSweep.start(kQuietSweepMs);
    }
}

qsizetype Lab::parkedConnections() const
{
    return m_quiet->parkedCount();
}

void Lab::parkQuietConnections()
{
    // Below the mark the loop's turns are cheap again; parked sockets stay parked until they
    // have something to say, which costs nothing.
    if (m_parkFrom <= 0 || qsizetype(m_sockets.size()) < m_parkFrom) {
        m_quietSweep.stop();
        return;
    }
    m_quiet->sweep();
}

void Lab::countConnections(qint32 listenerId)
{
    auto *listener = find<TcpListener>(listenerId);
    if (!listener)
        return;
    int open = 0;
    for (const auto &[id, socket] : m_sockets) {
        const SocketInfo &info = socket->info();
        if (info.parent == listenerId && info.isOpen())
            ++open;
    }
    listener->setOpenConnections(open);
}

void Lab::onSocketFinished(qint32 id)
{
    if (m_kernel) {
        m_closedAtRead[id] = m_kernel->readsStarted();
        m_kernel->wakeUp();
    }
    // One fewer open connection for its listener; counting them all again here would make
    // closing n sockets cost n * n.
    if (const SocketInfo *closed = info(id); closed && closed->parent >= 0) {
        if (auto *listener = find<TcpListener>(closed->parent))
            listener->connectionFinished();
    }
    // A closed socket may have given back what the lab was waiting for.
    if (m_shortOfDescriptors && m_shortageRetry.remainingTime() > kShortageRetryAfterCloseMs)
        m_shortageRetry.start(kShortageRetryAfterCloseMs);
    if (!m_kernel || !m_kernel->isAvailable()) {
        // Without a kernel view nothing will say when the socket is gone; forget it now.
        QMetaObject::invokeMethod(this, &Lab::onKernelPolled, Qt::QueuedConnection);
    }
}

void Lab::onKernelPolled()
{
    const bool haveKernel = m_kernel && m_kernel->isAvailable();
    std::vector<qint32> gone;
    for (const auto &[id, socket] : m_sockets) {
        const SocketInfo &info = socket->info();
        const KernelSocket *seen = nullptr;
        if (haveKernel && socket->hadDescriptor()) {
            if (info.isOpen() && info.inode)
                seen = m_kernel->findByInode(info.inode);
            if (!seen && info.localPort)
                seen = m_kernel->findByTuple(KernelSocket::tuple(
                    info.proto, info.localAddress, info.localPort, info.remoteAddress, info.remotePort));
        }
        if (seen) {
            // Only a client still connecting can have a local address the lab does not know.
            if (info.isOpen() && info.role == SocketRole::Client
                && info.qtState != QAbstractSocket::ConnectedState)
                socket->applyKernelLocalAddress(seen->localAddress);
            socket->applyKernelState(seen->state);
            if (seen->hasTcpInfo && info.isOpen())
                socket->applyTcpInfo(seen->tcpInfo);
            else if (info.isOpen() && info.proto == Protocol::Tcp && hasTcpInfo(seen->state))
                socket->applyOwnTcpInfo(seen->sendQueue, seen->receiveQueue);
            if (info.role == SocketRole::Listener && seen->state == TcpState::Listen) {
                // /proc/net does not show a listener's queue limit; the backlog asked for
                // stands in for it there.
                const int limit = seen->sendQueue > 0 ? int(seen->sendQueue) : info.backlog;
                socket->applyQueue(int(seen->receiveQueue), limit);
            }
        } else if (!info.isOpen()) {
            // A closed socket stays in view while the kernel keeps it (TIME_WAIT); once the
            // kernel lets it go, so does the lab.
            if (haveKernel) {
                const auto closed = m_closedAtRead.find(id);
                if (closed != m_closedAtRead.end() && m_kernel->listRead() <= closed->second)
                    continue; // this list was read before the close
                if (info.kernelState != TcpState::Unknown)
                    socket->applyKernelState(TcpState::Gone);
            }
            gone.push_back(id);
        }
    }
    noticeSilentShortage();
    for (const qint32 id : gone) {
        m_closedAtRead.erase(id);
        LabSocket *socket = m_sockets[id];
        m_sockets.erase(id);
        m_waiting.erase(id);
        socket->disconnect(this);
        socket->deleteLater();
        emit socketRemoved(id);
    }
}

} // namespace SocketScope
