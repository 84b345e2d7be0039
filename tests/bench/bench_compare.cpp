// What comparing two sessions costs (File > Compare with), for sessions of N = 10, 100 and
// 1000 TCP connections recorded for real on loopback: A closes every connection the normal
// way, B aborts them (RST instead of FIN), so every connection has differences to list.
// Prints, per N: the events and compared steps of each side, the time to line the two up
// (SessionDiff), and the time the compare window takes to compare again and refill its list
// (what a live session costs it on every refresh while it grows), as median and worst, and
// how often the window then compares a growing live session again (500 ms, or longer so that
// comparing takes at most a tenth of its time).
// Prints figures; never fails.

#include "compare/comparewindow.h"
#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QElapsedTimer>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>
#include <vector>

using namespace SocketScope;

namespace {

// Runs the event loop until `done` says so or `ms` have passed; false on the time limit.
template<typename Done> bool waitFor(Done done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

qsizetype countKind(const Journal &journal, EventKind kind)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < journal.count(); ++i)
        n += journal.at(i).kind == kind ? 1 : 0;
    return n;
}

// A server on loopback and `connections` clients, each saying hello, then closing (or
// aborting) from the client's side. The journal holds what the app and the kernel said.
std::unique_ptr<Journal> record(int connections, bool abort)
{
    auto journal = std::make_unique<Journal>();
    {
        KernelView kernel(KernelSocketSource::best());
        Lab lab(journal.get(), &kernel);
        kernel.start();
        const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0, 4096);
        const quint16 port = lab.info(listener.id)->localPort;
        std::vector<qint32> clients;
        for (int i = 0; i < connections; ++i)
            clients.push_back(lab.connectTcp(QHostAddress::LocalHost, port).id);
        const bool connected = waitFor(
            [&] {
                return std::all_of(clients.begin(), clients.end(), [&](qint32 id) {
                    const SocketInfo *info = lab.info(id);
                    return info && info->qtState == QAbstractSocket::ConnectedState;
                });
            },
            30000);
        if (!connected)
            std::fprintf(stderr, "bench_compare: not every client connected\n");
        for (const qint32 id : clients)
            lab.send(id, QByteArrayLiteral("hello"));
        waitFor([&] { return countKind(*journal, EventKind::DataReceived) >= connections; }, 30000);
        for (const qint32 id : clients) {
            if (abort)
                lab.abort(id);
            else
                lab.close(id);
        }
        // The server's sockets hear of it; then the session is over.
        waitFor([&] { return countKind(*journal, EventKind::Closed) >= 2 * qsizetype(connections); }, 10000);
        lab.closeAll();
        waitFor([] { return false; }, 200);
    }
    return journal;
}

struct Figures
{
    double median = 0;
    double worst = 0;
};

template<typename Work> Figures timeIt(int repeats, Work work)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        clock.start();
        work(i);
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::printf("bench_compare: two loopback sessions of N connections, A closes, B aborts\n");
    std::printf("%6s %9s %9s %9s %9s %7s %12s %12s %12s %12s %11s\n", "N", "events A", "events B", "steps A",
        "steps B", "diffs", "diff med ms", "diff max ms", "window med", "window max", "live every");
    for (const int n : {10, 100, 1000}) {
        std::unique_ptr<Journal> a = record(n, false);
        std::unique_ptr<Journal> b = record(n, true);
        TimelineLayout layoutA(a.get());
        TimelineLayout layoutB(b.get());
        layoutA.update();
        layoutB.update();
        layoutB.settleDatagrams(std::numeric_limits<qint64>::max());
        const int repeats = n >= 1000 ? 7 : 21;
        std::unique_ptr<SessionDiff> diff;
        const Figures lineUp
            = timeIt(repeats, [&](int) { diff = std::make_unique<SessionDiff>(layoutA, layoutB); });

        // The window compares again and refills its list of differences: each change of
        // anchor does what every live refresh does.
        const qsizetype stepsA = diff->stepsCompared(SessionDiff::Side::A);
        const qsizetype stepsB = diff->stepsCompared(SessionDiff::Side::B);
        const qsizetype differences = qsizetype(diff->differences().size());
        const qsizetype eventsA = a->count();
        const qsizetype eventsB = b->count();
        CompareWindow window(a.get(), QStringLiteral("close"), std::move(b), QStringLiteral("abort"));
        const Figures again = timeIt(repeats, [&](int i) {
            window.setAnchor(i % 2 ? SessionDiff::Anchor::FirstSyn : SessionDiff::Anchor::Start);
        });
        std::printf("%6d %9lld %9lld %9lld %9lld %7lld %12.2f %12.2f %12.2f %12.2f %8d ms\n", n,
            static_cast<long long>(eventsA), static_cast<long long>(eventsB), static_cast<long long>(stepsA),
            static_cast<long long>(stepsB), static_cast<long long>(differences), lineUp.median, lineUp.worst,
            again.median, again.worst, window.liveRefreshInterval());
        std::fflush(stdout);
    }
    return 0;
}
