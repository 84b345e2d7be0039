#include "labtopology.h"

#include <QtCore/QRegularExpression>

namespace SocketScope {

LabTopology LabTopology::homeNetwork()
{
    LabTopology t;
    t.segments = {
        {QStringLiteral("lan"), QHostAddress(QStringLiteral("192.168.0.1")), 24},
        {QStringLiteral("wan"), QHostAddress(QStringLiteral("203.0.113.1")), 24},
    };
    t.hosts = {
        {QStringLiteral("pc-a"), QStringLiteral("lan"), QHostAddress(QStringLiteral("192.168.0.10")), 24,
            QHostAddress(QStringLiteral("192.168.0.1"))},
        {QStringLiteral("pc-b"), QStringLiteral("lan"), QHostAddress(QStringLiteral("192.168.0.11")), 24,
            QHostAddress(QStringLiteral("192.168.0.1"))},
        {QStringLiteral("remote"), QStringLiteral("wan"), QHostAddress(QStringLiteral("203.0.113.50")), 24,
            QHostAddress(QStringLiteral("203.0.113.1"))},
    };
    return t;
}

QString LabTopology::hostOwning(const QHostAddress &address) const
{
    if (address.isNull() || address.isLoopback() || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6) || address == QHostAddress(QHostAddress::Any))
        return defaultHost;
    for (const LabHost &h : hosts) {
        if (h.address.isEqual(address, QHostAddress::TolerantConversion))
            return h.name;
    }
    for (const LabSegment &s : segments) {
        if (s.routerAddress.isEqual(address, QHostAddress::TolerantConversion))
            return kRouter;
    }
    return {};
}

const LabSegment *LabTopology::segment(const QString &name) const
{
    for (const LabSegment &s : segments) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const LabHost *LabTopology::host(const QString &name) const
{
    for (const LabHost &h : hosts) {
        if (h.name == name)
            return &h;
    }
    return nullptr;
}

QString LabTopology::problemWith(const LabHost &h) const
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9-]{0,11}$"));
    if (!namePattern.match(h.name).hasMatch())
        return tr("A host name is 1 to 12 small letters, digits or '-', starting with a letter.");
    if (h.name == kRouter || host(h.name))
        return tr("There is already a host called %1.").arg(h.name);
    const LabSegment *s = segment(h.segment);
    if (!s)
        return tr("The router has no network called %1.").arg(h.segment);
    if (h.address.protocol() != QAbstractSocket::IPv4Protocol)
        return tr("A lab host needs an IPv4 address.");
    if (!h.address.isInSubnet(s->routerAddress, s->prefix))
        return tr("%1 is not in the %2 network (%3/%4).")
            .arg(h.address.toString(), s->name, s->routerAddress.toString())
            .arg(s->prefix);
    const quint32 hostBits = h.address.toIPv4Address() & ((1u << (32 - s->prefix)) - 1);
    if (hostBits == 0 || hostBits == (1u << (32 - s->prefix)) - 1)
        return tr("%1 is the network's own address or its broadcast address; pick another.")
            .arg(h.address.toString());
    if (!hostOwning(h.address).isEmpty())
        return tr("%1 is already used by %2.").arg(h.address.toString(), hostOwning(h.address));
    return {};
}

QHostAddress LabTopology::publicAddress() const
{
    const LabSegment *wan = segment(QStringLiteral("wan"));
    return wan ? wan->routerAddress : QHostAddress();
}

const LabSegment *LabTopology::privateSegment() const
{
    return segment(QStringLiteral("lan"));
}

} // namespace SocketScope
