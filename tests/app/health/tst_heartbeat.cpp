#include "health/heartbeat.h"
#include "journal/journal.h"

#include <QtCore/QAbstractEventDispatcher>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <functional>
#include <memory>

using namespace SocketScope;

namespace {

// Keeps the thread busy (not sleeping: a busy loop, as real work would) for `ms`; returns how
// long it really took.
qint64 busyWaitUs(int ms)
{
    QElapsedTimer busy;
    busy.start();
    while (busy.elapsed() < ms) { }
    return busy.nsecsElapsed() / 1000;
}

qsizetype stallEvents(const Journal &journal)
{
    qsizetype stalls = 0;
    for (qsizetype i = 0; i < journal.count(); ++i)
        stalls += journal.at(i).kind == EventKind::Stall ? 1 : 0;
    return stalls;
}

// How far the meter may read beyond the busy wait itself: the rest of that wake-up's work.
constexpr qint64 kToleranceUs = 5000;

} // namespace

// The heartbeat notices when the event loop it lives on does not run, and writes the stall
// into the journal.
class TestHeartbeat : public QObject
{
    Q_OBJECT

private slots:
    void reportsABlockedEventLoop()
    {
        Journal journal;
        Heartbeat heartbeat(&journal);
        QSignalSpy stalls(&heartbeat, &Heartbeat::stallRecorded);
        QVERIFY(stalls.isValid());
        heartbeat.start();
        QTRY_VERIFY(heartbeat.beats() > 0);

        // Block this thread's event loop for a while, and measure how long it really was.
        QElapsedTimer blocked;
        blocked.start();
        QThread::msleep(3 * Heartbeat::kRecordMs);
        const qint64 blockedUs = blocked.nsecsElapsed() / 1000;

        QVERIFY(stalls.wait(5000));
        qint64 longest = 0;
        for (const QList<QVariant> &stall : std::as_const(stalls))
            longest = qMax(longest, stall.constFirst().toLongLong());
        // The block lies inside one busy stretch (the loop cannot announce that it waits while
        // this thread sleeps), so the stall is at least the blocked time; the allowance of one
        // interval is the one a 10 ms timer needed.
        QVERIFY2(longest >= blockedUs - Heartbeat::kIntervalMs * 1000,
            qPrintable(QStringLiteral("stall %1 us, blocked %2 us").arg(longest).arg(blockedUs)));
        QVERIFY(heartbeat.longestStallUs() >= longest);

        // The journal holds it as a stall event of the same length.
        bool journalled = false;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            const Event &e = journal.at(i);
            journalled = journalled
                || (e.kind == EventKind::Stall && e.source == EventSource::App && e.value == longest);
        }
        QVERIFY(journalled);
        heartbeat.stop();
    }

    void measuresTheBusyStretch_data()
    {
        QTest::addColumn<bool>("fromSocket");
        QTest::addColumn<int>("busyMs");
        for (const int ms : {0, 30, 120}) {
            QTest::addRow("posted event, %d ms", ms) << false << ms;
            QTest::addRow("socket notifier, %d ms", ms) << true << ms;
        }
    }

    // The window thread is busy for B inside one event (a posted one, or a socket's readyRead
    // from a real loopback connection): the meter reads a stall of B, and journals it only
    // when B reaches kRecordMs.
    void measuresTheBusyStretch()
    {
        QFETCH(bool, fromSocket);
        QFETCH(int, busyMs);
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        QVERIFY(dispatcher);

        QTcpServer server;
        QTcpSocket client;
        std::unique_ptr<QTcpSocket> accepted;
        if (fromSocket) {
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            QSignalSpy arrived(&server, &QTcpServer::newConnection);
            QVERIFY(arrived.isValid());
            client.connectToHost(QHostAddress::LocalHost, server.serverPort());
            QVERIFY(arrived.wait(5000));
            accepted.reset(server.nextPendingConnection());
            QVERIFY(accepted);
            if (client.state() != QAbstractSocket::ConnectedState) {
                QSignalSpy connected(&client, &QTcpSocket::connected);
                QVERIFY(connected.wait(5000));
            }
        }

        Journal journal;
        Heartbeat heartbeat(&journal);
        QSignalSpy blocks(dispatcher, &QAbstractEventDispatcher::aboutToBlock);
        QVERIFY(blocks.isValid());

        qint64 busyUs = -1;
        qsizetype blocksBeforeWorkEnded = 0;
        QObject context;
        const std::function<void()> work = [&] {
            busyUs = busyWaitUs(busyMs);
            blocksBeforeWorkEnded = blocks.count();
        };
        heartbeat.start();
        if (fromSocket) {
            connect(accepted.get(), &QTcpSocket::readyRead, &context, [&] {
                accepted->readAll();
                if (busyUs < 0)
                    work();
            });
            QCOMPARE(client.write("x", 1), 1);
            QVERIFY(client.flush());
        } else {
            QMetaObject::invokeMethod(&context, work, Qt::QueuedConnection);
        }
        // Wait until the loop blocks after the work: that ends the stretch. (A QTRY_ wait would
        // not do: it spins the loop without ever blocking, which the meter counts as busy.)
        while (busyUs < 0 || blocks.count() <= blocksBeforeWorkEnded)
            QVERIFY(blocks.wait(5000));

        const qint64 longest = heartbeat.longestStallUs();
        QVERIFY2(longest >= busyUs && longest <= busyUs + kToleranceUs,
            qPrintable(QStringLiteral("meter %1 us, busy %2 us").arg(longest).arg(busyUs)));
        // Journalled when the stretch the meter read reaches kRecordMs. On a loaded machine a
        // 30 ms busy wait can last longer on the wall clock than asked; what it really lasted
        // (busyUs) decides, and the meter must agree with it.
        const bool recorded = longest >= qint64(Heartbeat::kRecordMs) * 1000;
        if (busyUs >= qint64(Heartbeat::kRecordMs) * 1000)
            QVERIFY(recorded);
        else if (busyUs + kToleranceUs < qint64(Heartbeat::kRecordMs) * 1000)
            QVERIFY(!recorded);
        QCOMPARE(heartbeat.recordedStalls(), recorded ? 1 : 0);
        QCOMPARE(stallEvents(journal), recorded ? 1 : 0);
        if (recorded) {
            const Event &stall = journal.at(journal.count() - 1);
            QCOMPARE(stall.kind, EventKind::Stall);
            QCOMPARE(stall.value, longest);
        }
        // The beats due inside the stretch were late by up to its length.
        QVERIFY(heartbeat.stallPercentileUs(1.0) <= longest);
        heartbeat.stop();
    }

    // The meter runs no timer of its own: an idle loop with it running stays asleep (the old
    // 10 ms timer woke it 50 times in half a second, each time polling every open socket).
    void wakesTheLoopNever()
    {
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        QVERIFY(dispatcher);
        Heartbeat heartbeat(nullptr);
        QSignalSpy wakeUps(dispatcher, &QAbstractEventDispatcher::awake);
        QSignalSpy blocks(dispatcher, &QAbstractEventDispatcher::aboutToBlock);
        QVERIFY(wakeUps.isValid() && blocks.isValid());
        heartbeat.start();

        QEventLoop idle;
        QTimer::singleShot(500, &idle, &QEventLoop::quit);
        idle.exec();

        QVERIFY2(wakeUps.count() < 5 && blocks.count() < 5,
            qPrintable(QStringLiteral("%1 wake-ups, %2 blocks").arg(wakeUps.count()).arg(blocks.count())));
        // It was measuring all along: the half second's beats came due, on time.
        QVERIFY(heartbeat.beats() >= 500 / Heartbeat::kIntervalMs - 1);
        QVERIFY(heartbeat.longestStallUs() < qint64(Heartbeat::kRecordMs) * 1000);
        QCOMPARE(heartbeat.recordedStalls(), 0);
        heartbeat.stop();
    }
};

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "tst_heartbeat.moc"
