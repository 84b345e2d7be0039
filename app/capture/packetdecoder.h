#pragma once

#include "decodedpacket.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QLatin1StringView>

#include <cstddef>

namespace SocketScope {

// Takes one captured frame apart by its pcap link type, down to the TCP or UDP header. It reads
// only inside the bytes it is given, whatever they hold (it is fuzzed), and for anything it does
// not decode it says why instead of guessing.
class PacketDecoder
{
public:
    enum class Failure : quint8 {
        None,
        UnknownLinkType, // a pcap link type this decoder does not know
        TruncatedLink, // the frame ends inside its link-layer header
        NotIp, // ARP, LLDP and anything else that is not IPv4 or IPv6
        TruncatedIp, // the frame ends inside the IP header
        BadIpHeader, // wrong version, header length or total length
        Fragment, // a later IP fragment: it has no TCP or UDP header of its own
        NotTcpOrUdp, // ICMP, IGMP, SCTP ...
        TruncatedTransport, // the frame ends inside the TCP or UDP header
        BadTransportHeader, // a TCP data offset or UDP length that cannot be right
        Count
    };

    // pcap link types understood (LINKTYPE_* numbers from tcpdump.org).
    static constexpr quint32 kNull = 0; // BSD loopback: 4-byte family in host order
    static constexpr quint32 kEthernet = 1; // with 802.1Q / 802.1ad tags
    static constexpr quint32 kRaw = 101; // raw IPv4 or IPv6
    static constexpr quint32 kRawDlt = 12; // DLT_RAW as some systems number it
    static constexpr quint32 kLoop = 108; // OpenBSD loopback: family in network order
    static constexpr quint32 kLinuxSll = 113;
    static constexpr quint32 kIPv4 = 228;
    static constexpr quint32 kIPv6 = 229;
    static constexpr quint32 kLinuxSll2 = 276;

    struct Result
    {
        Failure failure = Failure::None;
        DecodedPacket packet;
        bool ok() const { return failure == Failure::None; }
    };

    static Result decode(quint32 linkType, const quint8 *data, std::size_t length);
    static Result decode(quint32 linkType, QByteArrayView bytes)
    {
        return decode(linkType, reinterpret_cast<const quint8 *>(bytes.data()), std::size_t(bytes.size()));
    }

    // A short English name for a failure, for logs and the status counts ("truncated IP header").
    static QLatin1StringView failureName(Failure failure);
};

} // namespace SocketScope
