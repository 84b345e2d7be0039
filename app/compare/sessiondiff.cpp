#include "sessiondiff.h"

#include "timeline/timelinelayout.h"

#include <QtCore/QHash>

#include <algorithm>
#include <array>
#include <iterator>
#include <map>

namespace SocketScope {

namespace {

constexpr std::array<QLatin1StringView, SessionDiff::kAnchorCount> kAnchorNames {
    QLatin1StringView("syn"),
    QLatin1StringView("data"),
    QLatin1StringView("fin"),
    QLatin1StringView("rst"),
    QLatin1StringView("start"),
};

// The calls worth comparing: what the program did and what Qt told it. Bound, listening and
// the kernel's own reports are left out; they come before any anchor or repeat the arrows.
bool isComparedCall(EventKind kind)
{
    switch (kind) {
    case EventKind::Connected:
    case EventKind::Accepted:
    case EventKind::DataSent:
    case EventKind::DataReceived:
    case EventKind::Shutdown:
    case EventKind::CloseCalled:
    case EventKind::Closed:
    case EventKind::Aborted:
    case EventKind::Error:
    case EventKind::AcceptingPaused:
    case EventKind::AcceptingResumed:
        return true;
    default:
        return false;
    }
}

quint64 nameKey(const SessionDiff::SocketName &name)
{
    return quint64(name.role) << 32 | quint32(name.ordinal);
}

// Steps on the same track are lined up against each other: one socket's own steps, or the
// arrows between one pair of sockets (both ways).
std::pair<quint64, quint64> trackOf(const SessionDiff::Step &step)
{
    if (!step.hasTo)
        return {nameKey(step.from), ~quint64(0)};
    const quint64 from = nameKey(step.from);
    const quint64 to = nameKey(step.to);
    return {std::min(from, to), std::max(from, to)};
}

// Two steps line up when they are the same kind of thing, the same way, with the same flags.
bool agrees(const SessionDiff::Step &a, const SessionDiff::Step &b)
{
    return a.kind == b.kind && a.code == b.code && a.from == b.from && a.to == b.to;
}

// Two steps that do not agree still stand at the same place when they are the same kind of
// thing the same way: FIN where the other side sent RST.
bool samePlace(const SessionDiff::Step &a, const SessionDiff::Step &b)
{
    return a.kind == b.kind && a.from == b.from && a.to == b.to;
}

bool hasSize(const SessionDiff::Step &step)
{
    switch (step.kind) {
    case SessionDiff::StepKind::Segment:
    case SessionDiff::StepKind::Datagram:
    case SessionDiff::StepKind::Queue:
        return true;
    case SessionDiff::StepKind::Call:
        return EventKind(step.code) == EventKind::DataSent || EventKind(step.code) == EventKind::DataReceived;
    default:
        return false;
    }
}

} // namespace

QLatin1StringView SessionDiff::anchorName(Anchor anchor)
{
    return kAnchorNames[size_t(anchor)];
}

std::optional<SessionDiff::Anchor> SessionDiff::anchorFromName(QStringView name)
{
    for (int i = 0; i < kAnchorCount; ++i) {
        if (name.compare(kAnchorNames[size_t(i)], Qt::CaseInsensitive) == 0)
            return Anchor(i);
    }
    return std::nullopt;
}

SessionDiff::SocketName SessionDiff::nameOf(const TimelineLayout &layout, LaneId lane)
{
    if (lane < 0 || size_t(lane) >= layout.lanes().size())
        return {};
    const auto roleOf = [](const TimelineLane &l) { return l.isOutside() ? SocketRole::None : l.role; };
    const SocketRole role = roleOf(layout.lane(lane));
    qint32 ordinal = 0;
    for (LaneId i = 0; i <= lane; ++i) {
        if (roleOf(layout.lane(i)) == role)
            ++ordinal;
    }
    return {role, ordinal};
}

qsizetype SessionDiff::findAnchor(const TimelineLayout &layout, Anchor anchor)
{
    const std::vector<TimelineItem> &items = layout.items();
    if (anchor == Anchor::Start)
        return items.empty() ? -1 : 0;
    for (size_t i = 0; i < items.size(); ++i) {
        const TimelineItem &item = items[i];
        if (item.isHidden())
            continue;
        const bool segment = item.kind == TimelineItem::Segment;
        bool found = false;
        switch (anchor) {
        case Anchor::FirstSyn:
            found = segment && (item.code & FlagSyn) && !(item.code & FlagAck);
            break;
        case Anchor::FirstData:
            found = (segment && item.value > 0) || item.kind == TimelineItem::Datagram;
            break;
        case Anchor::FirstFin:
            found = segment && (item.code & FlagFin);
            break;
        case Anchor::FirstReset:
            found = segment && (item.code & FlagRst);
            break;
        case Anchor::Start:
            break;
        }
        if (found)
            return qsizetype(i);
    }
    return -1;
}

std::vector<SessionDiff::Step> SessionDiff::stepsOf(const TimelineLayout &layout, qsizetype anchor) const
{
    std::vector<Step> steps;
    if (anchor < 0)
        return steps;
    // Every lane's name at once: asking nameOf() per step would count the lanes each time.
    std::vector<SocketName> names(layout.lanes().size());
    QHash<int, qint32> counts;
    for (size_t i = 0; i < names.size(); ++i) {
        const TimelineLane &lane = layout.lanes()[i];
        const SocketRole role = lane.isOutside() ? SocketRole::None : lane.role;
        names[i] = {role, ++counts[int(role)]};
    }
    const auto name = [&](LaneId lane) {
        return lane >= 0 && size_t(lane) < names.size() ? names[size_t(lane)] : SocketName {};
    };
    const std::vector<TimelineItem> &items = layout.items();
    const qint64 start = items[size_t(anchor)].t;
    for (size_t i = size_t(anchor); i < items.size(); ++i) {
        const TimelineItem &item = items[i];
        if (item.isHidden() || item.lane < 0)
            continue;
        Step step;
        step.item = qsizetype(i);
        step.sinceAnchor = item.t - start;
        step.lane = item.lane;
        step.from = name(item.lane);
        step.value = item.value;
        switch (item.kind) {
        case TimelineItem::Segment:
        case TimelineItem::Datagram:
            step.kind = item.kind == TimelineItem::Segment ? StepKind::Segment : StepKind::Datagram;
            step.code = item.kind == TimelineItem::Segment ? item.code : 0;
            step.toLane = item.toLane;
            step.to = name(item.toLane);
            step.hasTo = true;
            break;
        case TimelineItem::Call:
            if (!isComparedCall(EventKind(item.code)))
                continue;
            step.kind = StepKind::Call;
            step.code = item.code;
            if (!hasSize(step))
                step.value = 0;
            break;
        case TimelineItem::Queue:
            // An empty queue is what every listener reports now and then as the kernel is
            // polled; a connection waiting in it is what tells two sessions apart.
            if (item.value <= 0)
                continue;
            step.kind = StepKind::Queue;
            break;
        case TimelineItem::LaneOpened:
            step.kind = StepKind::Opened;
            step.code = quint8(step.from.role);
            step.value = 0;
            break;
        case TimelineItem::State:
            // The kernel's states are read by polling and may miss one that lasted a
            // microsecond on one run and not the other; the states the arrows imply are not.
            continue;
        }
        steps.push_back(step);
    }
    for (size_t l = 0; l < layout.lanes().size(); ++l) {
        for (const TimelineLane::StateChange &change : layout.lanes()[l].implied) {
            if (qsizetype(change.item) < anchor || change.item >= items.size())
                continue;
            Step step;
            step.item = qsizetype(change.item);
            step.sinceAnchor = items[change.item].t - start;
            step.kind = StepKind::State;
            step.code = quint8(change.state);
            step.lane = LaneId(l);
            step.from = names[l];
            steps.push_back(step);
        }
    }
    // The state an arrow implies comes right after the arrow.
    std::stable_sort(steps.begin(), steps.end(), [](const Step &x, const Step &y) {
        if (x.item != y.item)
            return x.item < y.item;
        return (x.kind == StepKind::State) < (y.kind == StepKind::State);
    });
    return steps;
}

SessionDiff::SessionDiff(const TimelineLayout &a, const TimelineLayout &b, Anchor anchor)
    : m_anchor(anchor)
{
    build(a, b, false);
}

SessionDiff::~SessionDiff() = default;

void SessionDiff::update(const TimelineLayout &a, const TimelineLayout &b)
{
    build(a, b, true);
}

SessionDiff::RowKey SessionDiff::keyOf(const TrackKey &track, size_t index, const Row &row)
{
    const Step &step = row.a ? *row.a : *row.b;
    return {step.sinceAnchor, step.item, track, index};
}

void SessionDiff::build(const TimelineLayout &a, const TimelineLayout &b, bool keep)
{
    const qsizetype anchorA = findAnchor(a, m_anchor);
    const qsizetype anchorB = findAnchor(b, m_anchor);
    // Another anchor moves every step's time: nothing made before holds.
    if (!keep || anchorA != m_anchorA || anchorB != m_anchorB) {
        m_sideA = {};
        m_sideB = {};
        m_tracks.clear();
        m_rows.clear();
        m_rowKeys.clear();
        m_reachA.clear();
        m_reachB.clear();
        m_differences.clear();
    }
    m_anchorA = anchorA;
    m_anchorB = anchorB;
    // The steps each side had before stay as they were up to the first that changed (a live
    // side only appends, unless the layout read it again in another order).
    std::vector<Step> oldA;
    std::vector<Step> oldB;
    const qsizetype fromA = readSteps(m_sideA, a, m_anchorA, &oldA);
    const qsizetype fromB = readSteps(m_sideB, b, m_anchorB, &oldB);
    const std::vector<Step> &stepsA = m_sideA.steps;
    const std::vector<Step> &stepsB = m_sideB.steps;
    m_stepsA = qsizetype(stepsA.size());
    m_stepsB = qsizetype(stepsB.size());

    // The tracks the changed steps were or are on lose those steps, and take the new ones.
    std::vector<Track *> touched;
    const auto touch = [&](const TrackKey &key) -> Track & {
        Track &track = m_tracks[key];
        if (!track.touched) {
            track.touched = true;
            touched.push_back(&track);
        }
        return track;
    };
    for (size_t i = size_t(fromA); i < oldA.size(); ++i)
        touch(trackOf(oldA[i]));
    for (size_t i = size_t(fromB); i < oldB.size(); ++i)
        touch(trackOf(oldB[i]));
    for (Track *track : touched) {
        const auto cut = [](std::vector<Step> &steps, std::vector<qsizetype> &at, qsizetype from) {
            const size_t kept = size_t(std::lower_bound(at.begin(), at.end(), from) - at.begin());
            steps.resize(kept);
            at.resize(kept);
        };
        cut(track->a, track->aAt, fromA);
        cut(track->b, track->bAt, fromB);
    }
    // How many of each touched track's steps were there before, unchanged.
    std::map<Track *, std::pair<size_t, size_t>> unchanged;
    const auto noteUnchanged
        = [&](Track &track) { unchanged.try_emplace(&track, track.a.size(), track.b.size()); };
    for (Track *track : touched)
        noteUnchanged(*track);
    for (size_t i = size_t(fromA); i < stepsA.size(); ++i) {
        Track &track = touch(trackOf(stepsA[i]));
        noteUnchanged(track);
        track.a.push_back(stepsA[i]);
        track.aAt.push_back(qsizetype(i));
    }
    for (size_t i = size_t(fromB); i < stepsB.size(); ++i) {
        Track &track = touch(trackOf(stepsB[i]));
        noteUnchanged(track);
        track.b.push_back(stepsB[i]);
        track.bAt.push_back(qsizetype(i));
    }

    // Each touched track lines up again after the run both sides still open it with; only the
    // rows that came out otherwise than before are made anew (a side growing alike turns one
    // row of the other side's alone into a pair, and leaves the rows after it as they were).
    std::vector<RowKey> removed;
    std::vector<std::pair<RowKey, const Track *>> added;
    for (auto &[key, track] : m_tracks) {
        if (!track.touched)
            continue;
        const auto [keptA, keptB] = unchanged[&track];
        const size_t run = std::min({track.sameRun, keptA, keptB});
        std::vector<Row> before(track.rows.begin() + qsizetype(run), track.rows.end());
        std::vector<std::optional<DifferenceKind>> kindsBefore(
            track.kinds.begin() + qsizetype(run), track.kinds.end());
        alignTrack(track, run);
        const size_t rowsNow = track.rows.size();
        const size_t rowsBefore = run + before.size();
        track.remade.assign(rowsNow, false);
        for (size_t r = run; r < std::max(rowsNow, rowsBefore); ++r) {
            const bool hadRow = r < rowsBefore;
            const bool hasRow = r < rowsNow;
            if (hadRow && hasRow && track.rows[r].a == before[r - run].a
                && track.rows[r].b == before[r - run].b && track.kinds[r] == kindsBefore[r - run])
                continue; // the same row as before, in the same place
            if (hadRow)
                removed.push_back(keyOf(key, r, before[r - run]));
            if (hasRow) {
                track.remade[r] = true;
                added.emplace_back(keyOf(key, r, track.rows[r]), &track);
            }
        }
    }
    m_rowsMade = qsizetype(added.size());

    // The rows before the earliest one removed or added keep their places; the rest are
    // placed again.
    RowKey earliest;
    bool any = false;
    for (const RowKey &k : removed) {
        if (!any || k < earliest)
            earliest = k;
        any = true;
    }
    for (const auto &[k, track] : added) {
        if (!any || k < earliest)
            earliest = k;
        any = true;
    }
    const size_t from = any
        ? size_t(std::lower_bound(m_rowKeys.begin(), m_rowKeys.end(), earliest) - m_rowKeys.begin())
        : m_rows.size();
    m_rowsPlacedFrom = qsizetype(from);
    // The rows kept after `from` are in order already, and so are the new ones once sorted:
    // merged, not sorted together.
    std::vector<std::pair<RowKey, Row>> kept;
    kept.reserve(m_rows.size() - from);
    for (size_t r = from; r < m_rows.size(); ++r) {
        const RowKey &k = m_rowKeys[r];
        const auto track = m_tracks.find(k.track);
        if (track != m_tracks.end() && track->second.touched
            && (k.index >= track->second.rows.size() || track->second.remade[k.index]))
            continue; // gone, or made anew
        kept.emplace_back(k, m_rows[r]);
    }
    std::vector<std::pair<RowKey, Row>> made;
    made.reserve(added.size());
    for (const auto &[k, track] : added)
        made.emplace_back(k, track->rows[k.index]);
    const auto byKey = [](const auto &x, const auto &y) { return x.first < y.first; };
    std::sort(made.begin(), made.end(), byKey);
    std::vector<std::pair<RowKey, Row>> tail;
    tail.reserve(kept.size() + made.size());
    std::merge(std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()),
        std::make_move_iterator(made.begin()), std::make_move_iterator(made.end()), std::back_inserter(tail),
        byKey);

    m_rows.resize(from);
    m_rowKeys.resize(from);
    m_reachA.resize(from);
    m_reachB.resize(from);
    // Differences are in row order: those of the rows kept stay.
    const auto firstMoved = std::partition_point(m_differences.begin(), m_differences.end(),
        [from](const Difference &d) { return size_t(d.row) < from; });
    m_differences.erase(firstMoved, m_differences.end());
    qsizetype reachA = from > 0 ? m_reachA.back() : -1;
    qsizetype reachB = from > 0 ? m_reachB.back() : -1;
    for (auto &[k, row] : tail) {
        const Track &track = m_tracks.find(k.track)->second;
        row.difference = -1;
        if (track.kinds[k.index]) {
            row.difference = qsizetype(m_differences.size());
            m_differences.push_back({*track.kinds[k.index], qsizetype(m_rows.size())});
        }
        if (row.a)
            reachA = std::max(reachA, row.a->item);
        if (row.b)
            reachB = std::max(reachB, row.b->item);
        m_reachA.push_back(reachA);
        m_reachB.push_back(reachB);
        m_rows.push_back(row);
        m_rowKeys.push_back(k);
    }

    m_tracksAligned = qsizetype(touched.size());
    m_tracksKept = 0;
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        Track &track = it->second;
        if (!track.touched)
            ++m_tracksKept;
        track.touched = false;
        track.remade.clear();
        // A track whose steps all went (the layout read its session again) has no rows left.
        it = track.rows.empty() ? m_tracks.erase(it) : std::next(it);
    }
}

qsizetype SessionDiff::readSteps(
    SideSteps &side, const TimelineLayout &layout, qsizetype anchor, std::vector<Step> *before)
{
    if (side.layout == &layout && side.revision == layout.revision() && side.anchor == anchor)
        return qsizetype(side.steps.size());
    std::vector<Step> steps = stepsOf(layout, anchor);
    size_t same = 0;
    if (side.layout == &layout && side.anchor == anchor) {
        const size_t n = std::min(steps.size(), side.steps.size());
        while (same < n && steps[same] == side.steps[same])
            ++same;
    }
    *before = std::move(side.steps);
    side = {&layout, layout.revision(), anchor, std::move(steps)};
    return qsizetype(same);
}

void SessionDiff::alignTrack(Track &track, size_t keep)
{
    const size_t n = track.a.size();
    const size_t m = track.b.size();
    const auto a = [&](size_t i) -> const Step & { return track.a[i]; };
    const auto b = [&](size_t j) -> const Step & { return track.b[j]; };
    // Pairs (i, j) that line up, in order, after the first `keep` (rows already made).
    std::vector<std::pair<size_t, size_t>> matches;
    track.sameRun = 0;
    if (n > size_t(kAlignLimit) || m > size_t(kAlignLimit)) {
        keep = 0;
        for (size_t i = 0; i < std::min(n, m); ++i) {
            if (agrees(a(i), b(i)))
                matches.emplace_back(i, i);
        }
    } else if (n > 0 && m > 0) {
        // Where the two sides begin alike, those steps line up one with one: the walk below
        // would pair them the same way, so they need no table (a listener's long run of
        // accepts that both sides share costs nothing), and the part of the run found before
        // is not walked again.
        size_t same = keep;
        while (same < n && same < m && agrees(a(same), b(same))) {
            matches.emplace_back(same, same);
            ++same;
        }
        track.sameRun = same;
        // The longest common run of the rest, as a text diff finds it: lcs[i][j] for the tails
        // a[same + i..], b[same + j..].
        const size_t restN = n - same;
        const size_t restM = m - same;
        std::vector<quint16> lcs((restN + 1) * (restM + 1), 0);
        const auto at = [&](size_t i, size_t j) -> quint16 & { return lcs[i * (restM + 1) + j]; };
        for (size_t i = restN; i-- > 0;) {
            for (size_t j = restM; j-- > 0;) {
                at(i, j) = agrees(a(same + i), b(same + j)) ? quint16(at(i + 1, j + 1) + 1)
                                                            : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        size_t i = 0;
        size_t j = 0;
        while (i < restN && j < restM) {
            if (agrees(a(same + i), b(same + j)) && at(i, j) == at(i + 1, j + 1) + 1) {
                matches.emplace_back(same + i, same + j);
                ++i;
                ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }

    // Between two steps that line up, what is left of each side: the same kind of step at the
    // same place is one difference (FIN against RST), the rest is on one side only.
    const auto gap = [&](size_t fromA, size_t toA, size_t fromB, size_t toB) {
        std::vector<bool> usedB(toB - fromB, false);
        for (size_t i = fromA; i < toA; ++i) {
            const Step *partner = nullptr;
            for (size_t j = fromB; j < toB; ++j) {
                if (!usedB[j - fromB] && samePlace(a(i), b(j))) {
                    usedB[j - fromB] = true;
                    partner = &b(j);
                    break;
                }
            }
            addRow(track, &a(i), partner);
        }
        for (size_t j = fromB; j < toB; ++j) {
            if (!usedB[j - fromB])
                addRow(track, nullptr, &b(j));
        }
    };
    track.rows.resize(keep);
    track.kinds.resize(keep);
    size_t i = keep;
    size_t j = keep;
    for (const auto &[mi, mj] : matches) {
        gap(i, mi, j, mj);
        addRow(track, &a(mi), &b(mj));
        i = mi + 1;
        j = mj + 1;
    }
    gap(i, n, j, m);
}

void SessionDiff::addRow(Track &track, const Step *a, const Step *b)
{
    Row row;
    if (a)
        row.a = *a;
    if (b)
        row.b = *b;
    std::optional<DifferenceKind> kind;
    if (a && !b) {
        kind = DifferenceKind::OnlyA;
    } else if (b && !a) {
        kind = DifferenceKind::OnlyB;
    } else if (a->code != b->code) {
        kind = a->kind == StepKind::State ? DifferenceKind::State
            : a->kind == StepKind::Call   ? DifferenceKind::Call
                                          : DifferenceKind::Flags;
    } else if (hasSize(*a) && a->value != b->value) {
        kind = DifferenceKind::Size;
    }
    track.rows.push_back(row);
    track.kinds.push_back(kind);
}

qsizetype SessionDiff::itemsShownAfter(Side side, qsizetype rows) const
{
    const qsizetype anchor = anchorItem(side);
    const std::vector<qsizetype> &reach = side == Side::A ? m_reachA : m_reachB;
    const qsizetype start = std::max<qsizetype>(anchor, 0);
    if (rows <= 0 || reach.empty())
        return start;
    const qsizetype last = reach[size_t(std::min<qsizetype>(rows, qsizetype(reach.size())) - 1)];
    return std::max(start, last + 1);
}

qsizetype SessionDiff::rowOfItem(Side side, qsizetype item) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const std::optional<Step> &step = side == Side::A ? m_rows[r].a : m_rows[r].b;
        if (step && step->item == item)
            return qsizetype(r);
    }
    return -1;
}

} // namespace SocketScope
