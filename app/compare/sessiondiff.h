#pragma once

#include "journal/event.h"
#include "timeline/timelineitem.h"

#include <QtCore/QLatin1StringView>
#include <QtCore/QString>

#include <compare>
#include <map>
#include <optional>
#include <vector>

namespace SocketScope {

class TimelineLayout;

// Two sessions side by side: what one did that the other did not. Both are read as their
// timelines draw them (TimelineLayout), so what is compared is exactly what a learner sees:
// the segments (captured or inferred), the states the arrows imply, the calls, the sockets
// that opened and the accept queue.
//
// The rule: each side is cut at its anchor (by default its first SYN) and only what comes
// from there on is compared. Sockets are paired by role and order, never by port (two runs
// never get the same ports): the first client with the first client, the second accepted
// socket with the second accepted socket. Everything that happens on one socket, or between
// one pair of sockets, is a track; the two sides' steps on a track are lined up in order as
// a text diff lines up lines (the longest run that agrees on kind, direction and flags), and
// whatever does not line up is a difference: a step only one side has, or two steps at the
// same place that disagree on their flags (FIN against RST), their state or their size.
class SessionDiff
{
public:
    enum class Anchor : quint8 { FirstSyn, FirstData, FirstFin, FirstReset, Start };
    static constexpr int kAnchorCount = int(Anchor::Start) + 1;
    // The names the command line takes: syn, data, fin, rst, start.
    static QLatin1StringView anchorName(Anchor anchor);
    static std::optional<Anchor> anchorFromName(QStringView name);

    enum class Side : quint8 { A, B };

    // What a compared step is.
    enum class StepKind : quint8 {
        Segment, // code = TCP flags, value = payload bytes
        Datagram, // value = bytes
        State, // the state the arrows imply for the socket; code = TcpState
        Call, // code = EventKind, value = bytes where it has some
        Queue, // value = connections waiting in the accept queue
        Opened, // the socket appeared; code = SocketRole
    };

    // A socket by what it is in the session, the same on both sides: "the first client".
    struct SocketName
    {
        SocketRole role = SocketRole::None; // None: a program that is not ours
        qint32 ordinal = 0; // 1, 2, 3 ... among the sockets of that role
        bool operator==(const SocketName &) const = default;
    };

    struct Step
    {
        qsizetype item = -1; // in that side's TimelineLayout
        LaneId lane = -1; // that side's lane it happened on (arrows: the sender's)
        LaneId toLane = -1; // arrows: the receiver's lane
        qint64 sinceAnchor = 0; // ns after the side's anchor
        StepKind kind = StepKind::Call;
        quint8 code = 0;
        qint32 value = 0;
        SocketName from; // the socket it happened on (arrows: the sender)
        SocketName to; // arrows: the receiver; role None and ordinal 0 otherwise
        bool hasTo = false;
        bool operator==(const Step &) const = default;
    };

    enum class DifferenceKind : quint8 {
        OnlyA, // a step only side A has
        OnlyB,
        Flags, // the same kind of step at the same place, other flags (FIN against RST)
        State, // another state reached at the same place
        Call, // another call at the same place (close against abort)
        Size, // the same step, other bytes or queue length
    };

    // One line of the two sessions lined up: a step of A, of B, or of both.
    struct Row
    {
        std::optional<Step> a;
        std::optional<Step> b;
        qsizetype difference = -1; // into differences(), -1 when the two agree
    };

    struct Difference
    {
        DifferenceKind kind = DifferenceKind::OnlyA;
        qsizetype row = -1;
    };

    // Lines up `a` and `b` from their anchors. The layouts must have read their journals.
    SessionDiff(const TimelineLayout &a, const TimelineLayout &b, Anchor anchor = Anchor::FirstSyn);
    ~SessionDiff();

    // Lines up the layouts again after they read more (a live session grew), with the same
    // anchor. Only what changed since the last diff is lined up: the steps each side has from
    // its first new or changed step on. On a track they touch, the rows that opened it alike
    // on both sides stay and the lining up resumes after them; the rows of the other tracks,
    // and every row placed before the earliest changed one, stay where they are. A session that
    // grows by a few steps costs a few steps (and one pass over its timeline to read them), not
    // the whole session. The outcome is the same as a new SessionDiff's.
    void update(const TimelineLayout &a, const TimelineLayout &b);
    // How many tracks the last diff or update lined up anew, and how many it kept as they were.
    qsizetype tracksAligned() const { return m_tracksAligned; }
    qsizetype tracksKept() const { return m_tracksKept; }
    // How many rows the last diff or update made anew (the rest it kept), and from which row
    // on it placed them again.
    qsizetype rowsMade() const { return m_rowsMade; }
    qsizetype rowsPlacedFrom() const { return m_rowsPlacedFrom; }

    Anchor anchor() const { return m_anchor; }
    // The item each side starts at; -1 when that side has no such event (then nothing is
    // compared from that side, and everything the other side has is a difference).
    qsizetype anchorItem(Side side) const { return side == Side::A ? m_anchorA : m_anchorB; }
    qsizetype stepsCompared(Side side) const { return side == Side::A ? m_stepsA : m_stepsB; }

    // Every step of both sides, in the order the shared playhead walks them.
    const std::vector<Row> &rows() const { return m_rows; }
    const std::vector<Difference> &differences() const { return m_differences; }
    // How many items of side `side` the timeline shows when the shared playhead has walked
    // the first `rows` rows (0: up to the anchor, not including it).
    qsizetype itemsShownAfter(Side side, qsizetype rows) const;
    // The rows whose steps on `side` are `item` (-1 when the item is no compared step).
    qsizetype rowOfItem(Side side, qsizetype item) const;

    // The name a step's socket has on both sides' timelines.
    static SocketName nameOf(const TimelineLayout &layout, LaneId lane);
    // The first item of the kind `anchor` names, -1 when there is none.
    static qsizetype findAnchor(const TimelineLayout &layout, Anchor anchor);

    // Steps per track above this are lined up in order, one by one, instead of by the
    // longest agreeing run (which costs the product of the two lengths).
    static constexpr qsizetype kAlignLimit = 2000;

private:
    // One socket's steps, or one pair's arrows, on both sides, and the rows they line up to.
    using TrackKey = std::pair<quint64, quint64>;
    struct Track
    {
        std::vector<Step> a;
        std::vector<Step> b;
        // Where each step stands among all of its side's steps.
        std::vector<qsizetype> aAt;
        std::vector<qsizetype> bAt;
        std::vector<Row> rows;
        std::vector<std::optional<DifferenceKind>> kinds; // per row
        // The first rows pair a[i] with b[i] for i below this: the run both sides open alike.
        size_t sameRun = 0;
        // While an update runs: whether its steps changed, and which of its rows it made anew.
        bool touched = false;
        std::vector<bool> remade;
    };
    // Where a row stands in the order the shared playhead walks: by the time after the anchor
    // and the item of its step (side A's when both have one), then by track and place in it, so
    // the order is the same however the rows were made.
    struct RowKey
    {
        qint64 sinceAnchor = 0;
        qsizetype item = -1;
        TrackKey track;
        size_t index = 0;
        // The defaulted comparison reads as a literal 0 to clang-tidy, which is not a pointer here.
        auto operator<=>(const RowKey &) const = default; // NOLINT(modernize-use-nullptr)
    };

    std::vector<Step> stepsOf(const TimelineLayout &layout, qsizetype anchor) const;
    // Lines up both layouts; with `keep`, keeps what the steps that did not change lined up.
    void build(const TimelineLayout &a, const TimelineLayout &b, bool keep);
    // Lines the track up, keeping its first `keep` rows (a run of pairs both sides open with).
    static void alignTrack(Track &track, size_t keep);
    static void addRow(Track &track, const Step *a, const Step *b);
    static RowKey keyOf(const TrackKey &track, size_t index, const Row &row);

    Anchor m_anchor;
    qsizetype m_anchorA = -1;
    qsizetype m_anchorB = -1;
    qsizetype m_stepsA = 0;
    qsizetype m_stepsB = 0;
    std::vector<Row> m_rows;
    std::vector<Difference> m_differences;
    // Per row: its place in the order, and the track it comes from.
    std::vector<RowKey> m_rowKeys;
    // Per row: the largest item of each side among rows [0, row], for the shared playhead.
    std::vector<qsizetype> m_reachA;
    std::vector<qsizetype> m_reachB;
    // Kept for update(): the tracks, and each side's steps with the layout revision they were
    // read at (a recording beside a live session does not change, so its steps are read once).
    std::map<TrackKey, Track> m_tracks;
    struct SideSteps
    {
        const TimelineLayout *layout = nullptr;
        quint64 revision = 0;
        qsizetype anchor = -1;
        std::vector<Step> steps;
    };
    SideSteps m_sideA;
    SideSteps m_sideB;
    // Reads the side's steps again when its layout changed; returns from which step on they
    // differ from the ones read before (their count when none does).
    // The steps read before go to `before`.
    qsizetype readSteps(
        SideSteps &side, const TimelineLayout &layout, qsizetype anchor, std::vector<Step> *before);
    qsizetype m_tracksAligned = 0;
    qsizetype m_tracksKept = 0;
    qsizetype m_rowsMade = 0;
    qsizetype m_rowsPlacedFrom = 0;
};

} // namespace SocketScope
