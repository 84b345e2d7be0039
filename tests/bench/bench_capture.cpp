// Capture figures: how many frames a second the feed decodes, matches and journals, and how
// many a second the pcapng writer writes. Figures, not pass/fail.

#include "capture/capturefeed.h"
#include "capture/pcapngwriter.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include "framestream.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>

#include <cstring>

using namespace SocketScope;
namespace FS = SocketScope::FrameStream;

namespace {

// An Ethernet + IPv4 + TCP frame with `payload` bytes, between two loopback endpoints.
std::string frame(quint16 sport, quint16 dport, quint32 seq, int payload)
{
    std::string f(14 + 20 + 20 + size_t(payload), '\0');
    auto *b = reinterpret_cast<unsigned char *>(f.data());
    b[12] = 0x08;
    unsigned char *ip = b + 14;
    ip[0] = 0x45;
    const int total = 40 + payload;
    ip[2] = quint8(total >> 8);
    ip[3] = quint8(total);
    ip[8] = 64;
    ip[9] = 6;
    ip[12] = ip[16] = 127;
    ip[15] = ip[19] = 1;
    unsigned char *tcp = ip + 20;
    tcp[0] = quint8(sport >> 8);
    tcp[1] = quint8(sport);
    tcp[2] = quint8(dport >> 8);
    tcp[3] = quint8(dport);
    tcp[4] = quint8(seq >> 24);
    tcp[5] = quint8(seq >> 16);
    tcp[6] = quint8(seq >> 8);
    tcp[7] = quint8(seq);
    tcp[12] = 0x50;
    tcp[13] = 0x18; // PA
    tcp[14] = 0xff;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int kFrames = 200000;

    // A lab with real sockets, so every frame goes through the matching index.
    Journal journal;
    Lab lab(&journal, nullptr);
    const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
    const quint16 port = lab.info(listener.id)->localPort;
    QList<quint16> clientPorts;
    for (int i = 0; i < 100; ++i) {
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, port);
        clientPorts << lab.info(client.id)->localPort;
    }
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents();

    std::string stream = FS::header();
    FS::Interface lo;
    lo.name = "lo";
    FS::appendInterface(stream, lo);
    for (int i = 0; i < kFrames; ++i) {
        const std::string f = frame(clientPorts[i % clientPorts.size()], port, quint32(i), 100);
        FS::appendFrame(stream, 0, 1, 1, quint32(f.size()), FS::Direction::Unknown, f.data(), f.size());
    }

    QTemporaryDir dir;
    for (const bool withPcap : {false, true}) {
        Journal sink;
        CaptureFeed feed(&sink, &lab);
        PcapngWriter writer;
        if (withPcap) {
            writer.open(dir.filePath(QStringLiteral("bench.pcapng")));
            feed.setPcapWriter(&writer);
        }
        QElapsedTimer timer;
        timer.start();
        // In pieces the size of a pipe read, as from the helper.
        for (size_t at = 0; at < stream.size(); at += 65536)
            feed.feed(QByteArrayView(stream.data() + at, qsizetype(qMin<size_t>(65536, stream.size() - at))));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        out << QStringLiteral("capture feed%1: %2 frames in %3 ms = %4 frames/s (%5 matched to lab sockets)")
                   .arg(withPcap ? QStringLiteral(" + pcapng") : QString())
                   .arg(feed.counts().frames)
                   .arg(seconds * 1000, 0, 'f', 1)
                   .arg(double(feed.counts().frames) / seconds, 0, 'f', 0)
                   .arg(feed.counts().matched)
            << Qt::endl;
    }

    {
        PcapngWriter writer;
        writer.open(dir.filePath(QStringLiteral("write.pcapng")));
        writer.addInterface(1, 65535, QStringLiteral("lo"), QString());
        const std::string f = frame(1, 2, 3, 100);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kFrames; ++i)
            writer.writePacket(
                0, quint64(i), QByteArrayView(f.data(), qsizetype(f.size())), quint32(f.size()));
        writer.flush();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        out << QStringLiteral("pcapng write: %1 frames of %2 bytes in %3 ms = %4 frames/s")
                   .arg(kFrames)
                   .arg(f.size())
                   .arg(seconds * 1000, 0, 'f', 1)
                   .arg(double(kFrames) / seconds, 0, 'f', 0)
            << Qt::endl;
    }
    lab.closeAll();
    return 0;
}
