#include "capture/capturefeed.h"
#include "capture/pcapngwriter.h"
#include "framebuilder.h"
#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"

#include "framestream.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <time.h>

using namespace SocketScope;
using namespace FrameBuilder;
namespace FS = SocketScope::FrameStream;

namespace {

constexpr quint32 kLoopback = 0x7f000001;

quint64 monotonicNow()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return quint64(ts.tv_sec) * 1000000000ull + quint64(ts.tv_nsec);
}

// A frame stream like the helper writes: a header, one loopback interface (Ethernet, as
// libpcap reports Linux's lo), then frames.
class StreamBuilder
{
public:
    explicit StreamBuilder(const std::string &host = {}, std::uint32_t linkType = FS::kLinkTypeEthernet)
    {
        m_bytes = FS::header();
        FS::Interface i;
        i.iface = 7;
        i.linkType = linkType;
        i.name = "lo";
        i.host = host;
        FS::appendInterface(m_bytes, i);
    }
    void tcpFrame(quint32 src, quint16 sport, quint32 dst, quint16 dport, quint32 seq, quint32 ack,
        quint8 flags, const QByteArray &payload = {}, quint64 monotonic = monotonicNow())
    {
        frame(ethernet(0x0800, ipv4(src, dst, 6, tcp(sport, dport, seq, ack, flags, 1000, payload))),
            monotonic);
    }
    void udpFrame(quint32 src, quint16 sport, quint32 dst, quint16 dport, const QByteArray &payload)
    {
        frame(ethernet(0x0800, ipv4(src, dst, 17, udp(sport, dport, payload))), monotonicNow());
    }
    void frame(const QByteArray &bytes, quint64 monotonic)
    {
        FS::appendFrame(m_bytes, 7, 1700000000ull * 1000000000ull + ++m_frames, monotonic,
            quint32(bytes.size()), FS::Direction::Unknown, bytes.constData(), std::size_t(bytes.size()));
    }
    QByteArray bytes() const { return QByteArray(m_bytes.data(), qsizetype(m_bytes.size())); }
    std::string &raw() { return m_bytes; }

private:
    std::string m_bytes;
    quint64 m_frames = 0;
};

QList<Event> segments(const Journal &journal)
{
    QList<Event> found;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        if (journal.at(i).kind == EventKind::Segment && journal.at(i).source == EventSource::Capture)
            found.append(journal.at(i));
    }
    return found;
}

} // namespace

// The capture feed turns a helper's frame stream into `segment` events matched to the lab's
// real sockets: the sender wins, then the receiver, then a listener for a connection request.
class TestCaptureFeed : public QObject
{
    Q_OBJECT

private slots:
    void matchesRealLabSockets()
    {
        Journal journal;
        KernelView kernel(KernelSocketSource::best());
        Lab lab(&journal, &kernel);
        kernel.start();
        const Lab::Opened listener = lab.listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 serverPort = lab.info(listener.id)->localPort;
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, serverPort);
        QTRY_COMPARE(lab.info(client.id)->qtState, QAbstractSocket::ConnectedState);
        qint32 accepted = -1;
        QTRY_VERIFY([&] {
            for (const qint32 id : lab.socketIds()) {
                if (lab.info(id)->role == SocketRole::Accepted)
                    accepted = id;
            }
            return accepted >= 0;
        }());
        const quint16 clientPort = lab.info(client.id)->localPort;
        const Lab::Opened udp = lab.bindUdp(QHostAddress::LocalHost, 0);
        const quint16 udpPort = lab.info(udp.id)->localPort;

        CaptureFeed feed(&journal, &lab);
        QSignalSpy counts(&feed, &CaptureFeed::countsChanged);
        QSignalSpy announced(&feed, &CaptureFeed::interfaceAnnounced);
        QVERIFY(counts.isValid() && announced.isValid());
        StreamBuilder stream;
        stream.tcpFrame(kLoopback, clientPort, kLoopback, serverPort, 100, 0, FlagSyn);
        stream.tcpFrame(kLoopback, serverPort, kLoopback, clientPort, 900, 101, FlagSyn | FlagAck);
        stream.tcpFrame(kLoopback, clientPort, kLoopback, serverPort, 101, 901, FlagAck);
        stream.tcpFrame(kLoopback, clientPort, kLoopback, serverPort, 101, 901, FlagPsh | FlagAck, "hello");
        // A connection request from somewhere the lab has no socket: the listener gets it.
        stream.tcpFrame(0x7f000009, 5555, kLoopback, serverPort, 7, 0, FlagSyn);
        // The same from the outside, but not a SYN: nobody's.
        stream.tcpFrame(0x7f000009, 5555, kLoopback, serverPort, 8, 1, FlagAck);
        // UDP to the bound socket from a stranger: received by it.
        stream.udpFrame(0x7f000005, 999, kLoopback, udpPort, "dgram");
        // An ARP frame: counted, not journalled.
        stream.frame(ethernet(0x0806, QByteArray(28, '\0')), monotonicNow());
        feed.feed(stream.bytes());
        QVERIFY(feed.streamError().isEmpty());
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.first().at(0).toString(), QStringLiteral("lo"));
        QCOMPARE(counts.count(), 1); // once per batch, not per frame
        QCOMPARE(feed.counts().frames, 8);
        QCOMPARE(feed.counts().segments, 7);
        QCOMPARE(feed.counts().notDecoded, 1);
        QCOMPARE(feed.counts().matched, 6);

        const QList<Event> seen = segments(journal);
        QCOMPARE(seen.size(), 7);
        QCOMPARE(seen[0].socket, client.id); // the client sent the SYN
        QCOMPARE(seen[1].socket, accepted); // the accepted socket sent SYN+ACK
        QCOMPARE(seen[2].socket, client.id);
        QCOMPARE(seen[3].socket, client.id);
        QCOMPARE(seen[4].socket, listener.id); // a SYN for the listener
        QCOMPARE(seen[5].socket, -1);
        QCOMPARE(seen[6].socket, udp.id);

        const Event &syn = seen[0];
        QCOMPARE(syn.proto, Protocol::Tcp);
        QCOMPARE(syn.flags, quint8(FlagSyn));
        QCOMPARE(syn.value, 100);
        QCOMPARE(syn.value2, 0);
        QCOMPARE(syn.window, 1000u);
        QCOMPARE(journal.string(syn.local), QStringLiteral("127.0.0.1:%1").arg(clientPort));
        QCOMPARE(journal.string(syn.remote), QStringLiteral("127.0.0.1:%1").arg(serverPort));
        QCOMPARE(journal.string(syn.text), QStringLiteral("lo"));
        QCOMPARE(syn.host, 0u); // this machine's own network
        QCOMPARE(seen[1].value, 900);
        QCOMPARE(seen[1].value2, 101);
        QCOMPARE(seen[3].length, 5u);
        QCOMPARE(seen[6].proto, Protocol::Udp);
        QCOMPARE(seen[6].length, 5u);
        QCOMPARE(journal.string(seen[6].local), QStringLiteral("127.0.0.5:999"));
        // On the journal's clock, never ahead of it and inside the session.
        for (const Event &e : seen) {
            QVERIFY(e.t <= journal.now());
            QVERIFY(e.t >= 0);
        }
        QVERIFY(!eventsOf(journal, client.id, EventKind::Segment).isEmpty());

        // A socket that is closed but still listed by the kernel (TIME_WAIT) still matches.
        QVERIFY(!lab.close(client.id));
        QTRY_VERIFY(!lab.info(client.id)->isOpen());
        StreamBuilder late;
        late.tcpFrame(kLoopback, clientPort, kLoopback, serverPort, 106, 901, FlagFin | FlagAck);
        feed.feed(late.bytes().mid(qsizetype(FS::header().size()))); // the header came already
        // (the interface record again, which a restarted helper would also send, is fine)
        QCOMPARE(segments(journal).last().socket, client.id);
    }

    void hostMustMatch()
    {
        // A packet seen in lab host "pc-a" never belongs to a socket on this machine's network.
        Journal journal;
        Lab lab(&journal, nullptr);
        const Lab::Opened udp = lab.bindUdp(QHostAddress::LocalHost, 0);
        const quint16 port = lab.info(udp.id)->localPort;
        CaptureFeed feed(&journal, &lab);
        StreamBuilder stream("pc-a");
        stream.udpFrame(0x7f000005, 999, kLoopback, port, "x");
        feed.feed(stream.bytes());
        const QList<Event> seen = segments(journal);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].socket, -1);
        QCOMPARE(journal.string(seen[0].host), QStringLiteral("pc-a"));
    }

    void carriesTheWindowScaleShift()
    {
        // The shift a SYN offers goes into its event; RFC 7323 counts one above 14 as 14. A
        // SYN without the option, and every other segment, carries none.
        Journal journal;
        Lab lab(&journal, nullptr);
        CaptureFeed feed(&journal, &lab);
        StreamBuilder stream;
        const auto frame = [&](quint8 flags, const QByteArray &options) {
            stream.frame(ethernet(0x0800,
                             ipv4(kLoopback, kLoopback, 6, tcpWithOptions(1, 2, 3, 4, flags, 512, options))),
                monotonicNow());
        };
        frame(FlagSyn, QByteArray("\x02\x04\x05\xb4\x01\x03\x03\x07", 8));
        frame(FlagSyn | FlagAck, QByteArray("\x03\x03\x0f", 3));
        frame(FlagSyn, QByteArray());
        frame(FlagAck, QByteArray("\x03\x03\x07", 3));
        feed.feed(stream.bytes());
        const QList<Event> seen = segments(journal);
        QCOMPARE(seen.size(), 4);
        QCOMPARE(int(seen[0].windowScale), 7);
        QCOMPARE(int(seen[1].windowScale), 14);
        QCOMPARE(seen[2].windowScale, Event::kNoWindowScale);
        QCOMPARE(seen[3].windowScale, Event::kNoWindowScale);
        QCOMPARE(seen[0].window, 512u); // the header's own field, unscaled
    }

    void wildcardListenerAndNewSockets()
    {
        Journal journal;
        Lab lab(&journal, nullptr);
        CaptureFeed feed(&journal, &lab);
        StreamBuilder stream;
        feed.feed(stream.bytes());
        // Opened after the feed started: the index follows the lab.
        const Lab::Opened any = lab.listenTcp(QHostAddress::AnyIPv4, 0);
        QVERIFY(!any.error);
        const quint16 port = lab.info(any.id)->localPort;
        StreamBuilder more;
        more.tcpFrame(0x0a000001, 4000, 0x0a000002, port, 1, 0, FlagSyn);
        feed.feed(more.bytes().mid(qsizetype(FS::header().size())));
        QCOMPARE(segments(journal).last().socket, any.id);
        // A SYN+ACK is not a connection request.
        DecodedPacket p;
        p.proto = Protocol::Tcp;
        p.flags = FlagSyn | FlagAck;
        p.destination = DecodedPacket::mappedIPv4(0x0a000002);
        p.destinationPort = port;
        QCOMPARE(feed.match(p, QString()), -1);
        p.flags = FlagSyn;
        QCOMPARE(feed.match(p, QString()), any.id);
        QCOMPARE(feed.match(p, QStringLiteral("router")), -1);
        QVERIFY(!lab.close(any.id));
    }

    void splitAnywhereAndDamaged()
    {
        Journal journal;
        CaptureFeed feed(&journal);
        StreamBuilder stream;
        for (int i = 0; i < 20; ++i)
            stream.tcpFrame(kLoopback, 1000, kLoopback, 2000, quint32(i), 0, FlagAck, QByteArray(i, 'z'));
        FS::appendStatus(
            stream.raw(), FS::StatusCode::PermissionDenied, "You don't have permission to capture");
        FS::appendDrops(stream.raw(), 7, 3);
        QSignalSpy status(&feed, &CaptureFeed::statusReceived);
        QVERIFY(status.isValid());
        const QByteArray bytes = stream.bytes();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            feed.feed(bytes.mid(i, 1)); // one byte at a time
        QCOMPARE(feed.counts().segments, 20);
        QCOMPARE(feed.counts().kernelDrops, 3);
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.first().at(0).value<CaptureFeed::Status>(), CaptureFeed::Status::PermissionDenied);
        QCOMPARE(status.first().at(1).toString(), QStringLiteral("You don't have permission to capture"));
        QCOMPARE(segments(journal).at(19).length, 19u);
        QCOMPARE(segments(journal).at(19).socket, -1); // no lab

        // A record that claims to be huge: reported once, nothing more read, no crash.
        QSignalSpy broken(&feed, &CaptureFeed::streamBroken);
        std::string bad;
        FS::Detail::beginRecord(bad, FS::RecordType::Frame, FS::kMaxBody + 1);
        feed.feed(QByteArrayView(bad.data(), qsizetype(bad.size())));
        QCOMPARE(broken.count(), 1);
        QVERIFY(!feed.streamError().isEmpty());
        feed.feed(stream.bytes());
        QCOMPARE(feed.counts().segments, 20);

        // Not a frame stream at all.
        CaptureFeed other(&journal);
        other.feed(QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n"));
        QVERIFY(!other.streamError().isEmpty());
        // A frame for an interface never announced.
        CaptureFeed third(&journal);
        std::string orphan = FS::header();
        FS::appendFrame(orphan, 99, 1, 1, 4, FS::Direction::Unknown, "abcd", 4);
        third.feed(QByteArrayView(orphan.data(), qsizetype(orphan.size())));
        QCOMPARE(third.counts().notDecoded, 1);
    }

    void clockIsClamped()
    {
        Journal journal;
        CaptureFeed feed(&journal);
        Event first;
        first.t = journal.now();
        first.kind = EventKind::Bound;
        journal.append(first);
        StreamBuilder stream;
        // Long ago, in the future, and with no stamp at all.
        stream.tcpFrame(kLoopback, 1, kLoopback, 2, 0, 0, FlagAck, {}, 1);
        stream.tcpFrame(kLoopback, 1, kLoopback, 2, 0, 0, FlagAck, {}, monotonicNow() + 60'000'000'000ull);
        stream.tcpFrame(kLoopback, 1, kLoopback, 2, 0, 0, FlagAck, {}, 0);
        feed.feed(stream.bytes());
        const QList<Event> seen = segments(journal);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[0].t, 0); // before the session started: held at its start
        QVERIFY(seen[1].t <= journal.now());
        QVERIFY(seen[2].t >= first.t);
        // The journal's zero sits on CLOCK_MONOTONIC where its own clock says it does.
        const qint64 mono = qint64(monotonicNow()) - journal.monotonicStartNs();
        const qint64 own = journal.now();
        QVERIFY(qAbs(mono - own) < 50'000'000); // same clock; only the two reads apart
    }

    // A burst of packets read late (a busy window, the 2 ms hold) keeps the kernel's stamps,
    // even though the journal then holds it after something that happened later: readers
    // order by time (TimeOrder), so nothing is moved to look as if it came later.
    void lateBurstKeepsKernelStamps()
    {
        Journal journal;
        CaptureFeed feed(&journal);
        const quint64 sent = monotonicNow();
        QTest::qWait(60); // the app journals something while the packets wait
        Event later;
        later.t = journal.now();
        later.kind = EventKind::Connected;
        journal.append(later);
        StreamBuilder stream;
        for (quint32 i = 0; i < 8; ++i) // 1 us apart on the wire
            stream.tcpFrame(kLoopback, 1, kLoopback, 2, i, 0, FlagAck, {}, sent + i * 1000);
        feed.feed(stream.bytes());
        const QList<Event> seen = segments(journal);
        QCOMPARE(seen.size(), 8);
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].t, qint64(sent + quint64(i) * 1000) - journal.monotonicStartNs());
            QVERIFY(seen[i].t < later.t); // sent before, however late it was read
        }
    }

    void writesEveryFrameToPcapng()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Journal journal;
        CaptureFeed feed(&journal);
        PcapngWriter writer;
        QVERIFY(writer.open(dir.filePath(QStringLiteral("feed.pcapng"))));
        feed.setPcapWriter(&writer);
        StreamBuilder stream;
        stream.tcpFrame(kLoopback, 1, kLoopback, 2, 0, 0, FlagSyn);
        stream.frame(ethernet(0x0806, QByteArray(28, '\0')), monotonicNow()); // not decoded, still written
        feed.feed(stream.bytes());
        QCOMPARE(writer.interfaceCount(), 1u);
        QCOMPARE(writer.packetsWritten(), 2);
        // Flushed after the batch: the file already holds both.
        QVERIFY(QFileInfo(writer.fileName()).size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestCaptureFeed)
#include "tst_capturefeed.moc"
