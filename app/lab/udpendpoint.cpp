#include "udpendpoint.h"

#include "endpoint.h"
#include "journal/journal.h"

#include <QtCore/QVariant>
#include <QtNetwork/QNetworkDatagram>
#include <QtNetwork/QNetworkInterface>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SocketScope {

namespace {

bool isBroadcast(const QHostAddress &address)
{
    if (address == QHostAddress::Broadcast)
        return true;
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (!entry.broadcast().isNull() && entry.broadcast() == address)
                return true;
        }
    }
    return false;
}

} // namespace

UdpEndpoint::UdpEndpoint(Journal *journal, qint32 id, QObject *parent)
    : LabSocket(journal, id, SocketRole::Udp, Protocol::Udp, parent)
    , m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpEndpoint::onReadyRead);
}

UdpEndpoint::~UdpEndpoint()
{
    m_socket->disconnect(this);
}

LabError UdpEndpoint::bind(const QHostAddress &address, quint16 port, bool allowBroadcast, bool shareAddress,
    const SocketPlacement::Place &place, const QList<OptionRequest> &options)
{
    setHost(place.host);
    record(EventKind::SocketOpened, EventSource::App, [](Event &e) { e.role = SocketRole::Udp; });
    QAbstractSocket::BindMode mode = shareAddress
        ? QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint
        : QAbstractSocket::DefaultForPlatform;
    // Qt's bind() sets SO_REUSEADDR by its mode; the mode follows a reuseaddr asked for.
    for (const OptionRequest &request : options) {
        if (request.option == SocketOption::ReuseAddress)
            mode = request.value ? QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint
                                 : QAbstractSocket::DontShareAddress;
    }
    bool bound = false;
    LabError error = place.error;
    if (!error) {
        // A placed descriptor (a lab host's socket) is adopted first; bind() then uses it.
        if (place.descriptor >= 0)
            applyOptions(place.descriptor, options);
        if (place.descriptor >= 0
            && !m_socket->setSocketDescriptor(place.descriptor, QAbstractSocket::UnconnectedState))
            ::close(int(place.descriptor));
        else
            bound = m_socket->bind(address, port, mode);
        if (!bound)
            error = LabError::fromSocket(*m_socket);
    }
    if (!bound) {
        setEndpoints(address, port, {}, 0);
        recordError(error, EventSource::App);
        markClosed(EventKind::Closed, EventSource::App);
        return error;
    }
    m_allowBroadcast = allowBroadcast;
    if (m_socket->localAddress().protocol() == QAbstractSocket::IPv4Protocol) {
        // Linux hands a multicast datagram to every socket on its port once any socket on the
        // machine joined the group; the lab shows the textbook rule: members only.
        const int all = 0;
        ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_IP, IP_MULTICAST_ALL, &all, sizeof all);
    }
    m_info.qtState = QAbstractSocket::BoundState;
    m_info.inode = inodeOf(m_socket->socketDescriptor());
    m_hadDescriptor = true;
    setEndpoints(m_socket->localAddress(), m_socket->localPort(), {}, 0);
    record(EventKind::Bound, EventSource::App);
    emit changed(m_info.id);
    return {};
}

LabError UdpEndpoint::sendTo(const QByteArray &data, const QList<Destination> &destinations)
{
    if (!m_info.isOpen())
        return {LabError::WrongState, tr("The socket is closed")};
    for (const Destination &to : destinations) {
        if (!m_allowBroadcast && isBroadcast(to.address)) {
            LabError error {LabError::BroadcastNotAllowed, to.address.toString()};
            recordError(error, EventSource::App);
            return error;
        }
        const qint64 calledAt = m_journal->now(); // before the datagram is captured
        const qint64 sent = m_socket->writeDatagram(data, to.address, to.port);
        if (sent < 0) {
            LabError error = LabError::fromSocket(*m_socket);
            recordError(error, EventSource::App);
            return error;
        }
        m_info.bytesOut += sent;
        ++m_info.packetsOut;
        record(EventKind::DatagramSent, EventSource::App, [&](Event &e) {
            e.t = calledAt;
            e.value = sent;
            e.remote = m_journal->intern(formatEndpoint(to.address, to.port));
            e.payload = m_journal->storePayload(data);
        });
    }
    emit changed(m_info.id);
    return {};
}

void UdpEndpoint::onReadyRead()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (!datagram.isValid())
            break;
        const QByteArray data = datagram.data();
        m_info.bytesIn += data.size();
        ++m_info.packetsIn;
        record(EventKind::DatagramReceived, EventSource::Qt, [&](Event &e) {
            e.value = data.size();
            e.remote
                = m_journal->intern(formatEndpoint(datagram.senderAddress(), quint16(datagram.senderPort())));
            e.payload = m_journal->storePayload(data);
        });
        emit received(m_info.id, data, datagram.senderAddress(), quint16(datagram.senderPort()));
    }
    emit changed(m_info.id);
}

namespace {

QNetworkInterface interfaceNamed(const QString &name)
{
    return name.isEmpty() ? QNetworkInterface() : QNetworkInterface::interfaceFromName(name);
}

} // namespace

LabError UdpEndpoint::joinGroup(const QHostAddress &group, const QString &interfaceName)
{
    if (!m_info.isOpen())
        return {LabError::WrongState, tr("The socket is closed")};
    m_socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(1));
    const QNetworkInterface iface = interfaceNamed(interfaceName);
    const bool joined
        = iface.isValid() ? m_socket->joinMulticastGroup(group, iface) : m_socket->joinMulticastGroup(group);
    if (!joined) {
        LabError error = LabError::fromSocket(*m_socket);
        recordError(error, EventSource::App);
        return error;
    }
    record(EventKind::GroupJoined, EventSource::App,
        [&](Event &e) { e.remote = m_journal->intern(displayAddress(group).toString()); });
    emit changed(m_info.id);
    return {};
}

LabError UdpEndpoint::leaveGroup(const QHostAddress &group, const QString &interfaceName)
{
    if (!m_info.isOpen())
        return {LabError::WrongState, tr("The socket is closed")};
    const QNetworkInterface iface = interfaceNamed(interfaceName);
    const bool left = iface.isValid() ? m_socket->leaveMulticastGroup(group, iface)
                                      : m_socket->leaveMulticastGroup(group);
    if (!left) {
        LabError error = LabError::fromSocket(*m_socket);
        recordError(error, EventSource::App);
        return error;
    }
    record(EventKind::GroupLeft, EventSource::App,
        [&](Event &e) { e.remote = m_journal->intern(displayAddress(group).toString()); });
    emit changed(m_info.id);
    return {};
}

LabError UdpEndpoint::setMulticastInterface(const QString &interfaceName)
{
    if (!m_info.isOpen())
        return {LabError::WrongState, tr("The socket is closed")};
    m_socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(1));
    const QNetworkInterface iface = interfaceNamed(interfaceName);
    if (!interfaceName.isEmpty() && !iface.isValid())
        return {LabError::InvalidAddress, interfaceName};
    m_socket->setMulticastInterface(iface);
    return {};
}

void UdpEndpoint::close()
{
    if (!m_info.isOpen())
        return;
    record(EventKind::CloseCalled, EventSource::App);
    m_socket->close();
    markClosed(EventKind::Closed, EventSource::App);
}

} // namespace SocketScope
