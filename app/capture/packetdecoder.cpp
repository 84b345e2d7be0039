#include "packetdecoder.h"

#include <cstring>

namespace SocketScope {

namespace {

constexpr quint16 kEtherIPv4 = 0x0800;
constexpr quint16 kEtherIPv6 = 0x86dd;
constexpr quint16 kEtherVlan = 0x8100;
constexpr quint16 kEtherQinQ = 0x88a8;
constexpr quint8 kIpTcp = 6;
constexpr quint8 kIpUdp = 17;

// Every read goes through this view, which knows how many bytes there are: no pointer
// arithmetic past the end is ever formed.
class Bytes
{
public:
    Bytes(const quint8 *data, std::size_t size)
        : m_data(data)
        , m_size(data ? size : 0)
    { }
    std::size_t size() const { return m_size; }
    bool has(std::size_t offset, std::size_t count) const
    {
        return offset <= m_size && count <= m_size - offset;
    }
    quint8 u8(std::size_t offset) const { return m_data[offset]; }
    quint16 be16(std::size_t offset) const { return quint16((m_data[offset] << 8) | m_data[offset + 1]); }
    quint32 be32(std::size_t offset) const
    {
        return (quint32(m_data[offset]) << 24) | (quint32(m_data[offset + 1]) << 16)
            | (quint32(m_data[offset + 2]) << 8) | quint32(m_data[offset + 3]);
    }
    quint32 le32(std::size_t offset) const
    {
        return (quint32(m_data[offset + 3]) << 24) | (quint32(m_data[offset + 2]) << 16)
            | (quint32(m_data[offset + 1]) << 8) | quint32(m_data[offset]);
    }
    void copy(std::size_t offset, quint8 *out, std::size_t count) const
    {
        std::memcpy(out, m_data + offset, count);
    }

private:
    const quint8 *m_data;
    std::size_t m_size;
};

using Failure = PacketDecoder::Failure;

struct Network
{
    std::size_t offset = 0; // where the IP header starts
    quint16 etherType = 0; // 0: look at the IP version nibble
};

// Finds the IP header behind the link-layer header. Returns a failure or None.
Failure skipLink(quint32 linkType, const Bytes &b, Network *net)
{
    switch (linkType) {
    case PacketDecoder::kEthernet: {
        if (!b.has(0, 14))
            return Failure::TruncatedLink;
        std::size_t at = 12;
        quint16 type = b.be16(at);
        // At most two tags (802.1ad outer, 802.1Q inner); more is not a frame we expect.
        for (int tags = 0; (type == kEtherVlan || type == kEtherQinQ) && tags < 2; ++tags) {
            at += 4;
            if (!b.has(at, 2))
                return Failure::TruncatedLink;
            type = b.be16(at);
        }
        net->offset = at + 2;
        net->etherType = type;
        return Failure::None;
    }
    case PacketDecoder::kLinuxSll:
        if (!b.has(0, 16))
            return Failure::TruncatedLink;
        net->offset = 16;
        net->etherType = b.be16(14);
        return Failure::None;
    case PacketDecoder::kLinuxSll2:
        if (!b.has(0, 20))
            return Failure::TruncatedLink;
        net->offset = 20;
        net->etherType = b.be16(0);
        return Failure::None;
    case PacketDecoder::kRaw:
    case PacketDecoder::kRawDlt:
        net->offset = 0;
        net->etherType = 0;
        return Failure::None;
    case PacketDecoder::kIPv4:
        net->offset = 0;
        net->etherType = kEtherIPv4;
        return Failure::None;
    case PacketDecoder::kIPv6:
        net->offset = 0;
        net->etherType = kEtherIPv6;
        return Failure::None;
    case PacketDecoder::kNull:
    case PacketDecoder::kLoop: {
        if (!b.has(0, 4))
            return Failure::TruncatedLink;
        // The family is in the writer's byte order for NULL; read it both ways, as the values
        // are small and cannot be confused.
        const quint32 family
            = linkType == PacketDecoder::kLoop ? b.be32(0) : (b.le32(0) < 0x10000 ? b.le32(0) : b.be32(0));
        net->offset = 4;
        if (family == 2)
            net->etherType = kEtherIPv4;
        else if (family == 10 || family == 24 || family == 28 || family == 30)
            net->etherType = kEtherIPv6;
        else
            return Failure::NotIp;
        return Failure::None;
    }
    default:
        return Failure::UnknownLinkType;
    }
}

struct Transport
{
    std::size_t offset = 0; // where the TCP/UDP header starts
    std::size_t ipEnd = 0; // where the IP packet ends according to its header
    quint8 protocol = 0;
};

Failure readIPv4(const Bytes &b, std::size_t at, DecodedPacket *p, Transport *t)
{
    if (!b.has(at, 20))
        return Failure::TruncatedIp;
    const quint8 versionIhl = b.u8(at);
    const std::size_t headerLength = std::size_t(versionIhl & 0x0f) * 4;
    if ((versionIhl >> 4) != 4 || headerLength < 20)
        return Failure::BadIpHeader;
    if (!b.has(at, headerLength))
        return Failure::TruncatedIp;
    const std::size_t totalLength = b.be16(at + 2);
    if (totalLength < headerLength)
        return Failure::BadIpHeader;
    if ((b.be16(at + 6) & 0x1fff) != 0)
        return Failure::Fragment;
    p->ipv6 = false;
    p->source = DecodedPacket::mappedIPv4(b.be32(at + 12));
    p->destination = DecodedPacket::mappedIPv4(b.be32(at + 16));
    p->networkHeaderLength = quint16(headerLength);
    t->protocol = b.u8(at + 9);
    t->offset = at + headerLength;
    t->ipEnd = at + totalLength;
    return Failure::None;
}

Failure readIPv6(const Bytes &b, std::size_t at, DecodedPacket *p, Transport *t)
{
    if (!b.has(at, 40))
        return Failure::TruncatedIp;
    if ((b.u8(at) >> 4) != 6)
        return Failure::BadIpHeader;
    const std::size_t payloadLength = b.be16(at + 4);
    if (payloadLength == 0) // a jumbogram or nothing at all: no length we can trust
        return Failure::BadIpHeader;
    p->ipv6 = true;
    b.copy(at + 8, p->source.data(), 16);
    b.copy(at + 24, p->destination.data(), 16);
    quint8 next = b.u8(at + 6);
    std::size_t pos = at + 40;
    const std::size_t end = at + 40 + payloadLength;
    // Extension headers, a bounded number of them so a crafted chain cannot loop for long.
    for (int hops = 0; hops < 8; ++hops) {
        if (next == 0 || next == 43 || next == 60) { // hop-by-hop, routing, destination options
            if (!b.has(pos, 2))
                return Failure::TruncatedIp;
            const std::size_t length = (std::size_t(b.u8(pos + 1)) + 1) * 8;
            next = b.u8(pos);
            pos += length;
        } else if (next == 44) { // fragment
            if (!b.has(pos, 8))
                return Failure::TruncatedIp;
            if ((b.be16(pos + 2) & 0xfff8) != 0)
                return Failure::Fragment;
            next = b.u8(pos);
            pos += 8;
        } else {
            break;
        }
        if (pos > end)
            return Failure::BadIpHeader;
    }
    if (pos - at > 0xffff)
        return Failure::BadIpHeader;
    p->networkHeaderLength = quint16(pos - at);
    t->protocol = next;
    t->offset = pos;
    t->ipEnd = end;
    return Failure::None;
}

// The options of a SYN, between the fixed 20 bytes of the TCP header and the end its data offset
// gives (already known to lie inside the bytes). An option whose length is wrong ends the reading
// quietly: what was read before it stays, and the segment itself is still decoded.
void readSynOptions(const Bytes &b, std::size_t pos, std::size_t end, DecodedPacket *p)
{
    constexpr quint8 kEnd = 0;
    constexpr quint8 kNoOperation = 1;
    constexpr quint8 kMaximumSegmentSize = 2;
    constexpr quint8 kWindowScale = 3;
    constexpr quint8 kSackPermitted = 4;
    while (pos < end) {
        const quint8 kind = b.u8(pos);
        if (kind == kEnd)
            return;
        if (kind == kNoOperation) {
            ++pos;
            continue;
        }
        if (end - pos < 2)
            return;
        const std::size_t length = b.u8(pos + 1);
        if (length < 2 || length > end - pos)
            return;
        if (kind == kMaximumSegmentSize && length == 4)
            p->maximumSegmentSize = b.be16(pos + 2);
        else if (kind == kWindowScale && length == 3)
            p->windowScale = b.u8(pos + 2);
        else if (kind == kSackPermitted && length == 2)
            p->sackPermitted = true;
        pos += length;
    }
}

} // namespace

PacketDecoder::Result PacketDecoder::decode(quint32 linkType, const quint8 *data, std::size_t length)
{
    Result result;
    const Bytes b(data, length);
    DecodedPacket &p = result.packet;

    Network net;
    result.failure = skipLink(linkType, b, &net);
    if (!result.ok())
        return result;
    p.linkHeaderLength = quint16(net.offset);

    quint16 type = net.etherType;
    if (type == 0) {
        if (!b.has(net.offset, 1))
            return {Failure::TruncatedIp, {}};
        const int version = b.u8(net.offset) >> 4;
        type = version == 4 ? kEtherIPv4 : version == 6 ? kEtherIPv6 : 0;
        if (type == 0)
            return {Failure::BadIpHeader, {}};
    }
    Transport t;
    if (type == kEtherIPv4)
        result.failure = readIPv4(b, net.offset, &p, &t);
    else if (type == kEtherIPv6)
        result.failure = readIPv6(b, net.offset, &p, &t);
    else
        result.failure = Failure::NotIp;
    if (!result.ok())
        return result;

    if (t.protocol == kIpTcp) {
        if (!b.has(t.offset, 20))
            return {Failure::TruncatedTransport, {}};
        const std::size_t headerLength = std::size_t(b.u8(t.offset + 12) >> 4) * 4;
        if (headerLength < 20 || t.offset + headerLength > t.ipEnd)
            return {Failure::BadTransportHeader, {}};
        if (!b.has(t.offset, headerLength))
            return {Failure::TruncatedTransport, {}};
        p.proto = Protocol::Tcp;
        p.sourcePort = b.be16(t.offset);
        p.destinationPort = b.be16(t.offset + 2);
        p.seq = b.be32(t.offset + 4);
        p.ack = b.be32(t.offset + 8);
        p.flags = quint8(b.u8(t.offset + 13) & 0x3f);
        p.window = b.be16(t.offset + 14);
        p.transportHeaderLength = quint16(headerLength);
        p.payloadLength = quint32(t.ipEnd - t.offset - headerLength);
        if (p.flags & FlagSyn)
            readSynOptions(b, t.offset + 20, t.offset + headerLength, &p);
    } else if (t.protocol == kIpUdp) {
        if (!b.has(t.offset, 8))
            return {Failure::TruncatedTransport, {}};
        const std::size_t udpLength = b.be16(t.offset + 4);
        if (udpLength < 8 || t.offset + udpLength > t.ipEnd)
            return {Failure::BadTransportHeader, {}};
        p.proto = Protocol::Udp;
        p.sourcePort = b.be16(t.offset);
        p.destinationPort = b.be16(t.offset + 2);
        p.transportHeaderLength = 8;
        p.payloadLength = quint32(udpLength - 8);
    } else {
        return {Failure::NotTcpOrUdp, {}};
    }
    const std::size_t payloadStart = t.offset + p.transportHeaderLength;
    p.payloadCut = b.size() < payloadStart + p.payloadLength;
    return result;
}

QLatin1StringView PacketDecoder::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QLatin1StringView("decoded");
    case Failure::UnknownLinkType:
        return QLatin1StringView("unknown link type");
    case Failure::TruncatedLink:
        return QLatin1StringView("truncated link-layer header");
    case Failure::NotIp:
        return QLatin1StringView("not IPv4 or IPv6");
    case Failure::TruncatedIp:
        return QLatin1StringView("truncated IP header");
    case Failure::BadIpHeader:
        return QLatin1StringView("bad IP header");
    case Failure::Fragment:
        return QLatin1StringView("IP fragment");
    case Failure::NotTcpOrUdp:
        return QLatin1StringView("not TCP or UDP");
    case Failure::TruncatedTransport:
        return QLatin1StringView("truncated TCP or UDP header");
    case Failure::BadTransportHeader:
        return QLatin1StringView("bad TCP or UDP header");
    case Failure::Count:
        break;
    }
    return QLatin1StringView("unknown");
}

} // namespace SocketScope
