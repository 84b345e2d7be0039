#include "experiments/portforwarder.h"
#include "journal/journal.h"
#include "journalquery.h"
#include "lab/lab.h"

#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

namespace {

const QHostAddress kPublic(QStringLiteral("127.0.0.1")); // the router's outside address
const QHostAddress kPrivate(QStringLiteral("127.0.0.2")); // the inside server's host
const QHostAddress kOutside(QStringLiteral("127.0.0.3")); // a client somewhere else

// Everything a socket received, reads concatenated.
class Received : public QObject
{
public:
    Received(Lab *lab)
    {
        connect(lab, &Lab::dataReceived, this,
            [this](qint32 id, const QByteArray &data, const QHostAddress &peer, quint16 port) {
                bytes[id] += data;
                peers[id] = {peer, port};
            });
    }
    QHash<qint32, QByteArray> bytes;
    QHash<qint32, std::pair<QHostAddress, quint16>> peers;
};

QByteArray pattern(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 251) & 0xff);
    return data;
}

} // namespace

// A port forwarder on loopback aliases: 127.0.0.1 stands for the router's public address,
// 127.0.0.2 for a private host behind it, 127.0.0.3 for a client outside.
class TestPortForwarder : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_journal = std::make_unique<Journal>();
        m_lab = std::make_unique<Lab>(m_journal.get(), nullptr);
    }

    void cleanup()
    {
        m_lab.reset();
        m_journal.reset();
    }

    void tcpBothWaysAndLinked()
    {
        Received received(m_lab.get());
        const Lab::Opened server = m_lab->listenTcp(kPrivate, 0);
        QVERIFY(!server.error);
        const quint16 serverPort = m_lab->info(server.id)->localPort;

        PortForwarder forwarder(m_lab.get());
        QSignalSpy linked(&forwarder, &PortForwarder::linkAdded);
        QVERIFY(linked.isValid());
        ForwardRule rule;
        rule.listenAddress = kPublic;
        rule.targetAddress = kPrivate;
        rule.targetPort = serverPort;
        rule.source = kPublic;
        QVERIFY(!forwarder.start(rule));
        QVERIFY(forwarder.listenPort() != 0);

        QSignalSpy opened(m_lab.get(), &Lab::socketOpened);
        QVERIFY(opened.isValid());
        const Lab::Opened client = m_lab->connectTcp(kPublic, forwarder.listenPort(), kOutside);
        QVERIFY(!client.error);
        QTRY_COMPARE(linked.size(), 1);
        const PortForwarder::Link link = forwarder.links().first();

        // The private server accepts a connection from the forwarder, not from the client.
        qint32 serverSide = -1;
        QTRY_VERIFY([&] {
            for (const qint32 id : m_lab->socketIds()) {
                const SocketInfo *info = m_lab->info(id);
                if (info && info->parent == server.id)
                    serverSide = id;
            }
            return serverSide >= 0;
        }());
        QCOMPARE(m_lab->info(serverSide)->remoteAddress, kPublic);
        QCOMPARE(m_lab->info(serverSide)->remotePort, m_lab->info(link.outbound)->localPort);
        QCOMPARE(link.client, kOutside);
        QCOMPARE(m_lab->info(link.inbound)->remoteAddress, kOutside);

        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        const QByteArray up = pattern(300 * 1024);
        const QByteArray down = pattern(70 * 1024).toBase64();
        QVERIFY(!m_lab->send(client.id, up));
        QTRY_COMPARE(received.bytes.value(serverSide).size(), up.size());
        QCOMPARE(received.bytes.value(serverSide), up);
        QVERIFY(!m_lab->send(serverSide, down));
        QTRY_COMPARE(received.bytes.value(client.id).size(), down.size());
        QCOMPARE(received.bytes.value(client.id), down);
        QCOMPARE(forwarder.links().first().bytesToTarget, qint64(up.size()));
        QCOMPARE(forwarder.links().first().bytesToClient, qint64(down.size()));

        // Each leg names the other.
        const QList<Event> inboundLinked = eventsOf(*m_journal, link.inbound, EventKind::Linked);
        const QList<Event> outboundLinked = eventsOf(*m_journal, link.outbound, EventKind::Linked);
        QCOMPARE(inboundLinked.size(), 1);
        QCOMPARE(outboundLinked.size(), 1);
        QCOMPARE(inboundLinked.first().value, qint64(link.outbound));
        QCOMPARE(outboundLinked.first().value, qint64(link.inbound));
        QCOMPARE(inboundLinked.first().source, EventSource::App);

        // The client hangs up: the forwarder closes the other leg, and the server sees it.
        QVERIFY(!m_lab->close(client.id));
        QTRY_VERIFY(!forwarder.links().first().open);
        QTRY_VERIFY([&] {
            const SocketInfo *info = m_lab->info(serverSide);
            return !info || info->qtState != QAbstractSocket::ConnectedState;
        }());
    }

    void tcpTargetRefuses()
    {
        // A port nobody listens on: take one from a listener and close it again.
        const Lab::Opened gone = m_lab->listenTcp(kPrivate, 0);
        const quint16 deadPort = m_lab->info(gone.id)->localPort;
        m_lab->close(gone.id);

        PortForwarder forwarder(m_lab.get());
        ForwardRule rule;
        rule.listenAddress = kPublic;
        rule.targetAddress = kPrivate;
        rule.targetPort = deadPort;
        QVERIFY(!forwarder.start(rule));
        QSignalSpy linked(&forwarder, &PortForwarder::linkAdded);
        QVERIFY(linked.isValid());
        const Lab::Opened client = m_lab->connectTcp(kPublic, forwarder.listenPort());
        QTRY_COMPARE(linked.size(), 1);
        QTRY_VERIFY(!forwarder.links().first().open);
        QTRY_VERIFY([&] {
            const SocketInfo *info = m_lab->info(client.id);
            return !info || info->qtState != QAbstractSocket::ConnectedState;
        }());
    }

    void udpBothWaysPerClient()
    {
        Received received(m_lab.get());
        const Lab::Opened server = m_lab->bindUdp(kPrivate, 0);
        QVERIFY(!server.error);
        const quint16 serverPort = m_lab->info(server.id)->localPort;

        PortForwarder forwarder(m_lab.get());
        const auto rule
            = ForwardRule::parse(QStringLiteral("udp:127.0.0.1:0=127.0.0.2:%1").arg(serverPort), nullptr);
        QVERIFY(rule);
        QVERIFY(!forwarder.start(*rule));
        const quint16 forwardPort = forwarder.listenPort();

        const Lab::Opened a = m_lab->bindUdp(kOutside, 0);
        const Lab::Opened b = m_lab->bindUdp(kOutside, 0);
        QVERIFY(!m_lab->sendDatagram(a.id, QByteArrayLiteral("from a"), {{kPublic, forwardPort}}));
        QVERIFY(!m_lab->sendDatagram(b.id, QByteArrayLiteral("from b"), {{kPublic, forwardPort}}));
        QTRY_COMPARE(received.bytes.value(server.id).size(), 12);
        QCOMPARE(forwarder.links().size(), 2);
        // The private server sees the forwarder's loopback address, one port per client.
        QCOMPARE(received.peers.value(server.id).first, kPublic);
        const quint16 legA = m_lab->info(forwarder.links()[0].outbound)->localPort;
        const quint16 legB = m_lab->info(forwarder.links()[1].outbound)->localPort;
        QVERIFY(legA != legB);

        // Replies go back to the right client.
        QVERIFY(!m_lab->sendDatagram(server.id, QByteArrayLiteral("to a"), {{kPublic, legA}}));
        QVERIFY(!m_lab->sendDatagram(server.id, QByteArrayLiteral("to b!"), {{kPublic, legB}}));
        QTRY_COMPARE(received.bytes.value(a.id), QByteArrayLiteral("to a"));
        QTRY_COMPARE(received.bytes.value(b.id), QByteArrayLiteral("to b!"));
        QCOMPARE(received.peers.value(a.id).second, forwardPort);
        QCOMPARE(forwarder.bytesToTarget(), 12);
        QCOMPARE(forwarder.bytesToClient(), 9);

        const PortForwarder::Link &link = forwarder.links().first();
        QCOMPARE(eventsOf(*m_journal, link.outbound, EventKind::Linked).first().value,
            qint64(forwarder.listenerId()));
        QCOMPARE(eventsOf(*m_journal, forwarder.listenerId(), EventKind::Linked).size(), 2);
    }

    // A UDP flow nobody uses is let go, as a router forgets a NAT entry: its outbound socket is
    // closed with the reason in the journal, and the client's next datagram opens a new flow.
    void udpIdleFlowCloses()
    {
        Received received(m_lab.get());
        const Lab::Opened server = m_lab->bindUdp(kPrivate, 0);
        QVERIFY(!server.error);
        PortForwarder forwarder(m_lab.get());
        QCOMPARE(forwarder.udpIdleTimeout(), PortForwarder::kDefaultUdpIdleTimeoutMs);
        forwarder.setUdpIdleTimeout(100);
        const auto rule = ForwardRule::parse(
            QStringLiteral("udp:127.0.0.1:0=127.0.0.2:%1").arg(m_lab->info(server.id)->localPort), nullptr);
        QVERIFY(rule);
        QVERIFY(!forwarder.start(*rule));
        QSignalSpy changed(&forwarder, &PortForwarder::linkChanged);
        QVERIFY(changed.isValid());

        const Lab::Opened client = m_lab->bindUdp(kOutside, 0);
        QVERIFY(
            !m_lab->sendDatagram(client.id, QByteArrayLiteral("first"), {{kPublic, forwarder.listenPort()}}));
        QTRY_COMPARE(received.bytes.value(server.id), QByteArrayLiteral("first"));
        QCOMPARE(forwarder.links().size(), 1);
        const qint32 firstLeg = forwarder.links().first().outbound;

        QTRY_VERIFY(!forwarder.links().first().open);
        const SocketInfo *leg = m_lab->info(firstLeg);
        QVERIFY(!leg || !leg->isOpen());
        const QList<Event> closeCalls = eventsOf(*m_journal, firstLeg, EventKind::CloseCalled);
        QCOMPARE(closeCalls.size(), 1);
        QVERIFY(m_journal->string(closeCalls.first().text).contains(QStringLiteral("100 ms")));
        QCOMPARE(eventsOf(*m_journal, firstLeg, EventKind::Closed).size(), 1);
        // The listening socket stays: only the flow went.
        QVERIFY(forwarder.isRunning());
        QVERIFY(m_lab->info(forwarder.listenerId())->isOpen());

        QVERIFY(
            !m_lab->sendDatagram(client.id, QByteArrayLiteral("again"), {{kPublic, forwarder.listenPort()}}));
        QTRY_COMPARE(received.bytes.value(server.id), QByteArrayLiteral("firstagain"));
        QCOMPARE(forwarder.links().size(), 2);
        QVERIFY(forwarder.links().last().outbound != firstLeg);
        QVERIFY(forwarder.links().last().open
            || eventsOf(*m_journal, forwarder.links().last().outbound, EventKind::CloseCalled).size() == 1);
    }

    void stopClosesEverything()
    {
        const Lab::Opened server = m_lab->listenTcp(kPrivate, 0);
        PortForwarder forwarder(m_lab.get());
        ForwardRule rule;
        rule.listenAddress = kPublic;
        rule.targetAddress = kPrivate;
        rule.targetPort = m_lab->info(server.id)->localPort;
        QVERIFY(!forwarder.start(rule));
        QSignalSpy linked(&forwarder, &PortForwarder::linkAdded);
        QVERIFY(linked.isValid());
        m_lab->connectTcp(kPublic, forwarder.listenPort());
        QVERIFY(linked.wait());
        const qint32 listener = forwarder.listenerId();
        forwarder.stop();
        QVERIFY(!forwarder.isRunning());
        QVERIFY(!forwarder.links().first().open);
        const SocketInfo *info = m_lab->info(listener);
        QVERIFY(!info || !info->isOpen());
    }

private:
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Lab> m_lab;
};

QTEST_GUILESS_MAIN(TestPortForwarder)
#include "tst_portforwarder.moc"
