#include "appprocess.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "network/networkhistory.h"
#include "network/virtualnetwork.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>

using namespace SocketScope;

// The app ended by a signal during a lab session: the recording still says the lab network
// went down (a `network` event with no topology, the last one), so a replay's Network tab
// shows the network gone at the end and running before.
class TestNetworkDown : public QObject
{
    Q_OBJECT

private slots:
    void signalTakesTheNetworkDown_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void signalTakesTheNetworkDown()
    {
        QFETCH(int, signal);
        {
            // Where the lab cannot be built (no user namespaces), the app carries on without it.
            Journal journal;
            VirtualNetwork probe(&journal, nullptr, nullptr);
            if (!probe.start())
                QSKIP(qPrintable(QStringLiteral("the lab network cannot be built here (user namespaces "
                                                "are missing or forbidden): %1")
                                     .arg(probe.problem())));
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recording = dir.filePath(QStringLiteral("lab.jsonl"));
        QProcess process;
        AppProcess::start(process,
            {QStringLiteral("--network"), QStringLiteral("lab"), QStringLiteral("--server"),
                QStringLiteral("tcp:192.168.0.10:80"), QStringLiteral("--record"), recording});
        QVERIFY(process.waitForStarted(20000));
        const auto content = [&] {
            QFile file(recording);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        // Up, and its listener in the lab: the app is writing a lab session.
        QTRY_VERIFY_WITH_TIMEOUT(
            content().contains("\"kind\":\"network\"") && content().contains("\"kind\":\"listening\""),
            20000);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        Journal journal;
        RecordingReader reader;
        QVERIFY2(reader.read(recording, journal), qPrintable(reader.fatalError()));
        QVERIFY(reader.problems().isEmpty());
        qsizetype lastNetwork = -1;
        qsizetype listening = -1;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            if (journal.at(i).kind == EventKind::NetworkBuilt)
                lastNetwork = i;
            if (journal.at(i).kind == EventKind::Listening && listening < 0)
                listening = i;
        }
        QVERIFY(lastNetwork > listening);
        QVERIFY2(!journal.at(lastNetwork).text, "the last network event still has a topology");
        // The listener in the lab was closed before the network went down.
        bool closedBefore = false;
        for (qsizetype i = listening; i < lastNetwork; ++i)
            closedBefore = closedBefore || journal.at(i).kind == EventKind::Closed;
        QVERIFY(closedBefore);

        NetworkHistory history(&journal);
        QVERIFY(history.hasNetwork());
        QVERIFY(history.after(listening + 1).running);
        QVERIFY(history.after(lastNetwork).running);
        QVERIFY(!history.after(journal.count()).running);
        QVERIFY(history.latestRunning().running); // the replay still knows what was there
    }
};

QTEST_GUILESS_MAIN(TestNetworkDown)
#include "tst_networkdown.moc"
