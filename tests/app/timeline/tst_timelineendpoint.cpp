#include "timeline/broadcastaddresses.h"
#include "timeline/endpoint.h"

#include <QtTest/QTest>

using namespace SocketScope;

// The timeline's endpoint values and the broadcast addresses a netmask makes.
class TestTimelineEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void broadcast_data();
    void broadcast();
};

void TestTimelineEndpoint::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: any address
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("any");

    QTest::newRow("IPv4") << "192.168.0.10:80"
                          << "192.168.0.10" << 80 << false;
    QTest::newRow("IPv6") << "[::1]:5000"
                          << "::1" << 5000 << false;
    QTest::newRow("IPv4-mapped reads as IPv4") << "[::ffff:10.0.0.1]:7"
                                               << "10.0.0.1" << 7 << false;
    QTest::newRow("any IPv4") << "0.0.0.0:53"
                              << "0.0.0.0" << 53 << true;
    QTest::newRow("any IPv6") << "[::]:53"
                              << "::" << 53 << true;
    QTest::newRow("star") << "*:8080"
                          << "" << 8080 << true;
    QTest::newRow("bare address") << "10.0.0.1"
                                  << "10.0.0.1" << 0 << false;
    QTest::newRow("bare IPv6 address") << "fe80::1"
                                       << "fe80::1" << 0 << false;
    QTest::newRow("port too big") << "10.0.0.1:70000"
                                  << "10.0.0.1" << 0 << false;
    QTest::newRow("empty") << ""
                           << "" << 0 << true;
}

void TestTimelineEndpoint::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(bool, any);
    const Endpoint e = Endpoint::parse(text);
    QCOMPARE(e.address.isNull() ? QString() : e.address.toString(), address);
    QCOMPARE(int(e.port), port);
    QCOMPARE(e.isAnyAddress(), any);
    QCOMPARE(Endpoint::parse(text), e); // the same text, the same value
    if (!any && !address.isEmpty()) {
        // Any address matches every address; two different addresses do not match.
        QVERIFY(e.sameAddress(Endpoint::parse(u"0.0.0.0:1")));
        QVERIFY(!e.sameAddress(Endpoint::parse(u"10.9.9.9:1")));
    }
}

void TestTimelineEndpoint::broadcast_data()
{
    QTest::addColumn<QString>("subnet"); // address/prefix
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("broadcast");

    QTest::newRow("/24") << "192.168.0.10/24"
                         << "192.168.0.255" << true;
    QTest::newRow("/16") << "10.0.0.7/16"
                         << "10.0.255.255" << true;
    QTest::newRow(".255 host in a /16") << "10.0.0.7/16"
                                        << "10.0.0.255" << false;
    QTest::newRow("/23 ends in .255 at its top") << "172.16.4.9/23"
                                                 << "172.16.5.255" << true;
    QTest::newRow("/23 .255 in its lower half") << "172.16.4.9/23"
                                                << "172.16.4.255" << false;
    QTest::newRow("/31 has no broadcast") << "10.1.1.0/31"
                                          << "10.1.1.1" << false;
    QTest::newRow("everyone, whatever the subnet") << "10.0.0.7/16"
                                                   << "255.255.255.255" << true;
    QTest::newRow("another subnet") << "10.0.0.7/16"
                                    << "192.168.0.255" << false;
    QTest::newRow("IPv6 has none") << "fe80::1/64"
                                   << "fe80::ffff:ffff:ffff:ffff" << false;
}

void TestTimelineEndpoint::broadcast()
{
    QFETCH(QString, subnet);
    QFETCH(QString, address);
    QFETCH(bool, broadcast);
    const QPair<QHostAddress, int> parsed = QHostAddress::parseSubnet(subnet);
    BroadcastAddresses addresses;
    addresses.addSubnet(QHostAddress(subnet.section(QLatin1Char('/'), 0, 0)), parsed.second);
    QCOMPARE(addresses.isBroadcast(QHostAddress(address)), broadcast);
}

QTEST_GUILESS_MAIN(TestTimelineEndpoint)
#include "tst_timelineendpoint.moc"
