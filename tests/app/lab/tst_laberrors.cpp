#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "livelabtest.h"

#include <QtCore/QFile>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <memory>

#include <unistd.h>

using namespace SocketScope;

namespace {

// A loopback port nothing listens on: taken from the OS, then given back.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

// Every failure the OS or Qt reports comes out as the right LabError kind, and as an `error`
// event about the socket in the journal.
class TestLabErrors : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(); }

    void cleanup() { stopLab(); }

    void addressInUse()
    {
        const Lab::Opened first = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!first.error);
        const Lab::Opened second
            = m_lab->listenTcp(QHostAddress::LocalHost, m_lab->info(first.id)->localPort);
        QCOMPARE(second.error.kind, LabError::AddressInUse);
        QVERIFY(!second.error.detail.isEmpty());
        checkErrorEvent(second.id, LabError::AddressInUse);
        QCOMPARE(eventsOf(*m_journal, second.id, EventKind::Closed).size(), 1);
        // The first listener is not disturbed, and the failed one never takes its place in
        // the kernel's view.
        QCOMPARE(m_lab->info(first.id)->qtState, QAbstractSocket::ListeningState);
        if (m_kernel->isAvailable())
            QTRY_VERIFY(!m_lab->info(second.id));
    }

    void udpAddressInUse()
    {
        const Lab::Opened first = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!first.error);
        const Lab::Opened second = m_lab->bindUdp(QHostAddress::LocalHost, m_lab->info(first.id)->localPort);
        QCOMPARE(second.error.kind, LabError::AddressInUse);
        checkErrorEvent(second.id, LabError::AddressInUse);
    }

    void portProtected()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: every port may be bound, so no port is protected");
        QFile file(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("this system does not say where unprivileged ports start");
        const int start = file.readAll().trimmed().toInt();
        if (start <= 0)
            QSKIP("every port is unprivileged on this system (ip_unprivileged_port_start is 0)");

        const Lab::Opened opened = m_lab->listenTcp(QHostAddress::LocalHost, quint16(start - 1));
        QCOMPARE(opened.error.kind, LabError::PortProtected);
        checkErrorEvent(opened.id, LabError::PortProtected);
    }

    void addressNotAvailable()
    {
        // 192.0.2.0/24 is TEST-NET-1: documentation only, never an address of this machine.
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress(QStringLiteral("192.0.2.1")), 0);
        QCOMPARE(listener.error.kind, LabError::AddressNotAvailable);
        checkErrorEvent(listener.id, LabError::AddressNotAvailable);

        const Lab::Opened udp = m_lab->bindUdp(QHostAddress(QStringLiteral("192.0.2.1")), 0);
        QCOMPARE(udp.error.kind, LabError::AddressNotAvailable);
        checkErrorEvent(udp.id, LabError::AddressNotAvailable);

        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, 9, QHostAddress(QStringLiteral("192.0.2.1")));
        QCOMPARE(client.error.kind, LabError::AddressNotAvailable);
        checkErrorEvent(client.id, LabError::AddressNotAvailable);
    }

    // An IPv4 source cannot reach an IPv6 peer (nor the other way); an IPv4 address written
    // as ::ffff:a.b.c.d still counts as IPv4.
    void addressFamilyMismatch_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("mismatch");
        QTest::newRow("v4 source, v6 peer") << QStringLiteral("::1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("v6 source, v4 peer") << QStringLiteral("127.0.0.1") << QStringLiteral("::1") << true;
        QTest::newRow("mapped v4 source, v4 peer")
            << QStringLiteral("127.0.0.1") << QStringLiteral("::ffff:127.0.0.1") << false;
    }

    void addressFamilyMismatch()
    {
        QFETCH(QString, remote);
        QFETCH(QString, source);
        QFETCH(bool, mismatch);
        const Lab::Opened opened
            = m_lab->connectTcp(QHostAddress(remote), closedPort(), QHostAddress(source));
        if (!mismatch) {
            QVERIFY(opened.error.kind != LabError::AddressFamilyMismatch);
            m_lab->abort(opened.id);
            return;
        }
        QCOMPARE(opened.error.kind, LabError::AddressFamilyMismatch);
        checkErrorEvent(opened.id, LabError::AddressFamilyMismatch);
        QCOMPARE(eventsOf(*m_journal, opened.id, EventKind::Closed).size(), 1);
    }

    void connectionRefused()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QSignalSpy failed(m_lab.get(), &Lab::socketFailed);
        QVERIFY(failed.isValid());
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!client.error); // connecting is asynchronous: the answer comes later
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).value<qint32>(), client.id);
        QCOMPARE(failed.first().at(1).value<LabError>().kind, LabError::ConnectionRefused);
        checkErrorEvent(client.id, LabError::ConnectionRefused);
        QTRY_COMPARE(eventsOf(*m_journal, client.id, EventKind::Closed).size(), 1);
    }

    void timedOut()
    {
        // A listener whose accept queue is full drops new SYNs, so a further client stays in
        // SYN_SENT: backlog 0 lets exactly one connection wait, and accepting is paused.
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 0);
        QVERIFY(!listener.error);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const quint16 port = m_lab->info(listener.id)->localPort;
        const Lab::Opened waiting = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!waiting.error);
        QTRY_COMPARE(m_lab->info(waiting.id)->qtState, QAbstractSocket::ConnectedState);

        QSignalSpy failed(m_lab.get(), &Lab::socketFailed);
        QVERIFY(failed.isValid());
        m_lab->setConnectTimeout(300);
        const Lab::Opened late = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!late.error);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<qint32>(), late.id);
        QCOMPARE(failed.first().at(1).value<LabError>().kind, LabError::TimedOut);
        checkErrorEvent(late.id, LabError::TimedOut);
        // The lab gave up with a reset rather than leaving the SYN to be retried.
        QCOMPARE(eventsOf(*m_journal, late.id, EventKind::Aborted).size(), 1);
    }

    void connectionReset()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        QSignalSpy changed(m_lab.get(), &Lab::socketChanged);
        QVERIFY(changed.isValid());
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        qint32 accepted = -1;
        QTRY_VERIFY((accepted = acceptedOf(listener.id)) > 0);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);

        QSignalSpy failed(m_lab.get(), &Lab::socketFailed);
        QVERIFY(failed.isValid());
        QVERIFY(!m_lab->abort(accepted)); // the server end resets the connection
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(0).value<qint32>(), client.id);
        QCOMPARE(failed.first().at(1).value<LabError>().kind, LabError::ConnectionReset);
        checkErrorEvent(client.id, LabError::ConnectionReset);
        QTRY_COMPARE(eventsOf(*m_journal, client.id, EventKind::Closed).size(), 1);
    }

    void resetWhileSending()
    {
        // The peer aborts while this end keeps writing: the write fails with a reset too.
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        qint32 accepted = -1;
        QTRY_VERIFY((accepted = acceptedOf(listener.id)) > 0);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QVERIFY(!m_lab->abort(accepted));
        m_lab->send(client.id, QByteArrayLiteral("anyone there?")); // may already see the reset
        QTRY_COMPARE(eventsOf(*m_journal, client.id, EventKind::Error).size(), 1);
        QCOMPARE(eventsOf(*m_journal, client.id, EventKind::Error).first().value,
            qint64(LabError::ConnectionReset));
    }

private:
    qint32 acceptedOf(qint32 listener) const
    {
        for (const qint32 id : m_lab->socketIds()) {
            if (m_lab->info(id)->parent == listener)
                return id;
        }
        return -1;
    }

    void checkErrorEvent(qint32 socket, LabError::Kind kind)
    {
        const QList<Event> errors = eventsOf(*m_journal, socket, EventKind::Error);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value, qint64(kind));
        QVERIFY(!m_journal->string(errors.first().text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabErrors)
#include "tst_laberrors.moc"
