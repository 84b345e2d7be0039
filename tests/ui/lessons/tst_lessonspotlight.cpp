#include "journal/event.h"
#include "lessons/lessonhighlight.h"
#include "lessons/lessonplayer.h"
#include "session/session.h"
#include "timeline/tcpstatediagram.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelinespotlight.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

namespace {

// The arrow kinds the timeline lights now, among the items it has read.
QStringList litArrows(TimelinePanel *timeline)
{
    const TimelineSpotlight &spotlight = timeline->view()->painter().spotlight();
    QStringList kinds;
    for (const TimelineItem &item : timeline->layout().items()) {
        if (item.isArrow() && spotlight.lights(item) && !kinds.contains(TimelineSpotlight::arrowKind(item)))
            kinds << TimelineSpotlight::arrowKind(item);
    }
    kinds.sort();
    return kinds;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

// What a lesson step names reaches the timeline and the state machine: the arrows it made of
// the kinds it names are lit, the others are not, and the states it names are lit in the state
// machine beside the timeline.
class TestLessonSpotlight : public QObject
{
    Q_OBJECT

private slots:
    // Every arrow kind a lesson may name is one the timeline can tell apart.
    void arrowKindOfSegment_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<QString>("name");
        const int segment = TimelineItem::Segment;
        QTest::newRow("SYN") << segment << int(FlagSyn) << 0 << QStringLiteral("SYN");
        QTest::newRow("SYN+ACK") << segment << int(FlagSyn | FlagAck) << 0 << QStringLiteral("SYN+ACK");
        QTest::newRow("ACK") << segment << int(FlagAck) << 0 << QStringLiteral("ACK");
        QTest::newRow("FIN") << segment << int(FlagFin) << 0 << QStringLiteral("FIN");
        QTest::newRow("FIN+ACK") << segment << int(FlagFin | FlagAck) << 0 << QStringLiteral("FIN");
        QTest::newRow("RST+ACK") << segment << int(FlagRst | FlagAck) << 0 << QStringLiteral("RST");
        QTest::newRow("PSH+ACK") << segment << int(FlagPsh | FlagAck) << 5 << QStringLiteral("data");
        QTest::newRow("ACK with bytes") << segment << int(FlagAck) << 1400 << QStringLiteral("data");
        QTest::newRow("datagram") << int(TimelineItem::Datagram) << 0 << 12 << QStringLiteral("datagram");
        QTest::newRow("a call") << int(TimelineItem::Call) << 0 << 0 << QString();
    }

    void arrowKindOfSegment()
    {
        QFETCH(int, kind);
        QFETCH(int, flags);
        QFETCH(int, bytes);
        QFETCH(QString, name);
        TimelineItem item;
        item.kind = TimelineItem::Kind(kind);
        item.code = quint8(flags);
        item.value = bytes;
        QCOMPARE(TimelineSpotlight::arrowKind(item), name);
        if (!name.isEmpty())
            QVERIFY(LessonHighlight::arrowNames().contains(name));
    }

    // An earlier step's arrows of the same kind stay unlit: only what the step made counts.
    void onlyTheStepsOwnItemsAreLit()
    {
        TimelineSpotlight spotlight;
        spotlight.setArrows({QStringLiteral("ACK")});
        spotlight.setFirstEvent(10);
        TimelineItem ack;
        ack.kind = TimelineItem::Segment;
        ack.code = FlagAck;
        ack.event = 9;
        QVERIFY(!spotlight.lights(ack));
        ack.event = 10;
        QVERIFY(spotlight.lights(ack));
        ack.itemFlags = TimelineItem::Hidden; // replaced by a captured one
        QVERIFY(!spotlight.lights(ack));
    }

    void handshakeLightsItsArrowsAndStates()
    {
        Session session(Session::Kind::Live);
        MainWindow window(&session, nullptr);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelinePanel *timeline = window.timeline();
        auto *diagram = timeline->findChild<TcpStateDiagram *>();
        QVERIFY(diagram);
        LessonPlayer *player = window.lessonPlayer();
        QVERIFY(window.openLesson(QStringLiteral("three-way-handshake"), false));
        player->setPaceScale(0);

        const auto runStep = [&](int index) {
            player->next();
            QTRY_VERIFY_WITH_TIMEOUT(player->stepIndex() == index && !player->isBusy(), 10000);
            QVERIFY2(player->status() != LessonPlayer::Status::Failed, qPrintable(player->message()));
        };
        runStep(0); // listen
        QCOMPARE(diagram->lessonStates(), QList<TcpState> {TcpState::Listen});
        QVERIFY(litArrows(timeline).isEmpty());
        runStep(1); // stop accepting
        runStep(2); // connect: SYN, SYN+ACK, ACK
        QCOMPARE(diagram->lessonStates(), (QList<TcpState> {TcpState::SynSent, TcpState::Established}));
        QCOMPARE(timeline->view()->painter().spotlight().arrows(),
            sorted({QStringLiteral("SYN"), QStringLiteral("SYN+ACK"), QStringLiteral("ACK")}));
        // The arrows appear as the timeline reads the journal.
        QTRY_COMPARE_WITH_TIMEOUT(litArrows(timeline),
            sorted({QStringLiteral("SYN"), QStringLiteral("SYN+ACK"), QStringLiteral("ACK")}), 5000);
        runStep(3); // the queue: no arrow named
        QVERIFY(litArrows(timeline).isEmpty());
        QVERIFY(diagram->lessonStates().isEmpty());
        runStep(4);
        runStep(5);
        runStep(6); // data: the handshake's arrows are not lit again
        QTRY_COMPARE_WITH_TIMEOUT(litArrows(timeline), QStringList {QStringLiteral("data")}, 5000);
    }

    void closeLightsBothFins()
    {
        Session session(Session::Kind::Live);
        MainWindow window(&session, nullptr);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelinePanel *timeline = window.timeline();
        auto *diagram = timeline->findChild<TcpStateDiagram *>();
        QVERIFY(diagram);
        LessonPlayer *player = window.lessonPlayer();
        QVERIFY(window.openLesson(QStringLiteral("four-way-close"), false));
        player->setPaceScale(0);
        for (int i = 0; i < 4; ++i) {
            player->next();
            QTRY_VERIFY_WITH_TIMEOUT(player->stepIndex() == i && !player->isBusy(), 10000);
            QVERIFY2(player->status() != LessonPlayer::Status::Failed, qPrintable(player->message()));
        }
        // The client's close(): its FIN is lit, the handshake's SYNs are not.
        QTRY_VERIFY_WITH_TIMEOUT(litArrows(timeline).contains(QStringLiteral("FIN")), 5000);
        QVERIFY(!litArrows(timeline).contains(QStringLiteral("SYN")));
        player->next();
        QTRY_VERIFY_WITH_TIMEOUT(player->stepIndex() == 4 && !player->isBusy(), 10000);
        QCOMPARE(diagram->lessonStates(), (QList<TcpState> {TcpState::FinWait1, TcpState::FinWait2}));
    }
};

QTEST_MAIN(TestLessonSpotlight)
#include "tst_lessonspotlight.moc"
