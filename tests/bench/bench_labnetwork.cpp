// Prints the virtual lab network's figures: how long the lab takes to build, how long a packet
// takes from the wire to the timeline, and how many packets a second its capture keeps up with.
#include "benchstats.h"
#include "capture/capturefeed.h"
#include "journal/journal.h"
#include "lab/lab.h"
#include "network/labnetwork.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QThread>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace SocketScope;

namespace {

void line(const char *what, double value, const char *unit, const char *note = "")
{
    std::printf("%-52s %10.2f %s  %s\n", what, value, unit, note);
}

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// A UDP socket made in `host` and bound to address:port, as a plain descriptor.
int udpSocket(LabNetwork &network, const char *address, quint16 port)
{
    const SocketPlacement::Place place
        = network.place(Protocol::Udp, QHostAddress(QString::fromLatin1(address)));
    if (place.descriptor < 0)
        return -1;
    sockaddr_in where {};
    where.sin_family = AF_INET;
    where.sin_port = htons(port);
    where.sin_addr.s_addr = htonl(QHostAddress(QString::fromLatin1(address)).toIPv4Address());
    if (::bind(int(place.descriptor), reinterpret_cast<sockaddr *>(&where), sizeof where) != 0) {
        ::close(int(place.descriptor));
        return -1;
    }
    return int(place.descriptor);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("== virtual lab network (router, pc-a, pc-b, remote; a user namespace of its own)\n");

    // Start-up: from nothing to a lab with three hosts, a router and captures on every port.
    std::vector<double> starts;
    for (int i = 0; i < 5; ++i) {
        LabNetwork network;
        QElapsedTimer t;
        t.start();
        if (!network.start()) {
            std::printf("the lab network cannot be built here: %s\n", qPrintable(network.problem()));
            return 0; // a figure we cannot take is reported, not failed
        }
        starts.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    line("lab start-up (median of 5)", BenchStats::percentile(starts, 0.5), "ms");
    line("lab start-up (slowest of 5)", BenchStats::percentile(starts, 1.0), "ms");

    Journal journal;
    LabNetwork network;
    network.start();
    Lab lab(&journal, nullptr);
    lab.setPlacement(&network);
    CaptureFeed feed(&journal, &lab);
    feed.attach(network.frames());
    TimelineLayout layout(&journal);

    // Wire to timeline: a datagram sent from pc-b until its captured copy is in the journal
    // and the timeline has read it.
    const int sender = udpSocket(network, "192.168.0.11", 5000);
    const int receiver = udpSocket(network, "192.168.0.10", 6000);
    if (sender < 0 || receiver < 0) {
        std::printf("could not make the lab's UDP sockets\n");
        return 1;
    }
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(6000);
    to.sin_addr.s_addr = htonl(QHostAddress(QStringLiteral("192.168.0.10")).toIPv4Address());
    spin(100);
    std::vector<double> latencies;
    for (int i = 0; i < 60; ++i) {
        const qint64 before = feed.counts().segments;
        QElapsedTimer t;
        t.start();
        ::sendto(sender, "x", 1, 0, reinterpret_cast<sockaddr *>(&to), sizeof to);
        while (feed.counts().segments == before && t.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        layout.update();
        latencies.push_back(double(t.nsecsElapsed()) / 1e6);
        spin(5);
    }
    line("capture to timeline, median", BenchStats::percentile(latencies, 0.5), "ms");
    line("capture to timeline, 95th percentile", BenchStats::percentile(latencies, 0.95), "ms");

    // Throughput: bursts of datagrams from pc-b to pc-a at rising rates; every frame seen on
    // pc-b's eth0 and pc-a's eth0 and on the router's ports should arrive in the journal.
    char drain[2048];
    for (const int rate : {5000, 20000, 50000}) {
        const int seconds = 1;
        const int total = rate * seconds;
        const qint64 segmentsBefore = feed.counts().segments;
        const qint64 dropsBefore = feed.counts().kernelDrops;
        QElapsedTimer t;
        t.start();
        int sent = 0;
        while (sent < total) {
            const qint64 due = qint64(sent) * 1'000'000'000 / rate;
            if (t.nsecsElapsed() < due) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
                while (::recv(receiver, drain, sizeof drain, MSG_DONTWAIT) > 0) { }
                continue;
            }
            for (int burst = 0; burst < 50 && sent < total; ++burst, ++sent)
                ::sendto(sender, "payload", 7, 0, reinterpret_cast<sockaddr *>(&to), sizeof to);
        }
        const double sendSeconds = double(t.nsecsElapsed()) / 1e9;
        // Let the capture catch up.
        qint64 last = -1;
        while (feed.counts().segments != last) {
            last = feed.counts().segments;
            spin(300);
            while (::recv(receiver, drain, sizeof drain, MSG_DONTWAIT) > 0) { }
        }
        // Each datagram crosses four capture points: pc-b eth0, the router's two ports, pc-a eth0.
        const qint64 seen = feed.counts().segments - segmentsBefore;
        const qint64 expected = qint64(total) * 4;
        char what[96];
        std::snprintf(what, sizeof what, "captured at %d datagrams/s (x4 capture points)", rate);
        char note[96];
        std::snprintf(note, sizeof note, "%lld of %lld seen, kernel drops %lld", static_cast<long long>(seen),
            static_cast<long long>(expected),
            static_cast<long long>(feed.counts().kernelDrops - dropsBefore));
        line(what, double(seen) / sendSeconds, "packets/s", note);
    }
    ::close(sender);
    ::close(receiver);
    return 0;
}
