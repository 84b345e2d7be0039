// What the kernel's TCP numbers cost: one sock_diag read of the app's own sockets with
// tcp_info (INET_DIAG_INFO) for 1,000 and 10,000 sockets, per poll and as a share of one core
// at the kernel view's poll intervals; then how fast the journal grows per connection per
// second of tcp_info events on a busy connection. Prints figures (BELOW where one misses its
// target); never fails on a timing.
//
// In a full run earlier benchmarks leave thousands of loopback sockets in TIME_WAIT, and a
// read by port lists those that share a port with ours. So this benchmark's sockets live on an
// address of their own (kOwnAddress), only sockets there are counted, and before timing it
// waits (at most kDrainBoundMs, TIME_WAIT's minute and a little) for the others on its ports
// to go; it prints what it excluded.

#include "journal/journal.h"
#include "journal/recordingformat.h"
#include "kernel/kernelview.h"
#include "kernel/sockdiagsource.h"
#include "lab/lab.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

using namespace SocketScope;

namespace {

// The kernel view keeps its polling under 1/kCostFactor of a core.
constexpr double kShareTarget = 100.0 / KernelView::kCostFactor;
// At most one tcp_info event per socket per throttle interval.
constexpr double kEventsPerSecondTarget = 1e9 / double(TcpInfoThrottle::kMinIntervalNs);
// A loopback address no other benchmark uses (all of 127/8 is this machine on Linux).
constexpr quint32 kOwnAddress = (127u << 24) | 93u;
constexpr int kDrainBoundMs = 65'000;

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// `pairs` loopback connections made with plain system calls: 2 * pairs sockets, all ours.
struct Connections
{
    std::vector<int> fds;
    std::vector<quint16> ports;
    ~Connections()
    {
        // Closed with a reset: no TIME_WAIT leftovers to weigh on the next measurement.
        const linger reset {1, 0};
        for (const int fd : fds) {
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            ::close(fd);
        }
    }
};

bool open(Connections &c, int pairs)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(kOwnAddress);
    socklen_t length = sizeof address;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 4096) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    c.fds.push_back(listener);
    c.ports.push_back(ntohs(address.sin_port));
    for (int i = 0; i < pairs; ++i) {
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in source {};
        source.sin_family = AF_INET;
        source.sin_addr.s_addr = htonl(kOwnAddress);
        if (client < 0 || ::bind(client, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0
            || ::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return false;
        c.fds.push_back(client);
        const int accepted = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (accepted < 0)
            return false;
        c.fds.push_back(accepted);
        sockaddr_in local {};
        socklen_t localLength = sizeof local;
        ::getsockname(client, reinterpret_cast<sockaddr *>(&local), &localLength);
        c.ports.push_back(ntohs(local.sin_port));
        // A little data, so every connection has numbers worth reading.
        ::send(client, "x", 1, MSG_NOSIGNAL);
    }
    std::sort(c.ports.begin(), c.ports.end());
    c.ports.erase(std::unique(c.ports.begin(), c.ports.end()), c.ports.end());
    return true;
}

bool isOwn(const KernelSocket &socket)
{
    return socket.localAddress == QHostAddress(kOwnAddress);
}

// Sockets a read by our ports lists that are not ours, and how many of them are in TIME_WAIT.
struct Others
{
    qsizetype all = 0;
    qsizetype timeWait = 0;
};

Others othersIn(const std::vector<KernelSocket> &listed)
{
    Others others;
    for (const KernelSocket &socket : listed) {
        if (isOwn(socket))
            continue;
        ++others.all;
        if (socket.state == TcpState::TimeWait)
            ++others.timeWait;
    }
    return others;
}

void readCost(int sockets)
{
    Connections connections;
    if (!open(connections, sockets / 2)) {
        std::printf("%6d sockets: could not open them (descriptor limit?)\n", sockets);
        return;
    }
    SockDiagSource source;
    std::vector<KernelSocket> out;
    QString error;
    // Other programs' sockets on our ports (earlier benchmarks' TIME_WAIT): wait, within a
    // bound, until the kernel has let them go, so the time is that of reading ours.
    source.setReadTcpInfo(false);
    source.readPorts(connections.ports, out, &error);
    const Others before = othersIn(out);
    QElapsedTimer drain;
    drain.start();
    Others others = before;
    while (others.all > 0 && drain.elapsed() < kDrainBoundMs) {
        ::usleep(500'000);
        source.readPorts(connections.ports, out, &error);
        others = othersIn(out);
    }
    if (before.all > 0)
        std::printf(
            "%6d own sockets: %lld other sockets shared their ports (%lld in TIME_WAIT); waited %.1f s "
            "for them to go, %lld still there%s\n",
            sockets, static_cast<long long>(before.all), static_cast<long long>(before.timeWait),
            double(drain.elapsed()) / 1000.0, static_cast<long long>(others.all),
            others.all > 0 ? " (the kernel passes over them in every read timed below)" : "");
    // The median CPU time of one read of the own sockets, with or without tcp_info.
    const auto medianMs = [&](bool withTcpInfo) {
        source.setReadTcpInfo(withTcpInfo);
        source.readPorts(connections.ports, out, &error); // warm up
        constexpr int kRounds = 20;
        std::vector<double> ms;
        for (int i = 0; i < kRounds; ++i) {
            const qint64 start = threadCpuNs();
            source.readPorts(connections.ports, out, &error);
            ms.push_back(double(threadCpuNs() - start) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    const double without = medianMs(false);
    const double median = medianMs(true);
    const auto own = std::count_if(out.cbegin(), out.cend(), isOwn);
    const auto withInfo = std::count_if(
        out.cbegin(), out.cend(), [](const KernelSocket &s) { return isOwn(s) && s.hasTcpInfo; });
    const Others excluded = othersIn(out);
    const double shareIdle = median / KernelView::kIdleIntervalMs * 100.0;
    const double shareBusy = median / KernelView::kBusyIntervalMs * 100.0;
    std::printf(
        "%6d own sockets: %ld listed (%lld others left out, %lld of them in TIME_WAIT), %ld with "
        "tcp_info; %.3f ms CPU per poll (%.3f ms without tcp_info); %.2f%% of a core at %d ms, %.2f%% "
        "at %d ms%s\n",
        sockets, long(own), static_cast<long long>(excluded.all), static_cast<long long>(excluded.timeWait),
        long(withInfo), median, without, shareIdle, KernelView::kIdleIntervalMs, shareBusy,
        KernelView::kBusyIntervalMs,
        shareIdle > kShareTarget ? "  BELOW (target 2.5% at the idle interval)" : "");
    std::printf("%6d own sockets: %s\n", sockets,
        source.readsTcpInOneWalk() ? "TCP of both address families listed in one walk of the kernel's table"
                                   : "one walk of the kernel's table per address family (this kernel "
                                     "refused the request for both at once)");
}

void journalGrowth()
{
    Journal journal;
    KernelView kernel(std::make_unique<SockDiagSource>());
    Lab lab(&journal, &kernel);
    kernel.start();
    const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
    const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(listener.id)->localPort);
    if (listener.error || client.error) {
        std::printf("journal growth: could not connect\n");
        return;
    }
    QElapsedTimer waited;
    waited.start();
    while (lab.info(client.id)->qtState != QAbstractSocket::ConnectedState && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    // A steady sender keeps the numbers changing: the worst case for the journal.
    QTimer sender;
    QObject::connect(
        &sender, &QTimer::timeout, &lab, [&] { lab.send(client.id, QByteArray(16 * 1024, 'y')); });
    sender.start(2);
    const qint64 from = journal.now();
    const qsizetype firstEvent = journal.count();
    QElapsedTimer run;
    run.start();
    while (run.elapsed() < 3000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        kernel.wakeUp(); // poll as fast as the kernel view ever does
    }
    sender.stop();
    const double seconds = double(journal.now() - from) / 1e9;
    qint64 events = 0;
    qint64 lineBytes = 0;
    QList<qint32> sockets;
    for (qsizetype i = firstEvent; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind != EventKind::TcpInfo)
            continue;
        ++events;
        lineBytes += RecordingFormat::eventLine(journal, e).size();
        if (!sockets.contains(e.socket))
            sockets.append(e.socket);
    }
    const int count = qMax(1, int(sockets.size()));
    const double perSocket = double(events) / seconds / count;
    const double recording = double(lineBytes) / seconds / count;
    const double memory = double(events) * double(sizeof(Event) + sizeof(TcpInfo)) / seconds / count;
    std::printf("journal growth: %lld tcp_info events on %d sockets in %.1f s: %.1f events/s per socket "
                "(bound %.0f)%s; %.0f bytes/s per socket in a recording, %.0f bytes/s in memory\n",
        static_cast<long long>(events), count, seconds, perSocket, kEventsPerSecondTarget,
        perSocket > kEventsPerSecondTarget ? "  BELOW" : "", recording, memory);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    std::printf("reading tcp_info through sock_diag (descriptor limit %llu)\n",
        static_cast<unsigned long long>(limit.rlim_cur));
    readCost(1000);
    readCost(10000);
    journalGrowth();
    return 0;
}
