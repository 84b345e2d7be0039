// Whatever a capture hands over: the decoder reads only inside the frame, for every link type,
// and what it calls decoded is consistent with the bytes it had.

#include "capture/packetdecoder.h"

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace SocketScope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the link type; the rest is the frame, copied to a buffer of exactly
    // its size so any read past the end is caught.
    static const quint32 kTypes[] = {PacketDecoder::kNull, PacketDecoder::kEthernet, PacketDecoder::kRaw,
        PacketDecoder::kRawDlt, PacketDecoder::kLoop, PacketDecoder::kLinuxSll, PacketDecoder::kIPv4,
        PacketDecoder::kIPv6, PacketDecoder::kLinuxSll2};
    const quint32 type = kTypes[data[0] % (sizeof kTypes / sizeof kTypes[0])];
    const std::vector<quint8> frame(data + 1, data + size);
    const PacketDecoder::Result r = PacketDecoder::decode(type, frame.data(), frame.size());
    if (r.ok()) {
        const DecodedPacket &p = r.packet;
        const size_t headers = size_t(p.linkHeaderLength) + p.networkHeaderLength + p.transportHeaderLength;
        if (headers > frame.size() || (p.proto != Protocol::Tcp && p.proto != Protocol::Udp))
            __builtin_trap();
        // Options are read only on a SYN, and only from inside the TCP header.
        const bool options = p.windowScale || p.maximumSegmentSize || p.sackPermitted;
        if (options && (p.proto != Protocol::Tcp || !(p.flags & FlagSyn) || p.transportHeaderLength <= 20))
            __builtin_trap();
    }
    return 0;
}
