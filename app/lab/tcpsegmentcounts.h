#pragma once

#include <QtCore/QtGlobal>

namespace SocketScope {

// Segments a connection has sent and received so far, and the window its peer advertises now,
// as the kernel counts them (tcp_info); -1 where it cannot say. Read on demand, not journalled:
// a lesson compares two readings (how many segments a burst of small writes became).
struct TcpSegmentCounts
{
    qint64 sent = -1;
    qint64 received = -1;
    qint64 sendWindow = -1;
};

} // namespace SocketScope
