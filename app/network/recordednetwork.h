#pragma once

#include "experiments/forwardrule.h"
#include "labtopology.h"
#include "linkfault.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QMap>

namespace SocketScope {

class LabNetwork;

// The lab network as a recording keeps it (a network event): its computers and their addresses,
// the router's networks, whether the router translates addresses, its port-forwarding rules,
// and, folded from the link_fault events after it, the faults each link has. Enough to draw
// the Network tab's picture of any instant of a replay.
struct RecordedNetwork
{
    // False: no lab network at this instant (not built yet, or taken down).
    bool running = false;
    LabTopology topology;
    bool translates = false; // the router's NAT works (nft was there)
    QList<ForwardRule> forwards;
    QMap<QString, LinkFault> faults;

    // The network `lab` is now (its faults too); not running when the lab is down.
    static RecordedNetwork of(const LabNetwork &lab);

    // Compact JSON for a network event's topology: {"hosts":[...],"segments":[...],"nat":true,
    // "forwards":[...],"default_host":"pc-a"}; "{}" when not running. Faults are left out: each
    // change of them is its own link_fault event.
    QByteArray toJson() const;
    // Reads what toJson() wrote. A part that cannot be read (a damaged or hand-made file) is
    // left out rather than drawn wrong; an object with no hosts is a network taken down.
    static RecordedNetwork fromJson(QByteArrayView json);
};

} // namespace SocketScope
