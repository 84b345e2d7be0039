#include "decodedpacket.h"

namespace SocketScope {

DecodedPacket::Address DecodedPacket::mappedIPv4(quint32 hostOrder)
{
    Address a {};
    a[10] = 0xff;
    a[11] = 0xff;
    a[12] = quint8(hostOrder >> 24);
    a[13] = quint8(hostOrder >> 16);
    a[14] = quint8(hostOrder >> 8);
    a[15] = quint8(hostOrder);
    return a;
}

bool DecodedPacket::isIPv4Mapped(const Address &address)
{
    for (int i = 0; i < 10; ++i) {
        if (address[size_t(i)] != 0)
            return false;
    }
    return address[10] == 0xff && address[11] == 0xff;
}

} // namespace SocketScope
