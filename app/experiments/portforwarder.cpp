#include "portforwarder.h"

#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "lossypath.h"

#include <QtCore/QTimer>

namespace SocketScope {

PortForwarder::PortForwarder(Lab *lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &PortForwarder::closeIdleFlows);
    connect(lab, &Lab::socketOpened, this, &PortForwarder::onSocketOpened);
    connect(lab, &Lab::socketChanged, this, &PortForwarder::onSocketChanged);
    connect(lab, &Lab::dataReceived, this, &PortForwarder::onDataReceived);
}

PortForwarder::~PortForwarder()
{
    // Whoever listens may be half destroyed already (a parent widget deleting its children).
    blockSignals(true);
    if (m_lab) {
        m_lab->disconnect(this);
        stop();
    }
}

void PortForwarder::setLossyPath(LossyPath *path)
{
    if (m_path)
        m_path->disconnect(this);
    m_path = path;
    if (m_path)
        connect(m_path, &LossyPath::drained, this, &PortForwarder::onDrained);
}

void PortForwarder::setUdpIdleTimeout(int ms)
{
    m_udpIdleTimeoutMs = qMax(1, ms);
    if (m_idleTimer->isActive())
        m_idleTimer->start(0); // check again under the new rule
}

void PortForwarder::touch(int index)
{
    m_links[index].lastActive = m_lab->journal()->now();
    if (!m_idleTimer->isActive())
        m_idleTimer->start(m_udpIdleTimeoutMs);
}

void PortForwarder::closeIdleFlows()
{
    if (!m_lab || m_listener < 0 || m_rule.proto != Protocol::Udp)
        return;
    const qint64 now = m_lab->journal()->now();
    const qint64 limit = qint64(m_udpIdleTimeoutMs) * 1'000'000;
    qint64 nextDue = -1;
    for (int i = 0; i < m_links.size(); ++i) {
        Link &link = m_links[i];
        if (!link.open)
            continue;
        const qint64 due = link.lastActive + limit;
        if (due > now) {
            nextDue = nextDue < 0 ? due : qMin(nextDue, due);
            continue;
        }
        // Like a router forgetting a NAT entry: the client's next datagram starts a new flow.
        link.open = false;
        m_linkOf.remove(link.outbound);
        m_linkOfClient.remove(formatEndpoint(link.client, link.clientPort));
        const QString reason = m_udpIdleTimeoutMs % 1000 == 0
            ? tr("no datagram either way for %n second(s), so the port forwarder let this flow go", "",
                m_udpIdleTimeoutMs / 1000)
            : tr("no datagram either way for %1 ms, so the port forwarder let this flow go")
                  .arg(m_udpIdleTimeoutMs);
        m_lab->close(link.outbound, reason);
        emit linkChanged(i);
    }
    if (nextDue >= 0)
        m_idleTimer->start(int(qMax<qint64>(1, (nextDue - now + 999'999) / 1'000'000)));
}

LabError PortForwarder::start(const ForwardRule &rule)
{
    if (!m_lab)
        return {LabError::WrongState, {}};
    stop();
    m_rule = rule;
    const Lab::Opened opened = m_rule.proto == Protocol::Udp
        ? m_lab->bindUdp(rule.listenAddress, rule.listenPort)
        : m_lab->listenTcp(rule.listenAddress, rule.listenPort);
    if (opened.error)
        return opened.error;
    m_listener = opened.id;
    return {};
}

void PortForwarder::stop()
{
    if (m_listener < 0)
        return;
    const qint32 listener = m_listener;
    m_listener = -1;
    if (m_lab) {
        m_lab->close(listener);
        for (int i = 0; i < m_links.size(); ++i) {
            if (!m_links[i].open)
                continue;
            m_links[i].open = false;
            if (m_rule.proto == Protocol::Tcp)
                m_lab->close(m_links[i].inbound);
            m_lab->close(m_links[i].outbound);
            emit linkChanged(i);
        }
    }
    if (m_path) {
        for (const Link &link : std::as_const(m_links))
            m_path->forget(link.inbound);
    }
    m_pending.clear();
    m_closeWhenDrained.clear();
    m_idleTimer->stop();
    emit stopped();
}

quint16 PortForwarder::listenPort() const
{
    const SocketInfo *info = m_lab && m_listener >= 0 ? m_lab->info(m_listener) : nullptr;
    return info ? info->localPort : m_rule.listenPort;
}

qint64 PortForwarder::bytesToTarget() const
{
    qint64 sum = 0;
    for (const Link &link : m_links)
        sum += link.bytesToTarget;
    return sum;
}

qint64 PortForwarder::bytesToClient() const
{
    qint64 sum = 0;
    for (const Link &link : m_links)
        sum += link.bytesToClient;
    return sum;
}

QHostAddress PortForwarder::outboundSource() const
{
    if (!m_rule.source.isNull())
        return m_rule.source;
    // A UDP leg needs an address to bind; towards this machine, stay on loopback.
    if (m_rule.proto == Protocol::Udp)
        return m_rule.targetAddress.isLoopback() ? QHostAddress(QHostAddress::LocalHost)
                                                 : QHostAddress(QHostAddress::AnyIPv4);
    return {};
}

int PortForwarder::addLink(qint32 inbound, qint32 outbound, const QHostAddress &client, quint16 clientPort)
{
    Link link;
    link.inbound = inbound;
    link.outbound = outbound;
    link.client = client;
    link.clientPort = clientPort;
    m_links.append(link);
    const int index = int(m_links.size() - 1);
    if (m_rule.proto == Protocol::Tcp)
        m_linkOf.insert(inbound, index);
    m_linkOf.insert(outbound, index);
    journalLinked(inbound, outbound);
    journalLinked(outbound, inbound);
    emit linkAdded(index);
    return index;
}

void PortForwarder::journalLinked(qint32 socket, qint32 other)
{
    Journal *journal = m_lab->journal();
    const SocketInfo *info = m_lab->info(socket);
    const SocketInfo *otherInfo = m_lab->info(other);
    Event e;
    e.t = journal->now();
    e.kind = EventKind::Linked;
    e.source = EventSource::App;
    e.socket = socket;
    e.proto = m_rule.proto;
    e.value = other;
    if (info)
        e.local = journal->intern(formatEndpoint(info->localAddress, info->localPort));
    // The other leg's own address: where this leg's bytes go on to.
    if (otherInfo && (otherInfo->localPort || otherInfo->remotePort))
        e.remote = journal->intern(otherInfo->remotePort
                ? formatEndpoint(otherInfo->remoteAddress, otherInfo->remotePort)
                : formatEndpoint(otherInfo->localAddress, otherInfo->localPort));
    journal->append(e);
}

void PortForwarder::onSocketOpened(qint32 id)
{
    if (m_listener < 0 || m_rule.proto != Protocol::Tcp)
        return;
    const SocketInfo *info = m_lab->info(id);
    if (!info || info->parent != m_listener || info->role != SocketRole::Accepted)
        return;
    const QHostAddress client = info->remoteAddress;
    const quint16 clientPort = info->remotePort;
    const Lab::Opened out = m_lab->connectTcp(m_rule.targetAddress, m_rule.targetPort, outboundSource());
    const int index = addLink(id, out.id, client, clientPort);
    if (out.error)
        endLink(index);
}

void PortForwarder::onSocketChanged(qint32 id)
{
    const auto it = m_linkOf.constFind(id);
    if (it == m_linkOf.constEnd() || m_rule.proto != Protocol::Tcp)
        return;
    const int index = it.value();
    const SocketInfo *info = m_lab->info(id);
    if (info && info->qtState == QAbstractSocket::ConnectedState) {
        m_seenConnected.insert(id, true);
        if (id == m_links[index].outbound) {
            flushPending(index);
            // The client left while the target was still answering the handshake.
            if (!m_links[index].open && (!m_path || m_path->pendingBytes(m_links[index].inbound) == 0)
                && m_closeWhenDrained.removeOne(index))
                m_lab->close(id);
        }
        return;
    }
    if (!m_links[index].open)
        return;
    if (!info) {
        endLink(index);
        return;
    }
    // A leg that closed, or whose peer closed its side (the lab keeps such a socket open in
    // CLOSE_WAIT, Qt no longer connected), ends the whole link.
    const bool peerDone = m_seenConnected.value(id) && info->qtState == QAbstractSocket::UnconnectedState;
    if (!info->isOpen() || peerDone)
        endLink(index);
}

void PortForwarder::onDataReceived(
    qint32 id, const QByteArray &data, const QHostAddress &peer, quint16 peerPort)
{
    if (m_listener < 0 && !m_linkOf.contains(id))
        return;
    if (m_rule.proto == Protocol::Udp) {
        if (id == m_listener) {
            const QString key = formatEndpoint(peer, peerPort);
            int index = m_linkOfClient.value(key, -1);
            if (index < 0) {
                const Lab::Opened out = m_lab->bindUdp(outboundSource(), 0);
                if (out.error)
                    return;
                index = addLink(m_listener, out.id, peer, peerPort);
                m_linkOfClient.insert(key, index);
            }
            touch(index);
            toTarget(index, data);
            return;
        }
        const auto it = m_linkOf.constFind(id);
        if (it == m_linkOf.constEnd() || m_listener < 0)
            return;
        touch(it.value());
        Link &link = m_links[it.value()];
        if (!m_lab->sendDatagram(m_listener, data, {{link.client, link.clientPort}})) {
            link.bytesToClient += data.size();
            emit linkChanged(it.value());
        }
        return;
    }
    const auto it = m_linkOf.constFind(id);
    if (it == m_linkOf.constEnd())
        return;
    const int index = it.value();
    Link &link = m_links[index];
    if (id == link.inbound) {
        toTarget(index, data);
    } else if (!m_lab->send(link.inbound, data)) {
        link.bytesToClient += data.size();
        emit linkChanged(index);
    }
}

void PortForwarder::toTarget(int index, const QByteArray &data)
{
    if (!m_path) {
        sendToTarget(index, data);
        return;
    }
    const Link &link = m_links[index];
    const qint32 outbound = link.outbound;
    // The deliver step looks the link up again: it may run later, after the link has ended.
    const auto deliver = [this, index, outbound](const QByteArray &bytes) {
        if (index < m_links.size() && m_links[index].outbound == outbound)
            sendToTarget(index, bytes);
    };
    if (m_rule.proto == Protocol::Udp)
        m_path->passDatagram(
            link.inbound, data, formatEndpoint(m_rule.targetAddress, m_rule.targetPort), deliver);
    else
        m_path->passBytes(link.inbound, data, deliver);
}

void PortForwarder::sendToTarget(int index, const QByteArray &data)
{
    Link &link = m_links[index];
    if (m_rule.proto == Protocol::Udp) {
        // A datagram the lossy path held back longer than the flow lived has nowhere to go.
        if (!link.open)
            return;
        if (!m_lab->sendDatagram(link.outbound, data, {{m_rule.targetAddress, m_rule.targetPort}})) {
            link.bytesToTarget += data.size();
            emit linkChanged(index);
        }
        return;
    }
    const SocketInfo *out = m_lab->info(link.outbound);
    if (!out || !out->isOpen())
        return;
    if (out->qtState != QAbstractSocket::ConnectedState || m_pending.contains(index)) {
        // The target has not answered the handshake yet; keep the bytes, in order.
        m_pending[index].append(data);
        return;
    }
    if (!m_lab->send(link.outbound, data)) {
        link.bytesToTarget += data.size();
        emit linkChanged(index);
    }
}

void PortForwarder::flushPending(int index)
{
    const QByteArray pending = m_pending.take(index);
    if (pending.isEmpty())
        return;
    Link &link = m_links[index];
    if (!m_lab->send(link.outbound, pending)) {
        link.bytesToTarget += pending.size();
        emit linkChanged(index);
    }
}

void PortForwarder::endLink(int index)
{
    Link &link = m_links[index];
    if (!link.open)
        return;
    link.open = false;
    const qint32 inbound = link.inbound;
    const qint32 outbound = link.outbound;
    const bool held = (m_path && m_path->pendingBytes(inbound) > 0) || m_pending.contains(index);
    // Bytes the client sent before it closed still go to the target first.
    if (held) {
        m_closeWhenDrained.append(index);
    } else {
        m_lab->close(outbound);
    }
    m_lab->close(inbound);
    emit linkChanged(index);
}

void PortForwarder::onDrained(qint32 socket)
{
    for (int i = 0; i < m_closeWhenDrained.size(); ++i) {
        const int index = m_closeWhenDrained[i];
        if (m_links[index].inbound == socket && !m_pending.contains(index)) {
            m_closeWhenDrained.removeAt(i);
            m_lab->close(m_links[index].outbound);
            return;
        }
    }
}

} // namespace SocketScope
