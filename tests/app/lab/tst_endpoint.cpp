#include "lab/endpoint.h"

#include <QtTest/QtTest>

using namespace SocketScope;

// The rules for what a person may type as a port or as a `tcp:HOST:PORT[@SOURCE]` value.
class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parsePort_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("port");
        QTest::newRow("zero") << QStringLiteral("0") << true << 0;
        QTest::newRow("http") << QStringLiteral("80") << true << 80;
        QTest::newRow("highest") << QStringLiteral("65535") << true << 65535;
        QTest::newRow("spaces around") << QStringLiteral(" 8080 ") << true << 8080;
        QTest::newRow("too big") << QStringLiteral("70000") << false << 0;
        QTest::newRow("one past highest") << QStringLiteral("65536") << false << 0;
        QTest::newRow("negative") << QStringLiteral("-1") << false << 0;
        QTest::newRow("plus sign") << QStringLiteral("+1") << false << 0;
        QTest::newRow("letters") << QStringLiteral("abc") << false << 0;
        QTest::newRow("digits then letters") << QStringLiteral("80a") << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
        QTest::newRow("only spaces") << QStringLiteral("   ") << false << 0;
        QTest::newRow("decimal point") << QStringLiteral("80.5") << false << 0;
        QTest::newRow("non-ASCII digits") << QStringLiteral("\u0663\u0664") << false << 0;
    }

    void parsePort()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, port);
        const auto parsed = SocketScope::parsePort(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(int(*parsed), port);
    }

    void parseSpec_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allowSource");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("proto");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("source");
        // For a bad value: a piece of text the error must quote, so a person sees what to fix.
        QTest::addColumn<QString>("badPart");

        const int tcp = int(Protocol::Tcp);
        const int udp = int(Protocol::Udp);
        QTest::newRow("IPv4") << QStringLiteral("tcp:127.0.0.1:8080") << false << true << tcp
                              << QStringLiteral("127.0.0.1") << 8080 << QString() << QString();
        QTest::newRow("IPv6 in brackets") << QStringLiteral("tcp:[::1]:80") << false << true << tcp
                                          << QStringLiteral("::1") << 80 << QString() << QString();
        QTest::newRow("udp host name") << QStringLiteral("udp:host:53") << false << true << udp
                                       << QStringLiteral("host") << 53 << QString() << QString();
        QTest::newRow("port 0") << QStringLiteral("tcp:localhost:0") << false << true << tcp
                                << QStringLiteral("localhost") << 0 << QString() << QString();
        QTest::newRow("with source") << QStringLiteral("tcp:1.2.3.4:80@5.6.7.8") << true << true << tcp
                                     << QStringLiteral("1.2.3.4") << 80 << QStringLiteral("5.6.7.8")
                                     << QString();
        QTest::newRow("IPv6 source") << QStringLiteral("tcp:[::1]:80@::1") << true << true << tcp
                                     << QStringLiteral("::1") << 80 << QStringLiteral("::1") << QString();
        QTest::newRow("IPv6 source in brackets")
            << QStringLiteral("tcp:[::1]:80@[::1]") << true << true << tcp << QStringLiteral("::1") << 80
            << QStringLiteral("::1") << QString();
        QTest::newRow("name with an IPv6 source")
            << QStringLiteral("tcp:localhost:80@[::1]") << true << true << tcp << QStringLiteral("localhost")
            << 80 << QStringLiteral("::1") << QString();
        QTest::newRow("IPv4-mapped source for IPv4")
            << QStringLiteral("tcp:127.0.0.1:80@::ffff:127.0.0.2") << true << true << tcp
            << QStringLiteral("127.0.0.1") << 80 << QStringLiteral("::ffff:127.0.0.2") << QString();
        QTest::newRow("dotted name") << QStringLiteral("tcp:my-pc.local.:80") << false << true << tcp
                                     << QStringLiteral("my-pc.local.") << 80 << QString() << QString();

        QTest::newRow("number out of range") << QStringLiteral("tcp:999.1.1.1:80") << false << false << 0
                                             << QString() << 0 << QString() << QStringLiteral("999.1.1.1");
        QTest::newRow("three numbers") << QStringLiteral("tcp:1.2.3:80") << false << false << 0 << QString()
                                       << 0 << QString() << QStringLiteral("1.2.3");
        QTest::newRow("one big number") << QStringLiteral("tcp:2130706433:80") << false << false << 0
                                        << QString() << 0 << QString() << QStringLiteral("2130706433");
        QTest::newRow("leading zero") << QStringLiteral("tcp:010.0.0.1:80") << false << false << 0
                                      << QString() << 0 << QString() << QStringLiteral("010.0.0.1");
        QTest::newRow("bracket never closed") << QStringLiteral("tcp:[::1:80") << false << false << 0
                                              << QString() << 0 << QString() << QStringLiteral("[::1:80");
        QTest::newRow("no port after bracket") << QStringLiteral("tcp:[::1]80") << false << false << 0
                                               << QString() << 0 << QString() << QStringLiteral("[::1]80");
        QTest::newRow("IPv4 in brackets") << QStringLiteral("tcp:[127.0.0.1]:80") << false << false << 0
                                          << QString() << 0 << QString() << QStringLiteral("127.0.0.1");
        QTest::newRow("name with a space") << QStringLiteral("tcp:my host:80") << false << false << 0
                                           << QString() << 0 << QString() << QStringLiteral("my host");
        QTest::newRow("control character shown")
            << QStringLiteral("tcp:a\x1b[2Jb:80") << false << false << 0 << QString() << 0 << QString()
            << QStringLiteral("a\\x1b[2Jb");
        QTest::newRow("name too long")
            << QStringLiteral("tcp:%1:80").arg(QString(70, QLatin1Char('a'))) << false << false << 0
            << QString() << 0 << QString() << QStringLiteral("aaaa...");
        QTest::newRow("IPv6 source for IPv4") << QStringLiteral("tcp:127.0.0.1:80@::1") << true << false << 0
                                              << QString() << 0 << QString() << QStringLiteral("IPv6");
        QTest::newRow("IPv4 source for IPv6")
            << QStringLiteral("tcp:[::1]:80@127.0.0.1") << true << false << 0 << QString() << 0 << QString()
            << QStringLiteral("127.0.0.1");
        QTest::newRow("source bracket never closed")
            << QStringLiteral("tcp:[::1]:80@[::1") << true << false << 0 << QString() << 0 << QString()
            << QStringLiteral("[::1");
        QTest::newRow("IPv4 source in brackets")
            << QStringLiteral("tcp:1.2.3.4:80@[5.6.7.8]") << true << false << 0 << QString() << 0 << QString()
            << QStringLiteral("5.6.7.8");
        QTest::newRow("short IPv4 source") << QStringLiteral("tcp:1.2.3.4:80@127.1") << true << false << 0
                                           << QString() << 0 << QString() << QStringLiteral("127.1");

        QTest::newRow("missing port") << QStringLiteral("tcp:127.0.0.1") << false << false << 0 << QString()
                                      << 0 << QString() << QStringLiteral("127.0.0.1");
        QTest::newRow("empty port") << QStringLiteral("tcp:127.0.0.1:") << false << false << 0 << QString()
                                    << 0 << QString() << QStringLiteral("port");
        QTest::newRow("port too big") << QStringLiteral("tcp:127.0.0.1:70000") << false << false << 0
                                      << QString() << 0 << QString() << QStringLiteral("70000");
        QTest::newRow("negative port") << QStringLiteral("udp:127.0.0.1:-1") << false << false << 0
                                       << QString() << 0 << QString() << QStringLiteral("-1");
        QTest::newRow("port letters") << QStringLiteral("tcp:[::1]:abc") << false << false << 0 << QString()
                                      << 0 << QString() << QStringLiteral("abc");
        QTest::newRow("bad protocol") << QStringLiteral("sctp:1.2.3.4:80") << false << false << 0 << QString()
                                      << 0 << QString() << QStringLiteral("sctp");
        QTest::newRow("upper-case protocol") << QStringLiteral("TCP:1.2.3.4:80") << false << false << 0
                                             << QString() << 0 << QString() << QStringLiteral("TCP");
        QTest::newRow("no protocol") << QStringLiteral("1.2.3.4") << false << false << 0 << QString() << 0
                                     << QString() << QStringLiteral("1.2.3.4");
        QTest::newRow("empty") << QString() << false << false << 0 << QString() << 0 << QString()
                               << QStringLiteral("tcp:HOST:PORT");
        QTest::newRow("IPv6 without brackets") << QStringLiteral("tcp:::1:80") << false << false << 0
                                               << QString() << 0 << QString() << QStringLiteral("::1");
        QTest::newRow("IPv6 without brackets, long")
            << QStringLiteral("tcp:fe80::1:80") << false << false << 0 << QString() << 0 << QString()
            << QStringLiteral("fe80::1");
        QTest::newRow("empty host") << QStringLiteral("tcp::80") << false << false << 0 << QString() << 0
                                    << QString() << QStringLiteral("host");
        QTest::newRow("source not an address")
            << QStringLiteral("tcp:1.2.3.4:80@nowhere") << true << false << 0 << QString() << 0 << QString()
            << QStringLiteral("nowhere");
        QTest::newRow("empty source") << QStringLiteral("tcp:1.2.3.4:80@") << true << false << 0 << QString()
                                      << 0 << QString() << QStringLiteral("@");
        QTest::newRow("source where none is allowed")
            << QStringLiteral("tcp:1.2.3.4:80@5.6.7.8") << false << false << 0 << QString() << 0 << QString()
            << QStringLiteral("@5.6.7.8");
    }

    void parseSpec()
    {
        QFETCH(QString, text);
        QFETCH(bool, allowSource);
        QFETCH(bool, valid);
        QFETCH(int, proto);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, source);
        QFETCH(QString, badPart);

        QString error;
        const auto spec = EndpointSpec::parse(text, allowSource, &error);
        QCOMPARE(spec.has_value(), valid);
        if (valid) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(int(spec->proto), proto);
            QCOMPARE(spec->host, host);
            QCOMPARE(int(spec->port), port);
            QCOMPARE(spec->source, source);
        } else {
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(badPart),
                qPrintable(QStringLiteral("\"%1\" does not name \"%2\"").arg(error, badPart)));
        }
    }

    void parseSpecWithoutErrorPointer()
    {
        // Callers that only want a yes or no may pass no error string.
        QVERIFY(!EndpointSpec::parse(u"tcp:1.2.3.4", false, nullptr));
    }

    void formatEndpoint_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("expected");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << 8080 << QStringLiteral("127.0.0.1:8080");
        QTest::newRow("IPv6") << QStringLiteral("::1") << 8080 << QStringLiteral("[::1]:8080");
        QTest::newRow("IPv4-mapped") << QStringLiteral("::ffff:127.0.0.1") << 80
                                     << QStringLiteral("127.0.0.1:80");
        QTest::newRow("no address") << QString() << 53 << QStringLiteral("*:53");
    }

    void formatEndpoint()
    {
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QString, expected);
        QCOMPARE(SocketScope::formatEndpoint(QHostAddress(address), quint16(port)), expected);
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
