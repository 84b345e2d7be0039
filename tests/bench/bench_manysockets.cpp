// What a session with very many sockets costs the timeline:
//  - building the layout of 100,000 UDP sockets (each opens, binds, sends one datagram to the
//    socket before it; then all close), and its memory;
//  - painting a 1920x1080 frame of it, at the top and scrolled to the fold line;
//  - exporting it whole to .svg, .png, .mmd and .puml;
//  - the live classroom: real visits (a TCP connection to the classroom listener on loopback, a
//    GET, the page read to its end, close) with the timeline layout following the journal
//    every 30 ms, as the window does.
// By default the classroom part makes 20,000 visits so `./run.sh test` stays short on two
// cores; `bench_manysockets --visits 100000` makes the full run. Prints figures; never fails
// on a timing.

#include "classroom/classroomlistener.h"
#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "models/journalfollower.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timemapper.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace SocketScope;

namespace {

constexpr int kSockets = 100'000;
constexpr int kDefaultVisits = 20'000;
constexpr int kVisitWindow = 4; // visits in flight at once
constexpr int kVisitDeadlineMs = 240'000;

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

QString endpoint(int i)
{
    return QStringLiteral("127.0.0.%1:%2").arg(1 + i / 60000).arg(1024 + i % 60000);
}

void fill(Journal &journal, int sockets)
{
    qint64 t = 0;
    for (int i = 0; i < sockets; ++i) {
        Event e;
        e.socket = i + 1;
        e.proto = Protocol::Udp;
        const auto add = [&](EventKind kind) {
            e.kind = kind;
            e.t = (t += 1000);
            journal.append(e);
        };
        e.role = SocketRole::Udp;
        add(EventKind::SocketOpened);
        e.local = journal.intern(endpoint(i));
        add(EventKind::Bound);
        if (i > 0) {
            e.remote = journal.intern(endpoint(i - 1));
            e.value = 5;
            add(EventKind::DatagramSent);
        }
    }
    for (int i = 0; i < sockets; ++i) {
        Event e;
        e.socket = i + 1;
        e.proto = Protocol::Udp;
        e.kind = EventKind::Closed;
        e.t = (t += 1000);
        journal.append(e);
    }
}

double paintMs(const TimelineLayout &layout, TimelinePainter &painter, QImage &image, int frames)
{
    std::vector<double> ms;
    for (int f = 0; f <= frames; ++f) {
        QElapsedTimer clock;
        clock.start();
        QPainter p(&image);
        painter.paintAll(p, {layout.itemCount(), 0});
        p.end();
        if (f > 0) // the first fills the font caches
            ms.push_back(msSince(clock));
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// One visit: connect from `source`, ask for the page, read it to the end, close. False when
// the classroom did not answer.
bool visit(in_addr_t source, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in from {};
    from.sin_family = AF_INET;
    from.sin_addr.s_addr = source;
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout {5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    bool answered = false;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof from) == 0
        && ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0) {
        static const char request[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        if (::send(fd, request, sizeof request - 1, MSG_NOSIGNAL) == ssize_t(sizeof request - 1)) {
            char buffer[4096];
            ssize_t n = 0;
            while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
                answered = answered || std::memcmp(buffer, "HTTP/1.", 7) == 0;
        }
    }
    ::close(fd);
    return answered;
}

void classroom(int visits)
{
    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    Lab lab(&journal, &kernel);
    kernel.start();
    ClassroomListener listener(&lab);
    if (listener.start()) {
        std::printf("bench_manysockets: the classroom could not listen on loopback\n");
        return;
    }
    TimelineLayout layout(&journal);
    double layoutMs = 0;
    int layoutRuns = 0;
    double worstLayoutMs = 0;
    // As the window follows: a batch of new events read into the layout every 30 ms or so.
    JournalFollower follower(
        &journal,
        [&](qsizetype, qsizetype) {
            QElapsedTimer clock;
            clock.start();
            layout.update();
            const double ms = msSince(clock);
            layoutMs += ms;
            worstLayoutMs = qMax(worstLayoutMs, ms);
            ++layoutRuns;
        },
        nullptr);

    const quint16 port = listener.port();
    std::atomic<int> answered {0};
    std::atomic<int> failed {0};
    std::atomic<int> next {0};
    std::atomic<bool> done {false};
    const qint64 rssBefore = residentBytes();
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> visitors;
    for (int w = 0; w < kVisitWindow; ++w) {
        visitors.emplace_back([&] {
            for (int i = next++; i < visits; i = next++) {
                // Spread over 127.0.0.2 ... 127.0.0.201 so ports and TIME_WAIT pairs do not run out.
                const in_addr_t source = htonl(INADDR_LOOPBACK + 1 + quint32(i % 200));
                (visit(source, port) ? answered : failed)++;
            }
        });
    }
    std::thread joiner([&] {
        for (std::thread &t : visitors)
            t.join();
        done = true;
    });
    while (!done && clock.elapsed() < kVisitDeadlineMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!done) {
        next = visits; // the visitors stop after the visit they are making
        while (!done)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    joiner.join();
    const double seconds = msSince(clock) / 1000;
    // Let the last pages close and the layout read the rest.
    QElapsedTimer settle;
    settle.start();
    while (listener.visitorCount() > 0 && settle.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    follower.catchUp();
    kernel.stop();

    std::printf(
        "bench_manysockets: classroom: %d visits asked, %d pages read, %d failed, in %.1f s: %.0f visits/s\n",
        visits, int(answered), int(failed), seconds, double(answered) / seconds);
    std::printf("bench_manysockets: classroom: timeline followed %lld events, %d lanes: %d layout updates, "
                "%.2f ms mean, %.1f ms worst, %.1f%% of the time\n",
        qlonglong(journal.count()), int(layout.lanes().size()), layoutRuns,
        layoutRuns ? layoutMs / layoutRuns : 0.0, worstLayoutMs, 100 * layoutMs / (seconds * 1000));
    std::printf(
        "bench_manysockets: classroom: journal %.1f MB, layout %.1f MB, resident memory grew by %.1f MB\n",
        double(journal.memoryBytes()) / 1e6, double(layout.memoryBytes()) / 1e6,
        double(residentBytes() - rssBefore) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    int visits = kDefaultVisits;
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--visits"));
    if (at >= 0 && at + 1 < arguments.size())
        visits = qMax(0, arguments.at(at + 1).toInt());

    {
        const qint64 rssBefore = residentBytes();
        Journal journal;
        fill(journal, kSockets);
        TimelineLayout layout(&journal);
        QElapsedTimer clock;
        clock.start();
        layout.update();
        const double layoutMs = msSince(clock);
        std::printf(
            "bench_manysockets: %d UDP sockets, %lld events: layout of %lld items and %d lanes in %.0f ms\n",
            kSockets, qlonglong(journal.count()), qlonglong(layout.itemCount()), int(layout.lanes().size()),
            layoutMs);
        std::printf("bench_manysockets: journal %.1f MB, layout %.1f MB, resident memory grew by %.1f MB\n",
            double(journal.memoryBytes()) / 1e6, double(layout.memoryBytes()) / 1e6,
            double(residentBytes() - rssBefore) / 1e6);

        TimeMapper mapper;
        mapper.setFolds(&layout.folds());
        TimelinePainter painter(layout, mapper);
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        painter.setRect(QRectF(0, 0, 1920, 1080));
        const QRectF plot = painter.plotRect();
        mapper.setPlot(plot.left(), plot.width());
        mapper.fit(0, double(layout.itemCount() - 1), 0);
        const double top = paintMs(layout, painter, image, 10);
        painter.setScrollY(painter.overflowY());
        const double bottom = paintMs(layout, painter, image, 10);
        mapper.setView(double(layout.itemCount()) / 2, 25.0 / plot.width());
        const double zoomed = paintMs(layout, painter, image, 10);
        std::printf("bench_manysockets: 1920x1080 frame, %lld lanes drawn, %lld folded: %.2f ms at the top, "
                    "%.2f ms at the fold line, %.2f ms zoomed in (median)\n",
            qlonglong(painter.rows().lanes().size()), qlonglong(painter.rows().folded()), top, bottom,
            zoomed);

        QTemporaryDir dir;
        for (const char *suffix : {"svg", "png", "mmd", "puml"}) {
            const QString path = dir.filePath(QStringLiteral("out.") + QLatin1StringView(suffix));
            QString error;
            clock.restart();
            const bool ok = TimelineExporter::exportJournal(journal, path, &error);
            const double ms = msSince(clock);
            std::printf("bench_manysockets: export .%s of %d sockets: %.0f ms, %.1f MB%s%s\n", suffix,
                kSockets, ms, double(QFileInfo(path).size()) / 1e6,
                ok ? "" : ", failed: ", qPrintable(error));
        }
    }

    classroom(visits);
    return 0;
}
