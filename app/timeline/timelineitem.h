#pragma once

#include <QtCore/QtGlobal>

namespace SocketScope {

// A lane's number on the timeline. As wide as a socket id: every socket a session opens, and
// every program at the other end, gets a lane, and a visitor can open as many as it likes.
using LaneId = qint32;

// What the protocol-level picture was deduced from, for an arrow nobody saw on the wire. The
// tooltip of an inferred arrow names its reason, so a learner can tell a fact from a guess.
enum class InferenceReason : quint8 {
    None = 0, // observed, not inferred
    ConnectCalled, // connect() sends SYN first
    ConnectSucceeded, // connect() returned: SYN+ACK came back and ACK went out
    AcceptReturned, // accept() returned a socket: the handshake must be complete
    KernelState, // a kernel state that only this segment explains
    DataSent, // send() handed bytes to the kernel
    DataArrived, // bytes arrived from a peer that is not ours
    CloseCalled, // close() or shutdown() sends FIN
    PeerClosedSeen, // the other side's FIN arrived (Qt said the peer closed)
    SocketClosed, // the socket closed after the peer did, so it sent its FIN
    FinAcknowledged, // a kernel answers every FIN with an ACK
    AbortCalled, // abort() with linger 0 sends RST
    ResetSeen, // the connection was reset by the other side
    DatagramSent, // sendto() handed a datagram to the kernel
    DatagramArrived, // a datagram arrived from a peer that is not ours
    RecordedInferred, // the journal itself says `inferred`
    Count
};

// One thing drawn on the timeline: a call marker on a lane, an arrow between lanes, a kernel
// state change or an accept-queue change. Items are kept small and in a flat vector because a
// session can hold millions; an item's index is its step.
struct TimelineItem
{
    enum Kind : quint8 {
        Call, // an app call or Qt report, drawn as a marker on `lane`
        Segment, // a TCP segment from `lane` to `toLane`; `flags` are TCP flags
        Datagram, // a UDP datagram from `lane` to `toLane`
        State, // the kernel state of `lane` changed to `state`
        Queue, // the accept queue of `lane` changed: `value` waiting of `value2` places
        LaneOpened, // `lane` appears; for an accepted socket it splits off `toLane`
    };
    enum Flag : quint8 {
        Inferred = 0x01, // not seen: derived by SegmentInference (dashed)
        Hidden = 0x02, // an inferred arrow that captured packets replaced
        Error = 0x04, // a failure marker
        // Datagrams only: the receiver it was sent to journalled it (Delivered), or got nothing
        // in time or closed first (NotReceived). Neither yet: still waiting to see.
        Delivered = 0x08,
        NotReceived = 0x10,
        // Lab segments only: seen leaving, never seen on the computer it was going to (it ends
        // where it was last seen, at `arrive`); or a second copy of a segment sent before.
        Dropped = 0x20,
        Duplicate = 0x40,
    };

    qint64 t = 0; // journal clock, ns
    quint32 event = 0; // the journal event it came from
    qint32 value = 0; // bytes, queue length, backlog
    LaneId lane = -1;
    LaneId toLane = -1;
    quint16 value2 = 0; // queue limit
    Kind kind = Call;
    quint8 code = 0; // EventKind for Call, TCP flags for Segment, TcpState for State
    InferenceReason reason = InferenceReason::None;
    quint8 itemFlags = 0;
    // Last, so the painter's brace-initialised items keep their meaning.
    qint64 arrive = 0; // ns the packet reached toLane (its last capture); 0: not known

    bool isArrow() const { return kind == Segment || kind == Datagram; }
    bool isInferred() const { return itemFlags & Inferred; }
    bool isHidden() const { return itemFlags & Hidden; }
    bool isNotReceived() const { return itemFlags & NotReceived; }
    bool isDropped() const { return itemFlags & Dropped; }
    bool isDuplicate() const { return itemFlags & Duplicate; }
    // It never reached the socket it was sent to: a datagram nobody journalled, a dropped segment.
    bool isLost() const { return itemFlags & (NotReceived | Dropped); }
};

// A long quiet stretch of real time that the real-time spacing draws short, with a label.
struct TimeFold
{
    // Quiet stretches longer than this are folded (TimeMapper draws them with the same figure).
    static constexpr qint64 kThresholdNs = 2'000'000'000;

    qint64 from = 0; // ns, the last item before the gap
    qint64 to = 0; // ns, the first item after it
};

} // namespace SocketScope
