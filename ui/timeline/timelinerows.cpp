#include "timelinerows.h"

#include "network/labtopology.h"
#include "timeline/timelinelayout.h"

#include <limits>

namespace SocketScope {

TimelineRows::TimelineRows(const TimelineLayout &layout, qsizetype limit)
    : m_layout(layout)
    , m_limit(qMax<qsizetype>(1, limit))
{ }

void TimelineRows::setLimit(qsizetype limit)
{
    limit = qMax<qsizetype>(1, limit);
    if (limit != m_limit) {
        m_limit = limit;
        m_fresh = false;
        m_groupsFresh = false;
    }
}

bool TimelineRows::folding() const
{
    return qsizetype(m_layout.rows().size()) > m_limit;
}

void TimelineRows::refresh() const
{
    if (m_fresh && m_revision == m_layout.revision())
        return;
    m_fresh = true;
    m_revision = m_layout.revision();
    m_lanes.clear();
    m_rowOf.assign(m_layout.lanes().size(), -1);
    // Lanes are numbered in the order they appeared: the first `limit` of them are drawn.
    for (const LaneId lane : m_layout.rows()) {
        if (lane < m_limit) {
            m_rowOf[size_t(lane)] = int(m_lanes.size());
            m_lanes.push_back(lane);
        }
    }
}

const std::vector<LaneId> &TimelineRows::lanes() const
{
    if (!folding())
        return m_layout.rows();
    refresh();
    return m_lanes;
}

int TimelineRows::rowOf(LaneId lane) const
{
    if (!folding())
        return m_layout.rowOf(lane);
    refresh();
    return lane >= 0 && size_t(lane) < m_rowOf.size() ? m_rowOf[size_t(lane)] : -1;
}

const std::vector<TimelineRows::Group> &TimelineRows::groups() const
{
    if (m_groupsFresh && m_groupsRevision == m_layout.revision())
        return m_groups;
    m_groupsFresh = true;
    m_groupsRevision = m_layout.revision();
    m_groups.clear();
    bool lab = false;
    const std::vector<LaneId> &drawn = lanes();
    // Whether each group's sockets share one address so far (an empty address: none seen yet).
    std::vector<bool> shared;
    for (size_t row = 0; row < drawn.size(); ++row) {
        const QString computer = m_layout.computerOf(drawn[row]);
        lab = lab || !computer.isEmpty();
        if (m_groups.empty() || m_groups.back().computer != computer) {
            m_groups.push_back({computer, int(row), 0, {}});
            shared.push_back(true);
        }
        Group &group = m_groups.back();
        ++group.rowCount;
        const TimelineLane &lane = m_layout.lane(drawn[row]);
        if (lane.isOutside() || lane.localEnd.isAnyAddress() || lane.localEnd.address.isLoopback())
            continue;
        const QString address = lane.localEnd.address.toString();
        if (group.address.isEmpty() && shared.back())
            group.address = address;
        else if (group.address != address) {
            group.address.clear();
            shared.back() = false;
        }
    }
    if (!lab)
        m_groups.clear();
    return m_groups;
}

QString TimelineRows::groupTitle(const Group &group)
{
    if (group.computer.isEmpty())
        return tr("elsewhere", "timeline: the band of programs on no lab computer");
    if (group.computer == LabTopology::kRouter)
        return tr("router", "timeline: the band of the lab router's addresses");
    if (group.address.isEmpty())
        return group.computer;
    return tr("%1  %2", "timeline band title: a lab computer's name, then its address")
        .arg(group.computer, group.address);
}

qsizetype TimelineRows::folded() const
{
    return qMax<qsizetype>(0, qsizetype(m_layout.rows().size()) - m_limit);
}

qsizetype TimelineRows::lineCount() const
{
    const qsizetype rows = qsizetype(m_layout.rows().size());
    return rows > m_limit ? m_limit + 1 : rows;
}

QString TimelineRows::foldedText(qsizetype count)
{
    // %n is an int; a count past that would not fit in memory anyway.
    const int n = int(qMin<qsizetype>(count, std::numeric_limits<int>::max()));
    return tr("+%n more socket(s) not drawn", "the timeline's last line when it has more lanes than room", n);
}

} // namespace SocketScope
