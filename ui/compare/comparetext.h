#pragma once

#include "compare/sessiondiff.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

class TimelineLayout;

// The words of a comparison, for the window's list and the command line alike:
// "client #2 → accepted #3: FIN in A, RST in B".
class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(CompareText)

public:
    // Where a step happened, named as that side's timeline heads name its sockets:
    // "client #2", or the two an arrow joins, "client #2 → accepted #3".
    static QString where(const TimelineLayout &layout, const SessionDiff::Step &step);
    // What happened there, in the timeline's own words: "FIN+ACK", "close()", "ESTABLISHED".
    static QString what(const TimelineLayout &layout, const SessionDiff::Step &step);
    // One difference in a sentence, with how long after the anchor it came.
    static QString difference(
        const SessionDiff &diff, qsizetype index, const TimelineLayout &a, const TimelineLayout &b);
    // "first SYN", "first data" ... as the anchor menu and the report name it.
    static QString anchor(SessionDiff::Anchor anchor);
    // Why nothing can be compared from an anchor one side lacks; empty when both have it.
    static QString missingAnchor(const SessionDiff &diff);
};

} // namespace SocketScope
