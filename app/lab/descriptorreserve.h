#pragma once

#include <QtCore/QtGlobal>

namespace SocketScope {

// Keeps the lab's sockets from taking the last descriptors the process may open. The rest of
// the program needs a few of its own at any time: Qt a pipe for every thread it starts (and it
// aborts the program when it cannot have one), the recording and settings files, the helper
// programs' pipes. The lab asks here before it makes a socket and stops while fewer than
// reserved() would be left.
//
// Counting the open descriptors means reading /proc/self/fd, which costs one step per open
// descriptor; so the count is kept as an estimate between readings and read again only when
// the estimate comes near the reserve.
class DescriptorReserve
{
public:
    DescriptorReserve();

    // True when `count` more descriptors leave the reserve untouched even if a listener then
    // accepts one more connection; they are then counted as taken until the next reading.
    bool take(int count);
    // Reads the count again (descriptors may have closed since): true when `count` more would
    // leave the reserve untouched. Takes nothing.
    bool hasRoom(int count);

    // How many descriptors are kept for the program itself, and the process's limit, as of the
    // last reading.
    int reserved() const { return m_reserve; }
    qint64 limit() const { return m_limit; }
    qint64 inUse() const { return m_limit - m_free; }
    // How many descriptors would have to close before take() stops counting them on every
    // call (0: it does not count them now). Near the limit each take() reads the whole list of
    // open descriptors, which costs as much as there are.
    qint64 wantedForEase() const { return qMax<qint64>(0, recountBelow() - m_free); }

private:
    void recount();
    qint64 recountBelow() const { return qMax<qint64>(qint64(m_reserve) * 4, m_limit / 16); }

    qint64 m_limit = 0;
    qint64 m_free = 0;
    int m_reserve = 0;
};

} // namespace SocketScope
