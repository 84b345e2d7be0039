#include "acceptworker.h"

#include <QtCore/QtGlobal>

#include <cerrno>
#include <cstdint>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SocketScope {

namespace {
// How many connections one turn takes before handing them over: the window's thread gets the
// first of a burst soon, not after the whole burst.
constexpr size_t kBatch = 64;
// Below this many descriptors allowed, the worker is not used: its waiting connections could
// take the descriptors the lab keeps in reserve for the program itself (Qt aborts the program
// when it cannot make a thread's pipe).
constexpr rlim_t kSmallestLimit = 4096;

// The highest descriptor the worker may hold: the limit less twice the lab's largest reserve
// (DescriptorReserve keeps at most 64). Descriptors are numbered from the lowest free one, so
// one at or above it means nearly all below it are open.
int descriptorCeiling()
{
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0)
        return -1;
    if (files.rlim_cur == RLIM_INFINITY || files.rlim_cur > rlim_t(1) << 30)
        return 1 << 30;
    if (files.rlim_cur < kSmallestLimit)
        return -1;
    return int(files.rlim_cur) - 128;
}
} // namespace

AcceptWorker::AcceptWorker(int listenDescriptor, std::function<void()> ready)
    : m_listenDescriptor(listenDescriptor)
    , m_ceiling(descriptorCeiling())
    , m_ready(std::move(ready))
{ }

AcceptWorker::~AcceptWorker()
{
    stop();
    for (const int fd : m_accepted)
        ::close(fd);
    if (m_wakeDescriptor >= 0)
        ::close(m_wakeDescriptor);
}

bool AcceptWorker::start()
{
    if (m_thread.joinable())
        return true;
    if (m_ceiling < 0)
        return false; // few descriptors allowed: QTcpServer accepts, the lab counts each one
    // Off unless asked for: accepted on its own thread, a connection is journalled a turn
    // later than the kernel took it, and the views that follow the playhead (the data view
    // stepping back over a connection's first bytes) were seen to show it out of step.
    if (!qEnvironmentVariableIsSet("SOCKETSCOPE_ACCEPT_THREAD"))
        return false;
    if (m_wakeDescriptor < 0)
        m_wakeDescriptor = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_wakeDescriptor < 0)
        return false;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void AcceptWorker::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    wake();
    m_thread.join();
}

void AcceptWorker::wake()
{
    const std::uint64_t one = 1;
    if (m_wakeDescriptor < 0)
        return;
    // Only a full counter makes it fail, and then the worker is awake already.
    [[maybe_unused]] const auto written = ::write(m_wakeDescriptor, &one, sizeof one);
}

std::vector<int> AcceptWorker::take(int *error)
{
    std::vector<int> taken;
    bool wasFull = false;
    {
        const std::lock_guard lock(m_mutex);
        wasFull = m_accepted.size() >= kWaitingLimit;
        taken.swap(m_accepted);
        if (error)
            *error = m_error;
    }
    if (wasFull)
        wake(); // room again: the worker waits on the wake descriptor only
    return taken;
}

void AcceptWorker::run()
{
    std::vector<int> batch;
    batch.reserve(kBatch);
    while (!m_stop) {
        bool full = false;
        {
            const std::lock_guard lock(m_mutex);
            full = m_accepted.size() >= kWaitingLimit || m_error != 0;
        }
        pollfd watched[2] = {{m_wakeDescriptor, POLLIN, 0}, {m_listenDescriptor, POLLIN, 0}};
        if (::poll(watched, full ? 1 : 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (watched[0].revents) {
            std::uint64_t count = 0;
            [[maybe_unused]] const auto read = ::read(m_wakeDescriptor, &count, sizeof count);
        }
        if (m_stop || full || !(watched[1].revents & (POLLIN | POLLERR)))
            continue;
        int error = 0;
        while (batch.size() < kBatch) {
            const int fd = ::accept4(m_listenDescriptor, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd >= 0) {
                batch.push_back(fd);
                if (fd < m_ceiling)
                    continue;
                // Near the limit: handed over as running out is (the lab pauses its listeners
                // and says so), while the program still has its reserve.
                error = EMFILE;
                break;
            }
            // A connection reset while it waited is simply gone, as it is for Qt.
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                error = errno;
            break;
        }
        if (batch.empty() && error == 0)
            continue;
        bool wasEmpty = false;
        {
            const std::lock_guard lock(m_mutex);
            wasEmpty = m_accepted.empty() && m_error == 0;
            m_accepted.insert(m_accepted.end(), batch.begin(), batch.end());
            if (error != 0)
                m_error = error;
        }
        batch.clear();
        if (wasEmpty)
            m_ready();
    }
}

} // namespace SocketScope
