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
    // `count` descriptors the lab knows it closed: the estimate grows without a reading.
    void give(int count) { m_free = qMin(m_limit, m_free + count); }

    // How many descriptors are kept for the program itself, and the process's limit, as of the
    // last reading.
    int reserved() const { return m_reserve; }
    qint64 limit() const { return m_limit; }
    qint64 inUse() const { return m_limit - m_free; }
    // How many descriptors would have to close to leave `margin` more free than where take()
    // starts counting them again every few calls (0: as many are free). Near the limit a take()
    // reads the whole list of open descriptors now and then, which costs as much as there are.
    qint64 wantedForEase(qint64 margin) const { return qMax<qint64>(0, recountBelow() + margin - m_free); }

private:
    void recount();
    qint64 recountBelow() const { return qMax<qint64>(qint64(m_reserve) * 4, m_limit / 16); }

    qint64 m_limit = 0;
    qint64 m_free = 0;
    int m_reserve = 0;
    int m_takesSinceCount = 0;
};

} // namespace SocketScope
