#pragma once

#include "journal/event.h"

#include <limits>

namespace SocketScope {

// A journal event a lesson promises to produce when it runs to its end, so a test can hold
// every built-in lesson to what its narration says happens.
struct LessonExpectation
{
    EventKind kind = EventKind::Error;
    // For `queue` (length), `data_*` and `datagram_*` (bytes): the event's value is at least this.
    qint64 minValue = std::numeric_limits<qint64>::min();
    // For `state`: the kernel state reached.
    TcpState state = TcpState::Unknown;
    // At least this many such events.
    int count = 1;
};

} // namespace SocketScope
