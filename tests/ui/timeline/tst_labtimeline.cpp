#include "capture/capturefeed.h"
#include "experiments/forwardrule.h"
#include "journal/journal.h"
#include "lab/lab.h"
#include "network/labnetwork.h"
#include "causalorder.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinetext.h"

#include <QtTest/QtTest>

using namespace SocketScope;

// The virtual lab network sees every packet on each computer it crosses. The timeline must
// draw each packet once, straight between two lab sockets where nothing rewrote it, and in two
// legs through the router where the router rewrote it.
class TestLabTimeline : public QObject
{
    Q_OBJECT

private slots:
    void onePacketOneArrow();
};

namespace {
int solidArrowsBetween(const TimelineLayout &layout, LaneId a, LaneId b)
{
    int count = 0;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Segment && !item.isInferred()
            && ((item.lane == a && item.toLane == b) || (item.lane == b && item.toLane == a)))
            ++count;
    }
    return count;
}
// Guessed arrows still shown between two lanes; none once packets were captured there.
int inferredShownBetween(const TimelineLayout &layout, LaneId a, LaneId b)
{
    int count = 0;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Segment && item.isInferred() && !(item.itemFlags & TimelineItem::Hidden)
            && ((item.lane == a && item.toLane == b) || (item.lane == b && item.toLane == a)))
            ++count;
    }
    return count;
}
} // namespace

void TestLabTimeline::onePacketOneArrow()
{
    Journal journal;
    LabNetwork network;
    QVERIFY2(network.start(), qPrintable(network.problem()));
    Lab lab(&journal, nullptr);
    lab.setPlacement(&network);
    CaptureFeed feed(&journal, &lab);
    feed.attach(network.frames());
    QString error;
    const auto rule = ForwardRule::parse(u"tcp:203.0.113.1:8080=192.168.0.10:80", &error);
    QVERIFY(rule);
    QVERIFY(network.addNatRule(*rule).isEmpty());

    const Lab::Opened server = lab.listenTcp(QHostAddress(QStringLiteral("192.168.0.10")), 80);
    QVERIFY(!server.error);
    const Lab::Opened direct = lab.connectTcp(QHostAddress(QStringLiteral("192.168.0.10")), 80,
                                              QHostAddress(QStringLiteral("192.168.0.11")));
    const Lab::Opened forwarded = lab.connectTcp(QHostAddress(QStringLiteral("203.0.113.1")), 8080,
                                                 QHostAddress(QStringLiteral("203.0.113.50")));
    QVERIFY(!direct.error && !forwarded.error);
    // Both handshakes, as seen on both ends' computers, drawn once each: wait until the layout
    // shows them (a copy may be read late), not for a fixed time.
    TimelineLayout layout(&journal);
    const auto faceLane = [&layout] {
        for (qsizetype i = 0; i < qsizetype(layout.lanes().size()); ++i) {
            if (layout.lane(i).translated)
                return LaneId(i);
        }
        return LaneId(-1);
    };
    const auto bothHandshakesDrawn = [&] {
        layout.update();
        const LaneId l = layout.laneOfSocket(server.id);
        const LaneId b = layout.laneOfSocket(direct.id);
        const LaneId r = layout.laneOfSocket(forwarded.id);
        const LaneId f = faceLane();
        return l >= 0 && b >= 0 && r >= 0 && f >= 0 && solidArrowsBetween(layout, b, l) >= 3
               && solidArrowsBetween(layout, r, f) >= 3 && solidArrowsBetween(layout, f, l) >= 3;
    };
    QTRY_VERIFY(feed.counts().segments >= 24);
    QTRY_VERIFY2_WITH_TIMEOUT(bothHandshakesDrawn(), qPrintable(TimelineExporter::toMermaid(layout, 0, layout.itemCount())), 10000);
    const LaneId listener = layout.laneOfSocket(server.id);
    const LaneId pcB = layout.laneOfSocket(direct.id);
    const LaneId remote = layout.laneOfSocket(forwarded.id);
    // S, SA, A between pc-b and the listener: drawn once each, though pc-a and pc-b both saw them.
    QCOMPARE(solidArrowsBetween(layout, pcB, listener), 3);
    // In the order they happened, before connected and accept(), in the exports too.
    CausalOrder::Report report;
    const QStringList problems = CausalOrder::checkAll(layout, &report);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(report.handshakes >= 2);
    // The diagram text carries the captured numbers counted from each side's first, as the
    // timeline and Wireshark show them: a SYN starts at 0, the answer acknowledges 1.
    const QString mermaid = TimelineExporter::toMermaid(layout, 0, layout.itemCount());
    QVERIFY2(mermaid.contains(QLatin1StringView(": SYN seq 0\n")), qPrintable(mermaid));
    QVERIFY2(mermaid.contains(QLatin1StringView(": SYN+ACK seq 0 ack 1\n")), qPrintable(mermaid));
    QCOMPARE(layout.lane(pcB).host, QStringLiteral("pc-b"));
    QVERIFY(TimelineText::laneRole(layout.lane(pcB)).contains(QLatin1String("pc-b")));

    // The forwarded connection: remote talks to the router's face, the router to pc-a.
    const LaneId face = faceLane();
    QVERIFY(face >= 0);
    QCOMPARE(layout.lane(face).local, QStringLiteral("203.0.113.1:8080"));
    QCOMPARE(solidArrowsBetween(layout, remote, face), 3);
    // Lanes in the order of the path: the remote client, the router's face, the listener.
    QVERIFY(layout.rowOf(remote) < layout.rowOf(face));
    QVERIFY(layout.rowOf(face) < layout.rowOf(listener));
    QVERIFY(layout.rowOf(pcB) < layout.rowOf(listener));
    QCOMPARE(solidArrowsBetween(layout, face, listener), 3);
    QCOMPARE(inferredShownBetween(layout, face, listener), 0);
    QCOMPARE(inferredShownBetween(layout, remote, face), 0);
    QCOMPARE(inferredShownBetween(layout, pcB, listener), 0);
    // No lane for the remote client's address seen as "another program" at pc-a.
    for (const TimelineLane &lane : layout.lanes())
        QVERIFY2(!(lane.isOutside() && !lane.translated), qPrintable(lane.local));
}

QTEST_MAIN(TestLabTimeline)
#include "tst_labtimeline.moc"
