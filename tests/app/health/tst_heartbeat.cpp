#include "health/heartbeat.h"
#include "journal/journal.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QThread>
#include <QtTest/QtTest>

using namespace SocketScope;

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
        // The beat before the block came at most one interval before it, the next one after
        // it: the stall is at least the blocked time less one interval.
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
};

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "tst_heartbeat.moc"
