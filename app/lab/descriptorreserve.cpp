#include "descriptorreserve.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>

#include <cerrno>
#include <limits>

namespace SocketScope {

namespace {

// Reserve: an eighth of the limit, at least what a thread, a file and a helper program need
// at once, at most what the whole program has ever been seen to open besides its sockets.
constexpr qint64 kSmallestReserve = 16;
constexpr qint64 kLargestReserve = 64;
// Where no /proc is mounted the count asks descriptor by descriptor, up to this many.
constexpr qint64 kLargestProbe = 65536;
// What a listener may take before the lab hears of it: Qt accepts first and tells after, and
// under load holds up to 30 accepted connections for the next turn of the event loop
// (TcpListener), each costing two descriptors as Lab::onAccepted counts them.
constexpr qint64 kOneAccept = qint64(2) * 31;
// Near the limit, the count is read again after this many takes: what the rest of the program
// opens meanwhile comes out of the reserve, which holds many more.
constexpr int kCountEvery = 16;

qint64 openDescriptors(qint64 limit)
{
    if (DIR *dir = ::opendir("/proc/self/fd")) {
        qint64 count = 0;
        while (const dirent *entry = ::readdir(dir)) {
            if (entry->d_name[0] != '.')
                ++count;
        }
        ::closedir(dir);
        return count - 1; // the directory's own descriptor
    }
    if (errno == EMFILE || errno == ENFILE)
        return limit; // not even one to read the list with
    qint64 count = 0;
    for (int fd = 0; fd < qMin(limit, kLargestProbe); ++fd) {
        if (::fcntl(fd, F_GETFD) != -1)
            ++count;
    }
    return count;
}

qint64 descriptorLimit()
{
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<int>::max();
    return qint64(files.rlim_cur);
}

} // namespace

DescriptorReserve::DescriptorReserve()
{
    recount();
}

void DescriptorReserve::recount()
{
    m_takesSinceCount = 0;
    m_limit = descriptorLimit();
    m_reserve = int(qBound(kSmallestReserve, m_limit / 8, kLargestReserve));
    m_free = qMax<qint64>(0, m_limit - openDescriptors(m_limit));
}

bool DescriptorReserve::take(int count)
{
    // Other parts of the program open and close descriptors too; the estimate is read again
    // well before it could reach the reserve: every few takes once near it, and whenever it
    // says no (sockets may have closed since). Not on every take near it: with thousands open,
    // one reading costs milliseconds, and a server near its limit takes thousands a second.
    ++m_takesSinceCount;
    const bool wouldFail = m_free - count < m_reserve + kOneAccept;
    if (wouldFail || (m_free - count < recountBelow() && m_takesSinceCount >= kCountEvery))
        recount();
    // A listener may accept() more before the lab hears of it (Qt calls accept() first and
    // tells after): room for those connections is kept above the reserve too.
    if (m_free - count < m_reserve + kOneAccept)
        return false;
    m_free -= count;
    return true;
}

bool DescriptorReserve::hasRoom(int count)
{
    recount();
    return m_free - count >= m_reserve;
}

} // namespace SocketScope
