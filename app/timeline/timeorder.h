#pragma once

#include "journal/event.h"

#include <QtCore/QtGlobal>

#include <vector>

namespace SocketScope {

class Journal;

// The journal's events in the order they happened: by time `t`, and at the same instant by
// cause (a call before the segment it sends, a segment before the state change it causes),
// then by arrival. The journal itself keeps arrival order, and a packet read late carries the
// kernel's earlier stamp, so every reader that tells a story walks this order instead.
//
// Kept incrementally: most events arrive in time order and are appended; the few late ones
// are inserted where they belong, and update() says how far back the order changed.
class TimeOrder
{
public:
    // At one instant: what causes a packet, then the packet, then what the packet caused.
    enum class Rank : quint8 { Cause = 0, Packet = 1, Effect = 2 };
    static Rank rankOf(const Event &event);
    // True when event a happened before b (`ia`, `ib` their journal indices, for stability).
    static bool before(const Event &a, qsizetype ia, const Event &b, qsizetype ib);

    // Takes in the events appended to `journal` since the last call. Returns the first position
    // whose event changed (count() before the call when the new ones all went at the end).
    qsizetype update(const Journal &journal);

    qsizetype count() const { return qsizetype(m_order.size()); }
    // The journal index of the event at `position` in time order.
    qsizetype at(qsizetype position) const { return m_order[size_t(position)]; }
    // Events that arrived after one with a later time, since the order was made.
    qsizetype lateCount() const { return m_late; }

private:
    std::vector<quint32> m_order;
    qsizetype m_late = 0;
};

} // namespace SocketScope
