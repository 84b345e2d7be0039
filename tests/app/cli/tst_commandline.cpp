#include "cli/commandline.h"

#include <QtTest/QTest>

using namespace SocketScope;

// The command line of README.md ("Command line"): what parses, and what is refused with a
// sentence that names the bad part.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("servers");
        QTest::addColumn<int>("clients");
        QTest::newRow("nothing") << QStringList {} << 0 << 0;
        QTest::newRow("tcp server") << QStringList {QStringLiteral("--server"),
            QStringLiteral("tcp:127.0.0.1:8080")}
                                    << 1 << 0;
        QTest::newRow("udp server") << QStringList {QStringLiteral("--server"),
            QStringLiteral("udp:127.0.0.1:9000")}
                                    << 1 << 0;
        QTest::newRow("ipv6 server") << QStringList {QStringLiteral("--server"),
            QStringLiteral("tcp:[::1]:0")}
                                     << 1 << 0;
        QTest::newRow("name") << QStringList {QStringLiteral("--client"), QStringLiteral("tcp:localhost:80")}
                              << 0 << 1;
        QTest::newRow("client with source")
            << QStringList {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:8080"),
                   QStringLiteral("--client"), QStringLiteral("tcp:127.0.0.1:8080@127.0.0.2"),
                   QStringLiteral("--client"), QStringLiteral("tcp:127.0.0.1:8080")}
            << 1 << 2;
        QTest::newRow("equals form") << QStringList {QStringLiteral("--server=tcp:127.0.0.1:1")} << 1 << 0;
    }

    void accepts()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, servers);
        QFETCH(int, clients);
        QString error;
        const auto options
            = CommandLine::parse(QStringList {QStringLiteral("socketscope")} + arguments, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->servers.size(), servers);
        QCOMPARE(options->clients.size(), clients);
    }

    void challenge_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("own port") << "name"
                                  << "name"
                                  << "127.0.0.1" << -1;
        QTest::newRow("exposed") << "udp@0.0.0.0:9003"
                                 << "udp"
                                 << "0.0.0.0" << 9003;
        QTest::newRow("ipv6") << "backlog@[::1]:0"
                              << "backlog"
                              << "::1" << 0;
    }

    void challenge()
    {
        QFETCH(QString, value);
        QFETCH(QString, key);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString error;
        const auto options = CommandLine::parse(
            {QStringLiteral("socketscope"), QStringLiteral("--challenge"), value}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->challenge, key);
        QCOMPARE(options->challengeHost, host);
        QCOMPARE(options->challengePort, port);
    }

    void challengeTime_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("bare seconds") << "90" << 90;
        QTest::newRow("seconds") << "45s" << 45;
        QTest::newRow("minutes") << "5m" << 300;
        QTest::newRow("both") << "1m30s" << 90;
        QTest::newRow("minutes and bare seconds") << "2m5" << 125;
        QTest::newRow("the longest") << "60m" << 3600;
    }

    void challengeTime()
    {
        QFETCH(QString, value);
        QFETCH(int, seconds);
        QString error;
        const auto options
            = CommandLine::parse({QStringLiteral("socketscope"), QStringLiteral("--challenge"),
                                     QStringLiteral("name"), QStringLiteral("--challenge-time"), value},
                &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->challengeTimeS, seconds);
    }

    // Over a recording, --challenge names the challenge it is judged by.
    void challengeOverAReplay()
    {
        QString error;
        const auto options = CommandLine::parse(
            {QStringLiteral("socketscope"), QStringLiteral("--replay"), QStringLiteral("r.jsonl"),
                QStringLiteral("--challenge"), QStringLiteral("name@127.0.0.1:0"),
                QStringLiteral("--challenge-time"), QStringLiteral("2m")},
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->challenge, u"name");
        QCOMPARE(options->challengePort, 0);
        QCOMPARE(options->challengeTimeS, 120);
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // the bad part the message must name
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("port too large")
            << QStringList {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:70000")}
            << QStringLiteral("70000");
        QTest::newRow("negative port")
            << QStringList {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:-1")}
            << QStringLiteral("-1");
        QTest::newRow("port not a number")
            << QStringList {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:abc")}
            << QStringLiteral("abc");
        QTest::newRow("no port") << QStringList {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1")}
                                 << QStringLiteral("127.0.0.1");
        QTest::newRow("bad protocol")
            << QStringList {QStringLiteral("--server"), QStringLiteral("sctp:127.0.0.1:1")}
            << QStringLiteral("sctp");
        QTest::newRow("ipv6 without brackets") << QStringList {QStringLiteral("--server"),
            QStringLiteral("tcp:::1:80")} << QStringLiteral("::1");
        QTest::newRow("source on a server")
            << QStringList {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:1@127.0.0.2")}
            << QStringLiteral("127.0.0.2");
        QTest::newRow("bad source") << QStringList {QStringLiteral("--client"),
            QStringLiteral("tcp:127.0.0.1:1@nowhere")}
                                    << QStringLiteral("nowhere");
        QTest::newRow("udp client") << QStringList {QStringLiteral("--client"),
            QStringLiteral("udp:127.0.0.1:1")}
                                    << QStringLiteral("udp:127.0.0.1:1");
        QTest::newRow("missing value")
            << QStringList {QStringLiteral("--record")} << QStringLiteral("record");
        QTest::newRow("bad language")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("fr");
        QTest::newRow("export without replay") << QStringList {QStringLiteral("--export"),
            QStringLiteral("a.svg")} << QStringLiteral("--replay");
        QTest::newRow("export format") << QStringList {QStringLiteral("--replay"), QStringLiteral("r.jsonl"),
            QStringLiteral("--export"), QStringLiteral("a.gif")}
                                       << QStringLiteral("a.gif");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("hello")} << QStringLiteral("hello");
        QTest::newRow("replay and servers") << QStringList {QStringLiteral("--replay"),
            QStringLiteral("r.jsonl"), QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:1")}
                                            << QStringLiteral("--server");
        QTest::newRow("no such challenge") << QStringList {QStringLiteral("--challenge"),
            QStringLiteral("chess")} << QStringLiteral("chess");
        QTest::newRow("challenge port too large")
            << QStringList {QStringLiteral("--challenge"), QStringLiteral("name@127.0.0.1:99999")}
            << QStringLiteral("99999");
        QTest::newRow("pcap without a file")
            << QStringList {QStringLiteral("--pcap=")} << QStringLiteral("--pcap");
        QTest::newRow("replay and capture") << QStringList {QStringLiteral("--replay"),
            QStringLiteral("r.jsonl"), QStringLiteral("--capture")}
                                            << QStringLiteral("--capture");
        QTest::newRow("network neither host nor lab")
            << QStringList {QStringLiteral("--network"), QStringLiteral("moon")} << QStringLiteral("moon");
        QTest::newRow("nat without the lab")
            << QStringList {QStringLiteral("--nat"), QStringLiteral("tcp:203.0.113.1:8080=192.168.0.10:80")}
            << QStringLiteral("--network lab");
        QTest::newRow("nat malformed") << QStringList {QStringLiteral("--network"), QStringLiteral("lab"),
            QStringLiteral("--nat"), QStringLiteral("tcp:203.0.113.1:70000=192.168.0.10:80")}
                                       << QStringLiteral("70000");
        QTest::newRow("nat with a source") << QStringList {QStringLiteral("--network"), QStringLiteral("lab"),
            QStringLiteral("--nat"), QStringLiteral("tcp:203.0.113.1:8080=192.168.0.10:80@192.168.0.1")}
                                           << QStringLiteral("@SOURCE");
        QTest::newRow("replay in the lab") << QStringList {QStringLiteral("--replay"),
            QStringLiteral("r.jsonl"), QStringLiteral("--network"), QStringLiteral("lab")}
                                           << QStringLiteral("--network lab");
        QTest::newRow("compare one recording") << QStringList {QStringLiteral("--compare"),
            QStringLiteral("a.jsonl")} << QStringLiteral("two recordings");
        QTest::newRow("compare three recordings") << QStringList {QStringLiteral("--compare"),
            QStringLiteral("a.jsonl"), QStringLiteral("b.jsonl"), QStringLiteral("c.jsonl")}
                                                  << QStringLiteral("c.jsonl");
        QTest::newRow("anchor without compare")
            << QStringList {QStringLiteral("--anchor"), QStringLiteral("fin")} << QStringLiteral("--compare");
        QTest::newRow("unknown anchor") << QStringList {QStringLiteral("--compare"),
            QStringLiteral("a.jsonl"), QStringLiteral("b.jsonl"), QStringLiteral("--anchor"),
            QStringLiteral("ack")} << QStringLiteral("ack");
        QTest::newRow("compare and replay") << QStringList {QStringLiteral("--compare"),
            QStringLiteral("a.jsonl"), QStringLiteral("b.jsonl"), QStringLiteral("--replay"),
            QStringLiteral("c.jsonl")} << QStringLiteral("--replay");
        QTest::newRow("argument without compare")
            << QStringList {QStringLiteral("b.jsonl")} << QStringLiteral("b.jsonl");
    }

    void compare()
    {
        QString error;
        const auto options = CommandLine::parse(
            {QStringLiteral("socketscope"), QStringLiteral("--compare"), QStringLiteral("a.jsonl"),
                QStringLiteral("b.jsonl"), QStringLiteral("--anchor"), QStringLiteral("rst"),
                QStringLiteral("--lang"), QStringLiteral("ko")},
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->compareA, QStringLiteral("a.jsonl"));
        QCOMPARE(options->compareB, QStringLiteral("b.jsonl"));
        QCOMPARE(options->compareAnchor, SessionDiff::Anchor::FirstReset);
        const auto plain = CommandLine::parse(
            {QStringLiteral("socketscope"), QStringLiteral("b.jsonl"), QStringLiteral("--compare=a.jsonl")},
            &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(plain->compareB, QStringLiteral("b.jsonl"));
        QCOMPARE(plain->compareAnchor, SessionDiff::Anchor::FirstSyn);
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--compare A.jsonl B.jsonl")));
    }

    void labNetwork()
    {
        QString error;
        const auto options = CommandLine::parse(
            {QStringLiteral("socketscope"), QStringLiteral("--network"), QStringLiteral("lab"),
                QStringLiteral("--nat"), QStringLiteral("tcp:203.0.113.1:8080=192.168.0.10:80"),
                QStringLiteral("--nat"), QStringLiteral("udp:203.0.113.1:5353=192.168.0.11:53"),
                QStringLiteral("--server"), QStringLiteral("tcp:192.168.0.10:80")},
            &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->labNetwork);
        QCOMPARE(options->natRules.size(), 2);
        QCOMPARE(options->natRules[1].proto, Protocol::Udp);
        QCOMPARE(options->natRules[0].targetPort, quint16(80));
        const auto host = CommandLine::parse(
            {QStringLiteral("socketscope"), QStringLiteral("--network"), QStringLiteral("host")}, &error);
        QVERIFY(host && !host->labNetwork);
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--network host|lab")));
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--nat")));
    }

    void capture()
    {
        QString error;
        const auto options = CommandLine::parse({QStringLiteral("socketscope"), QStringLiteral("--capture"),
                                                    QStringLiteral("--pcap"), QStringLiteral("out.pcapng")},
            &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->capture);
        QCOMPARE(options->pcapPath, QStringLiteral("out.pcapng"));
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--capture")));
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--pcap FILE.pcapng")));
        const auto plain = CommandLine::parse({QStringLiteral("socketscope")}, &error);
        QVERIFY(plain && !plain->capture && plain->pcapPath.isEmpty());
    }

    // A lesson may play over a recording (LessonChoice checks the lesson itself).
    void replayTakesALesson()
    {
        QString error;
        const auto options = CommandLine::parse(
            {QStringLiteral("socketscope"), QStringLiteral("--replay"), QStringLiteral("r.jsonl"),
                QStringLiteral("--lesson"), QStringLiteral("look-back-handshake"),
                QStringLiteral("--autoplay"), QStringLiteral("--quit-when-done")},
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->replayPath, QStringLiteral("r.jsonl"));
        QCOMPARE(options->lesson, QStringLiteral("look-back-handshake"));
        QVERIFY(options->autoplay && options->quitWhenDone);
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--replay FILE --lesson ID|FILE.json")));
        const auto classroom = CommandLine::parse(
            {QStringLiteral("socketscope"), QStringLiteral("--replay"), QStringLiteral("r.jsonl"),
                QStringLiteral("--classroom"), QStringLiteral("127.0.0.1:0")},
            &error);
        QVERIFY(!classroom);
        QVERIFY2(
            error.contains(QStringLiteral("--classroom and --forward need a live lab")), qPrintable(error));
    }

    void refuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QString error;
        const auto options
            = CommandLine::parse(QStringList {QStringLiteral("socketscope")} + arguments, &error);
        QVERIFY(!options);
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
