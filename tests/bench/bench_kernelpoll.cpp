// What watching the kernel costs: one KernelView::poll() (read the kernel's socket list and
// match it to the lab's sockets) with 1,000 open lab sockets, and the share of one core that
// makes at the idle and the busy poll interval; then the same at 10,000 sockets where the
// descriptor limit allows. Prints figures; never fails on a timing.

#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "kernel/procnetsource.h"
#include "lab/lab.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>
#include <time.h>

using namespace SocketScope;

namespace {

qint64 cpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Opens `connections` loopback connections through the lab and waits until every one is
// accepted. Returns how many lab sockets are open.
int openConnections(Lab &lab, int connections)
{
    const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0, 4096);
    if (listener.error)
        return 0;
    const quint16 port = lab.info(listener.id)->localPort;
    int opened = 0;
    for (int i = 0; i < connections; ++i) {
        if (lab.connectTcp(QHostAddress::LocalHost, port).error)
            break;
        ++opened;
        if (i % 50 == 49)
            QCoreApplication::processEvents(); // let the listener keep up with the queue
    }
    const auto acceptedCount = [&] {
        int count = 0;
        for (const qint32 id : lab.socketIds()) {
            const SocketInfo *info = lab.info(id);
            if (info && info->parent == listener.id && info->isOpen())
                ++count;
        }
        return count;
    };
    QDeadlineTimer deadline(60'000);
    while (acceptedCount() < opened && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return 1 + opened + acceptedCount();
}

struct Cost
{
    double medianUs = 0;
    double cpuUs = 0; // CPU time per poll, as the process was charged
};

size_t g_kernelSockets = 0;

Cost measure(KernelView &view, int rounds)
{
    std::vector<double> wall;
    wall.reserve(size_t(rounds));
    view.poll(); // warm up
    const qint64 cpuStart = cpuNanoseconds();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.poll();
        wall.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    const qint64 cpu = cpuNanoseconds() - cpuStart;
    g_kernelSockets = view.sockets().size();
    std::sort(wall.begin(), wall.end());
    return {wall[wall.size() / 2], double(cpu) / 1000.0 / rounds};
}

void report(const char *source, int sockets, const Cost &cost)
{
    // KernelView stretches its interval to kCostFactor times the last poll's CPU time, at most
    // kMaxIntervalMs.
    const auto effective = [&](int intervalMs) {
        return std::max(double(intervalMs),
            std::min(cost.cpuUs / 1000.0 * KernelView::kCostFactor, double(KernelView::kMaxIntervalMs)));
    };
    const auto share = [&](double intervalMs) { return cost.cpuUs / (intervalMs * 1000.0) * 100.0; };
    std::printf("%-10s %6d lab sockets, %6zu kernel sockets: poll() %8.1f us median wall, %8.1f us CPU\n",
        source, sockets, g_kernelSockets, cost.medianUs, cost.cpuUs);
    std::printf(
        "%-10s   at the nominal intervals: %6.3f %% of one core idle (%d ms), %6.2f %% busy (%d ms)\n",
        source, share(KernelView::kIdleIntervalMs), KernelView::kIdleIntervalMs,
        share(KernelView::kBusyIntervalMs), KernelView::kBusyIntervalMs);
    std::printf(
        "%-10s   as KernelView runs it:    %6.3f %% of one core idle (%.0f ms), %6.2f %% busy (%.0f ms)\n",
        source, share(effective(KernelView::kIdleIntervalMs)), effective(KernelView::kIdleIntervalMs),
        share(effective(KernelView::kBusyIntervalMs)), effective(KernelView::kBusyIntervalMs));
}

void run(int connections, const char *label)
{
    Journal journal;
    KernelView view(KernelSocketSource::best());
    if (!view.isAvailable()) {
        std::printf("%s: no kernel view on this system; nothing to measure\n", label);
        return;
    }
    Lab lab(&journal, &view);
    const int sockets = openConnections(lab, connections);
    std::printf("%s: asked for %d connections, %d lab sockets open\n", label, connections, sockets);
    const int rounds = sockets > 5000 ? 50 : 200;
    report(qPrintable(view.sourceName()), sockets, measure(view, rounds));

    // The /proc fallback on the same sockets, for comparison.
    KernelView proc(std::make_unique<ProcNetSource>());
    if (proc.isAvailable())
        report("/proc/net", sockets, measure(proc, rounds / 4 + 1));
    lab.closeAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    const rlim_t before = limit.rlim_cur;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
    std::printf("open-file limit: soft %llu raised to %llu (hard %llu)\n",
        static_cast<unsigned long long>(before), static_cast<unsigned long long>(limit.rlim_cur),
        static_cast<unsigned long long>(limit.rlim_max));

    run(500, "1,000 sockets");

    // Each TCP lab socket holds two descriptors (Qt's and the one kept for half-close), and
    // each connection has two lab sockets; leave some room for everything else.
    const long long room = (static_cast<long long>(limit.rlim_cur) - 200) / 4;
    const int big = int(std::min<long long>(5000, room));
    if (big < 5000)
        std::printf("10,000 sockets: the descriptor limit allows only %d connections\n", big);
    if (big > 500)
        run(big, big == 5000 ? "10,000 sockets" : "as many sockets as the limit allows");
    return 0;
}
