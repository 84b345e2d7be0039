#pragma once

#include <QtCore/QLatin1StringView>
#include <QtCore/QList>
#include <QtCore/QStringView>

#include <optional>

namespace SocketScope {

// The faults a mystery-fault drill can hide in the lab network, one at a time.
enum class DrillFault : quint8 {
    OneWayBlackHole, // the router drops the server's answers; what goes in still arrives
    PortRejects, // the router answers the server's port with a reset (RST)
    PortDrops, // the router drops everything sent to the server's port, without a word
    FullBacklog, // the server stops accepting and its accept queue is full
    ZeroWindow, // the server accepts but never reads: its receive window closes
    WrongForward, // the router forwards the public port to the wrong port on the server
};

// Every fault, in the order the drill lists them.
const QList<DrillFault> &drillFaults();
// The names --drill and the journal use: "blackhole", "reject", "drop", "backlog",
// "zerowindow", "wrongforward".
QLatin1StringView drillFaultKey(DrillFault fault);
std::optional<DrillFault> drillFaultFromKey(QStringView key);

} // namespace SocketScope
