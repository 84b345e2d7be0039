#include "journal/journal.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "ports/bindprobe.h"
#include "ports/labports.h"
#include "ports/portusers.h"
#include "ports/systemportsettings.h"

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QUdpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <unistd.h>

using namespace SocketScope;

class TestBindProbe : public QObject
{
    Q_OBJECT

private slots:
    void freePortIsFree()
    {
        // Port 0 asks the OS to pick; the answer names the port it picked.
        const BindProbe::Result result = BindProbe::probe(Protocol::Tcp, QHostAddress::LocalHost, 0);
        QCOMPARE(result.outcome, BindProbe::Free);
        QVERIFY(result.boundPort != 0);
        // Released at once: the same port binds again.
        const BindProbe::Result again
            = BindProbe::probe(Protocol::Tcp, QHostAddress::LocalHost, result.boundPort);
        QCOMPARE(again.outcome, BindProbe::Free);
    }

    void collidesWithLabListener()
    {
        Journal journal;
        KernelView kernel(KernelSocketSource::best());
        Lab lab(&journal, &kernel);
        const Lab::Opened opened = lab.listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY2(!opened.error, qPrintable(opened.error.detail));
        const quint16 port = lab.info(opened.id)->localPort;
        QVERIFY(port != 0);

        const BindProbe::Result result
            = BindProbe::probe(Protocol::Tcp, QHostAddress::LocalHost, port, &kernel);
        QCOMPARE(result.outcome, BindProbe::InUse);
        QVERIFY(!result.osMessage.isEmpty());
        if (!kernel.isAvailable())
            QSKIP("no kernel view on this system: the holder cannot be named");
        QVERIFY(!result.holders.empty());
        const PortUser &holder = result.holders.front();
        QCOMPARE(holder.socket.state, TcpState::Listen);
        QCOMPARE(holder.socket.localPort, port);
        // This process holds the listener, so the OS always tells us who it is.
        QCOMPARE(holder.pid, qint64(::getpid()));
        QVERIFY(!holder.process.isEmpty());

        // UDP and TCP ports are separate: the same number is free for UDP.
        const BindProbe::Result udp = BindProbe::probe(Protocol::Udp, QHostAddress::LocalHost, port);
        QCOMPARE(udp.outcome, BindProbe::Free);
        // Another loopback address is another socket address: TCP binds there too.
        const BindProbe::Result other
            = BindProbe::probe(Protocol::Tcp, QHostAddress(QStringLiteral("127.0.0.2")), port);
        QCOMPARE(other.outcome, BindProbe::Free);
        // The wildcard overlaps every address, so it collides.
        const BindProbe::Result any = BindProbe::probe(Protocol::Tcp, QHostAddress::AnyIPv4, port);
        QCOMPARE(any.outcome, BindProbe::InUse);
    }

    void udpCollides()
    {
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
        const BindProbe::Result result
            = BindProbe::probe(Protocol::Udp, QHostAddress::LocalHost, socket.localPort());
        QCOMPARE(result.outcome, BindProbe::InUse);
    }

    void addressNotAvailable()
    {
        // 192.0.2.0/24 is kept for documentation; no machine has it.
        const BindProbe::Result result
            = BindProbe::probe(Protocol::Tcp, QHostAddress(QStringLiteral("192.0.2.1")), 0);
        QCOMPARE(result.outcome, BindProbe::AddressNotAvailable);
    }

    void protectedPort()
    {
        const SystemPortSettings settings = SystemPortSettings::read();
        if (::geteuid() == 0)
            QSKIP("running as root: every port may be bound");
        if (settings.unprivilegedStart == 0)
            QSKIP("this system protects no port");
        // Port 1 is below any unprivileged start and almost never in use.
        const BindProbe::Result result = BindProbe::probe(Protocol::Tcp, QHostAddress::LocalHost, 1);
        QCOMPARE(result.outcome, BindProbe::Protected);
    }

    void whoUsesThePort()
    {
        Journal journal;
        KernelView kernel(KernelSocketSource::best());
        if (!kernel.isAvailable())
            QSKIP("no kernel view on this system");
        Lab lab(&journal, &kernel);
        const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!server.error);
        const quint16 port = lab.info(server.id)->localPort;
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!client.error);
        // Listener, and the accepted socket with the client as its peer.
        QTRY_VERIFY(kernel.poll() && PortUsers::find(kernel.sockets(), port, Protocol::Tcp).size() >= 2);
        const std::vector<PortUser> users = PortUsers::find(kernel.sockets(), port, Protocol::Tcp);
        QCOMPARE(users.front().socket.state, TcpState::Listen);
        bool sawPeer = false;
        for (const PortUser &user : users)
            sawPeer = sawPeer || user.socket.remotePort == lab.info(client.id)->localPort;
        QVERIFY(sawPeer);
        lab.closeAll();
    }

    void ephemeralPortInsideOsRange()
    {
        Journal journal;
        Lab lab(&journal, nullptr);
        LabPorts ports(&journal);
        QSignalSpy changed(&ports, &LabPorts::changed);
        QVERIFY(changed.isValid());
        const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!server.error);
        const quint16 serverPort = lab.info(server.id)->localPort;
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, serverPort);
        QVERIFY(!client.error);
        QTRY_VERIFY(ports.find(client.id) && ports.find(client.id)->localPort != 0);

        const LabPorts::Socket *socket = ports.find(client.id);
        QVERIFY(socket->isOsPicked());
        QVERIFY(!ports.find(server.id)->isOsPicked());
        QCOMPARE(socket->localPort, lab.info(client.id)->localPort);
        QVERIFY(ports.openOnPort(socket->localPort).contains(client.id));
        QVERIFY(changed.count() > 0);

        const SystemPortSettings settings = SystemPortSettings::read();
        if (!settings.ephemeralFromOs)
            QSKIP("this OS does not say its ephemeral range");
        QVERIFY2(settings.isEphemeral(socket->localPort),
            qPrintable(QStringLiteral("%1 outside %2-%3")
                           .arg(socket->localPort)
                           .arg(settings.ephemeralFirst)
                           .arg(settings.ephemeralLast)));

        // Closing takes it off the open list.
        QVERIFY(!lab.abort(client.id));
        QTRY_VERIFY(!ports.find(client.id)->open);
        QVERIFY(!ports.openOnPort(socket->localPort).contains(client.id));
        lab.closeAll();
    }

    void portOfEndpoint_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("port");
        QTest::newRow("v4") << QStringLiteral("127.0.0.1:8080") << 8080;
        QTest::newRow("v6") << QStringLiteral("[::1]:443") << 443;
        QTest::newRow("wildcard") << QStringLiteral("*:53") << 53;
        QTest::newRow("none") << QStringLiteral("nothing") << 0;
    }

    void portOfEndpoint()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, port);
        QCOMPARE(int(LabPorts::portOf(endpoint)), port);
    }
};

QTEST_GUILESS_MAIN(TestBindProbe)
#include "tst_bindprobe.moc"
