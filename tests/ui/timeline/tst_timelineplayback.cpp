#include "timeline/timelineplayback.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace SocketScope;

class TestTimelinePlayback : public QObject
{
    Q_OBJECT

private slots:
    void stepping();
    void stepBackHidesTheAppearingItem();
    void liveFollowsAndCatchesUp();
    void speed_data();
    void speed();
    void timerRunsOnlyWhileMoving();
};

void TestTimelinePlayback::stepping()
{
    TimelinePlayback playback;
    playback.setItemCount(10);
    playback.toStart();
    QVERIFY(!playback.isLive());
    QCOMPARE(playback.position(), 0.0);

    playback.stepForward();
    QCOMPARE(playback.target(), 1.0);
    playback.advance(100); // part way: item 0 is appearing
    QVERIFY(playback.position() > 0 && playback.position() < 1);
    QCOMPARE(playback.reveal().count, 0);
    QVERIFY(playback.reveal().progress > 0);
    playback.advance(1000);
    QCOMPARE(playback.position(), 1.0);
    QCOMPARE(playback.currentItem(), qsizetype(0));

    playback.stepForward();
    playback.advance(1000);
    QCOMPARE(playback.position(), 2.0);
    playback.stepBack();
    QCOMPARE(playback.position(), 1.0);
    playback.stepBack();
    playback.stepBack(); // stays at the start
    QCOMPARE(playback.position(), 0.0);

    playback.seek(5);
    QCOMPARE(playback.reveal().count, qsizetype(5));
    playback.toEnd();
    QCOMPARE(playback.position(), 10.0);
    playback.stepForward(); // nothing after the end
    playback.advance(1000);
    QCOMPARE(playback.position(), 10.0);
    playback.seek(99);
    QCOMPARE(playback.position(), 10.0);
}

void TestTimelinePlayback::stepBackHidesTheAppearingItem()
{
    TimelinePlayback playback;
    playback.setItemCount(4);
    playback.toStart();
    playback.stepForward();
    playback.advance(50);
    QVERIFY(playback.position() > 0 && playback.position() < 1);
    playback.stepBack();
    QCOMPARE(playback.position(), 0.0);
}

void TestTimelinePlayback::liveFollowsAndCatchesUp()
{
    TimelinePlayback playback;
    QVERIFY(playback.isLive());
    QSignalSpy moved(&playback, &TimelinePlayback::positionChanged);
    QVERIFY(moved.isValid());
    playback.setItemCount(3);
    QVERIFY(playback.isMoving());
    // At 1x a step takes 1/1.5 s: after one second, 1.5 items are shown.
    playback.advance(1000);
    QCOMPARE(playback.position(), 1.5);
    playback.advance(2000);
    QCOMPARE(playback.position(), 3.0);
    QVERIFY(!playback.isMoving());

    // A burst of 300 events is played within the catch-up time, not over three minutes.
    playback.setItemCount(303);
    playback.advance(qint64(TimelinePlayback::kCatchUpSeconds * 1000) + 50);
    QCOMPARE(playback.position(), 303.0);
    QVERIFY(moved.count() >= 3);

    // Pausing stops following.
    playback.pause();
    playback.setItemCount(310);
    playback.advance(5000);
    QCOMPARE(playback.position(), 303.0);
    playback.setLive(true);
    playback.advance(10000);
    QCOMPARE(playback.position(), 310.0);
}

void TestTimelinePlayback::speed_data()
{
    QTest::addColumn<double>("asked");
    QTest::addColumn<double>("speed");
    QTest::addColumn<double>("afterOneSecond");
    QTest::newRow("tenth") << 0.1 << 0.1 << 0.15;
    QTest::newRow("normal") << 1.0 << 1.0 << 1.5;
    QTest::newRow("double") << 2.0 << 2.0 << 3.0;
    QTest::newRow("ten times") << 10.0 << 10.0 << 8.0; // capped by the backlog of 8
    QTest::newRow("too slow") << 0.01 << 0.1 << 0.15;
    QTest::newRow("too fast") << 50.0 << 10.0 << 8.0;
}

void TestTimelinePlayback::speed()
{
    QFETCH(double, asked);
    QFETCH(double, speed);
    QFETCH(double, afterOneSecond);
    TimelinePlayback playback;
    playback.setSpeed(asked);
    QCOMPARE(playback.speed(), speed);
    playback.setItemCount(8);
    playback.advance(1000);
    QVERIFY2(
        qAbs(playback.position() - afterOneSecond) < 1e-9, qPrintable(QString::number(playback.position())));
}

void TestTimelinePlayback::timerRunsOnlyWhileMoving()
{
    TimelinePlayback playback;
    QVERIFY(!playback.isMoving());
    QSignalSpy moved(&playback, &TimelinePlayback::positionChanged);
    QVERIFY(moved.isValid());
    playback.setItemCount(1);
    QVERIFY(playback.isMoving());
    QTRY_COMPARE(playback.position(), 1.0);
    QTRY_VERIFY(!playback.isMoving());
}

QTEST_GUILESS_MAIN(TestTimelinePlayback)
#include "tst_timelineplayback.moc"
