#include "appprocess.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"

#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <csignal>

using namespace SocketScope;

// The real executable, driven from outside like a user's script: exit codes, and a clean end
// on SIGINT and SIGTERM with the recording complete.
class TestSocketScopeProcess : public QObject
{
    Q_OBJECT

private:
    using Finished = AppProcess::Finished;
    static Finished runToEnd(const QStringList &arguments) { return AppProcess::runToEnd(arguments); }

private slots:
    void helpExitsZero()
    {
        QProcess process;
        process.start(AppProcess::program(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromLocal8Bit(process.readAllStandardOutput());
        for (const char *option : {"--server", "--client", "--record", "--replay", "--lang", "--help"})
            QVERIFY2(text.contains(QLatin1StringView(option)), option);
    }

    // The terminal's answers are in the language asked for, even when the rest of the command
    // line is wrong.
    void terminalSpeaksTheLanguageAskedFor_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("help") << QStringList {QStringLiteral("--lang"), QStringLiteral("ko"),
            QStringLiteral("--help")}
                              << 0 << QStringLiteral("--server");
        QTest::newRow("bad port") << QStringList {QStringLiteral("--lang=ko"), QStringLiteral("--server"),
            QStringLiteral("tcp:127.0.0.1:70000")}
                                  << 2 << QStringLiteral("70000");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--no-such-thing"), QStringLiteral("--lang"), QStringLiteral("ko")}
            << 2 << QStringLiteral("no-such-thing");
        QTest::newRow("port info") << QStringList {QStringLiteral("--lang"), QStringLiteral("ko"),
            QStringLiteral("--port-info"), QStringLiteral("80")}
                                   << 0 << QStringLiteral("80");
    }

    void terminalSpeaksTheLanguageAskedFor()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        const Finished run = runToEnd(arguments);
        QCOMPARE(run.exitCode, exitCode);
        const QString text = QString::fromUtf8(run.out + run.err);
        QVERIFY2(text.contains(named), qPrintable(text));
        const auto hangul = [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; };
        QVERIFY2(std::any_of(text.cbegin(), text.cend(), hangul), qPrintable(text));
    }

    void malformedExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("port") << QStringList {QStringLiteral("--server"),
            QStringLiteral("tcp:127.0.0.1:70000")}
                              << QStringLiteral("70000");
        QTest::newRow("unknown") << QStringList {QStringLiteral("--no-such-thing")}
                                 << QStringLiteral("no-such-thing");
        QTest::newRow("address") << QStringList {QStringLiteral("--client"),
            QStringLiteral("tcp:127.0.0.1:80@banana")}
                                 << QStringLiteral("banana");
    }

    void malformedExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Finished run = runToEnd(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(QString::fromLocal8Bit(run.err).contains(named));
    }

    void signalEndsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void signalEndsCleanly()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recording = dir.filePath(QStringLiteral("session.jsonl"));
        QProcess process;
        AppProcess::start(process,
            {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:0"), QStringLiteral("--server"),
                QStringLiteral("udp:127.0.0.1:0"), QStringLiteral("--record"), recording});
        QVERIFY(process.waitForStarted(20000));
        // Wait until the listener is in the recording: the app is up and writing.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile(recording).size() > 0 &&
                [&] {
                    QFile file(recording);
                    return file.open(QIODevice::ReadOnly) && file.readAll().contains("\"listening\"");
                }(),
            20000);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        QFile file(recording);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.endsWith('\n')); // ends on a complete line
        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(recording, journal));
        QVERIFY(reader.problems().isEmpty());
        int closed = 0;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            if (journal.at(i).kind == EventKind::Closed)
                ++closed;
        }
        QCOMPARE(closed, 2); // both sockets were closed before the end
    }

    void signalDuringTraffic()
    {
        // SIGTERM while a client is still sending: the recording still ends on a complete line,
        // replays without a damaged line, and holds the traffic and the close.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recording = dir.filePath(QStringLiteral("busy.jsonl"));
        QProcess process;
        AppProcess::start(process,
            {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:0"), QStringLiteral("--record"),
                recording});
        QVERIFY(process.waitForStarted(20000));
        const auto content = [&] {
            QFile file(recording);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QRegularExpression listening(
            QStringLiteral("\"kind\":\"listening\".*\"local\":\"127\\.0\\.0\\.1:(\\d+)\""));
        quint16 port = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (port = quint16(listening.match(QString::fromUtf8(content())).captured(1).toUInt())) != 0, 20000);

        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(5000));
        QTimer sender;
        sender.setInterval(1);
        connect(&sender, &QTimer::timeout, &client, [&] {
            if (client.bytesToWrite() < 64 * 1024)
                client.write(QByteArray(4096, 'd'));
        });
        sender.start();
        // The recording is written in bursts; wait until traffic is in it, then end the app.
        QTRY_VERIFY_WITH_TIMEOUT(content().count("\"data_received\"") >= 3, 20000);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20000));
        sender.stop();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        QVERIFY(content().endsWith('\n'));
        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(recording, journal));
        QVERIFY(reader.problems().isEmpty());
        int received = 0, closed = 0;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            received += journal.at(i).kind == EventKind::DataReceived;
            closed += journal.at(i).kind == EventKind::Closed;
        }
        QVERIFY(received >= 3);
        QCOMPARE(closed, 2); // the listener and the accepted socket
    }
};

QTEST_GUILESS_MAIN(TestSocketScopeProcess)
#include "tst_socketscopeprocess.moc"
