#pragma once

#include "journal/event.h"
#include "timelineitem.h"

#include <set>
#include <utility>
#include <vector>

namespace SocketScope {

// Without packet capture nobody sees SYN, FIN or ACK go by, yet the protocol leaves no choice
// about most of them: connect() returning means SYN, SYN+ACK and ACK happened; a peer's close
// seen by Qt means its FIN arrived and our kernel acknowledged it. This class derives those
// segments from what was observed (app calls, Qt reports, kernel states), each with the
// reason it was inferred. It knows lanes only by number; TimelineLayout says which lane is
// whose peer.
class SegmentInference
{
public:
    struct Context
    {
        LaneId self = -1; // the lane of the event's socket
        LaneId peer = -1; // the lane at the other end (a listener before accept())
        LaneId listener = -1; // client: where its SYN went; accepted: the listener it came from
        SocketRole role = SocketRole::None;
        bool peerIsOutside = false; // the peer is a program that is not ours
    };

    struct Segment
    {
        LaneId from = -1;
        LaneId to = -1;
        quint8 flags = 0;
        qint32 bytes = 0;
        InferenceReason reason = InferenceReason::None;
        bool beforeEvent = false; // travelled before the event that revealed it
    };

    // Appends the segments `event` implies, in the order they travelled.
    void observe(const Event &event, const Context &context, std::vector<Segment> &out);

    // Packets between these lanes were captured: they speak for themselves from now on.
    void setCaptured(LaneId a, LaneId b);
    bool isCaptured(LaneId a, LaneId b) const;

private:
    struct End
    {
        bool synSent = false;
        bool established = false;
        bool finSent = false;
        bool finAcked = false; // the other side acknowledged our FIN
        bool rstSent = false;
        bool appClosed = false;
        // SO_LINGER is on with 0 seconds: close() sends RST, not FIN.
        bool lingerZero = false;
        TcpState kernel = TcpState::Unknown;
    };

    End &end(LaneId lane);
    void emitSegment(std::vector<Segment> &out, LaneId from, LaneId to, quint8 flags, InferenceReason reason,
        bool before, qint32 bytes = 0);
    void handshake(
        std::vector<Segment> &out, LaneId client, LaneId server, InferenceReason reason, bool before);
    // `sender` sent FIN to `receiver` (if it has not already).
    void fin(std::vector<Segment> &out, LaneId sender, LaneId receiver, InferenceReason reason, bool before);
    // `receiver` acknowledged the FIN of `sender` (if it has not already).
    void finAck(
        std::vector<Segment> &out, LaneId sender, LaneId receiver, InferenceReason reason, bool before);

    std::vector<End> m_ends;
    std::set<std::pair<LaneId, LaneId>> m_captured;
};

} // namespace SocketScope
