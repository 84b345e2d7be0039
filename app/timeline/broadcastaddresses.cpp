#include "broadcastaddresses.h"

#include "network/labtopology.h"

#include <QtNetwork/QNetworkInterface>

#include <algorithm>

namespace SocketScope {

BroadcastAddresses BroadcastAddresses::ofThisComputer()
{
    BroadcastAddresses result;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            result.addSubnet(entry.ip(), entry.prefixLength());
    }
    return result;
}

BroadcastAddresses BroadcastAddresses::ofLab(const LabTopology &topology)
{
    BroadcastAddresses result;
    for (const LabSegment &segment : topology.segments)
        result.addSubnet(segment.routerAddress, segment.prefix);
    for (const LabHost &host : topology.hosts)
        result.addSubnet(host.address, host.prefix);
    return result;
}

void BroadcastAddresses::addSubnet(const QHostAddress &address, int prefix)
{
    bool isV4 = false;
    const quint32 ip = address.toIPv4Address(&isV4);
    // A /31 or /32 has no broadcast address (RFC 3021): both addresses are hosts.
    if (!isV4 || prefix < 0 || prefix > 30)
        return;
    const quint32 hostBits = prefix == 0 ? ~quint32(0) : (quint32(1) << (32 - prefix)) - 1;
    const quint32 broadcast = ip | hostBits;
    if (!m_addresses.contains(broadcast))
        m_addresses.append(broadcast);
}

bool BroadcastAddresses::isBroadcast(const QHostAddress &address) const
{
    bool isV4 = false;
    const quint32 ip = address.toIPv4Address(&isV4);
    return isV4 && (ip == 0xffffffffU || m_addresses.contains(ip));
}

bool operator==(const BroadcastAddresses &a, const BroadcastAddresses &b)
{
    if (a.m_addresses.size() != b.m_addresses.size())
        return false;
    QList<quint32> left = a.m_addresses;
    QList<quint32> right = b.m_addresses;
    std::sort(left.begin(), left.end());
    std::sort(right.begin(), right.end());
    return left == right;
}

} // namespace SocketScope
