#pragma once

#include "journal/event.h"

#include <QtCore/QtGlobal>

#include <array>
#include <optional>

namespace SocketScope {

// One TCP segment or UDP datagram taken apart: what the headers say, nothing more. Addresses
// are kept as 16 bytes, IPv4 as an IPv4-mapped IPv6 address (::ffff:a.b.c.d), so one
// comparison works for both families and matches how dual-stack sockets name their peers.
struct DecodedPacket
{
    using Address = std::array<quint8, 16>;

    bool ipv6 = false; // the packet itself was IPv6 (not only mapped)
    Protocol proto = Protocol::None;
    Address source {};
    Address destination {};
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    // TCP only.
    quint8 flags = 0; // SegmentFlag bits
    quint32 seq = 0;
    quint32 ack = 0;
    quint16 window = 0; // as written in the header, not scaled
    // The options a SYN or SYN+ACK offers for the whole connection; read only on SYNs, the one
    // place they are negotiated (RFC 7323 says a window scale option elsewhere is ignored).
    std::optional<quint8> windowScale; // the shift as written; a receiver uses at most 14
    std::optional<quint16> maximumSegmentSize;
    bool sackPermitted = false;
    // What the IP header says the payload is, even where the capture kept fewer bytes.
    quint32 payloadLength = 0;
    quint16 linkHeaderLength = 0;
    quint16 networkHeaderLength = 0; // IPv4 header with options, or IPv6 with extension headers
    quint16 transportHeaderLength = 0;
    // Fewer payload bytes were captured than the packet carried (snap length).
    bool payloadCut = false;

    static Address mappedIPv4(quint32 hostOrder);
    static bool isIPv4Mapped(const Address &address);
};

} // namespace SocketScope
