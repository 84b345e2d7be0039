#include "comparetext.h"

#include "timeline/timelinelayout.h"
#include "timeline/timelinetext.h"

namespace SocketScope {

QString CompareText::where(const TimelineLayout &layout, const SessionDiff::Step &step)
{
    const auto lanes = qsizetype(layout.lanes().size());
    if (step.lane < 0 || step.lane >= lanes)
        return {};
    QString from = TimelineText::laneRole(layout.lane(step.lane));
    if (!step.hasTo || step.toLane < 0 || step.toLane >= lanes)
        return from;
    return tr("%1 \u2192 %2", "an arrow from one socket to another")
        .arg(from, TimelineText::laneRole(layout.lane(step.toLane)));
}

QString CompareText::what(const TimelineLayout &layout, const SessionDiff::Step &step)
{
    if (step.item < 0 || step.item >= layout.itemCount())
        return {};
    const TimelineItem &item = layout.items()[size_t(step.item)];
    switch (step.kind) {
    case SessionDiff::StepKind::Segment:
    case SessionDiff::StepKind::Datagram:
        return TimelineText::arrowName(item);
    case SessionDiff::StepKind::Call:
        return TimelineText::callLabel(layout, item);
    case SessionDiff::StepKind::State:
        return tr("now %1", "a TCP state the socket moved to").arg(tcpStateName(TcpState(step.code)));
    case SessionDiff::StepKind::Queue:
        return tr("%n waiting in the accept queue", "", step.value);
    case SessionDiff::StepKind::Opened:
        return tr("appears");
    }
    return {};
}

QString CompareText::difference(
    const SessionDiff &diff, qsizetype index, const TimelineLayout &a, const TimelineLayout &b)
{
    const SessionDiff::Difference &d = diff.differences()[size_t(index)];
    const SessionDiff::Row &row = diff.rows()[size_t(d.row)];
    const SessionDiff::Step &first = row.a ? *row.a : *row.b;
    const QString when = tr("+%1", "time after the anchor").arg(TimelineText::duration(first.sinceAnchor));
    QString text;
    switch (d.kind) {
    case SessionDiff::DifferenceKind::OnlyA:
        text = tr("only in A: %1: %2").arg(where(a, *row.a), what(a, *row.a));
        break;
    case SessionDiff::DifferenceKind::OnlyB:
        text = tr("only in B: %1: %2").arg(where(b, *row.b), what(b, *row.b));
        break;
    case SessionDiff::DifferenceKind::Flags:
    case SessionDiff::DifferenceKind::State:
    case SessionDiff::DifferenceKind::Call:
    case SessionDiff::DifferenceKind::Size: {
        // The two sides number their sockets each their own way: B's names too when they differ.
        const QString whereA = where(a, *row.a);
        const QString whereB = where(b, *row.b);
        const QString place = whereA == whereB ? whereA : tr("%1 (in B: %2)").arg(whereA, whereB);
        text = tr("%1: %2 in A, %3 in B").arg(place, what(a, *row.a), what(b, *row.b));
        break;
    }
    }
    return tr("%1  %2", "time, then what differs").arg(when, text);
}

QString CompareText::anchor(SessionDiff::Anchor anchor)
{
    switch (anchor) {
    case SessionDiff::Anchor::FirstSyn:
        return tr("first SYN");
    case SessionDiff::Anchor::FirstData:
        return tr("first data");
    case SessionDiff::Anchor::FirstFin:
        return tr("first FIN");
    case SessionDiff::Anchor::FirstReset:
        return tr("first RST");
    case SessionDiff::Anchor::Start:
        return tr("start", "line the sessions up from their very beginning");
    }
    return {};
}

QString CompareText::missingAnchor(const SessionDiff &diff)
{
    const bool a = diff.anchorItem(SessionDiff::Side::A) >= 0;
    const bool b = diff.anchorItem(SessionDiff::Side::B) >= 0;
    if (a && b)
        return {};
    const QString name = anchor(diff.anchor());
    if (!a && !b)
        return tr("Neither session has a %1, so there is nothing to line up. Choose another place to start.")
            .arg(name);
    return tr("Session %1 has no %2: all of the other session's steps count as differences. "
              "Choose another place to start.")
        .arg(a ? QStringLiteral("B") : QStringLiteral("A"), name);
}

} // namespace SocketScope
