// Hostile tcp_info in a recording drawn as strips by an export: numbers at the edge of what a
// recording may hold, counters that go backwards, readings for a socket that never opened,
// thousands at one instant, time going back. Each picture is written, whole, and the strips
// take only the readings of sockets that have a lane.

#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "timeline/tcpinfostrips.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QBuffer>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QtTest>

using namespace SocketScope;

namespace {

const QByteArray kHeader = QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":1}\n");
const QByteArray kOpened = QByteArrayLiteral(
    "{\"t\":1,\"kind\":\"socket_opened\",\"source\":\"app\",\"socket\":1,\"proto\":\"tcp\","
    "\"role\":\"client\",\"local\":\"127.0.0.1:40000\",\"remote\":\"127.0.0.1:80\"}\n"
    "{\"t\":2,\"kind\":\"connected\",\"source\":\"qt\",\"socket\":1,\"proto\":\"tcp\","
    "\"local\":\"127.0.0.1:40000\",\"remote\":\"127.0.0.1:80\"}\n");

QByteArray reading(qint64 t, qint32 socket, const QByteArray &fields)
{
    return "{\"t\":" + QByteArray::number(t) + ",\"kind\":\"tcp_info\",\"source\":\"kernel\",\"socket\":"
        + QByteArray::number(socket) + ",\"proto\":\"tcp\"," + fields + "}\n";
}

} // namespace

class TestAttackTcp21 : public QObject
{
    Q_OBJECT

private slots:
    void hostileStrips_data()
    {
        QTest::addColumn<QByteArray>("readings");
        QTest::addColumn<int>("samples"); // readings the socket's lane takes

        QTest::newRow("largest numbers")
            << reading(3, 1,
                   "\"cwnd\":9007199254740991,\"srtt_us\":9007199254740991,\"in_flight\":9007199254740991")
                + reading(4, 1, "\"cwnd\":1,\"srtt_us\":0,\"in_flight\":0")
            << 2;
        QTest::newRow("retransmissions go back")
            << reading(3, 1, "\"cwnd\":10,\"srtt_us\":50,\"retrans\":99999999999")
                + reading(4, 1, "\"cwnd\":10,\"srtt_us\":50,\"retrans\":0")
                + reading(5, 1, "\"cwnd\":10,\"srtt_us\":50,\"retrans\":1")
            << 3;
        QTest::newRow("a socket that never opened")
            << reading(3, 99, "\"cwnd\":10,\"srtt_us\":50") + reading(4, -5, "\"cwnd\":10,\"srtt_us\":50")
            << 0;
        QTest::newRow("only the kind") << reading(3, 1, "\"note\":\"x\"") << 1;
        QByteArray many;
        for (int i = 0; i < 5000; ++i)
            many += reading(
                3, 1, "\"cwnd\":" + QByteArray::number(i % 97) + ",\"srtt_us\":" + QByteArray::number(i));
        QTest::newRow("thousands at one instant") << many << 5000;
        QTest::newRow("time goes back")
            << reading(900, 1, "\"cwnd\":10,\"srtt_us\":50") + reading(3, 1, "\"cwnd\":20,\"srtt_us\":60")
            << 2;
    }

    void hostileStrips()
    {
        QFETCH(QByteArray, readings);
        QFETCH(int, samples);
        QByteArray content = kHeader + kOpened + readings;
        QBuffer buffer(&content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(buffer, journal));

        TimelineLayout layout(&journal);
        layout.update();
        TcpInfoStrips strips(layout);
        strips.update();
        const LaneId lane = layout.laneOfSocket(1);
        QVERIFY(lane >= 0);
        QCOMPARE(int(strips.samples(lane).size()), samples);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : {"strips.svg", "strips.png"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QString error;
            QVERIFY2(TimelineExporter::exportJournal(journal, path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        QVERIFY(!QImage(dir.filePath(QStringLiteral("strips.png"))).isNull());
    }
};

QTEST_MAIN(TestAttackTcp21)
#include "tst_attack_tcp21.moc"
