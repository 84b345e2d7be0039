#pragma once

#include "decodedpacket.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

class QIODevice;

namespace SocketScope {

class Journal;
class Lab;
class PcapngWriter;
struct SocketInfo;

namespace FrameStream {
class Reader;
}

// Turns a helper's frame stream into journal events: every TCP segment and UDP datagram seen
// becomes a `segment` event (source capture), matched to the lab socket that sent or received
// it, so the timeline draws what really crossed the wire instead of what the protocol implies.
// Every frame also goes to the pcapng writer when there is one.
class CaptureFeed : public QObject
{
    Q_OBJECT

public:
    // What the helper said about itself (the frame stream's Status records).
    enum class Status { Ready, PermissionDenied, BadRequest, InterfaceFailed, Failed, Unknown };
    Q_ENUM(Status)

    struct Counts
    {
        qint64 frames = 0;
        qint64 segments = 0; // TCP segments and UDP datagrams journalled
        qint64 matched = 0; // of those, matched to a lab socket
        qint64 notDecoded = 0; // frames that were not TCP or UDP over IP, or damaged
        qint64 kernelDrops = 0; // frames the kernel dropped before the helper read them
    };

    // `lab` may be null (nothing to match: every segment gets socket -1).
    explicit CaptureFeed(Journal *journal, const Lab *lab = nullptr, QObject *parent = nullptr);
    ~CaptureFeed() override;

    // Not owned; every frame is written to it while it is open. Null to stop.
    void setPcapWriter(PcapngWriter *writer);

    // Bytes of the stream, as they arrive (any split).
    void feed(QByteArrayView bytes);
    // Reads the stream from `device` whenever it has bytes; null detaches.
    void attach(QIODevice *device);

    Counts counts() const { return m_counts; }
    // Set when the stream was damaged; nothing after the damage is read.
    QString streamError() const { return m_streamError; }

    // The lab socket a decoded packet belongs to, or -1 (the matching rules, for tests).
    qint32 match(const DecodedPacket &packet, const QString &host);

signals:
    void statusReceived(SocketScope::CaptureFeed::Status status, const QString &message);
    void interfaceAnnounced(const QString &name, const QString &host);
    // After each batch of bytes that changed the counts.
    void countsChanged();
    void streamBroken(const QString &why);

private:
    struct Interface
    {
        quint32 linkType = 0;
        quint32 hostId = 0; // journal string ids
        quint32 nameId = 0;
        quint32 matchHost = 0; // id in m_hostIds
        qint32 pcapId = -1;
        QString name;
        QString host;
    };
    // host id, proto, from address and port, to address and port.
    using FlowKey = std::array<quint8, 4 + 1 + 18 + 18>;
    struct KeyHash
    {
        std::size_t operator()(const FlowKey &key) const noexcept;
    };
    using EndpointKey = std::array<quint8, 18>;
    struct EndpointHash
    {
        std::size_t operator()(const EndpointKey &key) const noexcept;
    };

    void readRecords();
    void onFrame();
    void onInterface();
    quint32 endpointId(const DecodedPacket::Address &address, quint16 port);
    qint64 journalTime(quint64 monotonicNs) const;

    quint32 hostKey(const QString &host);
    static FlowKey flowKey(quint32 host, Protocol proto, const DecodedPacket::Address &from, quint16 fromPort,
        const DecodedPacket::Address &to, quint16 toPort);
    void indexSocket(qint32 id);
    void unindexSocket(qint32 id);
    void rebuildIndex();
    void refreshIndex();
    qint32 findFlow(quint32 host, Protocol proto, const DecodedPacket::Address &from, quint16 fromPort,
        const DecodedPacket::Address &to, quint16 toPort) const;
    qint32 findBound(quint32 host, Protocol proto, const DecodedPacket::Address &address, quint16 port) const;

    Journal *m_journal;
    QPointer<const Lab> m_lab;
    PcapngWriter *m_pcap = nullptr;
    QPointer<QIODevice> m_device;
    std::unique_ptr<FrameStream::Reader> m_reader;
    QHash<quint32, Interface> m_interfaces;
    QHash<quint32, quint64> m_drops;
    Counts m_counts;
    QString m_streamError;

    // The matching index: which lab socket owns a (host, proto, from, to), and which sockets
    // are bound with no peer (listeners, UDP). Kept up to date one socket at a time as the
    // lab reports changes, so a packet costs a few hash lookups.
    QHash<QString, quint32> m_hostIds;
    std::unordered_map<FlowKey, qint32, KeyHash> m_flows;
    std::unordered_map<FlowKey, qint32, KeyHash> m_bound;
    std::unordered_map<qint32, std::vector<FlowKey>> m_keysOfSocket;
    QSet<qint32> m_changed;
    bool m_indexDirty = true;

    std::unordered_map<EndpointKey, quint32, EndpointHash> m_endpointIds;
};

} // namespace SocketScope
