#pragma once

#include <QtCore/QList>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

class LabTopology;

// The addresses a datagram reaches every socket on its port by: 255.255.255.255 and each
// subnet's own broadcast address, which its netmask decides (192.168.0.255 for a /24, but
// 10.0.255.255 for a /16, and 10.0.0.255 is an ordinary host on that /16).
class BroadcastAddresses
{
public:
    // Only 255.255.255.255.
    BroadcastAddresses() = default;
    // This computer's: from each interface's address entries (address and netmask).
    static BroadcastAddresses ofThisComputer();
    // The lab's: the subnet of each of the router's segments and of each lab host.
    static BroadcastAddresses ofLab(const LabTopology &topology);

    // The subnet `address`/`prefix` (IPv4; IPv6 has no broadcast).
    void addSubnet(const QHostAddress &address, int prefix);
    bool isBroadcast(const QHostAddress &address) const;
    // The same addresses, in whatever order they were named.
    friend bool operator==(const BroadcastAddresses &a, const BroadcastAddresses &b);

private:
    QList<quint32> m_addresses; // IPv4, besides 255.255.255.255
};

} // namespace SocketScope
