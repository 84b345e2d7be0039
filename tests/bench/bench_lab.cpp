// What the lab's bookkeeping costs on real loopback sockets, each figure next to a plain
// QTcpServer / QTcpSocket doing the same work in the same run, as a ratio:
//  - accept rate: short connections made by raw client sockets, accepted by a plain
//    QTcpServer, then by a lab listener (journal and kernel view running);
//  - bulk throughput: one connection carrying a stream of 64 KiB writes, plain sockets, then
//    lab sockets (every read journalled);
//  - out of descriptors: the CPU a lab listener uses while clients wait and no descriptor is
//    left to accept them (it should wait for its retry timer, not spin on accept());
//  - a turn of the event loop with 2,000 quiet connections open: plain QTcpSockets, lab
//    sockets with parking off, and lab sockets parked (QuietSockets): what every accept, read
//    and close pays on top of its own work while many connections are held open; and the
//    accept rate of short connections while those 2,000 stay open, the same three ways.
// Prints figures; never fails on a timing.

#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <functional>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

using namespace SocketScope;

namespace {

constexpr int kConnections = 5000;
constexpr int kWindow = 16; // client connects in flight at once
constexpr qint64 kBulkBytes = 1024LL * 1024 * 1024;
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kInFlight = 1024 * 1024; // the sender tops up to this much unsent data
constexpr int kDeadlineMs = 3'000; // per measurement, so the whole run stays short
constexpr int kRuns = 3;
constexpr int kHeldOpen = 2000;
constexpr int kTurns = 2000;

void print(const char *what, double value, const char *unit)
{
    std::printf("%-48s %14.1f %s\n", what, value, unit);
}

// Both sides measured in this run, on the same work; a ratio under its target says BELOW.
void printRatio(const char *what, double lab, double plain, double targetPercent)
{
    const double percent = plain > 0 ? 100.0 * lab / plain : 0.0;
    std::printf("%-48s %13.0f%% of plain (target %.0f%%: %s)\n", what, percent, targetPercent,
        percent >= targetPercent ? "met" : "BELOW");
}

// Makes `count` short connections to `port`, `kWindow` at a time: connect, wait until the
// server side has taken the batch (`accepted` counts them), close. Returns connections
// accepted per second (until the deadline, if the server falls that far behind).
double shortConnections(quint16 port, const std::function<int()> &accepted)
{
    sockaddr_in target {};
    target.sin_family = AF_INET;
    target.sin_port = htons(port);
    target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const QDeadlineTimer deadline(kDeadlineMs);
    QElapsedTimer timer;
    timer.start();
    int made = 0;
    while (made < kConnections && !deadline.hasExpired()) {
        std::vector<int> batch;
        for (int i = 0; i < kWindow; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (fd < 0)
                break;
            if (::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0
                && errno != EINPROGRESS) {
                ::close(fd);
                continue;
            }
            batch.push_back(fd);
        }
        made += int(batch.size());
        while (accepted() < made && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        for (const int fd : batch)
            ::close(fd);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QCoreApplication::processEvents();
    return seconds > 0 ? accepted() / seconds : 0;
}

double plainAcceptRate()
{
    QTcpServer server;
    server.setListenBacklogSize(Lab::kDefaultBacklog);
    int accepted = 0;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++accepted;
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return shortConnections(server.serverPort(), [&] { return accepted; });
}

double labAcceptRate()
{
    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    Lab lab(&journal, &kernel);
    kernel.start();
    const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
    if (listener.error)
        return 0;
    int accepted = 0;
    QObject::connect(&lab, &Lab::socketOpened, &lab, [&](qint32 id) {
        const SocketInfo *info = lab.info(id);
        if (info && info->parent == listener.id)
            ++accepted;
    });
    // The peer's FIN leaves an accepted lab socket half-closed; close it as a server would.
    QObject::connect(&lab, &Lab::socketChanged, &lab, [&](qint32 id) {
        const SocketInfo *info = lab.info(id);
        if (info && info->parent == listener.id && info->isOpen()
            && info->qtState == QAbstractSocket::UnconnectedState)
            lab.close(id);
    });
    const double rate = shortConnections(lab.info(listener.id)->localPort, [&] { return accepted; });
    kernel.stop();
    return rate;
}

// Bytes per second through one loopback connection. `send` writes one chunk; `pending` is
// the sender's unsent bytes; `received` the receiver's total. The caller's signals call
// `topUp` whenever the sender drained.
struct Bulk
{
    std::function<void(const QByteArray &)> send;
    std::function<qint64()> pending;
    std::function<qint64()> received;
};

double runBulk(Bulk &bulk, std::function<void()> &topUp)
{
    const QByteArray chunk(int(kChunk), 'b');
    qint64 sent = 0;
    bool sending = false;
    topUp = [&] {
        // A send may report "drained" from inside itself; the outer loop goes on then.
        if (sending)
            return;
        sending = true;
        while (sent < kBulkBytes && bulk.pending() < kInFlight) {
            sent += kChunk;
            bulk.send(chunk);
        }
        sending = false;
    };
    const QDeadlineTimer deadline(kDeadlineMs);
    QElapsedTimer timer;
    timer.start();
    topUp();
    while (bulk.received() < kBulkBytes && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    topUp = [] {};
    return seconds > 0 ? double(bulk.received()) / seconds : 0;
}

double plainThroughput()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    if (!client.waitForConnected(5000) || !server.waitForNewConnection(5000))
        return 0;
    QTcpSocket *peer = server.nextPendingConnection();
    qint64 received = 0;
    QObject::connect(peer, &QTcpSocket::readyRead, peer, [&] { received += peer->readAll().size(); });
    std::function<void()> topUp = [] {};
    // Topped up when everything went to the kernel, as the lab reports it (below).
    QObject::connect(&client, &QTcpSocket::bytesWritten, &client, [&] {
        if (client.bytesToWrite() == 0)
            topUp();
    });
    Bulk bulk {[&](const QByteArray &data) { client.write(data); }, [&] { return client.bytesToWrite(); },
        [&] { return received; }};
    return runBulk(bulk, topUp);
}

double labThroughput()
{
    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    Lab lab(&journal, &kernel);
    kernel.start();
    const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
    if (listener.error)
        return 0;
    const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(listener.id)->localPort);
    qint32 accepted = -1;
    QDeadlineTimer deadline(5000);
    while ((accepted < 0 || lab.info(client.id)->qtState != QAbstractSocket::ConnectedState)
        && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        for (const qint32 id : lab.socketIds()) {
            if (lab.info(id)->parent == listener.id)
                accepted = id;
        }
    }
    if (accepted < 0)
        return 0;
    std::function<void()> topUp = [] {};
    // The lab says a socket changed when its unsent bytes have all gone to the kernel.
    QObject::connect(&lab, &Lab::socketChanged, &lab, [&](qint32 id) {
        if (id == client.id)
            topUp();
    });
    Bulk bulk {[&](const QByteArray &data) { lab.send(client.id, data); },
        [&] { return lab.info(client.id)->bytesPending; }, [&] { return lab.info(accepted)->bytesIn; }};
    const double rate = runBulk(bulk, topUp);
    kernel.stop();
    return rate;
}

qint64 cpuNanoseconds()
{
    timespec now {};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Runs the event loop for `ms` while three clients wait on a lab listener and every descriptor
// under a lowered limit is taken; returns the CPU time used as a share of the wall time.
double cpuShareWhileOutOfDescriptors(int ms)
{
    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    Lab lab(&journal, &kernel);
    const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0, 16);
    if (listener.error)
        return -1;
    sockaddr_in target {};
    target.sin_family = AF_INET;
    target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    target.sin_port = htons(lab.info(listener.id)->localPort);
    std::vector<int> clients;
    for (int i = 0; i < 3; ++i)
        clients.push_back(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));

    rlimit saved {};
    ::getrlimit(RLIMIT_NOFILE, &saved);
    const int highest = ::fcntl(0, F_DUPFD_CLOEXEC, 0);
    ::close(highest);
    rlimit lowered = saved;
    lowered.rlim_cur = rlim_t(highest) + 64;
    ::setrlimit(RLIMIT_NOFILE, &lowered);
    std::vector<int> fillers;
    for (int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC); fd >= 0;
         fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC))
        fillers.push_back(fd);
    for (const int fd : clients)
        ::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target);

    QElapsedTimer wall;
    wall.start();
    const qint64 cpuBefore = cpuNanoseconds();
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    const double share = double(cpuNanoseconds() - cpuBefore) / double(wall.nsecsElapsed());

    for (const int fd : fillers)
        ::close(fd);
    ::setrlimit(RLIMIT_NOFILE, &saved);
    for (const int fd : clients)
        ::close(fd);
    return share;
}

// `kHeldOpen` raw clients connected to `port`, once `accepted` says the server took them all
// (or a deadline passed); the caller closes them.
std::vector<int> holdOpen(quint16 port, const std::function<int()> &accepted)
{
    sockaddr_in target {};
    target.sin_family = AF_INET;
    target.sin_port = htons(port);
    target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<int> clients;
    const QDeadlineTimer deadline(30'000);
    while (int(clients.size()) < kHeldOpen && !deadline.hasExpired()) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            break;
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0
            && errno != EINPROGRESS) {
            ::close(fd);
            break;
        }
        clients.push_back(fd);
        // A few in flight at a time, so the accept queue never overflows.
        while (accepted() + kWindow <= int(clients.size()) && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    while (accepted() < int(clients.size()) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return clients;
}

// Microseconds per turn of the event loop with nothing to do but look at its descriptors.
double turnMicroseconds()
{
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kTurns; ++i)
        QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e3 / kTurns;
}

double plainTurnWithHeldOpen()
{
    QTcpServer server;
    server.setListenBacklogSize(Lab::kDefaultBacklog);
    int accepted = 0;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (server.nextPendingConnection())
            ++accepted;
    });
    if (!server.listen(QHostAddress::LocalHost, 0))
        return -1;
    const std::vector<int> clients = holdOpen(server.serverPort(), [&] { return accepted; });
    const double turn = turnMicroseconds();
    for (const int fd : clients)
        ::close(fd);
    return accepted == kHeldOpen ? turn : -1;
}

// `park`: the lab parks quiet connections (its default from Lab::kParkFrom sockets on).
double labTurnWithHeldOpen(bool park)
{
    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    Lab lab(&journal, &kernel);
    lab.setParkFrom(park ? Lab::kParkFrom : 0);
    const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
    if (listener.error)
        return -1;
    int accepted = 0;
    QObject::connect(&lab, &Lab::socketOpened, &lab, [&](qint32 id) {
        const SocketInfo *info = lab.info(id);
        if (info && info->parent == listener.id)
            ++accepted;
    });
    const std::vector<int> clients = holdOpen(lab.info(listener.id)->localPort, [&] { return accepted; });
    if (park) {
        const QDeadlineTimer deadline(10'000);
        while (lab.parkedConnections() < accepted && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const double turn = turnMicroseconds();
    const bool parkedAll = !park || lab.parkedConnections() == accepted;
    for (const int fd : clients)
        ::close(fd);
    return accepted == kHeldOpen && parkedAll ? turn : -1;
}

double plainAcceptRateWithHeldOpen()
{
    QTcpServer server;
    server.setListenBacklogSize(Lab::kDefaultBacklog);
    int accepted = 0;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++accepted;
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const std::vector<int> held = holdOpen(server.serverPort(), [&] { return accepted; });
    const int before = accepted;
    const double rate = shortConnections(server.serverPort(), [&] { return accepted - before; });
    for (const int fd : held)
        ::close(fd);
    return before == kHeldOpen ? rate : 0;
}

double labAcceptRateWithHeldOpen(bool park)
{
    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    Lab lab(&journal, &kernel);
    lab.setParkFrom(park ? Lab::kParkFrom : 0);
    kernel.start();
    const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
    if (listener.error)
        return 0;
    int accepted = 0;
    QObject::connect(&lab, &Lab::socketOpened, &lab, [&](qint32 id) {
        const SocketInfo *info = lab.info(id);
        if (info && info->parent == listener.id)
            ++accepted;
    });
    QObject::connect(&lab, &Lab::socketChanged, &lab, [&](qint32 id) {
        const SocketInfo *info = lab.info(id);
        if (info && info->parent == listener.id && info->isOpen()
            && info->qtState == QAbstractSocket::UnconnectedState)
            lab.close(id);
    });
    const quint16 port = lab.info(listener.id)->localPort;
    const std::vector<int> held = holdOpen(port, [&] { return accepted; });
    const int before = accepted;
    if (park) {
        const QDeadlineTimer deadline(10'000);
        while (lab.parkedConnections() < before && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const double rate = shortConnections(port, [&] { return accepted - before; });
    for (const int fd : held)
        ::close(fd);
    kernel.stop();
    return before == kHeldOpen ? rate : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }

    // Each figure is the best of a few alternating runs: the machine is shared, and the best
    // run is the one least disturbed by others.
    const auto best = [](double (*measure)()) {
        double top = 0;
        for (int run = 0; run < kRuns; ++run)
            top = std::max(top, measure());
        return top;
    };
    // One section only, when named (to profile it): accept, bulk, descriptors, turn, held.
    const QString only = app.arguments().value(1);
    const auto runs = [&](const char *section) { return only.isEmpty() || only == QLatin1String(section); };
    if (runs("accept")) {
        std::printf("accept rate: %d short connections, %d connecting at once, best of %d\n", kConnections,
            kWindow, kRuns);
        const double plainAccept = best(plainAcceptRate);
        const double labAccept = best(labAcceptRate);
        print("plain QTcpServer", plainAccept, "connections/s");
        print("lab listener (journal + kernel view)", labAccept, "connections/s");
        printRatio("lab accept rate", labAccept, plainAccept, 90);
    }
    if (runs("bulk")) {

        std::printf("bulk throughput: %lld MiB in 64 KiB writes, one connection, best of %d\n",
            static_cast<long long>(kBulkBytes >> 20), kRuns);
        const double plainBulk = best(plainThroughput);
        const double labBulk = best(labThroughput);
        print("plain QTcpSocket", plainBulk / 1e6, "MB/s");
        print("lab sockets (every read journalled)", labBulk / 1e6, "MB/s");
        printRatio("lab throughput", labBulk, plainBulk, 80);
    }
    if (runs("descriptors")) {

        std::printf("out of descriptors: 3 clients waiting, no descriptor left to accept them, 1 s\n");
        print("CPU time while waiting", 100.0 * cpuShareWhileOutOfDescriptors(1000), "% of wall time");
    }
    if (runs("turn")) {

        std::printf("event loop turn with %d quiet connections open, mean of %d turns (-1: not all open)\n",
            kHeldOpen, kTurns);
        print("plain QTcpSockets", plainTurnWithHeldOpen(), "us per turn");
        print("lab sockets, parking off", labTurnWithHeldOpen(false), "us per turn");
        print("lab sockets, quiet ones parked", labTurnWithHeldOpen(true), "us per turn");
    }
    if (runs("held")) {

        std::printf("accept rate while %d quiet connections stay open: %d short connections, once each\n",
            kHeldOpen, kConnections);
        const double plainHeld = plainAcceptRateWithHeldOpen();
        const double labHeldUnparked = labAcceptRateWithHeldOpen(false);
        const double labHeld = labAcceptRateWithHeldOpen(true);
        print("plain QTcpServer", plainHeld, "connections/s");
        print("lab listener, parking off", labHeldUnparked, "connections/s");
        print("lab listener, quiet ones parked", labHeld, "connections/s");
        printRatio("lab accept rate, quiet ones parked", labHeld, plainHeld, 90);
    }
    return 0;
}
