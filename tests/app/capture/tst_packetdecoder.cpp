#include "capture/packetdecoder.h"
#include "framebuilder.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QtTest>

using namespace SocketScope;
using namespace FrameBuilder;

namespace {

constexpr quint32 kA = 0x7f000001; // 127.0.0.1
constexpr quint32 kB = 0xc0a8000a; // 192.168.0.10

QByteArray synTo8080()
{
    return ipv4(kA, kB, 6, tcp(40000, 8080, 1000, 0, FlagSyn, 65495, {}, 20));
}

} // namespace

// The decoder takes real frames apart for every link type a capture can hand it, and says why
// for anything it cannot decode, without reading past the bytes it got.
class TestPacketDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<quint32>("linkType");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("proto");
        QTest::addColumn<bool>("ipv6");
        QTest::addColumn<int>("sourcePort");
        QTest::addColumn<int>("destinationPort");
        QTest::addColumn<int>("flags");
        QTest::addColumn<quint32>("seq");
        QTest::addColumn<quint32>("ack");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("payload");
        QTest::addColumn<int>("linkHeader");
        QTest::addColumn<int>("networkHeader");
        QTest::addColumn<int>("transportHeader");

        const int tcpP = int(Protocol::Tcp);
        const int udpP = int(Protocol::Udp);
        QTest::newRow("ethernet SYN with options")
            << PacketDecoder::kEthernet << ethernet(0x0800, synTo8080()) << tcpP << false << 40000 << 8080
            << int(FlagSyn) << 1000u << 0u << 65495 << 0 << 14 << 20 << 40;
        QTest::newRow("ethernet SYN+ACK")
            << PacketDecoder::kEthernet
            << ethernet(0x0800, ipv4(kB, kA, 6, tcp(8080, 40000, 4000000000u, 1001, FlagSyn | FlagAck, 512)))
            << tcpP << false << 8080 << 40000 << int(FlagSyn | FlagAck) << 4000000000u << 1001u << 512 << 0
            << 14 << 20 << 20;
        QTest::newRow("802.1Q tagged data")
            << PacketDecoder::kEthernet
            << ethernet(0x0800, ipv4(kA, kB, 6, tcp(1, 2, 5, 6, FlagPsh | FlagAck, 100, "hello")), {0})
            << tcpP << false << 1 << 2 << int(FlagPsh | FlagAck) << 5u << 6u << 100 << 5 << 18 << 20 << 20;
        QTest::newRow("802.1ad + 802.1Q")
            << PacketDecoder::kEthernet << ethernet(0x0800, ipv4(kA, kB, 17, udp(53, 5353, "abc")), {1, 0})
            << udpP << false << 53 << 5353 << 0 << 0u << 0u << 0 << 3 << 22 << 20 << 8;
        QTest::newRow("IPv4 options") << PacketDecoder::kRaw << ipv4(kA, kB, 17, udp(9, 10, "xy"), 8) << udpP
                                      << false << 9 << 10 << 0 << 0u << 0u << 0 << 2 << 0 << 28 << 8;
        QTest::newRow("linux SLL") << PacketDecoder::kLinuxSll
                                   << sll(0x0800, ipv4(kA, kA, 6, tcp(3, 4, 7, 8, FlagFin | FlagAck, 9)))
                                   << tcpP << false << 3 << 4 << int(FlagFin | FlagAck) << 7u << 8u << 9 << 0
                                   << 16 << 20 << 20;
        QTest::newRow("linux SLL2") << PacketDecoder::kLinuxSll2
                                    << sll2(0x0800, ipv4(kA, kA, 6, tcp(3, 4, 7, 0, FlagRst, 0))) << tcpP
                                    << false << 3 << 4 << int(FlagRst) << 7u << 0u << 0 << 0 << 20 << 20
                                    << 20;
        const QByteArray a6 = v6("20010db8000000000000000000000001");
        const QByteArray b6 = v6("20010db8000000000000000000000002");
        QTest::newRow("ethernet IPv6 TCP")
            << PacketDecoder::kEthernet
            << ethernet(0x86dd, ipv6(a6, b6, 6, tcp(443, 50000, 1, 2, FlagAck, 7, "12345678"))) << tcpP
            << true << 443 << 50000 << int(FlagAck) << 1u << 2u << 7 << 8 << 14 << 40 << 20;
        {
            // A hop-by-hop header (8 bytes) before UDP.
            QByteArray hop;
            hop.append(char(17)).append('\0').append(QByteArray(6, '\0'));
            QTest::newRow("IPv6 extension header")
                << PacketDecoder::kRaw << ipv6(a6, b6, 0, hop + udp(1000, 2000, "q")) << udpP << true << 1000
                << 2000 << 0 << 0u << 0u << 0 << 1 << 0 << 48 << 8;
        }
        QTest::newRow("raw IPv4 (228)") << PacketDecoder::kIPv4 << ipv4(kA, kB, 17, udp(1, 2, {})) << udpP
                                        << false << 1 << 2 << 0 << 0u << 0u << 0 << 0 << 0 << 20 << 8;
        QTest::newRow("raw IPv6 (229)") << PacketDecoder::kIPv6 << ipv6(a6, b6, 17, udp(1, 2, "z")) << udpP
                                        << true << 1 << 2 << 0 << 0u << 0u << 0 << 1 << 0 << 40 << 8;
        QTest::newRow("BSD loopback IPv4")
            << PacketDecoder::kNull << null(2, synTo8080()) << tcpP << false << 40000 << 8080 << int(FlagSyn)
            << 1000u << 0u << 65495 << 0 << 4 << 20 << 40;
        QTest::newRow("BSD loopback IPv6")
            << PacketDecoder::kNull << null(30, ipv6(a6, b6, 17, udp(7, 8, ""))) << udpP << true << 7 << 8
            << 0 << 0u << 0u << 0 << 0 << 4 << 40 << 8;
        {
            // Cut by the snap length: the headers are there, the payload length comes from IP.
            QByteArray cut
                = ethernet(0x0800, ipv4(kA, kB, 6, tcp(5, 6, 1, 1, FlagAck, 1, QByteArray(1000, 'x'))));
            cut.truncate(14 + 20 + 20 + 10);
            QTest::newRow("payload cut by snap length")
                << PacketDecoder::kEthernet << cut << tcpP << false << 5 << 6 << int(FlagAck) << 1u << 1u << 1
                << 1000 << 14 << 20 << 20;
        }
        {
            // Ethernet pads short frames to 60 bytes: the IP length, not the frame, says how much.
            QByteArray padded = ethernet(0x0800, ipv4(kA, kB, 6, tcp(5, 6, 1, 1, FlagAck, 1)));
            padded.append(QByteArray(6, '\0'));
            QTest::newRow("ethernet padding") << PacketDecoder::kEthernet << padded << tcpP << false << 5 << 6
                                              << int(FlagAck) << 1u << 1u << 1 << 0 << 14 << 20 << 20;
        }
    }

    void decodes()
    {
        QFETCH(quint32, linkType);
        QFETCH(QByteArray, frame);
        const PacketDecoder::Result r = PacketDecoder::decode(linkType, frame);
        QVERIFY2(r.ok(), PacketDecoder::failureName(r.failure).data());
        const DecodedPacket &p = r.packet;
        QTEST(int(p.proto), "proto");
        QTEST(p.ipv6, "ipv6");
        QTEST(int(p.sourcePort), "sourcePort");
        QTEST(int(p.destinationPort), "destinationPort");
        QTEST(int(p.flags), "flags");
        QTEST(p.seq, "seq");
        QTEST(p.ack, "ack");
        QTEST(int(p.window), "window");
        QTEST(int(p.payloadLength), "payload");
        QTEST(int(p.linkHeaderLength), "linkHeader");
        QTEST(int(p.networkHeaderLength), "networkHeader");
        QTEST(int(p.transportHeaderLength), "transportHeader");
    }

    void addresses()
    {
        const PacketDecoder::Result r = PacketDecoder::decode(PacketDecoder::kRaw, synTo8080());
        QVERIFY(r.ok());
        QVERIFY(DecodedPacket::isIPv4Mapped(r.packet.source));
        QCOMPARE(r.packet.source, DecodedPacket::mappedIPv4(kA));
        QCOMPARE(r.packet.destination, DecodedPacket::mappedIPv4(kB));
        QVERIFY(!r.packet.payloadCut);

        const QByteArray a6 = v6("fe800000000000000000000000000001");
        const QByteArray b6 = v6("00000000000000000000000000000001");
        const PacketDecoder::Result r6
            = PacketDecoder::decode(PacketDecoder::kRaw, ipv6(a6, b6, 17, udp(1, 2, {})));
        QVERIFY(r6.ok());
        QVERIFY(!DecodedPacket::isIPv4Mapped(r6.packet.source));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(r6.packet.source.data()), 16), a6);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(r6.packet.destination.data()), 16), b6);
    }

    void readsSynOptions_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<QByteArray>("options");
        QTest::addColumn<int>("windowScale"); // -1: none
        QTest::addColumn<int>("mss"); // -1: none
        QTest::addColumn<bool>("sack");

        const int syn = FlagSyn;
        const int synAck = FlagSyn | FlagAck;
        const QByteArray mss1460("\x02\x04\x05\xb4", 4);
        const QByteArray sackOk("\x04\x02", 2);
        const QByteArray timestamps("\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x00", 10);
        const auto scale = [](int shift) { return QByteArray("\x01\x03\x03", 3) + char(shift); };
        // What Linux sends: MSS, SACK permitted, timestamps, NOP, window scale 7.
        QTest::newRow("linux SYN") << syn << mss1460 + sackOk + timestamps + scale(7) << 7 << 1460 << true;
        QTest::newRow("SYN without options") << syn << QByteArray() << -1 << -1 << false;
        QTest::newRow("SYN+ACK with scale only") << synAck << scale(14) << 14 << -1 << false;
        QTest::newRow("shift 0 is an offer too") << synAck << scale(0) << 0 << -1 << false;
        // RFC 7323 caps the shift a receiver uses at 14; the decoder says what was written.
        QTest::newRow("shift above 14 as written") << syn << scale(15) << 15 << -1 << false;
        QTest::newRow("not on a SYN: ignored") << int(FlagAck) << mss1460 + scale(7) << -1 << -1 << false;
        QTest::newRow("unknown option skipped")
            << syn << QByteArray("\xfe\x04\x03\x03", 4) + scale(2) << 2 << -1 << false;
        QTest::newRow("nothing after end of list")
            << syn << QByteArray(1, '\0') + scale(5) << -1 << -1 << false;
        // Malformed lengths end the reading; what came before stays, nothing is read beyond.
        QTest::newRow("length 0") << syn << mss1460 + QByteArray("\x03\x00\x07", 3) << -1 << 1460 << false;
        QTest::newRow("length 1") << syn << mss1460 + QByteArray("\x03\x01\x07", 3) << -1 << 1460 << false;
        QTest::newRow("length past the header")
            << syn << mss1460 + QByteArray("\x03\x28\x07", 3) << -1 << 1460 << false;
        QTest::newRow("kind in the last byte")
            << syn << QByteArray("\x01\x01\x01\x03", 4) << -1 << -1 << false;
        QTest::newRow("scale with the wrong length")
            << syn << QByteArray("\x03\x04\x07\x00", 4) + sackOk << -1 << -1 << true;
        QTest::newRow("MSS with the wrong length")
            << syn << QByteArray("\x02\x03\x05", 3) + scale(3) << 3 << -1 << false;
    }

    void readsSynOptions()
    {
        QFETCH(int, flags);
        QFETCH(QByteArray, options);
        const QByteArray frame
            = ipv4(kA, kB, 6, tcpWithOptions(40000, 8080, 1, 0, quint8(flags), 64240, options));
        // Also copied to a buffer of exactly its size, so a read past the end would show under ASan.
        const std::vector<quint8> exact(frame.begin(), frame.end());
        const PacketDecoder::Result r
            = PacketDecoder::decode(PacketDecoder::kRaw, exact.data(), exact.size());
        QVERIFY2(r.ok(), PacketDecoder::failureName(r.failure).data());
        const DecodedPacket &p = r.packet;
        QCOMPARE(int(p.window), 64240);
        QCOMPARE(int(p.transportHeaderLength), 20 + (options.size() + 3) / 4 * 4);
        QTEST(p.windowScale ? int(*p.windowScale) : -1, "windowScale");
        QTEST(p.maximumSegmentSize ? int(*p.maximumSegmentSize) : -1, "mss");
        QTEST(p.sackPermitted, "sack");
    }

    void refuses_data()
    {
        QTest::addColumn<quint32>("linkType");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("failure");
        using F = PacketDecoder::Failure;
        const QByteArray syn = synTo8080();
        QTest::newRow("empty") << PacketDecoder::kEthernet << QByteArray() << int(F::TruncatedLink);
        QTest::newRow("unknown link type") << 147u << syn << int(F::UnknownLinkType);
        QTest::newRow("ethernet cut in header")
            << PacketDecoder::kEthernet << ethernet(0x0800, syn).left(13) << int(F::TruncatedLink);
        QTest::newRow("vlan tag cut")
            << PacketDecoder::kEthernet << ethernet(0x0800, {}, {0}).left(16) << int(F::TruncatedLink);
        QTest::newRow("ARP") << PacketDecoder::kEthernet << ethernet(0x0806, QByteArray(28, '\0'))
                             << int(F::NotIp);
        QTest::newRow("SLL cut") << PacketDecoder::kLinuxSll << sll(0x0800, syn).left(15)
                                 << int(F::TruncatedLink);
        QTest::newRow("SLL2 cut") << PacketDecoder::kLinuxSll2 << sll2(0x0800, syn).left(19)
                                  << int(F::TruncatedLink);
        QTest::newRow("null unknown family") << PacketDecoder::kNull << null(99, syn) << int(F::NotIp);
        QTest::newRow("IP cut") << PacketDecoder::kRaw << syn.left(19) << int(F::TruncatedIp);
        QTest::newRow("raw empty") << PacketDecoder::kRaw << QByteArray() << int(F::TruncatedIp);
        QTest::newRow("version 5") << PacketDecoder::kRaw << QByteArray("\x50") + syn.mid(1)
                                   << int(F::BadIpHeader);
        {
            QByteArray shortIhl = syn;
            shortIhl[0] = char(0x44); // 16-byte header: impossible
            QTest::newRow("IHL below 5") << PacketDecoder::kRaw << shortIhl << int(F::BadIpHeader);
            QByteArray longIhl = syn.left(30);
            longIhl[0] = char(0x4f); // 60-byte header, 30 bytes there
            QTest::newRow("IHL past the end") << PacketDecoder::kRaw << longIhl << int(F::TruncatedIp);
            QByteArray totalTooSmall = syn;
            totalTooSmall[2] = 0;
            totalTooSmall[3] = 10;
            QTest::newRow("total length below header")
                << PacketDecoder::kRaw << totalTooSmall << int(F::BadIpHeader);
            QByteArray totalShort = syn;
            totalShort[2] = 0;
            totalShort[3] = 30; // room for only 10 bytes of a 40-byte TCP header
            QTest::newRow("TCP header past IP length")
                << PacketDecoder::kRaw << totalShort << int(F::BadTransportHeader);
        }
        QTest::newRow("later fragment")
            << PacketDecoder::kRaw << ipv4(kA, kB, 17, QByteArray(16, 'f'), 0, 0x0010) << int(F::Fragment);
        QTest::newRow("ICMP") << PacketDecoder::kRaw << ipv4(kA, kB, 1, QByteArray(8, '\0'))
                              << int(F::NotTcpOrUdp);
        QTest::newRow("TCP cut") << PacketDecoder::kRaw << syn.left(30) << int(F::TruncatedTransport);
        QTest::newRow("TCP options cut") << PacketDecoder::kRaw << syn.left(50) << int(F::TruncatedTransport);
        {
            QByteArray badOffset = ipv4(kA, kB, 6, tcp(1, 2, 3, 4, FlagAck, 5));
            badOffset[20 + 12] = char(0x20); // data offset 8 bytes
            QTest::newRow("TCP data offset below 20")
                << PacketDecoder::kRaw << badOffset << int(F::BadTransportHeader);
            QByteArray badUdp = ipv4(kA, kB, 17, udp(1, 2, "abc"));
            badUdp[20 + 4] = 0;
            badUdp[20 + 5] = 4;
            QTest::newRow("UDP length below 8")
                << PacketDecoder::kRaw << badUdp << int(F::BadTransportHeader);
            QByteArray longUdp = ipv4(kA, kB, 17, udp(1, 2, "abc"));
            longUdp[20 + 5] = char(200);
            QTest::newRow("UDP length past IP")
                << PacketDecoder::kRaw << longUdp << int(F::BadTransportHeader);
        }
        const QByteArray a6 = v6("20010db8000000000000000000000001");
        QTest::newRow("IPv6 cut") << PacketDecoder::kRaw << ipv6(a6, a6, 17, udp(1, 2, {})).left(39)
                                  << int(F::TruncatedIp);
        QTest::newRow("IPv6 zero payload length")
            << PacketDecoder::kRaw << ipv6(a6, a6, 59, {}) << int(F::BadIpHeader);
        {
            QByteArray frag;
            frag.append(char(17)).append('\0');
            FrameBuilder::be16(frag, 0x0100); // offset 32
            FrameBuilder::be32(frag, 7);
            QTest::newRow("IPv6 later fragment")
                << PacketDecoder::kRaw << ipv6(a6, a6, 44, frag + QByteArray(8, 'x')) << int(F::Fragment);
            QByteArray hop;
            hop.append(char(17)).append(char(200)); // claims 1608 bytes
            hop.append(QByteArray(6, '\0'));
            QTest::newRow("IPv6 extension past the end")
                << PacketDecoder::kRaw << ipv6(a6, a6, 0, hop + udp(1, 2, {})) << int(F::BadIpHeader);
        }
    }

    void refuses()
    {
        QFETCH(quint32, linkType);
        QFETCH(QByteArray, frame);
        QFETCH(int, failure);
        const PacketDecoder::Result r = PacketDecoder::decode(linkType, frame);
        QCOMPARE(int(r.failure), failure);
        QVERIFY(!PacketDecoder::failureName(r.failure).isEmpty());
    }

    void neverReadsPastTheEnd()
    {
        // Every prefix of real frames, and random bytes, each copied into a buffer of exactly
        // its size (so AddressSanitizer sees any read past it), for every link type.
        const QList<QByteArray> frames = {
            ethernet(0x0800, synTo8080(), {1, 0}),
            sll2(0x86dd,
                ipv6(v6("20010db8000000000000000000000001"), v6("20010db8000000000000000000000002"), 6,
                    tcp(1, 2, 3, 4, FlagAck, 5, "data"))),
            null(2, ipv4(kA, kB, 17, udp(1, 2, "payload"))),
            // A SYN full of options, the last one claiming more bytes than there are.
            ipv4(kA, kB, 6,
                tcpWithOptions(1, 2, 3, 0, FlagSyn, 5,
                    QByteArray("\x02\x04\x05\xb4\x04\x02\x01\x03\x03\x07\x08\x30", 12))),
        };
        const quint32 types[] = {PacketDecoder::kNull, PacketDecoder::kEthernet, PacketDecoder::kRaw,
            PacketDecoder::kLoop, PacketDecoder::kLinuxSll, PacketDecoder::kIPv4, PacketDecoder::kIPv6,
            PacketDecoder::kLinuxSll2};
        int decoded = 0;
        for (const QByteArray &frame : frames) {
            for (qsizetype n = 0; n <= frame.size(); ++n) {
                for (quint32 type : types) {
                    std::vector<quint8> exact(frame.begin(), frame.begin() + n);
                    decoded += PacketDecoder::decode(type, exact.data(), exact.size()).ok() ? 1 : 0;
                }
            }
        }
        QVERIFY(decoded > 0);
        QRandomGenerator random(12345);
        for (int i = 0; i < 20000; ++i) {
            std::vector<quint8> bytes(size_t(random.bounded(120)));
            for (quint8 &b : bytes)
                b = quint8(random.bounded(256));
            // Steer some towards valid-looking headers so the deeper paths are reached.
            if (bytes.size() > 20 && i % 2 == 0)
                bytes[0] = quint8(i % 4 == 0 ? 0x45 : 0x60);
            PacketDecoder::decode(types[i % 8], bytes.data(), bytes.size());
        }
        QVERIFY(!PacketDecoder::decode(PacketDecoder::kEthernet, nullptr, 100).ok());
    }
};

QTEST_GUILESS_MAIN(TestPacketDecoder)
#include "tst_packetdecoder.moc"
