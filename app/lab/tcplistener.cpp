#include "tcplistener.h"

#include "acceptworker.h"
#include "endpoint.h"
#include "journal/journal.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace SocketScope {

TcpListener::TcpListener(Journal *journal, qint32 id, QObject *parent)
    : LabSocket(journal, id, SocketRole::Listener, Protocol::Tcp, parent)
    , m_server(new QTcpServer(this))
{
    // QTcpServer calls accept() in a loop until the kernel's queue is empty or it holds
    // kQtPendingLimit connections, and connections taken inside the signal kept it from ever
    // holding any: with clients arriving as fast as the window's thread takes them, the queue was
    // never empty and the loop never ended (the window froze for as long as the load lasted,
    // 6.3 s for 12,000 connections). So after kAdoptPerTurn taken at once the rest are taken on
    // the next turn of the event loop: Qt holds them meanwhile, its loop ends, the window paints.
    // Under a cap every one is taken at once, so the connections past it stay in the kernel's
    // queue (the cap bounds that loop).
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        if (m_takeScheduled)
            return;
        if (m_info.maxConnections == 0 && ++m_takenAtOnce > kAdoptPerTurn) {
            m_takeScheduled = true;
            QMetaObject::invokeMethod(this, &TcpListener::onNewConnection, Qt::QueuedConnection);
            return;
        }
        onNewConnection();
    });
    connect(m_server, &QTcpServer::acceptError, this, &TcpListener::onAcceptError);
    m_acceptRetry.setSingleShot(true);
    m_acceptRetry.setInterval(kAcceptRetryMs);
    connect(&m_acceptRetry, &QTimer::timeout, this, &TcpListener::updateAccepting);
}

TcpListener::~TcpListener()
{
    // The worker's thread posts to this object: it goes first.
    stopWorker();
    for (const int fd : m_workerAccepted)
        ::close(fd);
}

namespace {
// bind() and listen() on a descriptor made elsewhere, then hands it to the server. QTcpServer
// cannot listen on a descriptor it did not make itself.
LabError listenOn(
    QTcpServer *server, qintptr descriptor, const QHostAddress &address, quint16 port, int backlog)
{
    const int fd = int(descriptor);
    // "Any address" of both families is the unspecified address of the socket's own family.
    QHostAddress local = address;
    if (address == QHostAddress::Any) {
        int domain = AF_INET;
        socklen_t size = sizeof domain;
        ::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &size);
        local = QHostAddress(domain == AF_INET6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4);
    }
    sockaddr_storage where {};
    const socklen_t length = toSockAddr(local, port, &where);
    if (length == 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&where), length) != 0
        || ::listen(fd, backlog) != 0) {
        LabError error = length == 0 ? LabError {LabError::InvalidAddress, address.toString()}
                                     : LabError::fromErrno(errno);
        ::close(fd);
        return error;
    }
    if (!server->setSocketDescriptor(descriptor)) {
        ::close(fd);
        return LabError::fromSocketError(server->serverError(), server->errorString());
    }
    return {};
}
} // namespace

LabError TcpListener::listen(const QHostAddress &address, quint16 port, int backlog,
    const SocketPlacement::Place &place, const QList<OptionRequest> &options)
{
    setHost(place.host);
    record(EventKind::SocketOpened, EventSource::App, [](Event &e) { e.role = SocketRole::Listener; });
    m_server->setListenBacklogSize(backlog);
    LabError error = place.error;
    if (!error && place.descriptor >= 0) {
        const int reuse = 1; // as QTcpServer does: a port in TIME_WAIT may be listened on again
        ::setsockopt(int(place.descriptor), SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
        // After that default, so that a reuseaddr=0 asked for is the one the kernel keeps.
        applyOptions(place.descriptor, options);
        error = listenOn(m_server, place.descriptor, address, port, backlog);
    } else if (!error && !m_server->listen(address, port))
        error = LabError::fromSocketError(m_server->serverError(), m_server->errorString());
    if (error) {
        setEndpoints(address, port, {}, 0);
        recordError(error, EventSource::App);
        markClosed(EventKind::Closed, EventSource::App);
        return error;
    }
    m_info.backlog = backlog;
    m_info.qtState = QAbstractSocket::ListeningState;
    m_info.inode = inodeOf(m_server->socketDescriptor());
    m_hadDescriptor = true;
    setEndpoints(m_server->serverAddress(), m_server->serverPort(), {}, 0);
    record(EventKind::Bound, EventSource::App);
    record(EventKind::Listening, EventSource::App, [&](Event &e) { e.value = backlog; });
    updateAccepting();
    return {};
}

void TcpListener::setAcceptingPaused(bool paused)
{
    if (paused == m_info.acceptingPaused || !m_info.isOpen())
        return;
    m_info.acceptingPaused = paused;
    record(paused ? EventKind::AcceptingPaused : EventKind::AcceptingResumed, EventSource::App);
    updateAccepting();
    emit changed(m_info.id);
}

void TcpListener::setMaxConnections(int count)
{
    m_info.maxConnections = qMax(0, count);
    updateAccepting();
    emit changed(m_info.id);
}

void TcpListener::setOpenConnections(int count)
{
    m_openConnections = count;
    updateAccepting();
}

void TcpListener::connectionFinished()
{
    setOpenConnections(qMax(0, m_openConnections - 1));
}

void TcpListener::setShortOfDescriptors(bool shortOfDescriptors)
{
    if (shortOfDescriptors == m_shortOfDescriptors || !m_info.isOpen())
        return;
    m_shortOfDescriptors = shortOfDescriptors;
    if (!shortOfDescriptors)
        m_workerFailed = false; // descriptors again: the worker may accept once more
    // The lab tries again for every listener at once; this one's own retry would only fail.
    m_acceptRetry.stop();
    // A listener the user paused stays paused, and its journal says nothing new.
    if (!m_info.acceptingPaused) {
        record(shortOfDescriptors ? EventKind::AcceptingPaused : EventKind::AcceptingResumed,
            EventSource::App,
            [&](Event &e) { e.text = m_journal->intern(QStringLiteral("too many open files")); });
    }
    updateAccepting();
    emit changed(m_info.id);
}

void TcpListener::updateAccepting()
{
    if (!m_server->isListening())
        return;
    const bool full = m_info.maxConnections > 0 && m_openConnections >= m_info.maxConnections;
    if (m_acceptRetry.isActive())
        return; // accept() failed: the retry timer resumes
    if (m_info.acceptingPaused || full || m_shortOfDescriptors) {
        stopWorker();
        // QTcpServer keeps calling accept() in a loop after newConnection until the kernel
        // queue is empty, even once paused; a pending limit of 0 is what stops that loop, so
        // the connections stay in the kernel's accept queue where a learner can see them.
        m_server->setMaxPendingConnections(0);
        m_server->pauseAccepting();
    } else {
        m_server->setMaxPendingConnections(kQtPendingLimit);
        // Connections Qt holds are older than any the worker would take: they are handed
        // over first (onNewConnection comes back here, and the worker starts then).
        if (m_info.maxConnections == 0 && !m_workerFailed && !m_server->hasPendingConnections())
            startWorker();
        else
            stopWorker();
        if (m_worker)
            m_server->pauseAccepting();
        else
            m_server->resumeAccepting();
        // Connections taken while we were full are handed over now.
        if (m_server->hasPendingConnections() || !m_workerAccepted.empty())
            QMetaObject::invokeMethod(this, &TcpListener::onNewConnection, Qt::QueuedConnection);
    }
}

void TcpListener::startWorker()
{
    if (m_worker)
        return;
    auto worker = std::make_unique<AcceptWorker>(int(m_server->socketDescriptor()),
        [this] { QMetaObject::invokeMethod(this, &TcpListener::onNewConnection, Qt::QueuedConnection); });
    if (worker->start())
        m_worker = std::move(worker);
}

void TcpListener::stopWorker()
{
    if (!m_worker)
        return;
    m_worker->stop();
    takeFromWorker();
    m_worker.reset();
}

void TcpListener::takeFromWorker()
{
    if (!m_worker)
        return;
    int error = 0;
    for (const int fd : m_worker->take(&error))
        m_workerAccepted.push_back(fd);
    if (error != 0 && !m_workerFailed) {
        // Handled as QTcpServer's own failures are (out of descriptors: the lab pauses every
        // listener); after it QTcpServer accepts, until the lab has descriptors again.
        m_workerFailed = true;
        QMetaObject::invokeMethod(
            this, [this, error] { acceptFailed(LabError::fromErrno(error)); }, Qt::QueuedConnection);
    }
}

void TcpListener::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer has paused itself and would never try again; the connection still waits in
    // the kernel's queue (so the listener stays readable: resuming at once would spin).
    acceptFailed(LabError::fromSocketError(error, m_server->errorString()));
}

void TcpListener::acceptFailed(const LabError &labError)
{
    if (!m_acceptFailing) {
        m_acceptFailing = true;
        recordError(labError);
    }
    if (labError.kind == LabError::TooManyOpenFiles) {
        // Out of descriptors: the lab pauses every listener and tries again for all of them.
        emit descriptorsRanOut(m_info.id, labError);
        if (m_shortOfDescriptors)
            return;
    }
    // Anything else (or a lab that did not listen): try again a little later.
    m_acceptRetry.start();
}

void TcpListener::onNewConnection()
{
    if (std::exchange(m_takeScheduled, false))
        m_takenAtOnce = 0;
    takeFromWorker();
    const auto full
        = [this] { return m_info.maxConnections > 0 && m_openConnections >= m_info.maxConnections; };
    // The worker's connections first (Qt accepts only once the worker has stopped, and the
    // worker starts only once Qt holds none), a few at a time: the rest wait for the next turn
    // of the event loop, so the window repaints between batches instead of stalling on a
    // thousand.
    int adopted = 0;
    while (!m_workerAccepted.empty() && !full()) {
        if (adopted++ == kAdoptPerTurn) {
            QMetaObject::invokeMethod(this, &TcpListener::onNewConnection, Qt::QueuedConnection);
            break;
        }
        const int fd = m_workerAccepted.front();
        m_workerAccepted.pop_front();
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(fd)) {
            ::close(fd);
            delete socket;
            continue;
        }
        onAccepted(socket);
    }
    while (m_server->hasPendingConnections() && !full()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        onAccepted(socket);
    }
    updateAccepting();
}

void TcpListener::onAccepted(QTcpSocket *socket)
{
    ++m_openConnections;
    m_acceptFailing = false;
    record(EventKind::Accepted, EventSource::App, [&](Event &e) {
        e.remote = m_journal->intern(formatEndpoint(socket->peerAddress(), socket->peerPort()));
    });
    emit connectionAccepted(m_info.id, socket);
}

void TcpListener::close()
{
    if (!m_info.isOpen())
        return;
    record(EventKind::CloseCalled, EventSource::App);
    m_acceptRetry.stop();
    // Connections accepted and not yet handed over go as Qt's own pending ones do.
    stopWorker();
    for (const int fd : std::exchange(m_workerAccepted, {}))
        ::close(fd);
    m_server->close();
    markClosed(EventKind::Closed, EventSource::App);
}

} // namespace SocketScope
