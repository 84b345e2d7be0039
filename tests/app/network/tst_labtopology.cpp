#include "network/labtopology.h"

#include <QtTest/QtTest>

using namespace SocketScope;

class TestLabTopology : public QObject
{
    Q_OBJECT

private slots:
    void hostOwning_data();
    void hostOwning();
    void problemWith_data();
    void problemWith();
};

void TestLabTopology::hostOwning_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::newRow("pc-a") << "192.168.0.10"
                          << "pc-a";
    QTest::newRow("pc-b") << "192.168.0.11"
                          << "pc-b";
    QTest::newRow("remote") << "203.0.113.50"
                            << "remote";
    QTest::newRow("router lan") << "192.168.0.1"
                                << "router";
    QTest::newRow("router wan") << "203.0.113.1"
                                << "router";
    QTest::newRow("wildcard: default host") << "0.0.0.0"
                                            << "pc-a";
    QTest::newRow("loopback: default host") << "127.0.0.1"
                                            << "pc-a";
    QTest::newRow("nobody's") << "192.168.0.99"
                              << "";
    QTest::newRow("outside") << "8.8.8.8"
                             << "";
}

void TestLabTopology::hostOwning()
{
    QFETCH(QString, address);
    QFETCH(QString, host);
    QCOMPARE(LabTopology::homeNetwork().hostOwning(QHostAddress(address)), host);
}

void TestLabTopology::problemWith_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("fine");
    QTest::newRow("new LAN host") << "pc-c"
                                  << "lan"
                                  << "192.168.0.12" << true;
    QTest::newRow("new public host") << "server"
                                     << "wan"
                                     << "203.0.113.80" << true;
    QTest::newRow("name taken") << "pc-a"
                                << "lan"
                                << "192.168.0.12" << false;
    QTest::newRow("router's name") << "router"
                                   << "lan"
                                   << "192.168.0.12" << false;
    QTest::newRow("address taken") << "pc-c"
                                   << "lan"
                                   << "192.168.0.10" << false;
    QTest::newRow("router's address") << "pc-c"
                                      << "lan"
                                      << "192.168.0.1" << false;
    QTest::newRow("wrong network") << "pc-c"
                                   << "lan"
                                   << "203.0.113.9" << false;
    QTest::newRow("broadcast") << "pc-c"
                               << "lan"
                               << "192.168.0.255" << false;
    QTest::newRow("network address") << "pc-c"
                                     << "lan"
                                     << "192.168.0.0" << false;
    QTest::newRow("no such segment") << "pc-c"
                                     << "dmz"
                                     << "192.168.0.12" << false;
    QTest::newRow("bad name") << "PC C"
                              << "lan"
                              << "192.168.0.12" << false;
    QTest::newRow("name too long") << "averyveryverylongname"
                                   << "lan"
                                   << "192.168.0.12" << false;
    QTest::newRow("IPv6") << "pc-c"
                          << "lan"
                          << "fd00::12" << false;
}

void TestLabTopology::problemWith()
{
    QFETCH(QString, name);
    QFETCH(QString, segment);
    QFETCH(QString, address);
    QFETCH(bool, fine);
    const LabTopology t = LabTopology::homeNetwork();
    const LabSegment *s = t.segment(segment);
    LabHost h {name, segment, QHostAddress(address), 24, s ? s->routerAddress : QHostAddress()};
    const QString problem = t.problemWith(h);
    QCOMPARE(problem.isEmpty(), fine);
}

QTEST_GUILESS_MAIN(TestLabTopology)
#include "tst_labtopology.moc"
