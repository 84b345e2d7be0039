#include "kernel/kernelsocket.h"
#include "ports/portinforeport.h"
#include "ports/serviceregistry.h"

#include <QtTest/QTest>

using namespace SocketScope;

namespace {

const char kList[] = "ssh\t22/tcp/udp\t# The Secure Shell\n"
                     "exec\t512/tcp\t# remote shell, historic\n"
                     "abcsoftware\t3996/tcp/udp\t# abcsoftware-01\n"
                     "http\t80/tcp\twww\t# World Wide Web\n"
                     "timed\t525/udp\t# timeserver\n"
                     "time\t37/tcp/udp\t# Time\n";

struct Printed
{
    int code = -1;
    QString out;
    QString err;
};

Printed run(const QString &query, const std::vector<KernelSocket> *sockets = nullptr)
{
    ServiceRegistry registry;
    registry.loadText(kList, QStringLiteral("/test/services"));
    SystemPortSettings settings;
    Printed printed;
    QTextStream out(&printed.out);
    QTextStream err(&printed.err);
    printed.code
        = PortInfoReport::print(query, registry, sockets, QStringLiteral("test"), settings, out, err);
    return printed;
}

} // namespace

class TestPortInfoReport : public QObject
{
    Q_OBJECT

private slots:
    void badQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("65536") << QStringLiteral("65536");
        QTest::newRow("-1") << QStringLiteral("-1");
        QTest::newRow("abc") << QStringLiteral("abc");
        QTest::newRow("empty") << QString();
    }

    void badQueries()
    {
        QFETCH(QString, query);
        const Printed printed = run(query);
        QCOMPARE(printed.code, PortInfoReport::kExitBadQuery);
        QVERIFY(printed.out.isEmpty());
        QVERIFY(printed.err.startsWith(QStringLiteral("socketscope: --port-info: ")));
    }

    void portNumber()
    {
        std::vector<KernelSocket> sockets(1);
        sockets[0].proto = Protocol::Tcp;
        sockets[0].localAddress = QHostAddress::AnyIPv4;
        sockets[0].localPort = 22;
        sockets[0].state = TcpState::Listen;
        const Printed printed = run(QStringLiteral("22"), &sockets);
        QCOMPARE(printed.code, PortInfoReport::kExitOk);
        QVERIFY(printed.err.isEmpty());
        QVERIFY(printed.out.contains(QStringLiteral("Port 22")));
        QVERIFY(printed.out.contains(QStringLiteral("well-known (0-1023)")));
        QVERIFY(printed.out.contains(QStringLiteral("TCP: ssh (The Secure Shell)")));
        QVERIFY(printed.out.contains(QStringLiteral("UDP: ssh (The Secure Shell)")));
        QVERIFY(printed.out.contains(QStringLiteral("0.0.0.0:22  LISTEN")));
        QVERIFY(printed.out.contains(QStringLiteral("/test/services")));
    }

    void serviceName()
    {
        const Printed printed = run(QStringLiteral("www"));
        QCOMPARE(printed.code, PortInfoReport::kExitOk);
        QVERIFY(printed.out.contains(QStringLiteral("Port 80")));
        QVERIFY(printed.out.contains(QStringLiteral("UDP: no service name")));
        QVERIFY(printed.out.contains(QStringLiteral("unknown")));
    }

    void freeText()
    {
        // "shell" is no name, but a whole word in two descriptions.
        const Printed printed = run(QStringLiteral("shell"));
        QCOMPARE(printed.code, PortInfoReport::kExitOk);
        QVERIFY2(printed.out.contains(QStringLiteral("22/tcp/udp")), qPrintable(printed.out));
        QVERIFY(printed.out.contains(QStringLiteral("512/tcp")));
        // Two ports: the list only, no details.
        QVERIFY(!printed.out.contains(QStringLiteral("IANA range")));
        const Printed one = run(QStringLiteral("secure"));
        QVERIFY(one.out.contains(QStringLiteral("Port 22")));
        // Part of a word is not a match: "abc" is not "abcsoftware".
        QCOMPARE(run(QStringLiteral("abc")).code, PortInfoReport::kExitBadQuery);
    }

    void dynamicRange()
    {
        const Printed printed = run(QStringLiteral("65535/tcp"));
        QCOMPARE(printed.code, PortInfoReport::kExitOk);
        QVERIFY(printed.out.contains(QStringLiteral("dynamic (49152-65535)")));
        QVERIFY(!printed.out.contains(QStringLiteral("UDP:")));
    }

    void thisMachine()
    {
        // The real thing, as main.cpp calls it.
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(PortInfoReport::print(QStringLiteral("443"), outStream, errStream), 0);
        QVERIFY(out.contains(QStringLiteral("Port 443")));
        // The contract's bad queries, against this machine's own registry.
        for (const QString &bad :
            {QStringLiteral("65536"), QStringLiteral("-1"), QStringLiteral("abc"), QString()}) {
            err.clear();
            QCOMPARE(PortInfoReport::print(bad, outStream, errStream), 2);
            QVERIFY(!err.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPortInfoReport)
#include "tst_portinforeport.moc"
