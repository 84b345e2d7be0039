#include "capture/capturefeed.h"
#include "causalorder.h"
#include "experiments/forwardrule.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "lab/lab.h"
#include "network/labnetwork.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinerows.h"
#include "timeline/timelinetext.h"
#include "timeline/timemapper.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
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
    void arrivalsInRecording_data();
    void arrivalsInRecording();
    void masqueradeThroughFace();
    void computersGrouped_data();
    void computersGrouped();
    void bandTitlesStayInView();
    void scrolledLanesSqueezeToShowSix();
    void droppedAndDuplicate();
    void copiesReadBeforeTheirSocket_data();
    void copiesReadBeforeTheirSocket();
    void loopbackClientBoundToAny();
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
        if (item.kind == TimelineItem::Segment && item.isInferred()
            && !(item.itemFlags & TimelineItem::Hidden)
            && ((item.lane == a && item.toLane == b) || (item.lane == b && item.toLane == a)))
            ++count;
    }
    return count;
}
// A recording of the lab from tests/ui/timeline/data, each line passed through `edit` first
// (which may drop it by returning an empty object, and may add lines to `extra`).
bool readRecording(const QString &name, Journal &journal,
    const std::function<QJsonObject(QJsonObject, QList<QJsonObject> &)> &edit = {})
{
    QFile file(QStringLiteral(SOCKETSCOPE_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = file.readLine(); // the header
    QList<QJsonObject> extra;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QJsonObject event = QJsonDocument::fromJson(line).object();
        if (edit)
            event = edit(event, extra);
        if (!event.isEmpty())
            text += QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    }
    for (const QJsonObject &event : std::as_const(extra))
        text += QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    RecordingReader reader;
    return reader.read(buffer, journal);
}

// Every lab copy of the same packet with the same addresses: where the drawn arrow's times
// must come from.
QList<qint64> copiesOf(const Journal &journal, const Event &drawn)
{
    QList<qint64> times;
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind == EventKind::Segment && e.host && e.local == drawn.local && e.remote == drawn.remote
            && e.flags == drawn.flags && e.value == drawn.value && e.value2 == drawn.value2
            && e.length == drawn.length)
            times.append(e.t);
    }
    std::sort(times.begin(), times.end());
    return times;
}

// A recording's timeline as the painter draws it, for tests of where lanes go.
struct Painted
{
    Journal journal;
    TimelineLayout layout {&journal};
    TimeMapper mapper;
    TimelinePainter painter {layout, mapper};

    bool read(const QString &name)
    {
        if (!readRecording(name, journal) || !layout.update())
            return false;
        mapper.setFolds(&layout.folds());
        return true;
    }
};

// The captured arrows, in order.
QList<TimelineItem> capturedArrows(const TimelineLayout &layout)
{
    QList<TimelineItem> arrows;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Segment && !item.isInferred())
            arrows.append(item);
    }
    return arrows;
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
    const Lab::Opened direct = lab.connectTcp(
        QHostAddress(QStringLiteral("192.168.0.10")), 80, QHostAddress(QStringLiteral("192.168.0.11")));
    const Lab::Opened forwarded = lab.connectTcp(
        QHostAddress(QStringLiteral("203.0.113.1")), 8080, QHostAddress(QStringLiteral("203.0.113.50")));
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
    QTRY_VERIFY2_WITH_TIMEOUT(
        bothHandshakesDrawn(), qPrintable(TimelineExporter::toMermaid(layout, 0, layout.itemCount())), 10000);
    const LaneId listener = layout.laneOfSocket(server.id);
    const LaneId pcB = layout.laneOfSocket(direct.id);
    const LaneId remote = layout.laneOfSocket(forwarded.id);
    // S, SA, A between pc-b and the listener: drawn once each, though pc-a and pc-b both saw them.
    QCOMPARE(solidArrowsBetween(layout, pcB, listener), 3);
    // The kernel's stamps put each copy where it was on the packet's path: on the sender's
    // computer first, on the receiver's last, the router's two cables between. (A copy that
    // arrived while the capture was reading once took the time the reading began.)
    for (const TimelineItem &item : capturedArrows(layout)) {
        const Event &drawn = journal.at(item.event);
        if (item.lane != pcB && item.toLane != pcB)
            continue;
        QList<std::pair<qint64, QString>> copies;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            const Event &e = journal.at(i);
            if (e.kind == EventKind::Segment && e.host && e.local == drawn.local && e.remote == drawn.remote
                && e.flags == drawn.flags && e.value == drawn.value && e.value2 == drawn.value2)
                copies.append({e.t, journal.string(e.host)});
        }
        std::sort(copies.begin(), copies.end());
        const bool fromB = item.lane == pcB;
        QStringList path;
        for (const auto &copy : std::as_const(copies))
            path.append(copy.second);
        const QStringList expected {fromB ? QStringLiteral("pc-b") : QStringLiteral("pc-a"),
            QStringLiteral("router"), QStringLiteral("router"),
            fromB ? QStringLiteral("pc-a") : QStringLiteral("pc-b")};
        QCOMPARE(path, expected);
    }
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
    // pc-b talks to pc-a on their own network: its band sits next to pc-a's, so its arrows
    // pass no other computer's lanes (the router's band is for the forwarded connection).
    const auto sideOfListener = [&](LaneId lane) { return layout.rowOf(lane) < layout.rowOf(listener); };
    QCOMPARE(sideOfListener(pcB), sideOfListener(face) ? false : true);
    QCOMPARE(solidArrowsBetween(layout, face, listener), 3);
    QCOMPARE(inferredShownBetween(layout, face, listener), 0);
    QCOMPARE(inferredShownBetween(layout, remote, face), 0);
    QCOMPARE(inferredShownBetween(layout, pcB, listener), 0);
    // Each arrow leaves when its packet left and reaches its lane when the packet got there;
    // nothing was lost or sent twice.
    for (const TimelineItem &item : capturedArrows(layout)) {
        QVERIFY(item.arrive >= item.t);
        QVERIFY(!item.isDropped());
        QVERIFY(!item.isDuplicate());
    }
    // No lane for the remote client's address seen as "another program" at pc-a.
    for (const TimelineLane &lane : layout.lanes())
        QVERIFY2(!(lane.isOutside() && !lane.translated), qPrintable(lane.local));
}

// Recorded in the lab: each packet captured on every cable it crossed. The arrow drawn for it
// leaves at its first capture and arrives at its last one with the same addresses; where the
// router rewrote it, the rewritten copy is drawn from the router's face on.
void TestLabTimeline::arrivalsInRecording_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<int>("rewritten"); // arrows that end at the router's face

    QTest::newRow("handshake, LAN") << QStringLiteral("lab-handshake.jsonl") << 0;
    QTest::newRow("handshake, LAN, again") << QStringLiteral("lab-handshake-2.jsonl") << 0;
    // Both ways through the router: each rewritten packet reaches the face first.
    QTest::newRow("home router") << QStringLiteral("lesson-home-router.jsonl") << 10;
}

void TestLabTimeline::arrivalsInRecording()
{
    QFETCH(QString, recording);
    QFETCH(int, rewritten);

    Journal journal;
    QVERIFY(readRecording(recording, journal));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    layout.settleDatagrams(std::numeric_limits<qint64>::max());
    const QList<TimelineItem> arrows = capturedArrows(layout);
    QVERIFY(!arrows.isEmpty());
    int toFace = 0;
    int slanted = 0;
    for (const TimelineItem &item : arrows) {
        const Event &drawn = journal.at(item.event);
        if (!drawn.host)
            continue;
        const QList<qint64> copies = copiesOf(journal, drawn);
        const QString what = QStringLiteral("%1 at %2").arg(segmentFlagsName(drawn.flags)).arg(drawn.t);
        // Left at its first capture (or just after the item before it), arrived at its last.
        QVERIFY2(item.t >= copies.first() && item.t <= drawn.t, qPrintable(what));
        QVERIFY2(item.arrive == copies.last(), qPrintable(what));
        QVERIFY2(!item.isDropped() && !item.isDuplicate(), qPrintable(what));
        if (layout.lane(item.toLane).translated)
            ++toFace;
        if (item.arrive > item.t)
            ++slanted;
    }
    QCOMPARE(toFace, rewritten);
    QVERIFY(slanted > arrows.size() / 2);

    if (recording == QLatin1StringView("lab-handshake.jsonl")) {
        // The SYN: pc-b's copy, the router's two, then pc-a's.
        QCOMPARE(arrows.first().code, quint8(FlagSyn));
        QCOMPARE(arrows.first().t, 256453278);
        QCOMPARE(arrows.first().arrive, 256493544);
    }
}

// pc-b calls a server on the internet; the router makes the call come from its own public
// address. Each handshake packet goes pc-b -> the router's face -> the server and back the
// same way, never straight across, with the lanes in that order.
void TestLabTimeline::masqueradeThroughFace()
{
    Journal journal;
    LabNetwork network;
    QVERIFY2(network.start(), qPrintable(network.problem()));
    Lab lab(&journal, nullptr);
    lab.setPlacement(&network);
    CaptureFeed feed(&journal, &lab);
    feed.attach(network.frames());

    const Lab::Opened server = lab.listenTcp(QHostAddress(QStringLiteral("203.0.113.50")), 80);
    QVERIFY(!server.error);
    const Lab::Opened client = lab.connectTcp(
        QHostAddress(QStringLiteral("203.0.113.50")), 80, QHostAddress(QStringLiteral("192.168.0.11")));
    QVERIFY(!client.error);
    TimelineLayout layout(&journal);
    LaneId face = -1;
    const auto drawnThroughFace = [&] {
        layout.update();
        const LaneId c = layout.laneOfSocket(client.id);
        const LaneId l = layout.laneOfSocket(server.id);
        face = c >= 0 ? layout.lane(c).peer : -1;
        return l >= 0 && face >= 0 && layout.lane(face).translated && solidArrowsBetween(layout, c, face) >= 3
            && solidArrowsBetween(layout, face, l) >= 3;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        drawnThroughFace(), qPrintable(TimelineExporter::toMermaid(layout, 0, layout.itemCount())), 10000);
    const LaneId pcB = layout.laneOfSocket(client.id);
    const LaneId listener = layout.laneOfSocket(server.id);
    QVERIFY(layout.lane(face).local.startsWith(QLatin1StringView("203.0.113.1:")));
    QCOMPARE(solidArrowsBetween(layout, pcB, listener), 0);
    QCOMPARE(solidArrowsBetween(layout, pcB, face), 3);
    QCOMPARE(solidArrowsBetween(layout, face, listener), 3);
    QVERIFY(layout.rowOf(pcB) < layout.rowOf(face));
    QVERIFY(layout.rowOf(face) < layout.rowOf(listener));
    const QStringList problems = CausalOrder::checkAll(layout);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Each lab computer's lanes sit together, one band each, the computers in the order the
// paths reach them.
void TestLabTimeline::computersGrouped_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<QString>("groups"); // computer:rows, top to bottom
    // Arrows that pass lanes of a computer that neither sent nor received them, counted once
    // for each such computer's band.
    QTest::addColumn<int>("bandsPassed");

    QTest::newRow("handshake, LAN") << QStringLiteral("lab-handshake.jsonl")
                                    << QStringLiteral("pc-b:1 pc-a:2") << 0;
    // pc-b reaches remote through the router, remote reaches pc-a through its forwarded port:
    // the home network stays on one side of the router, the client (pc-b) on top; only
    // pc-b's packets to the router pass pc-a's band.
    QTest::newRow("home router") << QStringLiteral("lesson-home-router.jsonl")
                                 << QStringLiteral("pc-b:1 pc-a:2 router:2 remote:3") << 3;
    // remote through the forwarded port and pc-b directly, both to pc-a: remote, the router,
    // then pc-a next to pc-b, so no arrow passes a band it does not belong to.
    QTest::newRow("forward and direct") << QStringLiteral("lab-forward-and-direct.jsonl")
                                        << QStringLiteral("remote:1 router:1 pc-a:3 pc-b:1") << 0;
}

void TestLabTimeline::computersGrouped()
{
    QFETCH(QString, recording);
    QFETCH(QString, groups);
    QFETCH(int, bandsPassed);
    Journal journal;
    QVERIFY(readRecording(recording, journal));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    const TimelineRows rows(layout);
    QStringList drawn;
    int next = 0;
    for (const TimelineRows::Group &group : rows.groups()) {
        QCOMPARE(group.firstRow, next);
        next += group.rowCount;
        drawn << QStringLiteral("%1:%2").arg(group.computer).arg(group.rowCount);
    }
    QCOMPARE(next, int(rows.lanes().size()));
    QCOMPARE(drawn.join(QLatin1Char(' ')), groups);

    std::vector<int> bandOfRow(rows.lanes().size());
    for (size_t g = 0; g < rows.groups().size(); ++g) {
        const TimelineRows::Group &group = rows.groups()[g];
        for (int r = group.firstRow; r < group.firstRow + group.rowCount; ++r)
            bandOfRow[size_t(r)] = int(g);
    }
    int passed = 0;
    for (const TimelineItem &item : layout.items()) {
        if (!item.isArrow() || item.isHidden() || rows.rowOf(item.lane) < 0 || rows.rowOf(item.toLane) < 0)
            continue;
        const int from = bandOfRow[size_t(rows.rowOf(item.lane))];
        const int to = bandOfRow[size_t(rows.rowOf(item.toLane))];
        passed += qMax(0, qAbs(from - to) - 1);
    }
    QCOMPARE(passed, bandsPassed);
}

// The same recording, as if the router had lost the last ACK on its way to pc-a, and pc-b had
// then sent its SYN again a second later: the ACK ends where it was last seen (the router's
// cable to pc-a), the second SYN is a duplicate that got through.
void TestLabTimeline::droppedAndDuplicate()
{
    constexpr qint64 kLostAckAtPcA = 256530103;
    constexpr qint64 kAckLastSeen = 256528629;
    constexpr qint64 kLater = 1'000'000'000;
    Journal journal;
    QVERIFY(readRecording(
        QStringLiteral("lab-handshake.jsonl"), journal, [](QJsonObject event, QList<QJsonObject> &extra) {
            const qint64 t = qint64(event.value(QLatin1StringView("t")).toDouble());
            if (t == kLostAckAtPcA)
                return QJsonObject();
            if (event.value(QLatin1StringView("flags")).toString() == QLatin1StringView("S")) {
                QJsonObject again = event;
                again.insert(QLatin1StringView("t"), double(t + kLater));
                extra.append(again);
            }
            return event;
        }));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    layout.settleDatagrams(std::numeric_limits<qint64>::max());

    QList<TimelineItem> syns;
    QList<TimelineItem> acks;
    for (const TimelineItem &item : capturedArrows(layout)) {
        if (item.code == FlagSyn)
            syns.append(item);
        if (item.code == FlagAck && item.value == 0)
            acks.append(item);
    }
    QCOMPARE(syns.size(), 2);
    QVERIFY(!syns[0].isDuplicate() && !syns[0].isDropped());
    QVERIFY(syns[1].isDuplicate());
    QVERIFY(!syns[1].isDropped());
    QCOMPARE(syns[1].arrive - syns[0].arrive, kLater);
    QCOMPARE(acks.size(), 1);
    QVERIFY(acks[0].isDropped());
    QVERIFY(!acks[0].isDuplicate());
    QCOMPARE(acks[0].arrive, kAckLastSeen);
}

// The capture is read on its own schedule: a copy can reach the journal before the app has
// told it which socket the packet belongs to, and is then recorded without one. Whichever
// computer's copies lack their socket, each handshake packet is still drawn once, from pc-b's
// lane to the listener or back, in the order it happened, leaving at its first copy and
// arriving at its last.
void TestLabTimeline::copiesReadBeforeTheirSocket_data()
{
    QTest::addColumn<QStringList>("unmatchedOn"); // the computers whose copies lost their socket

    QTest::newRow("the sender's (pc-b)") << QStringList {QStringLiteral("pc-b")};
    QTest::newRow("the receiver's (pc-a)") << QStringList {QStringLiteral("pc-a")};
    QTest::newRow("both") << QStringList {QStringLiteral("pc-a"), QStringLiteral("pc-b")};
}

void TestLabTimeline::copiesReadBeforeTheirSocket()
{
    QFETCH(QStringList, unmatchedOn);

    Journal journal;
    QVERIFY(readRecording(QStringLiteral("lab-handshake.jsonl"), journal,
        [&unmatchedOn](QJsonObject event, QList<QJsonObject> &) {
            if (event.value(QLatin1StringView("kind")).toString() == QLatin1StringView("segment")
                && unmatchedOn.contains(event.value(QLatin1StringView("host")).toString()))
                event.remove(QLatin1StringView("socket"));
            return event;
        }));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    layout.settleDatagrams(std::numeric_limits<qint64>::max());
    const LaneId pcB = layout.laneOfSocket(2);
    const LaneId listener = layout.laneOfSocket(1);
    QVERIFY(pcB >= 0 && listener >= 0);
    const QString mermaid = TimelineExporter::toMermaid(layout, 0, layout.itemCount());
    QVERIFY2(solidArrowsBetween(layout, pcB, listener) == 3, qPrintable(mermaid));
    CausalOrder::Report report;
    const QStringList problems = CausalOrder::checkAll(layout, &report);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + mermaid));
    QCOMPARE(report.handshakes, 1);
    for (const TimelineItem &item : capturedArrows(layout)) {
        const QList<qint64> copies = copiesOf(journal, journal.at(item.event));
        QCOMPARE(item.t, copies.first());
        QCOMPARE(item.arrive, copies.last());
        QVERIFY(!item.isDropped() && !item.isDuplicate());
    }
}

// A lab client bound to 0.0.0.0 that called its own computer's loopback: the SYN+ACK the
// kernel sends it, to 127.0.0.1, belongs on its lane, not on a lane for "another program".
void TestLabTimeline::loopbackClientBoundToAny()
{
    Journal journal;
    QVERIFY(readRecording(QStringLiteral("lesson-four-way-close.jsonl"), journal));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    for (const TimelineLane &lane : layout.lanes())
        QVERIFY2(!lane.isOutside(), qPrintable(lane.local));
    const LaneId client = layout.laneOfSocket(2);
    const LaneId listener = layout.laneOfSocket(1);
    bool synAck = false;
    for (const TimelineItem &item : capturedArrows(layout)) {
        if (item.code == (FlagSyn | FlagAck)) {
            QCOMPARE(item.lane, listener);
            QCOMPARE(item.toLane, client);
            synAck = true;
        }
    }
    QVERIFY(synAck);
}

// Scrolling the lanes down, each computer's name stays at the top of the plot as long as any
// of its band is in view, as a table's header does, and gives way to the next band's.
void TestLabTimeline::bandTitlesStayInView()
{
    Painted painted;
    QVERIFY(painted.read(QStringLiteral("lesson-home-router.jsonl")));
    TimelinePainter &painter = painted.painter;
    // Too short for its eight lanes: they scroll.
    painter.setRect(QRectF(0, 0, 800, 300));
    const QRectF plot = painter.plotRect();
    QVERIFY(painter.overflowY() > 0);
    const auto &groups = painter.rows().groups();
    QVERIFY(groups.size() >= 3);
    const double h = painter.laneHeight();
    for (double scroll = 0; scroll <= painter.overflowY(); scroll += h / 4) {
        painter.setScrollY(scroll);
        const std::vector<QRectF> titles = painter.groupTitleRects();
        QCOMPARE(titles.size(), groups.size());
        for (size_t g = 0; g < groups.size(); ++g) {
            const double top = plot.top() + groups[g].firstRow * h - scroll;
            const double bottom = top + groups[g].rowCount * h;
            // Inside its own band, always.
            QVERIFY(titles[g].top() >= top - 0.01 && titles[g].bottom() <= bottom + 0.01);
            // A band that reaches over the plot's top with room for its title keeps it there.
            if (top < plot.top() && bottom - titles[g].height() >= plot.top())
                QCOMPARE(titles[g].top(), plot.top());
            else
                QCOMPARE(titles[g].top(),
                    qMin(top, bottom - titles[g].height()) < plot.top() ? bottom - titles[g].height() : top);
        }
    }
}

// Where the lanes must scroll anyway (a lesson beside the timeline on a projector leaves a
// plot for three or four), they are squeezed to show six, down to the least height that holds
// a lane: the remote computer, the router and the server the narration speaks of, not two
// lanes at a comfortable height with the third scrolled away. The strips, switched on, give up
// their own room and go under the markers' labels. A tall plot keeps the comfortable height.
// Scrolled, the lanes tile the plot: a lane scrolled into view is whole, the next one too.
void TestLabTimeline::scrolledLanesSqueezeToShowSix()
{
    Painted painted;
    QVERIFY(painted.read(QStringLiteral("lesson-home-router.jsonl")));
    const TimelineLayout &layout = painted.layout;
    TimelinePainter &painter = painted.painter;
    painter.setLaneRoom(24);
    constexpr double kComfortable = 58 + 24;
    for (const double height : {300.0, 380.0, 1000.0}) {
        painter.setRect(QRectF(0, 0, 800, height));
        const QRectF plot = painter.plotRect();
        const QString sizes = QStringLiteral("plot %1 px high, %2 lines of %3 px (least %4)")
                                  .arg(plot.height())
                                  .arg(painter.rows().lineCount())
                                  .arg(painter.laneHeight())
                                  .arg(painter.minimumLaneHeight());
        QVERIFY2(painter.overflowY() > 0 || height > 500, qPrintable(sizes)); // eight lanes do not fit
        // ... and then share the plot evenly, so a whole number of them fills it: none is cut.
        // Squeezed to the least, the nearest whole number, as long as a lane keeps 85% of it.
        const double least = painter.minimumLaneHeight();
        const double squeezed = qBound(least, plot.height() / 6, kComfortable);
        double lanes = std::floor(plot.height() / squeezed + 1e-6);
        if (squeezed <= least) {
            lanes = std::round(plot.height() / squeezed);
            if (lanes > 1 && plot.height() / lanes < 0.85 * least)
                lanes -= 1;
        }
        const double expected = plot.height() / lanes;
        QVERIFY2(painter.laneHeight() >= 0.85 * least - 0.01, qPrintable(sizes));
        if (height < 500)
            QVERIFY2(qAbs(painter.laneHeight() - expected) < 0.01, qPrintable(sizes));
        else
            QVERIFY2(painter.laneHeight() >= kComfortable, qPrintable(sizes));
        // As many whole lanes in view as that height allows.
        int inView = 0;
        for (size_t lane = 0; lane < layout.lanes().size(); ++lane) {
            const double y = painter.laneY(LaneId(lane));
            if (y - painter.laneHeight() / 2 >= plot.top() - 0.5
                && y + painter.laneHeight() / 2 <= plot.bottom() + 0.5)
                ++inView;
        }
        QVERIFY2(inView == qMin(int(layout.lanes().size()), int(plot.height() / painter.laneHeight() + 0.01)),
            qPrintable(sizes));
        if (height < 500) {
            // Scrolled by whole lanes (as following the playhead does), each lane in view is whole.
            for (int first = 0; first + inView <= int(layout.lanes().size()); ++first) {
                painter.setScrollY(first * painter.laneHeight());
                int whole = 0;
                for (size_t lane = 0; lane < layout.lanes().size(); ++lane) {
                    const double y = painter.laneY(LaneId(lane));
                    const bool touches = y + painter.laneHeight() / 2 > plot.top() + 0.5
                        && y - painter.laneHeight() / 2 < plot.bottom() - 0.5;
                    const bool inside = y - painter.laneHeight() / 2 >= plot.top() - 0.5
                        && y + painter.laneHeight() / 2 <= plot.bottom() + 0.5;
                    QVERIFY2(
                        !touches || inside, qPrintable(sizes + QStringLiteral(": lane %1 cut").arg(lane)));
                    whole += inside ? 1 : 0;
                }
                QCOMPARE(whole, inView);
                // The marks at the edge of the heads count the lanes out of view each way.
                const int below = painter.rows().lineCount() - inView - first;
                QCOMPARE(painter.lanesOutOfView(true), first);
                QCOMPARE(painter.lanesOutOfView(false), below);
                QCOMPARE(painter.laneScrollMark(true).isEmpty(), first == 0);
                QCOMPARE(painter.laneScrollMark(false).isEmpty(), below == 0);
                for (const bool up : {true, false}) {
                    const QRectF mark = painter.laneScrollMark(up);
                    QVERIFY(mark.isEmpty()
                        || (mark.right() <= painter.headWidth() && mark.top() >= plot.top()
                            && mark.bottom() <= plot.bottom()));
                }
            }
            painter.setScrollY(0);
        }
    }
}

QTEST_MAIN(TestLabTimeline)
#include "tst_labtimeline.moc"
