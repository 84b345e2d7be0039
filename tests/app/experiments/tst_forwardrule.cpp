#include "experiments/forwardrule.h"

#include <QtTest/QtTest>

using namespace SocketScope;

// The `--forward` rule: what is accepted, and that every refusal names the bad part.
class TestForwardRule : public QObject
{
    Q_OBJECT

private slots:
    void good_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("tcp") << QStringLiteral("tcp:127.0.0.1:8080=127.0.0.2:80")
                             << QStringLiteral("tcp:127.0.0.1:8080=127.0.0.2:80");
        QTest::newRow("udp") << QStringLiteral("udp:127.0.0.1:5353=127.0.0.3:53")
                             << QStringLiteral("udp:127.0.0.1:5353=127.0.0.3:53");
        QTest::newRow("source") << QStringLiteral("tcp:127.0.0.1:8080=127.0.0.2:80@127.0.0.1")
                                << QStringLiteral("tcp:127.0.0.1:8080=127.0.0.2:80@127.0.0.1");
        QTest::newRow("localhost") << QStringLiteral("tcp:localhost:0=localhost:9")
                                   << QStringLiteral("tcp:127.0.0.1:0=127.0.0.1:9");
        QTest::newRow("IPv6") << QStringLiteral("tcp:[::1]:8080=[::1]:80")
                              << QStringLiteral("tcp:[::1]:8080=[::1]:80");
    }

    void good()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QString error;
        const auto rule = ForwardRule::parse(text, &error);
        QVERIFY2(rule, qPrintable(error));
        QCOMPARE(rule->toString(), canonical);
    }

    void bad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("named"); // the part the error must name
        QTest::newRow("no =") << QStringLiteral("tcp:127.0.0.1:80") << QStringLiteral("=");
        QTest::newRow("two =") << QStringLiteral("tcp:127.0.0.1:1=127.0.0.2:2=3")
                               << QStringLiteral("more than one");
        QTest::newRow("protocol") << QStringLiteral("sctp:127.0.0.1:1=127.0.0.2:2") << QStringLiteral("sctp");
        QTest::newRow("listen port") << QStringLiteral("tcp:127.0.0.1:99999=127.0.0.2:2")
                                     << QStringLiteral("99999");
        QTest::newRow("listen no port")
            << QStringLiteral("tcp:127.0.0.1=127.0.0.2:2") << QStringLiteral("listening side");
        QTest::newRow("target port") << QStringLiteral("tcp:127.0.0.1:1=127.0.0.2:http")
                                     << QStringLiteral("http");
        QTest::newRow("target port 0")
            << QStringLiteral("tcp:127.0.0.1:1=127.0.0.2:0") << QStringLiteral("0");
        QTest::newRow("target protocol")
            << QStringLiteral("tcp:127.0.0.1:1=udp:127.0.0.2:2") << QStringLiteral("udp:127.0.0.2:2");
        QTest::newRow("listen name") << QStringLiteral("tcp:router:1=127.0.0.2:2")
                                     << QStringLiteral("router");
        QTest::newRow("target name") << QStringLiteral("tcp:127.0.0.1:1=inside:2")
                                     << QStringLiteral("inside");
        QTest::newRow("source") << QStringLiteral("tcp:127.0.0.1:1=127.0.0.2:2@here")
                                << QStringLiteral("here");
        QTest::newRow("source on listen")
            << QStringLiteral("tcp:127.0.0.1:1@127.0.0.3=127.0.0.2:2") << QStringLiteral("@127.0.0.3");
        QTest::newRow("empty target") << QStringLiteral("tcp:127.0.0.1:1=") << QStringLiteral("target side");
    }

    void bad()
    {
        QFETCH(QString, text);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!ForwardRule::parse(text, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestForwardRule)
#include "tst_forwardrule.moc"
