#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

// One of the router's networks: a virtual switch with the router's address on it.
struct LabSegment
{
    QString name; // lan, wan
    QHostAddress routerAddress;
    int prefix = 24;
};

// A virtual computer in the lab: its own network stack, one cable to a segment.
struct LabHost
{
    QString name;
    QString segment;
    QHostAddress address;
    int prefix = 24;
    QHostAddress gateway; // the router's address on its segment
};

// The shape of the virtual lab network: a home network behind a router, and "the internet"
// on the router's other side. Hosts can be added; each has its own loopback.
class LabTopology
{
    Q_DECLARE_TR_FUNCTIONS(LabTopology)

public:
    static inline const QString kRouter = QStringLiteral("router");

    // LAN 192.168.0.0/24 (router .1, pc-a .10, pc-b .11); public side 203.0.113.0/24
    // (router .1, remote .50). 203.0.113.0/24 is set aside for examples (RFC 5737).
    static LabTopology homeNetwork();

    QList<LabSegment> segments;
    QList<LabHost> hosts;
    // Where a socket goes when its address names no host (a wildcard or loopback address).
    QString defaultHost = QStringLiteral("pc-a");

    // The host that owns `address`: a host's own address, the router's addresses, or for a
    // wildcard, loopback or null address the default host. Empty when no lab host has it.
    QString hostOwning(const QHostAddress &address) const;
    const LabSegment *segment(const QString &name) const;
    const LabHost *host(const QString &name) const;
    // Why `host` cannot join the lab (a sentence), or empty when it can.
    QString problemWith(const LabHost &host) const;
    // The public address port-forwarding rules listen on: the router's address on "wan".
    QHostAddress publicAddress() const;
    // The LAN the router masquerades going out.
    const LabSegment *privateSegment() const;
};

} // namespace SocketScope
