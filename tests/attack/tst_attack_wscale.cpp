#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timemapper.h"

#include <QtCore/QBuffer>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtTest/QtTest>

using namespace SocketScope;

// Attacks on the window scale a recording carries: shifts and windows no kernel would send,
// the option where it means nothing, and addresses reused by a later connection. The labels
// stay what RFC 7323 says, and the timeline still draws.
class TestAttackWscale : public QObject
{
    Q_OBJECT

private slots:
    void hostileRecordings_data();
    void hostileRecordings();
};

namespace {

// One captured segment line between 127.0.0.1:40000 (client) and 127.0.0.1:5000 (server).
QByteArray line(qint64 t, bool fromClient, const char *flags, qint64 seq, qint64 ack,
    const QByteArray &window, const QByteArray &extra = {})
{
    const QByteArray c = "127.0.0.1:40000";
    const QByteArray s = "127.0.0.1:5000";
    return "{\"t\":" + QByteArray::number(t)
        + ",\"kind\":\"segment\",\"source\":\"capture\",\"proto\":\"tcp\"," + "\"from\":\""
        + (fromClient ? c : s) + "\",\"to\":\"" + (fromClient ? s : c) + "\",\"flags\":\"" + flags
        + "\",\"seq\":" + QByteArray::number(seq) + ",\"ack\":" + QByteArray::number(ack)
        + ",\"len\":0,\"window\":" + window + extra + "}\n";
}

} // namespace

void TestAttackWscale::hostileRecordings_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<int>("damaged");
    QTest::addColumn<QStringList>("expected"); // the labels of the non-SYN arrows, in time order

    const QByteArray max = "4294967295";
    // The largest window a recording can hold, shifted by the largest shift: no wrap to a small
    // number. 4294967295 << 14 = 70368744161280.
    QTest::newRow("largest window and shift")
        << line(1, true, "S", 1, 0, "1", ",\"wscale\":14") + line(2, false, "SA", 9, 2, "1", ",\"wscale\":14")
            + line(3, true, "A", 2, 10, max)
        << 0 << QStringList {QStringLiteral("ACK seq 2 ack 10 win 70368744161280")};
    // A shift no kernel sends counts as 14.
    QTest::newRow("shift 255") << line(1, true, "S", 1, 0, "1", ",\"wscale\":255")
            + line(2, false, "SA", 9, 2, "1", ",\"wscale\":3") + line(3, true, "A", 2, 10, "2")
                               << 0 << QStringList {QStringLiteral("ACK seq 2 ack 10 win 32768")};
    // The option on a segment that is no SYN changes nothing: only the handshake says.
    QTest::newRow("option on an ACK, no handshake") << line(3, true, "A", 2, 10, "2",
        ",\"wscale\":14") << 0 << QStringList {QStringLiteral("ACK seq 2 ack 10 win 2 (scale unknown)")};
    QTest::newRow("option on an ACK, handshake without it")
        << line(1, true, "S", 1, 0, "1") + line(2, false, "SA", 9, 2, "1")
            + line(3, true, "A", 2, 10, "2", ",\"wscale\":14")
        << 0 << QStringList {QStringLiteral("ACK seq 2 ack 10 win 2")};
    // The same addresses used again: each connection by its own handshake, whatever the
    // order the lines were written in.
    QTest::newRow("addresses reused, written out of order")
        << line(12, true, "A", 101, 901, "3") + line(1, true, "S", 1, 0, "1", ",\"wscale\":2")
            + line(2, false, "SA", 9, 2, "1", ",\"wscale\":2") + line(3, true, "A", 2, 10, "3")
            + line(11, false, "SA", 900, 101, "1", ",\"wscale\":5") + line(10, true, "S", 100, 0, "1")
        << 0
        << QStringList {
               QStringLiteral("ACK seq 2 ack 10 win 12"), QStringLiteral("ACK seq 101 ack 901 win 3")};
    // Shifts that are not whole numbers from 0 to 255 damage their line, which is skipped.
    QTest::newRow("damaged shifts") << line(1, true, "S", 1, 0, "1", ",\"wscale\":-1")
            + line(1, true, "S", 1, 0, "1", ",\"wscale\":1.5")
            + line(1, true, "S", 1, 0, "1", ",\"wscale\":\"7\"")
            + line(1, true, "S", 1, 0, "1", ",\"wscale\":1e300")
            + line(1, true, "S", 1, 0, "1", ",\"wscale\":null") + line(3, true, "A", 2, 10, "2")
                                    << 5
                                    << QStringList {QStringLiteral("ACK seq 2 ack 10 win 2 (scale unknown)")};
}

void TestAttackWscale::hostileRecordings()
{
    QFETCH(QByteArray, lines);
    QFETCH(int, damaged);
    QFETCH(QStringList, expected);
    QByteArray text = "{\"format\":\"socketscope-journal\",\"version\":1}\n" + lines;
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Journal journal;
    RecordingReader reader;
    QVERIFY(reader.read(buffer, journal));
    QCOMPARE(int(reader.problems().size()), damaged);

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    TimeMapper mapper;
    mapper.setFolds(&layout.folds());
    TimelinePainter painter(layout, mapper);
    TimelinePainter::LabelOptions options;
    options.absoluteNumbers = true;
    options.window = true;
    painter.setLabelOptions(options);
    QStringList labels;
    for (qsizetype i = 0; i < layout.itemCount(); ++i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (item.isArrow() && !(journal.at(item.event).flags & FlagSyn))
            labels << painter.itemLabel(i);
    }
    QCOMPARE(labels, expected);

    // The longest labels still draw, in a plot too narrow for them.
    painter.setRect(QRectF(0, 0, 320, 200));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    mapper.fit(0, double(layout.itemCount()), 0);
    QImage image(320, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    painter.paintAll(p, {layout.itemCount(), 0});
}

QTEST_MAIN(TestAttackWscale)
#include "tst_attack_wscale.moc"
