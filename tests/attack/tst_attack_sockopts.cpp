#include "appprocess.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

// Socket options through the real program: bad values are refused before any socket opens
// (exit status 2, the bad part named, no control character sent to the terminal), and good
// ones reach the kernel and the recording.
class TestAttackSockopts : public QObject
{
    Q_OBJECT

private:
    static bool hasControlCharacter(const QString &text)
    {
        return std::any_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    }

    // The option_set lines of a recording, as JSON objects.
    static QList<QJsonObject> optionLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> found;
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            if (line.value(QLatin1StringView("kind")).toString() == QLatin1StringView("option_set"))
                found.append(line);
        }
        return found;
    }

private slots:
    void programRefuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const auto row = [](const char *name, const char *option, const QString &value, const char *named) {
            QTest::newRow(name) << QStringList {QString::fromLatin1(option), value}
                                << QString::fromLatin1(named);
        };
        row("rcvbuf abc", "--server", QStringLiteral("tcp:127.0.0.1:0,rcvbuf=abc"), "rcvbuf=abc");
        row("ttl 300", "--client", QStringLiteral("tcp:127.0.0.1:9,ttl=300"), "ttl=300");
        row("linger -1", "--client", QStringLiteral("tcp:127.0.0.1:9,linger=-1"), "linger=-1");
        row("unknown", "--server", QStringLiteral("tcp:127.0.0.1:0,turbo"), "turbo");
        row("tcp option on udp", "--server", QStringLiteral("udp:127.0.0.1:0,keepalive"), "TCP sockets only");
        row("terminal escape as a name", "--server", QStringLiteral("tcp:127.0.0.1:0,\x1b[31mred"), "\\x1b");
        row("terminal escape as a value", "--server", QStringLiteral("tcp:127.0.0.1:0,rcvbuf=\x1b[2J"),
            "\\x1b");
        row("value past 64 bits", "--server",
            QStringLiteral("tcp:127.0.0.1:0,sndbuf=99999999999999999999999"), "sndbuf=");
        // Thousands of options: refused as a repeat, not slowly applied one by one.
        row("one option thousands of times", "--server",
            QStringLiteral("tcp:127.0.0.1:0") + QStringLiteral(",nodelay").repeated(500), "given twice");
    }

    void programRefuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QProcess process;
        AppProcess::start(process, arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString said = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(said.contains(named), qPrintable(said.left(300)));
        QVERIFY2(!hasControlCharacter(QString(said).remove(QLatin1Char('\n'))), qPrintable(said.left(300)));
        QVERIFY2(said.size() < 1200, qPrintable(said.left(300)));
    }

    // --client ...,linger=0: when the program ends, its close() resets the connection (the
    // peer's recv() fails with ECONNRESET, where an orderly end reads 0), and the recording
    // says what was asked and what the kernel kept.
    void lingerZeroFromTheCommandLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recording = dir.filePath(QStringLiteral("linger.jsonl"));
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        sockaddr_in where {};
        where.sin_family = AF_INET;
        where.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof where;
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&where), sizeof where) == 0);
        QVERIFY(::listen(listener, 4) == 0);
        QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr *>(&where), &size) == 0);
        QProcess process;
        AppProcess::start(process,
            {QStringLiteral("--record"), recording, QStringLiteral("--client"),
                QStringLiteral("tcp:127.0.0.1:%1,linger=0,rcvbuf=4096,nodelay").arg(ntohs(where.sin_port))});
        QVERIFY(process.waitForStarted(20000));
        int peer = -1;
        QTRY_VERIFY_WITH_TIMEOUT(peer >= 0
                || (peer = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC)) >= 0
                || process.state() != QProcess::Running,
            20000);
        ::close(listener);
        QVERIFY2(peer >= 0, process.readAllStandardError().constData());
        process.terminate(); // SIGTERM: the app closes its sockets and ends
        QVERIFY(process.waitForFinished(20000));
        int result = 1;
        int error = 0;
        bool ended = false; // a reset is reported once; the next recv() would read 0
        QTRY_VERIFY_WITH_TIMEOUT(ended || ([&] {
            char byte = 0;
            result = int(::recv(peer, &byte, 1, MSG_DONTWAIT));
            error = errno;
            ended = result == 0 || (result < 0 && error != EAGAIN && error != EWOULDBLOCK);
            return ended;
        }()),
            5000);
        ::close(peer);
        QCOMPARE(result, -1);
        QCOMPARE(error, ECONNRESET);

        const QList<QJsonObject> lines = optionLines(recording);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(QLatin1StringView("option")).toString(), QStringLiteral("linger"));
        QCOMPARE(lines.at(0).value(QLatin1StringView("asked")).toInt(-9), 0);
        QCOMPARE(lines.at(0).value(QLatin1StringView("kernel")).toInt(-9), 0);
        QCOMPARE(lines.at(1).value(QLatin1StringView("option")).toString(), QStringLiteral("rcvbuf"));
        QCOMPARE(lines.at(1).value(QLatin1StringView("asked")).toInt(), 4096);
        QCOMPARE(lines.at(1).value(QLatin1StringView("kernel")).toInt(), 8192);
        QCOMPARE(lines.at(2).value(QLatin1StringView("option")).toString(), QStringLiteral("nodelay"));
        QCOMPARE(lines.at(2).value(QLatin1StringView("kernel")).toInt(), 1);
    }

    // Two --server with reuseport on one port: both listen (without it the second is refused).
    void twoListenersShareAPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recording = dir.filePath(QStringLiteral("reuseport.jsonl"));
        const QString server = QStringLiteral("tcp:127.0.0.1:%1,reuseport").arg(port);
        QProcess process;
        AppProcess::start(process,
            {QStringLiteral("--record"), recording, QStringLiteral("--server"), server,
                QStringLiteral("--server"), server});
        QVERIFY(process.waitForStarted(20000));
        // Both listening shows in the recording, flushed within 100 ms.
        const auto listening = [&] {
            QFile file(recording);
            if (!file.open(QIODevice::ReadOnly))
                return 0;
            return int(file.readAll().count("\"kind\":\"listening\""));
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening() == 2 || process.state() != QProcess::Running, 20000);
        QCOMPARE(listening(), 2);
        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(optionLines(recording).size(), 2);
        QVERIFY(
            !QString::fromLocal8Bit(process.readAllStandardError()).contains(QLatin1StringView("in use")));
    }
};

QTEST_GUILESS_MAIN(TestAttackSockopts)
#include "tst_attack_sockopts.moc"
