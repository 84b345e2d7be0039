#include "capturefeed.h"

#include "packetdecoder.h"
#include "pcapngwriter.h"

#include "journal/journal.h"
#include "lab/lab.h"

#include "framestream.h"

#include <QtCore/QHashFunctions>
#include <QtCore/QIODevice>
#include <QtNetwork/QHostAddress>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace SocketScope {

namespace {

constexpr DecodedPacket::Address kNoAddress {};
// Forget formatted endpoints past this many, so a port scan cannot grow the cache forever.
constexpr std::size_t kMaxCachedEndpoints = 100000;

std::optional<DecodedPacket::Address> addressOf(const QHostAddress &address)
{
    if (address.isNull())
        return std::nullopt;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return DecodedPacket::mappedIPv4(address.toIPv4Address());
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR raw = address.toIPv6Address();
        DecodedPacket::Address a;
        std::memcpy(a.data(), raw.c, 16);
        return a;
    }
    // QHostAddress::Any: both families' wildcard.
    return kNoAddress;
}

// The wildcard address a socket bound to "any" shows: 0.0.0.0 (as mapped) and ::.
const DecodedPacket::Address &anyIPv4()
{
    static const DecodedPacket::Address any = DecodedPacket::mappedIPv4(0);
    return any;
}

CaptureFeed::Status statusOf(FrameStream::StatusCode code)
{
    switch (code) {
    case FrameStream::StatusCode::Ready:
        return CaptureFeed::Status::Ready;
    case FrameStream::StatusCode::PermissionDenied:
        return CaptureFeed::Status::PermissionDenied;
    case FrameStream::StatusCode::BadRequest:
        return CaptureFeed::Status::BadRequest;
    case FrameStream::StatusCode::InterfaceFailed:
        return CaptureFeed::Status::InterfaceFailed;
    case FrameStream::StatusCode::Failed:
        return CaptureFeed::Status::Failed;
    }
    return CaptureFeed::Status::Unknown;
}

} // namespace

std::size_t CaptureFeed::KeyHash::operator()(const FlowKey &key) const noexcept
{
    return qHashBits(key.data(), key.size());
}

std::size_t CaptureFeed::EndpointHash::operator()(const EndpointKey &key) const noexcept
{
    return qHashBits(key.data(), key.size());
}

CaptureFeed::CaptureFeed(Journal *journal, const Lab *lab, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_lab(lab)
    , m_reader(std::make_unique<FrameStream::Reader>())
{
    m_hostIds.insert(QString(), 0);
    if (lab) {
        // Changes are only noted here; the index catches up when the next packet needs it.
        connect(lab, &Lab::socketOpened, this, [this](qint32 id) { m_changed.insert(id); });
        connect(lab, &Lab::socketChanged, this, [this](qint32 id) { m_changed.insert(id); });
        connect(lab, &Lab::socketRemoved, this, [this](qint32) { m_indexDirty = true; });
    }
}

CaptureFeed::~CaptureFeed() = default;

void CaptureFeed::setPcapWriter(PcapngWriter *writer)
{
    m_pcap = writer;
    if (!m_pcap)
        return;
    // Interfaces announced before the writer came still need their descriptions.
    for (auto it = m_interfaces.begin(); it != m_interfaces.end(); ++it)
        it->pcapId
            = m_pcap->isOpen() ? qint32(m_pcap->addInterface(it->linkType, 65535, it->name, it->host)) : -1;
}

void CaptureFeed::attach(QIODevice *device)
{
    if (m_device)
        m_device->disconnect(this);
    m_device = device;
    if (!device)
        return;
    connect(device, &QIODevice::readyRead, this, [this] {
        if (m_device)
            feed(m_device->readAll());
    });
    if (device->bytesAvailable() > 0)
        feed(device->readAll());
}

void CaptureFeed::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty() || !m_streamError.isEmpty())
        return;
    m_reader->feed(bytes.data(), std::size_t(bytes.size()));
    readRecords();
}

void CaptureFeed::readRecords()
{
    const Counts before = m_counts;
    bool more = true;
    while (more) {
        switch (m_reader->next()) {
        case FrameStream::Reader::Result::Interface:
            onInterface();
            break;
        case FrameStream::Reader::Result::Frame:
            onFrame();
            break;
        case FrameStream::Reader::Result::Status: {
            const FrameStream::Status &s = m_reader->status();
            emit statusReceived(
                statusOf(s.code), QString::fromUtf8(s.message.data(), qsizetype(s.message.size())));
            break;
        }
        case FrameStream::Reader::Result::Drops: {
            const FrameStream::Drops &d = m_reader->drops();
            m_drops.insert(d.iface, d.dropped);
            qint64 total = 0;
            for (const quint64 dropped : std::as_const(m_drops))
                total += qint64(dropped);
            m_counts.kernelDrops = total;
            break;
        }
        case FrameStream::Reader::Result::NeedMore:
            more = false;
            break;
        case FrameStream::Reader::Result::Broken:
            m_streamError = QString::fromStdString(m_reader->error());
            more = false;
            emit streamBroken(m_streamError);
            break;
        }
    }
    if (m_pcap)
        m_pcap->flush();
    if (std::memcmp(&before, &m_counts, sizeof(Counts)) != 0)
        emit countsChanged();
}

void CaptureFeed::onInterface()
{
    const FrameStream::Interface &i = m_reader->interface();
    Interface entry;
    entry.linkType = i.linkType;
    entry.name = QString::fromUtf8(i.name.data(), qsizetype(i.name.size()));
    entry.host = QString::fromUtf8(i.host.data(), qsizetype(i.host.size()));
    entry.nameId = m_journal->intern(entry.name);
    entry.hostId = m_journal->intern(entry.host);
    entry.matchHost = hostKey(entry.host);
    const auto old = m_interfaces.constFind(i.iface);
    // The same interface announced again (a restarted helper) keeps its pcapng description.
    if (old != m_interfaces.cend() && old->linkType == entry.linkType && old->name == entry.name
        && old->host == entry.host) {
        entry.pcapId = old->pcapId;
    } else if (m_pcap && m_pcap->isOpen()) {
        entry.pcapId = qint32(m_pcap->addInterface(i.linkType, i.snapLength, entry.name, entry.host));
    }
    m_interfaces.insert(i.iface, entry);
    emit interfaceAnnounced(entry.name, entry.host);
}

void CaptureFeed::onFrame()
{
    const FrameStream::Frame &f = m_reader->frame();
    ++m_counts.frames;
    const auto it = m_interfaces.constFind(f.iface);
    if (it == m_interfaces.cend()) {
        // A frame for an interface never announced: the link type is unknown, so it cannot be read.
        ++m_counts.notDecoded;
        return;
    }
    if (m_pcap && it->pcapId >= 0)
        m_pcap->writePacket(quint32(it->pcapId), f.realtimeNs,
            QByteArrayView(f.bytes.data(), qsizetype(f.bytes.size())), f.originalLength);

    const PacketDecoder::Result decoded = PacketDecoder::decode(
        it->linkType, reinterpret_cast<const quint8 *>(f.bytes.data()), f.bytes.size());
    if (!decoded.ok()) {
        ++m_counts.notDecoded;
        return;
    }
    const DecodedPacket &p = decoded.packet;
    Event e;
    e.t = journalTime(f.monotonicNs);
    e.kind = EventKind::Segment;
    e.source = EventSource::Capture;
    e.proto = p.proto;
    e.socket = match(p, it->host);
    e.local = endpointId(p.source, p.sourcePort);
    e.remote = endpointId(p.destination, p.destinationPort);
    e.host = it->hostId;
    e.text = it->nameId;
    e.value = p.seq;
    e.value2 = p.ack;
    e.length = p.payloadLength;
    e.window = p.window;
    if (p.windowScale)
        e.windowScale = qMin(*p.windowScale, quint8(14)); // RFC 7323: a larger shift counts as 14
    e.flags = p.flags;
    ++m_counts.segments;
    if (e.socket >= 0)
        ++m_counts.matched;
    m_journal->append(e);
}

qint64 CaptureFeed::journalTime(quint64 monotonicNs) const
{
    const qint64 now = m_journal->now();
    if (monotonicNs == 0)
        return now; // no stamp: when it was read is all we know
    // The kernel's own stamp, however late the packet was read: the journal may then hold
    // events out of time order, and every reader orders by `t` (TimeOrder). Only a stamp from
    // before the session or from the future, which no packet of this session can carry, is
    // held inside the session.
    const qint64 stamp = qint64(monotonicNs) - m_journal->monotonicStartNs();
    return qBound(qint64(0), stamp, now);
}

quint32 CaptureFeed::endpointId(const DecodedPacket::Address &address, quint16 port)
{
    EndpointKey key;
    std::memcpy(key.data(), address.data(), 16);
    key[16] = quint8(port >> 8);
    key[17] = quint8(port);
    const auto found = m_endpointIds.find(key);
    if (found != m_endpointIds.end())
        return found->second;
    QString text;
    if (DecodedPacket::isIPv4Mapped(address)) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u:%u", address[12], address[13], address[14],
            address[15], unsigned(port));
        text = QString::fromLatin1(buffer);
    } else {
        Q_IPV6ADDR raw;
        std::memcpy(raw.c, address.data(), 16);
        text = QStringLiteral("[%1]:%2").arg(QHostAddress(raw).toString()).arg(port);
    }
    if (m_endpointIds.size() >= kMaxCachedEndpoints)
        m_endpointIds.clear();
    const quint32 id = m_journal->intern(text);
    m_endpointIds.emplace(key, id);
    return id;
}

quint32 CaptureFeed::hostKey(const QString &host)
{
    const auto it = m_hostIds.constFind(host);
    if (it != m_hostIds.cend())
        return *it;
    const auto id = quint32(m_hostIds.size());
    m_hostIds.insert(host, id);
    return id;
}

CaptureFeed::FlowKey CaptureFeed::flowKey(quint32 host, Protocol proto, const DecodedPacket::Address &from,
    quint16 fromPort, const DecodedPacket::Address &to, quint16 toPort)
{
    FlowKey key;
    std::memcpy(key.data(), &host, 4);
    key[4] = quint8(proto);
    std::memcpy(key.data() + 5, from.data(), 16);
    key[21] = quint8(fromPort >> 8);
    key[22] = quint8(fromPort);
    std::memcpy(key.data() + 23, to.data(), 16);
    key[39] = quint8(toPort >> 8);
    key[40] = quint8(toPort);
    return key;
}

void CaptureFeed::indexSocket(qint32 id)
{
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (!info || info->localPort == 0)
        return;
    const auto local = addressOf(info->localAddress);
    if (!local)
        return;
    const quint32 host = hostKey(info->host);
    const auto remote = addressOf(info->remoteAddress);
    const auto keep = [&](std::unordered_map<FlowKey, qint32, KeyHash> &map, const FlowKey &key) {
        // Two sockets with one key (a closed one in TIME_WAIT and its successor): the newer wins.
        auto [it, inserted] = map.try_emplace(key, id);
        if (!inserted && it->second < id)
            it->second = id;
        m_keysOfSocket[id].push_back(key);
    };
    if (remote && info->remotePort != 0) {
        keep(m_flows, flowKey(host, info->proto, *local, info->localPort, *remote, info->remotePort));
    } else if (info->proto == Protocol::Udp || info->role == SocketRole::Listener) {
        keep(m_bound, flowKey(host, info->proto, *local, info->localPort, kNoAddress, 0));
    }
}

void CaptureFeed::unindexSocket(qint32 id)
{
    const auto it = m_keysOfSocket.find(id);
    if (it == m_keysOfSocket.end())
        return;
    for (const FlowKey &key : it->second) {
        for (auto *map : {&m_flows, &m_bound}) {
            const auto found = map->find(key);
            if (found != map->end() && found->second == id)
                map->erase(found);
        }
    }
    m_keysOfSocket.erase(it);
}

void CaptureFeed::rebuildIndex()
{
    m_flows.clear();
    m_bound.clear();
    m_keysOfSocket.clear();
    m_changed.clear();
    m_indexDirty = false;
    if (!m_lab)
        return;
    for (const qint32 id : m_lab->socketIds())
        indexSocket(id);
}

void CaptureFeed::refreshIndex()
{
    if (m_indexDirty) {
        rebuildIndex();
        return;
    }
    if (m_changed.isEmpty())
        return;
    for (const qint32 id : std::as_const(m_changed)) {
        unindexSocket(id);
        indexSocket(id);
    }
    m_changed.clear();
}

qint32 CaptureFeed::findFlow(quint32 host, Protocol proto, const DecodedPacket::Address &from,
    quint16 fromPort, const DecodedPacket::Address &to, quint16 toPort) const
{
    // A socket bound to "any" before it connected still shows the wildcard as its address.
    for (const DecodedPacket::Address *address : {&from, &anyIPv4(), &kNoAddress}) {
        const auto it = m_flows.find(flowKey(host, proto, *address, fromPort, to, toPort));
        if (it != m_flows.end())
            return it->second;
    }
    return -1;
}

qint32 CaptureFeed::findBound(
    quint32 host, Protocol proto, const DecodedPacket::Address &address, quint16 port) const
{
    for (const DecodedPacket::Address *a : {&address, &anyIPv4(), &kNoAddress}) {
        const auto it = m_bound.find(flowKey(host, proto, *a, port, kNoAddress, 0));
        if (it != m_bound.end())
            return it->second;
    }
    return -1;
}

qint32 CaptureFeed::match(const DecodedPacket &p, const QString &host)
{
    if (!m_lab)
        return -1;
    refreshIndex();
    const quint32 h = hostKey(host);
    qint32 id = findFlow(h, p.proto, p.source, p.sourcePort, p.destination, p.destinationPort);
    if (id >= 0)
        return id; // it sent it
    id = findFlow(h, p.proto, p.destination, p.destinationPort, p.source, p.sourcePort);
    if (id >= 0)
        return id; // it received it
    if (p.proto == Protocol::Tcp) {
        // A connection request for a listener, before any socket of that connection exists.
        if ((p.flags & FlagSyn) && !(p.flags & FlagAck))
            return findBound(h, Protocol::Tcp, p.destination, p.destinationPort);
        return -1;
    }
    // UDP sockets mostly have no fixed peer: the one bound to the sending port sent it,
    // else the one bound to the receiving port got it.
    id = findBound(h, Protocol::Udp, p.source, p.sourcePort);
    return id >= 0 ? id : findBound(h, Protocol::Udp, p.destination, p.destinationPort);
}

} // namespace SocketScope
