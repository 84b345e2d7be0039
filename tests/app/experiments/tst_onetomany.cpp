#include "experiments/datagramdelivery.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include <QtNetwork/QNetworkInterface>
#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);
const QHostAddress kGroup(QStringLiteral("239.255.42.99"));

qsizetype lastSent(const Journal &journal, qint32 socket)
{
    const auto &events = journal.eventsOfSocket(socket);
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (journal.at(*it).kind == EventKind::DatagramSent)
            return *it;
    }
    return -1;
}

int countOf(const Journal &journal, qint32 socket, EventKind kind)
{
    int n = 0;
    for (const quint32 index : journal.eventsOfSocket(socket))
        n += journal.at(index).kind == kind;
    return n;
}

} // namespace

// One datagram, many receivers: a list of destinations, broadcast and multicast; and the
// journal telling who received it and who did not.
class TestOneToMany : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_journal = std::make_unique<Journal>();
        m_lab = std::make_unique<Lab>(m_journal.get(), nullptr);
        m_received.clear();
        connect(m_lab.get(), &Lab::dataReceived, this,
            [this](qint32 id, const QByteArray &, const QHostAddress &, quint16) { ++m_received[id]; });
    }

    void cleanup()
    {
        m_lab.reset();
        m_journal.reset();
    }

    void listOfReceivers()
    {
        QList<qint32> receivers;
        QList<UdpEndpoint::Destination> destinations;
        for (int i = 0; i < 3; ++i) {
            const Lab::Opened r = m_lab->bindUdp(kLoopback, 0);
            QVERIFY(!r.error);
            receivers.append(r.id);
            destinations.append({kLoopback, m_lab->info(r.id)->localPort});
        }
        const Lab::Opened bystander = m_lab->bindUdp(kLoopback, 0);
        const Lab::Opened sender = m_lab->bindUdp(kLoopback, 0);
        QVERIFY(!m_lab->sendDatagram(sender.id, QByteArrayLiteral("to everyone on the list"), destinations));
        QTRY_COMPARE(m_received.size(), 3);

        const QList<qint32> candidates = receivers + QList<qint32> {bystander.id, sender.id};
        // One datagram_sent per destination; each reached exactly its own receiver.
        const auto &senderEvents = m_journal->eventsOfSocket(sender.id);
        QSet<qint32> reached;
        for (const quint32 index : senderEvents) {
            if (m_journal->at(index).kind != EventKind::DatagramSent)
                continue;
            const DatagramDelivery delivery = DatagramDelivery::of(*m_journal, index, candidates);
            QCOMPARE(delivery.received.size() + delivery.missed.size(), 4); // the sender is skipped
            QVERIFY(!delivery.received.contains(bystander.id));
            QVERIFY(delivery.missed.contains(bystander.id));
            for (const qint32 id : delivery.received)
                reached.insert(id);
        }
        QCOMPARE(reached, QSet<qint32>(receivers.begin(), receivers.end()));
    }

    void broadcast()
    {
        // Every receiver of a broadcast holds the same port; 127.255.255.255 is loopback's
        // broadcast address on Linux.
        const QHostAddress broadcastAddress(QStringLiteral("127.255.255.255"));
        const QHostAddress any(QHostAddress::AnyIPv4);
        const Lab::Opened first = m_lab->bindUdp(any, 0, false, true);
        QVERIFY(!first.error);
        const quint16 port = m_lab->info(first.id)->localPort;
        QList<qint32> receivers {first.id};
        for (int i = 0; i < 2; ++i) {
            const Lab::Opened r = m_lab->bindUdp(any, port, false, true);
            QVERIFY2(!r.error, qPrintable(r.error.detail));
            receivers.append(r.id);
        }
        const Lab::Opened elsewhere = m_lab->bindUdp(kLoopback, 0); // another port: not reached

        const Lab::Opened refused = m_lab->bindUdp(kLoopback, 0, false);
        QCOMPARE(m_lab->sendDatagram(refused.id, "x", {{broadcastAddress, port}}).kind,
            LabError::BroadcastNotAllowed);

        const Lab::Opened sender = m_lab->bindUdp(kLoopback, 0, true);
        const LabError error
            = m_lab->sendDatagram(sender.id, QByteArrayLiteral("hello, all"), {{broadcastAddress, port}});
        if (error)
            QSKIP(qPrintable(QStringLiteral("this system refuses loopback broadcast: %1").arg(error.detail)));
        QTRY_COMPARE(m_received.size(), 3);
        for (const qint32 id : receivers)
            QCOMPARE(m_received.value(id), 1);

        const DatagramDelivery delivery = DatagramDelivery::of(
            *m_journal, lastSent(*m_journal, sender.id), receivers + QList<qint32> {elsewhere.id});
        QCOMPARE(delivery.received.size(), 3);
        QCOMPARE(delivery.missed, QList<qint32> {elsewhere.id});
        QCOMPARE(delivery.receipts.size(), 3);
    }

    void multicast()
    {
        const QNetworkInterface loopback = QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
        if (!loopback.isValid())
            QSKIP("no interface named lo");
        const QHostAddress any(QHostAddress::AnyIPv4);
        const Lab::Opened first = m_lab->bindUdp(any, 0, false, true);
        QVERIFY(!first.error);
        const quint16 port = m_lab->info(first.id)->localPort;
        QList<qint32> members {first.id};
        for (int i = 0; i < 2; ++i)
            members.append(m_lab->bindUdp(any, port, false, true).id);
        for (const qint32 id : members) {
            const LabError error = m_lab->joinGroup(id, kGroup, loopback.name());
            if (error)
                QSKIP(qPrintable(QStringLiteral("the loopback interface refuses multicast membership: %1")
                                     .arg(error.detail)));
            QCOMPARE(countOf(*m_journal, id, EventKind::GroupJoined), 1);
        }
        // Same port, never joined: a multicast datagram is not for it.
        const Lab::Opened outsider = m_lab->bindUdp(any, port, false, true);

        const Lab::Opened sender = m_lab->bindUdp(kLoopback, 0);
        QVERIFY(!m_lab->setMulticastInterface(sender.id, loopback.name()));
        const LabError sent
            = m_lab->sendDatagram(sender.id, QByteArrayLiteral("to the group"), {{kGroup, port}});
        if (sent)
            QSKIP(qPrintable(
                QStringLiteral("the loopback interface refuses to send multicast: %1").arg(sent.detail)));
        QSignalSpy spy(m_lab.get(), &Lab::dataReceived);
        QVERIFY(spy.isValid());
        if (m_received.size() < 3 && !spy.wait(2000) && m_received.isEmpty())
            QSKIP("the loopback interface delivered no multicast (no multicast route on lo)");
        QTRY_COMPARE(m_received.size(), 3);
        for (const qint32 id : members)
            QCOMPARE(m_received.value(id), 1);
        QCOMPARE(m_received.value(outsider.id), 0);

        const QList<qint32> candidates = members + QList<qint32> {outsider.id};
        DatagramDelivery delivery
            = DatagramDelivery::of(*m_journal, lastSent(*m_journal, sender.id), candidates);
        QCOMPARE(delivery.received.size(), 3);
        QCOMPARE(delivery.missed, QList<qint32> {outsider.id});

        // One member leaves; the next datagram misses it.
        QVERIFY(!m_lab->leaveGroup(members.last(), kGroup, loopback.name()));
        QCOMPARE(countOf(*m_journal, members.last(), EventKind::GroupLeft), 1);
        m_received.clear();
        QVERIFY(!m_lab->sendDatagram(sender.id, QByteArrayLiteral("second"), {{kGroup, port}}));
        QTRY_COMPARE(m_received.size(), 2);
        delivery = DatagramDelivery::of(*m_journal, lastSent(*m_journal, sender.id), candidates);
        QCOMPARE(delivery.received.size(), 2);
        QVERIFY(delivery.missed.contains(members.last()));
    }

private:
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Lab> m_lab;
    QHash<qint32, int> m_received;
};

QTEST_GUILESS_MAIN(TestOneToMany)
#include "tst_onetomany.moc"
