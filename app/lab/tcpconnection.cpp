#include "tcpconnection.h"

#include "journal/journal.h"
#include "kernel/tcpinforeading.h"
#include "quietsockets.h"

#include <cerrno>
#include <cstddef>
#include <cstring>

#include <fcntl.h>
// The kernel's own struct tcp_info: the C library's copy stops before the segment counts.
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SocketScope {

TcpConnection::TcpConnection(Journal *journal, qint32 id, QObject *parent)
    : LabSocket(journal, id, SocketRole::Client, Protocol::Tcp, parent)
    , m_socket(new QTcpSocket(this))
{
    attach();
    // Only a client connects, and only its connect can time out.
    connect(m_socket, &QTcpSocket::connected, this, &TcpConnection::onConnected);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        recordError({LabError::TimedOut, tr("No answer to the connection request")}, EventSource::App);
        abort();
    });
}

TcpConnection::TcpConnection(
    Journal *journal, qint32 id, qint32 parentId, QTcpSocket *socket, QObject *parent, const QString &host)
    : LabSocket(journal, id, SocketRole::Accepted, Protocol::Tcp, parent)
    , m_socket(socket)
{
    setHost(host);
    m_socket->setParent(this);
    m_info.parent = parentId;
    m_info.qtState = m_socket->state();
    m_info.inode = inodeOf(m_socket->socketDescriptor());
    m_hadDescriptor = true;
    setEndpoints(
        m_socket->localAddress(), m_socket->localPort(), m_socket->peerAddress(), m_socket->peerPort());
    record(EventKind::SocketOpened, EventSource::App, [&](Event &e) {
        e.role = SocketRole::Accepted;
        e.value = parentId;
    });
    record(EventKind::Connected, EventSource::Qt);
    attach();
    keepDescriptor();
    // Bytes may have arrived before the socket was handed over.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &TcpConnection::onReadyRead, Qt::QueuedConnection);
}

TcpConnection::~TcpConnection()
{
    release();
}

void TcpConnection::attach()
{
    // An accepted connection is connected already: under load every connection made here
    // counts, so the client's own signals are connected in its constructor only.
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpConnection::onErrorOccurred);
    connect(m_socket, &QTcpSocket::stateChanged, this, &TcpConnection::onStateChanged);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpConnection::updatePending);
}

void TcpConnection::keepDescriptor()
{
    const qintptr fd = m_socket ? m_socket->socketDescriptor() : -1;
    if (fd >= 0 && m_keptDescriptor < 0)
        m_keptDescriptor = ::fcntl(int(fd), F_DUPFD_CLOEXEC, 0);
}

void TcpConnection::release()
{
    m_halfOpen = false;
    unwatch();
    if (m_socket) {
        // A socket emits stateChanged from its destructor; cut it loose before it goes.
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    // The last descriptor: closing it is what sends our FIN (or, with zero linger, the RST).
    if (m_keptDescriptor >= 0) {
        ::close(m_keptDescriptor);
        m_keptDescriptor = -1;
    }
}

namespace {

// IPv4 or IPv6, with an IPv4 address written as ::ffff:a.b.c.d counted as IPv4.
QAbstractSocket::NetworkLayerProtocol familyOf(const QHostAddress &address)
{
    bool mapped = false;
    address.toIPv4Address(&mapped);
    return mapped ? QAbstractSocket::IPv4Protocol : address.protocol();
}

} // namespace

qintptr TcpConnection::optionDescriptor() const
{
    // The kept descriptor is the same kernel socket and outlives Qt's (half-closed sockets).
    if (m_keptDescriptor >= 0)
        return m_keptDescriptor;
    return m_socket ? m_socket->socketDescriptor() : -1;
}

LabError TcpConnection::start(const QHostAddress &remote, quint16 port, const QHostAddress &source,
    int timeoutMs, const SocketPlacement::Place &place, const QList<OptionRequest> &options)
{
    setHost(place.host);
    QHostAddress local = source;
    if (local.isNull())
        local = remote.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                   : QHostAddress(QHostAddress::AnyIPv4);
    record(EventKind::SocketOpened, EventSource::App, [](Event &e) { e.role = SocketRole::Client; });
    bool bound = false;
    LabError error = place.error;
    if (!error && !source.isNull() && familyOf(source) != familyOf(remote)) {
        // bind() to an IPv4 source then connect() to an IPv6 peer (or the other way) can only
        // fail; said before a socket is made, whoever asked (command line, workbench, lesson).
        error = {LabError::AddressFamilyMismatch, remote.toString()};
        if (place.descriptor >= 0)
            ::close(int(place.descriptor));
    }
    if (!error) {
        // A failed bind() also emits errorOccurred; it is answered here, once.
        const QSignalBlocker quiet(m_socket);
        // A placed descriptor is adopted unconnected; bind() and connectToHost() then use it
        // instead of making a socket in this machine's network.
        // Qt's bind() sets SO_REUSEADDR by its mode; the mode follows a reuseaddr asked for.
        QAbstractSocket::BindMode mode = QAbstractSocket::DefaultForPlatform;
        for (const OptionRequest &request : options) {
            if (request.option == SocketOption::ReuseAddress)
                mode = request.value ? QAbstractSocket::ReuseAddressHint : QAbstractSocket::DontShareAddress;
        }
        if (place.descriptor >= 0)
            applyOptions(place.descriptor, options);
        if (place.descriptor >= 0
            && !m_socket->setSocketDescriptor(place.descriptor, QAbstractSocket::UnconnectedState))
            ::close(int(place.descriptor));
        else
            bound = m_socket->bind(local, 0, mode);
        if (!bound)
            error = LabError::fromSocket(*m_socket);
    }
    if (!bound) {
        // What was tried, for whoever words the failure (the workbench shows it in its form).
        setEndpoints(local, 0, remote, port);
        recordError(error, EventSource::App);
        markClosed(EventKind::Closed, EventSource::App);
        release();
        return error;
    }
    m_info.inode = inodeOf(m_socket->socketDescriptor());
    m_hadDescriptor = true;
    keepDescriptor();
    setEndpoints(m_socket->localAddress(), m_socket->localPort(), remote, 0);
    record(EventKind::Bound, EventSource::App);
    setEndpoints(m_socket->localAddress(), m_socket->localPort(), remote, port);
    record(EventKind::ConnectStarted, EventSource::App);
    m_socket->connectToHost(remote, port);
    if (timeoutMs > 0)
        m_connectTimer.start(timeoutMs);
    return {};
}

LabError TcpConnection::send(const QByteArray &data)
{
    // The call's time is when it was made: on loopback the segment it sends is captured before
    // write() returns, and the timeline must show send() first.
    const qint64 calledAt = m_journal->now();
    qint64 written = -1;
    if (m_halfOpen) {
        // The peer has closed its side; ours still sends, straight through the kept descriptor.
        written
            = ::send(m_keptDescriptor, data.constData(), size_t(data.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (written < 0) {
            LabError error = errno == ECONNRESET || errno == EPIPE
                ? LabError {LabError::ConnectionReset, QString::fromLocal8Bit(std::strerror(errno))}
                : LabError {LabError::Other, QString::fromLocal8Bit(std::strerror(errno))};
            recordError(error, EventSource::App);
            return error;
        }
    } else {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || m_shutDown)
            return {LabError::WrongState, tr("The socket is not connected")};
        wake();
        written = m_socket->write(data);
        if (written < 0)
            return LabError::fromSocket(*m_socket);
        // Hand the bytes to the kernel now rather than on the next event-loop turn, so what
        // the journal says was sent really left the program.
        m_socket->flush();
        // flush() may meet a reset and let the socket go on the spot.
        m_info.bytesPending = m_socket ? m_socket->bytesToWrite() : 0;
    }
    m_info.bytesOut += written;
    ++m_info.packetsOut;
    record(EventKind::DataSent, EventSource::App, [&](Event &e) {
        e.t = calledAt;
        e.value = written;
        e.payload = m_journal->storePayload(data);
    });
    emit changed(m_info.id);
    return {};
}

LabError TcpConnection::shutdownWrite()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return {LabError::WrongState, tr("The socket is not connected")};
    unwatch();
    // Qt has no half-close; send what is buffered, then shut the write side of the descriptor.
    m_socket->flush();
    m_socket->waitForBytesWritten(0);
    const qint64 calledAt = m_journal->now(); // before the FIN it sends (see send())
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) != 0)
        return {LabError::Other, QString::fromLocal8Bit(std::strerror(errno))};
    m_shutDown = true;
    record(EventKind::Shutdown, EventSource::App, [&](Event &e) { e.t = calledAt; });
    emit changed(m_info.id);
    return {};
}

void TcpConnection::close()
{
    if ((!m_socket && !m_halfOpen) || !m_info.isOpen())
        return;
    unwatch();
    m_closing = true;
    m_connectTimer.stop();
    record(EventKind::CloseCalled, EventSource::App);
    if (m_halfOpen) {
        // No Qt socket watches a half-open connection: a reset the peer sent since (its answer
        // to bytes sent after it had closed both ways) is only in the kernel's pending error.
        int pending = 0;
        socklen_t size = sizeof pending;
        if (::getsockopt(m_keptDescriptor, SOL_SOCKET, SO_ERROR, &pending, &size) == 0
            && (pending == ECONNRESET || pending == EPIPE))
            recordError(
                {LabError::ConnectionReset, tr("The peer reset the connection")}, EventSource::Kernel);
        markClosed(EventKind::Closed, EventSource::App);
        release();
        return;
    }
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->disconnectFromHost();
        return; // onDisconnected() records the close once the FIN is on its way
    }
    m_socket->abort();
    markClosed(EventKind::Closed, EventSource::App);
    release();
}

void TcpConnection::abort()
{
    if ((!m_socket && !m_halfOpen) || !m_info.isOpen())
        return;
    unwatch();
    m_closing = true;
    m_connectTimer.stop();
    // SO_LINGER with a zero timeout makes the last close() send RST and skip TIME_WAIT.
    const qintptr fd
        = m_keptDescriptor >= 0 ? m_keptDescriptor : (m_socket ? m_socket->socketDescriptor() : -1);
    if (fd >= 0) {
        const linger option {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
    if (m_socket) {
        // Qt reports its own abort as a disconnect; the journal should say "aborted".
        m_socket->disconnect(this);
        m_socket->abort();
    }
    markClosed(EventKind::Aborted, EventSource::App);
    release();
}

void TcpConnection::setReadingPaused(bool paused)
{
    if (paused == m_readingPaused || !m_socket)
        return;
    wake(); // Qt's own read notifier back before its read buffer changes (see QuietSockets)
    m_readingPaused = paused;
    // Qt reads whatever the kernel has as soon as it arrives; a read buffer of one byte makes
    // it stop after one and leave the rest in the kernel, where it fills the receive buffer.
    // (Zero means "no limit" to Qt, and giving the room back turns its reading on again.)
    m_socket->setReadBufferSize(paused ? 1 : 0);
    if (!paused)
        onReadyRead(); // what Qt already held, at once; the rest follows as usual
}

bool TcpConnection::isLeftByPeer() const
{
    return m_halfOpen && m_peerFinished && !m_shutDown && !m_closing && m_info.isOpen();
}

TcpSegmentCounts TcpConnection::segmentCounts() const
{
    const TcpInfo info = readTcpInfo(int(optionDescriptor()));
    return {info.segmentsOut, info.segmentsIn, info.sendWindow};
}

void TcpConnection::onConnected()
{
    m_connectTimer.stop();
    if (m_quiet && !m_closing)
        m_quiet->watch(m_info.id, m_socket);
    setEndpoints(
        m_socket->localAddress(), m_socket->localPort(), m_socket->peerAddress(), m_socket->peerPort());
    record(EventKind::Connected, EventSource::Qt);
    emit changed(m_info.id);
}

void TcpConnection::onReadyRead()
{
    if (!m_socket || m_readingPaused)
        return;
    wake();
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_info.bytesIn += data.size();
    ++m_info.packetsIn;
    record(EventKind::DataReceived, EventSource::Qt, [&](Event &e) {
        e.value = data.size();
        e.payload = m_journal->storePayload(data);
    });
    emit changed(m_info.id);
    emit received(m_info.id, data, m_info.remoteAddress, m_info.remotePort);
}

void TcpConnection::updatePending()
{
    if (!m_socket)
        return;
    const qint64 pending = m_socket->bytesToWrite();
    if (pending == m_info.bytesPending)
        return;
    const bool drained = pending == 0;
    m_info.bytesPending = pending;
    // A bulk send drains in many small steps; say only when it has all gone, not per step.
    if (drained)
        emit changed(m_info.id);
}

void TcpConnection::onDisconnected()
{
    m_connectTimer.stop();
    if (m_peerFinished && !m_closing && !m_shutDown && m_keptDescriptor >= 0) {
        // Only the peer has closed its side (the kernel holds the socket in CLOSE_WAIT): the
        // connection is half-closed and this end may still send until the lab closes it.
        m_halfOpen = true;
        m_info.qtState = QAbstractSocket::UnconnectedState;
        unwatch();
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->deleteLater();
            m_socket = nullptr;
        }
        emit changed(m_info.id);
        return;
    }
    markClosed(EventKind::Closed, EventSource::Qt);
    release();
}

void TcpConnection::onErrorOccurred(QAbstractSocket::SocketError error)
{
    // Qt reports the peer's orderly close (FIN) and its reset (RST) alike, and has already
    // closed its descriptor; the kept one still tells: a FIN leaves the socket in CLOSE_WAIT,
    // a reset leaves it CLOSE. (After our own shutdown a FIN also ends in CLOSE, because the
    // kernel moves the connection to TIME_WAIT; then it counts as an orderly close.)
    if (error == QAbstractSocket::RemoteHostClosedError) {
        const TcpState state = descriptorState();
        if (state == TcpState::Close && !m_shutDown) {
            recordError({LabError::ConnectionReset, tr("The peer reset the connection")});
            return;
        }
        m_peerFinished = state == TcpState::CloseWait;
        record(EventKind::Shutdown, EventSource::Qt,
            [&](Event &e) { e.text = m_journal->intern(QStringLiteral("peer closed")); });
        return;
    }
    if (m_closing)
        return;
    LabError labError = LabError::fromSocketError(error, m_socket->errorString());
    // A reset shows up as a network error with "reset" in the text on Linux.
    if (error == QAbstractSocket::NetworkError
        && m_socket->errorString().contains(QLatin1StringView("reset"), Qt::CaseInsensitive))
        labError.kind = LabError::ConnectionReset;
    recordError(labError);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        markClosed(EventKind::Closed, EventSource::Qt);
        release();
    }
}

TcpState TcpConnection::descriptorState() const
{
    const qintptr fd = m_keptDescriptor;
    if (fd < 0)
        return TcpState::Unknown;
    tcp_info info {};
    socklen_t size = sizeof info;
    if (::getsockopt(int(fd), IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return TcpState::Unknown;
    return TcpState(info.tcpi_state);
}

void TcpConnection::setQuietSockets(QuietSockets *quiet)
{
    m_quiet = quiet;
    // An accepted socket comes connected; a client joins once its handshake is done.
    if (m_quiet && m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_quiet->watch(m_info.id, m_socket);
}

void TcpConnection::wake()
{
    if (m_quiet)
        m_quiet->touch(m_info.id);
}

void TcpConnection::unwatch()
{
    if (m_quiet)
        m_quiet->forget(m_info.id);
}

void TcpConnection::onStateChanged(QAbstractSocket::SocketState state)
{
    m_info.qtState = state;
    emit changed(m_info.id);
}

} // namespace SocketScope
