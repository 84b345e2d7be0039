#include "hostcapture.h"

#include "capturefeed.h"
#include "pcapngwriter.h"

#include "journal/journal.h"
#include "lab/lab.h"

#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkInterface>

#include <algorithm>

namespace SocketScope {

namespace {

quint32 portKey(Protocol proto, quint16 port)
{
    return (quint32(proto) << 16) | port;
}

// The helper takes only names it can check; anything else is left out rather than refused.
bool acceptableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,15}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

HostCapture::HostCapture(Journal *journal, Lab *lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_feed(new CaptureFeed(journal, lab, this))
    , m_client(new CaptureHelperClient(m_feed, this))
{
    if (lab) {
        connect(lab, &Lab::socketOpened, this, &HostCapture::onSocket);
        connect(lab, &Lab::socketChanged, this, &HostCapture::onSocket);
    }
    // A socket gets its port in bind() and listen(), which the lab journals but does not
    // signal: ask the helper for the port right then, before the first packet can go.
    connect(journal, &Journal::eventsAppended, this, [this, journal](qsizetype first, qsizetype last) {
        if (!m_enabled)
            return;
        for (qsizetype i = first; i <= last; ++i) {
            const Event &e = journal->at(i);
            if (e.socket >= 0
                && (e.kind == EventKind::Bound || e.kind == EventKind::Listening
                    || e.kind == EventKind::ConnectStarted))
                onSocket(e.socket);
        }
    });
}

HostCapture::~HostCapture()
{
    // The helper goes first, so no frame arrives for a writer that is gone.
    m_client->stop();
    m_feed->setPcapWriter(nullptr);
}

bool HostCapture::setPcapFile(const QString &path, QString *error)
{
    auto writer = std::make_unique<PcapngWriter>();
    if (!writer->open(path)) {
        if (error)
            *error = writer->errorString();
        return false;
    }
    m_feed->setPcapWriter(writer.get());
    m_pcap = std::move(writer);
    return true;
}

QString HostCapture::pcapFile() const
{
    return m_pcap ? m_pcap->fileName() : QString();
}

void HostCapture::expectPorts(const QList<CaptureHelperClient::Port> &ports)
{
    m_expected = ports;
    if (m_enabled) {
        updateRequest();
        m_client->capture(m_interfaces, m_ports);
    }
}

void HostCapture::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    if (on) {
        updateRequest();
        m_client->capture(m_interfaces, m_ports);
    } else {
        m_client->stop();
    }
    emit enabledChanged(on);
}

void HostCapture::onSocket(qint32 id)
{
    if (!m_enabled || !m_lab)
        return;
    const SocketInfo *info = m_lab->info(id);
    // Only a port or an address not asked for yet changes the request; data going back and
    // forth does not.
    if (!info || !info->host.isEmpty() || info->localPort == 0)
        return;
    // A client is bound just before it connects; where it connects to decides.
    if (info->role == SocketRole::Client && info->remotePort == 0)
        return;
    const bool coveredPort = m_portKeys.contains(portKey(info->proto, info->localPort))
        || (info->role == SocketRole::Client && info->remotePort != 0
            && m_portKeys.contains(portKey(info->proto, info->remotePort)));
    const QHostAddress &where = info->role == SocketRole::Client ? info->remoteAddress : info->localAddress;
    const bool coveredAddress
        = where.isNull() || where.isLoopback() || m_addresses.contains(where.toString());
    if (coveredPort && coveredAddress)
        return;
    updateRequest();
    m_client->capture(m_interfaces, m_ports);
}

void HostCapture::updateRequest()
{
    m_ports.clear();
    m_portKeys.clear();
    m_addresses.clear();
    bool everywhere = false;
    QList<QHostAddress> addresses;
    const auto addPort = [this](Protocol proto, quint16 port) {
        if (port != 0 && !m_portKeys.contains(portKey(proto, port))) {
            m_portKeys.insert(portKey(proto, port));
            m_ports.append({proto, port});
        }
    };
    const auto addAddress = [&](const QHostAddress &address) {
        m_addresses.insert(address.toString());
        if (address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            || address == QHostAddress::AnyIPv6)
            everywhere = true;
        else if (!address.isLoopback())
            addresses.append(address);
    };
    for (const CaptureHelperClient::Port &port : std::as_const(m_expected))
        addPort(port.proto, port.port);
    const QList<qint32> ids = m_lab ? m_lab->socketIds() : QList<qint32>();
    QList<const SocketInfo *> clients;
    // Servers first: their port covers every connection made to them, in both directions.
    for (const qint32 id : ids) {
        const SocketInfo *info = m_lab->info(id);
        if (!info || !info->host.isEmpty() || info->localPort == 0)
            continue;
        if (info->role == SocketRole::Client) {
            if (info->remotePort != 0)
                clients.append(info);
            continue;
        }
        addPort(info->proto, info->localPort);
        addAddress(info->localAddress);
    }
    // A client of one of our servers is covered already; a client of another machine's server
    // is asked for by its own (ephemeral) port, so nothing else of that service is captured.
    // Its packets leave by the interface towards its server, so that address decides.
    for (const SocketInfo *info : std::as_const(clients)) {
        if (!m_portKeys.contains(portKey(info->proto, info->remotePort)))
            addPort(info->proto, info->localPort);
        if (!info->remoteAddress.isNull())
            m_addresses.insert(info->remoteAddress.toString());
        if (!info->remoteAddress.isNull())
            addAddress(
                info->remoteAddress.isLoopback() ? info->remoteAddress : QHostAddress(QHostAddress::Any));
    }
    std::sort(m_ports.begin(), m_ports.end(),
        [](const CaptureHelperClient::Port &a, const CaptureHelperClient::Port &b) {
            return portKey(a.proto, a.port) < portKey(b.proto, b.port);
        });
    if (m_ports.size() > CaptureHelperClient::kMaxPorts)
        m_ports.resize(CaptureHelperClient::kMaxPorts);

    // The loopback interface always (most lab sockets live there), and every interface that
    // holds one of our addresses, or all of them for a socket bound to "any address".
    QStringList names;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        if (!(i.flags() & QNetworkInterface::IsUp) || !acceptableName(i.name()))
            continue;
        bool wanted = i.flags() & QNetworkInterface::IsLoopBack;
        if (!wanted && everywhere)
            wanted = i.flags() & QNetworkInterface::IsRunning;
        for (const QNetworkAddressEntry &entry : i.addressEntries()) {
            if (addresses.contains(entry.ip()))
                wanted = true;
        }
        if (wanted && !names.contains(i.name()))
            names.append(i.name());
    }
    if (names.isEmpty())
        names.append(QStringLiteral("lo"));
    m_interfaces = names.mid(0, CaptureHelperClient::kMaxInterfaces);
}

} // namespace SocketScope
