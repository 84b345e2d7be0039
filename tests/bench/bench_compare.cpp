// What comparing two sessions costs (File > Compare with), for sessions of N = 10, 100 and
// 1000 TCP connections recorded for real on loopback: A closes every connection the normal
// way, B aborts them (RST instead of FIN), so every connection has differences to list.
// Prints, per N: the events and compared steps of each side, the time to line the two up
// (SessionDiff), and the time the compare window takes to compare again and refill its list
// (what a live session costs it on every refresh while it grows), as median and worst, and
// how often the window then compares a growing live session again (500 ms, or longer so that
// comparing takes at most a tenth of its time).
// Then, per N, a live session growing: side A's events fed in 5% at a time from 80% on, and
// after each step the cost of comparing again from nothing (before: what every live refresh
// did) against bringing the last diff up to date (after: SessionDiff::update, and the window's
// catchUp, which also changes only the lines of its list that changed), with a check that
// both give the same rows, and how many rows the update made anew out of how many there are.
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
#include <tuple>
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

// Appends events [from, to) of `source` to `into`, its texts and payloads with them.
void copyEvents(const Journal &source, Journal &into, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        Event e = source.at(i);
        e.local = into.intern(source.string(e.local));
        e.remote = into.intern(source.string(e.remote));
        e.text = into.intern(source.string(e.text));
        e.host = into.intern(source.string(e.host));
        if (e.kind == EventKind::TcpInfo)
            e.payload = e.payload ? into.storeTcpInfo(source.tcpInfo(e.payload)) : 0;
        else
            e.payload = e.payload ? into.storePayload(source.payload(e.payload)) : 0;
        into.append(e);
    }
}

bool sameRows(const SessionDiff &x, const SessionDiff &y)
{
    if (x.rows().size() != y.rows().size() || x.differences().size() != y.differences().size())
        return false;
    for (size_t r = 0; r < x.rows().size(); ++r) {
        const SessionDiff::Row &a = x.rows()[r];
        const SessionDiff::Row &b = y.rows()[r];
        if (a.a != b.a || a.b != b.b || a.difference != b.difference)
            return false;
    }
    return true;
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
    std::vector<std::tuple<int, std::unique_ptr<Journal>, std::unique_ptr<Journal>>> kept;
    for (const int n : {10, 100, 1000}) {
        std::unique_ptr<Journal> a = record(n, false);
        std::unique_ptr<Journal> b = record(n, true);
        auto keptB = std::make_unique<Journal>();
        copyEvents(*b, *keptB, 0, b->count());
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
        kept.emplace_back(n, std::move(a), std::move(keptB));
    }

    std::printf("\nbench_compare: side A live, growing 5%% at a time from 80%% of its events; per refresh\n");
    std::printf("%6s %6s %12s %12s %12s %12s %9s %14s %13s %16s\n", "N", "steps", "full med ms",
        "full max ms", "update med", "update max", "same", "tracks kept", "window med ms", "rows made/all");
    for (auto &[n, a, b] : kept) {
        const qsizetype total = a->count();
        Journal growing;
        copyEvents(*a, growing, 0, total * 80 / 100);
        TimelineLayout layoutB(b.get());
        layoutB.update();
        layoutB.settleDatagrams(std::numeric_limits<qint64>::max());
        TimelineLayout layoutA(&growing);
        layoutA.update();
        SessionDiff incremental(layoutA, layoutB);
        auto windowB = std::make_unique<Journal>();
        copyEvents(*b, *windowB, 0, b->count());
        CompareWindow window(&growing, QStringLiteral("live"), std::move(windowB), QStringLiteral("abort"));
        std::vector<double> full;
        std::vector<double> update;
        std::vector<double> windowMs;
        bool same = true;
        qsizetype tracksKept = 0;
        qsizetype tracks = 0;
        qsizetype rowsMade = 0;
        qsizetype rows = 0;
        int steps = 0;
        for (qsizetype at = total * 80 / 100; at < total; ++steps) {
            const qsizetype next = std::min(total, at + std::max<qsizetype>(1, total * 5 / 100));
            copyEvents(*a, growing, at, next);
            at = next;
            layoutA.update();
            QElapsedTimer clock;
            clock.start();
            const SessionDiff fresh(layoutA, layoutB);
            full.push_back(double(clock.nsecsElapsed()) / 1e6);
            clock.restart();
            incremental.update(layoutA, layoutB);
            update.push_back(double(clock.nsecsElapsed()) / 1e6);
            same = same && sameRows(fresh, incremental);
            tracksKept += incremental.tracksKept();
            tracks += incremental.tracksKept() + incremental.tracksAligned();
            rowsMade += incremental.rowsMade();
            rows += qsizetype(incremental.rows().size());
            clock.restart();
            window.catchUp();
            windowMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v.empty() ? 0.0 : v[v.size() / 2];
        };
        const auto worst = [](const std::vector<double> &v) {
            return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
        };
        std::printf("%6lld %6d %12.2f %12.2f %12.2f %12.2f %9s %13.0f%% %13.2f %7lld/%-8lld\n",
            static_cast<long long>(n), steps, median(full), worst(full), median(update), worst(update),
            same ? "yes" : "NO", tracks ? 100.0 * double(tracksKept) / double(tracks) : 0.0, median(windowMs),
            static_cast<long long>(steps ? rowsMade / steps : 0),
            static_cast<long long>(steps ? rows / steps : 0));
        std::fflush(stdout);
    }
    return 0;
}
