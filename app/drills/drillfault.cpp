#include "drillfault.h"

#include <array>

namespace SocketScope {

namespace {
struct Named
{
    DrillFault fault;
    QLatin1StringView key;
};
constexpr std::array kNames {
    Named {DrillFault::OneWayBlackHole, QLatin1StringView("blackhole")},
    Named {DrillFault::PortRejects, QLatin1StringView("reject")},
    Named {DrillFault::PortDrops, QLatin1StringView("drop")},
    Named {DrillFault::FullBacklog, QLatin1StringView("backlog")},
    Named {DrillFault::ZeroWindow, QLatin1StringView("zerowindow")},
    Named {DrillFault::WrongForward, QLatin1StringView("wrongforward")},
};
} // namespace

const QList<DrillFault> &drillFaults()
{
    static const QList<DrillFault> all = [] {
        QList<DrillFault> faults;
        for (const Named &n : kNames)
            faults.append(n.fault);
        return faults;
    }();
    return all;
}

QLatin1StringView drillFaultKey(DrillFault fault)
{
    for (const Named &n : kNames) {
        if (n.fault == fault)
            return n.key;
    }
    return {};
}

std::optional<DrillFault> drillFaultFromKey(QStringView key)
{
    for (const Named &n : kNames) {
        if (key.compare(n.key, Qt::CaseInsensitive) == 0)
            return n.fault;
    }
    return std::nullopt;
}

} // namespace SocketScope
