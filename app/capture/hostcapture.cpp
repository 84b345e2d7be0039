#include "hostcapture.h"

#include "capturefeed.h"
#include "pcapngwriter.h"

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
    if (!m_enabled)
        return;
    const SocketInfo *info = m_lab->info(id);
    // Only a port not asked for yet changes the request; data going back and forth does not.
    if (!info || !info->host.isEmpty() || info->localPort == 0)
        return;
    const bool knownPort = m_portKeys.contains(portKey(info->proto, info->localPort));
    const bool knownAddress = info->localAddress.isLoopback() || m_addresses.contains(info->localAddress.toString());
    if (knownPort && knownAddress)
        return;
    updateRequest();
    m_client->capture(m_interfaces, m_ports);
}

void HostCapture::updateRequest()
{
    m_ports.clear();
    m_portKeys.clear();
    m_addresses.clear();
    bool wildcard = false;
    QList<QHostAddress> addresses;
    for (const CaptureHelperClient::Port &port : std::as_const(m_expected)) {
        if (port.port != 0 && !m_portKeys.contains(portKey(port.proto, port.port))) {
            m_portKeys.insert(portKey(port.proto, port.port));
            m_ports.append(port);
        }
    }
    for (const qint32 id : m_lab ? m_lab->socketIds() : QList<qint32>()) {
        const SocketInfo *info = m_lab->info(id);
        if (!info || !info->host.isEmpty() || info->localPort == 0)
            continue;
        const quint32 key = portKey(info->proto, info->localPort);
        if (!m_portKeys.contains(key)) {
            m_portKeys.insert(key);
            m_ports.append({info->proto, info->localPort});
        }
        const QHostAddress &local = info->localAddress;
        m_addresses.insert(local.toString());
        if (local.isNull() || local == QHostAddress::Any || local == QHostAddress::AnyIPv4
            || local == QHostAddress::AnyIPv6)
            wildcard = true;
        else if (!local.isLoopback())
            addresses.append(local);
    }
    std::sort(m_ports.begin(), m_ports.end(), [](const CaptureHelperClient::Port &a, const CaptureHelperClient::Port &b) {
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
        if (!wanted && wildcard)
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
