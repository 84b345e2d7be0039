#pragma once

#include "timeline/timelineitem.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <vector>

namespace SocketScope {

class TimelineLayout;

// Which lanes the timeline draws, top to bottom. A session can open far more sockets than a
// screen or a picture has room for (every visit to the classroom page adds two lanes), so only
// the first `limit` lanes to appear are drawn, in the layout's order, and the rest fold into one
// last line that says how many were left out. Keeping the earliest ones keeps the drawing still
// while more arrive; an arrow to a folded lane is not drawn.
class TimelineRows
{
    Q_DECLARE_TR_FUNCTIONS(TimelineRows)

public:
    static constexpr qsizetype kDefaultLimit = 2000;

    explicit TimelineRows(const TimelineLayout &layout, qsizetype limit = kDefaultLimit);

    void setLimit(qsizetype limit);
    qsizetype limit() const { return m_limit; }

    // The drawn lanes, top to bottom, and the row of a lane (-1: folded or unknown).
    const std::vector<LaneId> &lanes() const;
    int rowOf(LaneId lane) const;
    // Lanes that are not drawn.
    qsizetype folded() const;
    // Lines to make room for: the drawn lanes, and the fold line when there is one.
    qsizetype lineCount() const;

    // In the lab, the drawn rows of each computer, top to bottom: one band each, under its
    // name. Empty outside the lab.
    struct Group
    {
        QString computer; // empty: this computer, or programs elsewhere
        int firstRow = 0;
        int rowCount = 0;
        QString address; // the one address all its sockets use, if they share one
    };
    const std::vector<Group> &groups() const;
    // The words over a band: "pc-a 192.168.0.10", "router", "elsewhere".
    static QString groupTitle(const Group &group);

    // The words on the fold line.
    static QString foldedText(qsizetype count);

private:
    bool folding() const;
    void refresh() const;

    const TimelineLayout &m_layout;
    qsizetype m_limit;
    // Only while folding; otherwise the layout's own order is the answer.
    mutable std::vector<LaneId> m_lanes;
    mutable std::vector<int> m_rowOf;
    mutable std::vector<Group> m_groups;
    mutable quint64 m_groupsRevision = 0;
    mutable bool m_groupsFresh = false;
    mutable quint64 m_revision = 0;
    mutable bool m_fresh = false;
};

} // namespace SocketScope
