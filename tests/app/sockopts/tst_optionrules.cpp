#include "cli/commandline.h"
#include "sockopts/optionrequest.h"

#include <QtTest/QTest>

using namespace SocketScope;

Q_DECLARE_METATYPE(QList<OptionRequest>)

// Socket options on the command line: `--server tcp:HOST:PORT,reuseport,rcvbuf=4096` and
// `--client tcp:HOST:PORT[@SOURCE],nodelay,linger=0`; what parses, and what is refused.
class TestOptionRules : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("option"); // --server or --client
        QTest::addColumn<QString>("value");
        QTest::addColumn<QList<OptionRequest>>("expected");
        const auto row = [](const char *name, const char *option, const char *value,
                             QList<OptionRequest> expected) {
            QTest::newRow(name) << QString::fromLatin1(option) << QString::fromLatin1(value) << expected;
        };
        row("none", "--server", "tcp:127.0.0.1:8080", {});
        row("reuseport and rcvbuf", "--server", "tcp:127.0.0.1:8080,reuseport,rcvbuf=4096",
            {{SocketOption::ReusePort, 1}, {SocketOption::ReceiveBuffer, 4096}});
        row("client nodelay linger 0", "--client", "tcp:127.0.0.1:8080,nodelay,linger=0",
            {{SocketOption::NoDelay, 1}, {SocketOption::Linger, 0}});
        row("client with source", "--client", "tcp:127.0.0.1:8080@127.0.0.2,sndbuf=8192",
            {{SocketOption::SendBuffer, 8192}});
        row("ipv6", "--server", "tcp:[::1]:80,linger=off,ttl=255",
            {{SocketOption::Linger, -1}, {SocketOption::Ttl, 255}});
        row("keepalive timers", "--client", "tcp:127.0.0.1:1,keepalive,keepidle=10,keepintvl=5,keepcnt=3",
            {{SocketOption::KeepAlive, 1}, {SocketOption::KeepIdle, 10}, {SocketOption::KeepInterval, 5},
                {SocketOption::KeepCount, 3}});
        row("switch off", "--client", "tcp:127.0.0.1:1,nodelay=off,reuseaddr=0",
            {{SocketOption::NoDelay, 0}, {SocketOption::ReuseAddress, 0}});
        row("switch on", "--server", "tcp:127.0.0.1:1,reuseport=on,reuseaddr=1",
            {{SocketOption::ReusePort, 1}, {SocketOption::ReuseAddress, 1}});
        row("udp", "--server", "udp:127.0.0.1:5353,reuseaddr,reuseport,rcvbuf=65536,ttl=1",
            {{SocketOption::ReuseAddress, 1}, {SocketOption::ReusePort, 1},
                {SocketOption::ReceiveBuffer, 65536}, {SocketOption::Ttl, 1}});
        row("upper case", "--server", "tcp:127.0.0.1:1,NODELAY", {{SocketOption::NoDelay, 1}});
    }

    void accepts()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QList<OptionRequest>, expected);
        QString error;
        const auto parsed = CommandLine::parse({QStringLiteral("socketscope"), option, value}, &error);
        QVERIFY2(parsed, qPrintable(error));
        const QList<EndpointSpec> &specs
            = option == QLatin1StringView("--server") ? parsed->servers : parsed->clients;
        QCOMPARE(specs.size(), 1);
        QCOMPARE(specs.constFirst().options, expected);
        QCOMPARE(specs.constFirst().port,
            value.section(QLatin1Char(','), 0, 0)
                .section(QLatin1Char('@'), 0, 0)
                .section(QLatin1Char(':'), -1)
                .toUShort());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named"); // what the message must say
        const auto row = [](const char *name, const char *option, const char *value, const char *named) {
            QTest::newRow(name) << QString::fromLatin1(option) << QString::fromLatin1(value)
                                << QString::fromLatin1(named);
        };
        row("rcvbuf not a number", "--server", "tcp:127.0.0.1:80,rcvbuf=abc", "rcvbuf=abc");
        row("rcvbuf zero", "--server", "tcp:127.0.0.1:80,rcvbuf=0", "from 1 to");
        row("rcvbuf negative", "--server", "tcp:127.0.0.1:80,rcvbuf=-4096", "rcvbuf=-4096");
        row("rcvbuf huge", "--server", "tcp:127.0.0.1:80,sndbuf=99999999999", "sndbuf=99999999999");
        row("ttl 300", "--client", "tcp:127.0.0.1:80,ttl=300", "from 1 to 255");
        row("ttl 0", "--client", "tcp:127.0.0.1:80,ttl=0", "ttl=0");
        row("linger -1", "--client", "tcp:127.0.0.1:80,linger=-1", "linger=-1");
        row("linger no value", "--client", "tcp:127.0.0.1:80,linger", "linger needs a value");
        row("keepcnt 200", "--client", "tcp:127.0.0.1:80,keepcnt=200", "from 1 to 127");
        row("unknown option", "--server", "tcp:127.0.0.1:80,frobnicate",
            "unknown socket option \"frobnicate\"");
        row("unknown with value", "--server", "tcp:127.0.0.1:80,window=5",
            "unknown socket option \"window\"");
        row("switch with a number", "--client", "tcp:127.0.0.1:80,nodelay=2", "nodelay=2");
        row("tcp option on udp", "--server", "udp:127.0.0.1:80,nodelay", "for TCP sockets only");
        row("linger on udp", "--server", "udp:127.0.0.1:80,linger=0", "for TCP sockets only");
        row("twice", "--server", "tcp:127.0.0.1:80,rcvbuf=4096,rcvbuf=8192", "given twice");
        row("trailing comma", "--server", "tcp:127.0.0.1:80,nodelay,", "empty socket option");
        row("only a comma", "--server", "tcp:127.0.0.1:80,", "empty socket option");
        row("bad endpoint before options", "--server", "tcp:127.0.0.1:99999,nodelay", "99999");
        row("space in the value", "--server", "tcp:127.0.0.1:80,rcvbuf=4 096", "rcvbuf=4 096");
    }

    void refuses()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, named);
        QString error;
        const auto parsed = CommandLine::parse({QStringLiteral("socketscope"), option, value}, &error);
        QVERIFY(!parsed);
        QVERIFY2(error.contains(named), qPrintable(error));
        // The message starts from the option the person typed.
        QVERIFY2(error.startsWith(option), qPrintable(error));
    }

    void helpNamesTheOptions()
    {
        const QString help = CommandLine::helpText();
        for (const char *name : {"nodelay", "linger=", "rcvbuf=", "sndbuf=", "keepalive",
                 "keepidle=", "keepintvl=", "keepcnt=", "reuseaddr", "reuseport", "ttl="})
            QVERIFY2(help.contains(QLatin1StringView(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestOptionRules)
#include "tst_optionrules.moc"
