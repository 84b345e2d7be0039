#include "appprocess.h"
#include "cli/commandline.h"
#include "lab/endpoint.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QHostInfo>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <algorithm>

using namespace SocketScope;

// The command line under attack: malformed, hostile and oversized values are refused when
// the command line is read, by CommandLine::parse and by the real program (exit status 2, a
// message that names the bad part and sends no control character to the terminal). And what
// the program opens by default listens on loopback only.
class TestAttackCli : public QObject
{
    Q_OBJECT

private:
    static bool hasControlCharacter(const QString &text)
    {
        return std::any_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    }

    // The hostile command lines; `longest` is the length of the oversized values (execve()
    // takes at most 128 KiB in one argument, so the real program gets shorter ones).
    static void hostileRows(qsizetype longest)
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // a piece of text the message must contain
        const auto row = [](const char *name, const QStringList &arguments, const QString &named) {
            QTest::newRow(name) << arguments << named;
        };
        const QString client = QStringLiteral("--client");
        const QString server = QStringLiteral("--server");

        row("client port 70000", {client, QStringLiteral("tcp:127.0.0.1:70000")}, QStringLiteral("70000"));
        row("client port -1", {client, QStringLiteral("tcp:127.0.0.1:-1")}, QStringLiteral("-1"));
        row("client port abc", {client, QStringLiteral("tcp:127.0.0.1:abc")}, QStringLiteral("abc"));
        row("client port empty", {client, QStringLiteral("tcp:127.0.0.1:")}, QStringLiteral("port"));
        row("client port 0", {client, QStringLiteral("tcp:127.0.0.1:0")},
            QStringLiteral("--client tcp:127.0.0.1:0: a client needs a port from 1 to 65535"));
        row("client port 0 by name", {client, QStringLiteral("tcp:localhost:0")},
            QStringLiteral("from 1 to 65535"));

        row("address 999.1.1.1", {client, QStringLiteral("tcp:999.1.1.1:80")}, QStringLiteral("999.1.1.1"));
        row("server address 999.1.1.1", {server, QStringLiteral("tcp:999.1.1.1:0")},
            QStringLiteral("999.1.1.1"));
        row("address 1.2.3", {server, QStringLiteral("udp:1.2.3:0")}, QStringLiteral("1.2.3"));
        row("classroom 999.1.1.1", {QStringLiteral("--classroom"), QStringLiteral("999.1.1.1:8080")},
            QStringLiteral("999.1.1.1"));
        row("bracket never closed", {client, QStringLiteral("tcp:[::1:80")}, QStringLiteral("[::1"));
        row("empty host", {server, QStringLiteral("tcp::80")}, QStringLiteral("host"));
        row("empty host in brackets", {server, QStringLiteral("tcp:[]:80")}, QStringLiteral("host"));

        // A lesson may play over a recording now (--replay with --lesson); the lesson that needs
        // live sockets is refused by the session's own tests (tst_session), not by the parser.
        for (const char *live : {"--classroom", "--forward"}) {
            const QString option = QString::fromLatin1(live);
            const QString value = option == QLatin1StringView("--classroom")
                ? QStringLiteral("127.0.0.1:0")
                : QStringLiteral("tcp:127.0.0.1:0=127.0.0.1:80");
            QTest::newRow(qPrintable(QStringLiteral("replay with %1").arg(option)))
                << QStringList {QStringLiteral("--replay"), QStringLiteral("r.jsonl"), option, value}
                << option;
            QTest::newRow(qPrintable(QStringLiteral("%1 with replay").arg(option))) << QStringList {option,
                value, QStringLiteral("--replay"), QStringLiteral("r.jsonl")} << option;
        }

        row("IPv6 source for IPv4", {client, QStringLiteral("tcp:127.0.0.1:80@::1")}, QStringLiteral("::1"));
        row("IPv6 source in brackets for IPv4", {client, QStringLiteral("tcp:127.0.0.1:80@[::1]")},
            QStringLiteral("IPv6"));
        row("IPv4 source for IPv6", {client, QStringLiteral("tcp:[::1]:80@127.0.0.1")},
            QStringLiteral("127.0.0.1"));
        row("forward source of the other family",
            {QStringLiteral("--forward"), QStringLiteral("tcp:127.0.0.1:0=127.0.0.1:80@::1")},
            QStringLiteral("::1"));

        row("escape sequence in a host", {client, QStringLiteral("tcp:lo\x1b]0;owned\x07calhost:80")},
            QStringLiteral("\\x1b"));
        row("newline in a host", {server, QStringLiteral("tcp:local\nhost:0")}, QStringLiteral("\\x0a"));
        row("escape sequence in --lang", {QStringLiteral("--lang"), QStringLiteral("e\x1b[2Jn")},
            QStringLiteral("--lang"));
        row("escape sequence in an unknown option", {QStringLiteral("--\x1b[31mred")},
            QStringLiteral("\\x1b"));
        row("escape sequence in a stray argument", {QStringLiteral("\x1b[2J")}, QStringLiteral("\\x1b"));

        row("long client value",
            {client, QStringLiteral("tcp:%1:80").arg(QString(longest, QLatin1Char('a')))},
            QStringLiteral("--client"));
        row("long value after =",
            {QStringLiteral("--server=tcp:127.0.0.1:%1").arg(QString(longest, QLatin1Char('1')))},
            QStringLiteral("--server"));
        row("long file name", {QStringLiteral("--record"), QString(longest, QLatin1Char('f'))},
            QStringLiteral("--record"));
        row("long unknown option", {QStringLiteral("--") + QString(longest, QLatin1Char('z'))},
            QStringLiteral("zzzz"));
        row("long host name", {server, QStringLiteral("tcp:%1:0").arg(QString(300, QLatin1Char('h')))},
            QStringLiteral("hhhh"));

        row("unknown option", {QStringLiteral("--frobnicate")}, QStringLiteral("frobnicate"));
        row("unknown short option", {QStringLiteral("-q")}, QStringLiteral("q"));
        row("record twice",
            {QStringLiteral("--record"), QStringLiteral("a.jsonl"), QStringLiteral("--record"),
                QStringLiteral("b.jsonl")},
            QStringLiteral("--record"));
        row("lang twice", {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--lang=ko")},
            QStringLiteral("--lang"));
        row("classroom twice",
            {QStringLiteral("--classroom"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--classroom"),
                QStringLiteral("127.0.0.1:1")},
            QStringLiteral("--classroom"));
        row("replay twice",
            {QStringLiteral("--replay"), QStringLiteral("a"), QStringLiteral("--replay"),
                QStringLiteral("b")},
            QStringLiteral("--replay"));
        row("network twice",
            {QStringLiteral("--network"), QStringLiteral("host"), QStringLiteral("--network"),
                QStringLiteral("lab")},
            QStringLiteral("--network"));
    }

    // Socket inodes the process holds, from /proc/PID/fd.
    static QSet<quint64> socketInodes(qint64 pid)
    {
        QSet<quint64> inodes;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString &name : fds.entryList(QDir::Files | QDir::System)) {
            const QString target = QFile::symLinkTarget(fds.filePath(name));
            // The link reads "socket:[INODE]"; symLinkTarget() makes it an absolute path.
            const qsizetype open = target.lastIndexOf(QLatin1StringView("socket:["));
            if (open >= 0)
                inodes.insert(target.sliced(open + 8).chopped(1).toULongLong());
        }
        return inodes;
    }

    // A /proc/net address ("0100007F" or 32 hex digits for IPv6), in the kernel's byte order.
    static QHostAddress procAddress(QStringView hex)
    {
        QByteArray bytes;
        for (qsizetype word = 0; word + 8 <= hex.size(); word += 8) {
            const quint32 value = hex.sliced(word, 8).toUInt(nullptr, 16);
            // Each 32-bit word is printed in host order (little-endian here).
            for (int i = 0; i < 4; ++i)
                bytes.append(char((value >> (8 * i)) & 0xff));
        }
        if (bytes.size() == 4)
            return QHostAddress(quint32((quint8(bytes[0]) << 24) | (quint8(bytes[1]) << 16)
                | (quint8(bytes[2]) << 8) | quint8(bytes[3])));
        return displayAddress(QHostAddress(reinterpret_cast<const quint8 *>(bytes.constData())));
    }

    struct Bound
    {
        QString table;
        QHostAddress address;
        quint16 port;
    };

    // The process's listening TCP sockets and bound UDP sockets.
    static QList<Bound> boundSockets(qint64 pid)
    {
        const QSet<quint64> inodes = socketInodes(pid);
        QList<Bound> found;
        for (const char *table : {"tcp", "tcp6", "udp", "udp6"}) {
            QFile file(QStringLiteral("/proc/net/%1").arg(QLatin1StringView(table)));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const bool tcp = QByteArray(table).startsWith("tcp");
            file.readLine(); // the header
            while (!file.atEnd()) {
                const QStringList fields
                    = QString::fromLatin1(file.readLine()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (fields.size() < 10 || !inodes.contains(fields.at(9).toULongLong()))
                    continue;
                if (tcp && fields.at(3) != QLatin1StringView("0A")) // only listeners
                    continue;
                const QStringList local = fields.at(1).split(QLatin1Char(':'));
                found.append({QLatin1StringView(table), procAddress(local.at(0)),
                    quint16(local.at(1).toUInt(nullptr, 16))});
            }
        }
        return found;
    }

private slots:
    void parseRefuses_data() { hostileRows(1 << 20); }

    void parseRefuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QString error;
        const auto options
            = CommandLine::parse(QStringList {QStringLiteral("socketscope")} + arguments, &error);
        QVERIFY2(!options, "accepted");
        QVERIFY2(error.contains(named), qPrintable(error.left(300)));
        QVERIFY2(!hasControlCharacter(error), qPrintable(error.left(300)));
        QVERIFY2(error.size() < 600, qPrintable(error.left(300)));
    }

    void programRefuses_data() { hostileRows(120000); }

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
    }

    void parseAccepts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("source");
        QTest::newRow("bracketed IPv6 source")
            << QStringLiteral("tcp:[::1]:80@[::1]") << QStringLiteral("::1") << QStringLiteral("::1");
        QTest::newRow("IPv6 source for a name") << QStringLiteral("tcp:localhost:80@[::1]")
                                                << QStringLiteral("localhost") << QStringLiteral("::1");
        QTest::newRow("IPv4 source for a name") << QStringLiteral("tcp:localhost:80@127.0.0.2")
                                                << QStringLiteral("localhost") << QStringLiteral("127.0.0.2");
        QTest::newRow("port 65535") << QStringLiteral("tcp:127.0.0.1:65535") << QStringLiteral("127.0.0.1")
                                    << QString();
        QTest::newRow("port 1") << QStringLiteral("tcp:127.0.0.1:1") << QStringLiteral("127.0.0.1")
                                << QString();
    }

    void parseAccepts()
    {
        QFETCH(QString, value);
        QFETCH(QString, host);
        QFETCH(QString, source);
        QString error;
        const auto options
            = CommandLine::parse({QStringLiteral("socketscope"), QStringLiteral("--client"), value}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->clients.size(), 1);
        QCOMPARE(options->clients.constFirst().host, host);
        QCOMPARE(options->clients.constFirst().source, source);
    }

    // A bracketed IPv6 source really connects from there.
    void bracketedSourceConnects()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHostIPv6))
            QSKIP("this machine has no IPv6 loopback");
        QProcess process;
        AppProcess::start(process,
            {QStringLiteral("--client"), QStringLiteral("tcp:[::1]:%1@[::1]").arg(server.serverPort())});
        QVERIFY(process.waitForStarted(20000));
        QTRY_VERIFY_WITH_TIMEOUT(
            server.hasPendingConnections() || process.state() != QProcess::Running, 20000);
        QVERIFY2(server.hasPendingConnections(), process.readAllStandardError().constData());
        QTcpSocket *accepted = server.nextPendingConnection();
        QCOMPARE(accepted->peerAddress(), QHostAddress(QHostAddress::LocalHostIPv6));
        process.kill();
        process.waitForFinished(5000);
    }

    // Names are looked up when the program runs; a name whose addresses are all of the other
    // family than the source is worded as such, not as "Unknown error".
    void sourceOfTheOtherFamilyForANameIsExplained()
    {
        QString name;
        QString source;
        for (const QString &candidate :
            {QStringLiteral("ip6-localhost"), QStringLiteral("ip6-loopback"), QStringLiteral("localhost")}) {
            const QList<QHostAddress> addresses = QHostInfo::fromName(candidate).addresses();
            const auto isV6
                = [](const QHostAddress &a) { return a.protocol() == QAbstractSocket::IPv6Protocol; };
            if (addresses.isEmpty())
                continue;
            if (std::all_of(addresses.cbegin(), addresses.cend(), isV6))
                source = QStringLiteral("127.0.0.1");
            else if (std::none_of(addresses.cbegin(), addresses.cend(), isV6))
                source = QStringLiteral("[::1]");
            else
                continue;
            name = candidate;
            break;
        }
        if (name.isEmpty())
            QSKIP("no loopback name here resolves to one address family only");
        QProcess process;
        AppProcess::start(process,
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--client"),
                QStringLiteral("tcp:%1:9@%2").arg(name, source)});
        QVERIFY(process.waitForStarted(20000));
        QString said;
        QTRY_VERIFY_WITH_TIMEOUT((said += QString::fromLocal8Bit(process.readAllStandardError()))
                                     .contains(QLatin1StringView("--client"))
                && said.endsWith(QLatin1Char('\n')),
            20000);
        process.kill();
        process.waitForFinished(5000);
        QVERIFY2(said.contains(QLatin1StringView("--client")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1StringView("IPv4")) && said.contains(QLatin1StringView("IPv6")),
            qPrintable(said));
    }

    // Nothing the program opens from its defaults listens beyond this machine: servers and the
    // classroom named by "localhost" end up on loopback.
    void nothingListensBeyondLoopback()
    {
        QProcess process;
        // The classroom's address is printed once everything is open.
        AppProcess::start(process,
            {QStringLiteral("--server"), QStringLiteral("tcp:localhost:0"), QStringLiteral("--server"),
                QStringLiteral("udp:localhost:0"), QStringLiteral("--forward"),
                QStringLiteral("tcp:localhost:0=127.0.0.1:9"), QStringLiteral("--classroom"),
                QStringLiteral("localhost:0")});
        QVERIFY(process.waitForStarted(20000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("http://"), 20000);
        const QList<Bound> bound = boundSockets(process.processId());
        process.kill();
        process.waitForFinished(5000);

        int listeners = 0;
        for (const Bound &socket : bound) {
            QVERIFY2(socket.address.isLoopback(),
                qPrintable(QStringLiteral("%1 %2 port %3")
                               .arg(socket.table, socket.address.toString())
                               .arg(socket.port)));
            listeners += socket.table.startsWith(QLatin1StringView("tcp"));
        }
        // The server, the forwarder and the classroom; the UDP socket besides.
        QVERIFY2(listeners >= 3, qPrintable(QString::number(listeners)));
        QVERIFY(bound.size() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestAttackCli)
#include "tst_attack_cli.moc"
