#pragma once

#include "journal/event.h"

#include <span>

namespace SocketScope {

// The TCP state machine as one table: from a state, what happens, to a state. The timeline
// walks each lane through it arrow by arrow (the states the arrows imply), and the state
// machine panel draws its edges from it, so the two can never tell different stories.
//
// A row names the one thing the timeline sees happen: a call, or a segment the lane sent or
// received. Where the textbook's label says "receive X / send Y", the row fires on the segment
// a sequence diagram shows for it (RFC 793, figure 6, and section 3.4's handshake lines).
class TcpTransitions
{
public:
    enum class Cause : quint8 {
        Call, // an app call: `call` says which
        Sent, // the lane sent a segment with `flags` set and none of `without`
        Received, // the lane received such a segment
        Timer, // time passed (2 MSL in TIME_WAIT): never seen as an event
    };

    struct Row
    {
        TcpState from; // Unknown: from any state
        Cause cause;
        quint8 flags; // segments: flags that must be set
        quint8 without; // segments: flags that must not be set
        EventKind call; // calls: which one
        TcpState to;
        // What the textbook writes beside the edge: what arrives / what is sent. Protocol
        // words, the same in every language.
        const char *label;
        // An edge of the standard diagram; the others are what a lane on the timeline needs
        // besides (a reset, the socket accept() returns).
        bool drawn;
    };

    static std::span<const Row> rows();

    // The state after `from` sends or receives a segment with `flags`; Unknown: no row fits,
    // the state stays.
    static TcpState afterSegment(TcpState from, bool sent, quint8 flags);
    // The state after `from` makes `call`; Unknown: no row fits.
    static TcpState afterCall(TcpState from, EventKind call);
};

} // namespace SocketScope
