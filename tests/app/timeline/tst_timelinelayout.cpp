#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "timeline/timelinelayout.h"

#include <QtNetwork/QNetworkInterface>
#include <QtTest/QTest>

#include <limits>

using namespace SocketScope;

namespace {

// The datagram arrows the layout drew from `sender`'s sends, by the socket of their receiving lane.
QMultiHash<qint32, TimelineItem> datagramsFrom(const TimelineLayout &layout, qint32 sender)
{
    QMultiHash<qint32, TimelineItem> arrows;
    const LaneId from = layout.laneOfSocket(sender);
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Datagram && item.lane == from)
            arrows.insert(layout.lane(item.toLane).socket, item);
    }
    return arrows;
}

bool delivered(const TimelineItem &item)
{
    return (item.itemFlags & TimelineItem::Delivered) && !item.isNotReceived();
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void connectSendClose();
    void pausedAcceptKeepsClientsWaiting();
    void aggregatePyramid();
    void datagramListOneArrowEach();
    void datagramBroadcastFansOut();
    void datagramMulticastMembersOnly();
    void datagramWaitsUntilSettled();
};

// A real connection on loopback: connect, send five bytes, close from the client side.
void TestTimelineLayout::connectSendClose()
{
    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    kernel.start();
    Lab lab(&journal, &kernel);

    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const quint16 port = lab.info(server.id)->localPort;
    const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, port);
    QVERIFY(!client.error);
    QTRY_VERIFY(hasEvent(journal, client.id, EventKind::Connected));
    QTRY_VERIFY(acceptedSocket(journal) >= 0);
    const qint32 accepted = acceptedSocket(journal);
    QVERIFY(!lab.send(client.id, QByteArrayLiteral("hello")));
    QTRY_VERIFY(hasEvent(journal, accepted, EventKind::DataReceived));
    QVERIFY(!lab.close(client.id));
    // The server reads the end of the stream and closes its side too.
    QTRY_VERIFY(hasEvent(journal, accepted, EventKind::Shutdown));
    QVERIFY(!lab.close(accepted));
    QTRY_VERIFY(hasEvent(journal, accepted, EventKind::Closed));

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    const LaneId listenerLane = layout.laneOfSocket(server.id);
    const LaneId clientLane = layout.laneOfSocket(client.id);
    const LaneId acceptedLane = layout.laneOfSocket(accepted);
    QVERIFY(listenerLane >= 0 && clientLane >= 0 && acceptedLane >= 0);

    // The accepted lane split off the listener and carries its local ip:port.
    QCOMPARE(layout.lane(acceptedLane).parent, listenerLane);
    QCOMPARE(layout.lane(acceptedLane).local, layout.lane(listenerLane).local);
    QCOMPARE(layout.lane(acceptedLane).peer, clientLane);
    QCOMPARE(layout.lane(clientLane).peer, acceptedLane);
    const TimelineItem &opened = layout.items()[layout.lane(acceptedLane).openedItem];
    QCOMPARE(opened.kind, TimelineItem::LaneOpened);
    QCOMPARE(opened.toLane, listenerLane);

    // Client above the listener, the accepted socket below it: the two ends face each other.
    QCOMPARE(layout.rowOf(clientLane) + 1, layout.rowOf(listenerLane));
    QCOMPARE(layout.rowOf(listenerLane) + 1, layout.rowOf(acceptedLane));

    QStringList segments;
    QList<QPair<LaneId, LaneId>> ends;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind != TimelineItem::Segment || item.isHidden())
            continue;
        QVERIFY(item.isInferred()); // no capture here
        QVERIFY(item.reason != InferenceReason::None);
        segments << segmentFlagsName(item.code);
        ends << qMakePair(item.lane, item.toLane);
    }
    const QStringList expected{QStringLiteral("S"), QStringLiteral("SA"), QStringLiteral("A"),
                               QStringLiteral("PA"), QStringLiteral("FA"), QStringLiteral("A"),
                               QStringLiteral("FA"), QStringLiteral("A")};
    QCOMPARE(segments, expected);
    // The handshake is with the listener; everything after it with the accepted socket.
    QCOMPARE(ends[0], qMakePair(clientLane, listenerLane));
    QCOMPARE(ends[1], qMakePair(listenerLane, clientLane));
    QCOMPARE(ends[2], qMakePair(clientLane, listenerLane));
    QCOMPARE(ends[3], qMakePair(clientLane, acceptedLane));
    QCOMPARE(ends[4], qMakePair(clientLane, acceptedLane)); // the client closes first
    QCOMPARE(ends[5], qMakePair(acceptedLane, clientLane));
    QCOMPARE(ends[6], qMakePair(acceptedLane, clientLane));
    QCOMPARE(ends[7], qMakePair(clientLane, acceptedLane));
    const TimelineItem data = *std::find_if(layout.items().begin(), layout.items().end(),
                                            [](const TimelineItem &i) { return i.code == (FlagPsh | FlagAck); });
    QCOMPARE(data.value, 5);

    // The arrows walk both ends through the standard state machine.
    QCOMPARE(layout.impliedStateAt(clientLane, 0), TcpState::Unknown);
    QCOMPARE(layout.impliedStateAt(clientLane, layout.itemCount()), TcpState::TimeWait);
    QCOMPARE(layout.impliedStateAt(acceptedLane, layout.itemCount()), TcpState::Close);
    QCOMPARE(layout.impliedStateAt(listenerLane, layout.itemCount()), TcpState::Listen);
    QStringList clientStates;
    for (const TimelineLane::StateChange &change : layout.lane(clientLane).implied)
        clientStates << QString(tcpStateName(change.state));
    QCOMPARE(clientStates.join(QLatin1Char(' ')),
             QStringLiteral("SYN_SENT ESTABLISHED FIN_WAIT1 FIN_WAIT2 TIME_WAIT"));

    // Reading more of a grown journal only adds.
    const qsizetype before = layout.itemCount();
    QVERIFY(!layout.update());
    QCOMPARE(layout.itemCount(), before);
}

// With accept() paused the kernel still completes the handshakes; the clients are connected
// and wait in the accept queue, with no accepted lane yet.
void TestTimelineLayout::pausedAcceptKeepsClientsWaiting()
{
    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    kernel.start();
    Lab lab(&journal, &kernel);

    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY(!server.error);
    QVERIFY(!lab.setAcceptingPaused(server.id, true));
    const quint16 port = lab.info(server.id)->localPort;
    QList<qint32> clients;
    for (int i = 0; i < 3; ++i)
        clients << lab.connectTcp(QHostAddress::LocalHost, port).id;
    for (const qint32 c : clients)
        QTRY_VERIFY(hasEvent(journal, c, EventKind::Connected));

    TimelineLayout layout(&journal);
    layout.update();
    QCOMPARE(acceptedSocket(journal), -1);
    const LaneId listenerLane = layout.laneOfSocket(server.id);
    int handshakes = 0;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Segment && item.code == (FlagSyn | FlagAck)) {
            QCOMPARE(item.lane, listenerLane);
            ++handshakes;
        }
    }
    QCOMPARE(handshakes, 3);
    for (const qint32 c : clients)
        QCOMPARE(layout.lane(layout.laneOfSocket(c)).listener, listenerLane);

    if (kernel.isAvailable()) {
        // The kernel reports the queue: three completed connections wait for accept().
        QTRY_COMPARE((layout.update(), layout.queueAt(listenerLane, layout.itemCount()).first), 3);
    } else {
        qInfo("no kernel socket list on this system: the accept queue is not reported");
    }

    QVERIFY(!lab.setAcceptingPaused(server.id, false));
    QTRY_VERIFY(acceptedSocket(journal) >= 0);
    QTRY_COMPARE((layout.update(), layout.lane(layout.laneOfSocket(acceptedSocket(journal))).parent), listenerLane);
    for (const qint32 c : clients)
        lab.abort(c);
}

void TestTimelineLayout::aggregatePyramid()
{
    Journal journal;
    for (int i = 0; i < 1000; ++i) {
        Event e;
        e.t = i * 1000;
        e.socket = i % 3 + 1;
        e.kind = i < 3 ? EventKind::SocketOpened : EventKind::DataReceived;
        e.role = SocketRole::Udp;
        e.proto = Protocol::Udp;
        journal.append(e);
    }
    TimelineLayout layout(&journal);
    layout.update();
    QVERIFY(layout.levels() > 1);
    const TimelineLayout::Bucket all = layout.aggregate(0, layout.itemCount());
    QCOMPARE(all.marks, quint64(0b111));
    const TimelineLayout::Bucket first = layout.aggregate(0, 1);
    QVERIFY(first.marks & 1);
    // The top level holds one bucket that covers everything.
    QCOMPARE(layout.level(layout.levels() - 1).size(), size_t(1));
    QCOMPARE(layout.level(layout.levels() - 1).front().marks, quint64(0b111));
}

// A send to a list: one arrow per listed receiver, each marked delivered when its receipt is
// journalled; a receiver that closes before reading gets the "not received" mark.
void TestTimelineLayout::datagramListOneArrowEach()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    QList<qint32> receivers;
    QList<UdpEndpoint::Destination> to;
    for (int i = 0; i < 3; ++i) {
        const Lab::Opened r = lab.bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!r.error);
        receivers.append(r.id);
        to.append({QHostAddress(QHostAddress::LocalHost), lab.info(r.id)->localPort});
    }
    const Lab::Opened bystander = lab.bindUdp(QHostAddress::LocalHost, 0);
    const Lab::Opened sender = lab.bindUdp(QHostAddress::LocalHost, 0);
    QVERIFY(!lab.sendDatagram(sender.id, QByteArrayLiteral("to the list"), to));
    // Closed before the event loop could read it: the kernel throws the datagram away.
    QVERIFY(!lab.close(receivers.last()));
    QTRY_COMPARE(eventsOf(journal, receivers[0], EventKind::DatagramReceived).size(), 1);
    QTRY_COMPARE(eventsOf(journal, receivers[1], EventKind::DatagramReceived).size(), 1);

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    const auto arrows = datagramsFrom(layout, sender.id);
    QCOMPARE(arrows.size(), 3);
    QVERIFY(delivered(arrows.value(receivers[0])));
    QVERIFY(delivered(arrows.value(receivers[1])));
    QVERIFY(arrows.value(receivers[2]).isNotReceived());
    QVERIFY(!arrows.contains(bystander.id));
    QVERIFY(!layout.hasPendingDatagrams());

    // The sendto() itself is a marker on the sender's lane, beside its arrows.
    bool sawCall = false;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Call && EventKind(item.code) == EventKind::DatagramSent)
            sawCall = sawCall || item.lane == layout.laneOfSocket(sender.id);
    }
    QVERIFY(sawCall);
}

// A broadcast: one send, an arrow to every socket on the port, all delivered.
void TestTimelineLayout::datagramBroadcastFansOut()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    const QHostAddress any(QHostAddress::AnyIPv4);
    const Lab::Opened first = lab.bindUdp(any, 0, false, true);
    QVERIFY(!first.error);
    const quint16 port = lab.info(first.id)->localPort;
    QList<qint32> receivers{first.id};
    for (int i = 0; i < 2; ++i) {
        const Lab::Opened r = lab.bindUdp(any, port, false, true);
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        receivers.append(r.id);
    }
    const Lab::Opened elsewhere = lab.bindUdp(QHostAddress::LocalHost, 0);
    const Lab::Opened sender = lab.bindUdp(QHostAddress::LocalHost, 0, true);
    const LabError error = lab.sendDatagram(sender.id, QByteArrayLiteral("hello, all"),
                                            {{QHostAddress(QStringLiteral("127.255.255.255")), port}});
    if (error)
        QSKIP(qPrintable(QStringLiteral("this system refuses loopback broadcast: %1").arg(error.detail)));
    for (const qint32 id : receivers)
        QTRY_COMPARE(eventsOf(journal, id, EventKind::DatagramReceived).size(), 1);

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    const auto arrows = datagramsFrom(layout, sender.id);
    QCOMPARE(arrows.size(), 3);
    for (const qint32 id : receivers) {
        QCOMPARE(arrows.count(id), 1);
        QVERIFY(delivered(arrows.value(id)));
    }
    QVERIFY(!arrows.contains(elsewhere.id));
    // All three arrows belong to the one send.
    QCOMPARE(QSet<quint32>({arrows.value(receivers[0]).event, arrows.value(receivers[1]).event,
                            arrows.value(receivers[2]).event}).size(), 1);
}

// A multicast: arrows to the group's members only; a member that left gets none, and a member
// that closed before reading is marked "not received".
void TestTimelineLayout::datagramMulticastMembersOnly()
{
    const QNetworkInterface loopback = QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
    if (!loopback.isValid())
        QSKIP("no interface named lo");
    const QHostAddress group(QStringLiteral("239.255.42.99"));
    Journal journal;
    Lab lab(&journal, nullptr);
    const QHostAddress any(QHostAddress::AnyIPv4);
    const Lab::Opened first = lab.bindUdp(any, 0, false, true);
    QVERIFY(!first.error);
    const quint16 port = lab.info(first.id)->localPort;
    QList<qint32> members{first.id};
    for (int i = 0; i < 3; ++i)
        members.append(lab.bindUdp(any, port, false, true).id);
    for (const qint32 id : members) {
        if (const LabError error = lab.joinGroup(id, group, loopback.name()))
            QSKIP(qPrintable(QStringLiteral("the loopback interface refuses multicast membership: %1").arg(error.detail)));
    }
    const qint32 leaver = members.takeLast();
    QVERIFY(!lab.leaveGroup(leaver, group, loopback.name()));
    const Lab::Opened sender = lab.bindUdp(QHostAddress::LocalHost, 0);
    QVERIFY(!lab.setMulticastInterface(sender.id, loopback.name()));
    if (const LabError error = lab.sendDatagram(sender.id, QByteArrayLiteral("to the group"), {{group, port}}))
        QSKIP(qPrintable(QStringLiteral("the loopback interface refuses to send multicast: %1").arg(error.detail)));
    const qint32 closer = members.last();
    QVERIFY(!lab.close(closer));
    QTRY_COMPARE(eventsOf(journal, members[0], EventKind::DatagramReceived).size(), 1);
    QTRY_COMPARE(eventsOf(journal, members[1], EventKind::DatagramReceived).size(), 1);

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    const auto arrows = datagramsFrom(layout, sender.id);
    QCOMPARE(arrows.size(), 3);
    QVERIFY(delivered(arrows.value(members[0])));
    QVERIFY(delivered(arrows.value(members[1])));
    QVERIFY(arrows.value(closer).isNotReceived());
    QVERIFY(!arrows.contains(leaver));
    QCOMPARE(eventsOf(journal, leaver, EventKind::DatagramReceived).size(), 0);
}

// Read before the receipt is journalled, the arrow waits: neither delivered nor lost. Once the
// journal is known to be quiet for the window, it is settled as not received; a receipt that
// does come in time marks it delivered instead.
void TestTimelineLayout::datagramWaitsUntilSettled()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    const Lab::Opened receiver = lab.bindUdp(QHostAddress::LocalHost, 0);
    const Lab::Opened sender = lab.bindUdp(QHostAddress::LocalHost, 0);
    QVERIFY(!receiver.error && !sender.error);
    const UdpEndpoint::Destination to{QHostAddress(QHostAddress::LocalHost), lab.info(receiver.id)->localPort};

    QVERIFY(!lab.sendDatagram(sender.id, QByteArrayLiteral("one"), {to}));
    TimelineLayout waiting(&journal); // no event loop ran: the receipt cannot be in the journal
    QVERIFY(waiting.update());
    QVERIFY(waiting.hasPendingDatagrams());
    TimelineItem arrow = datagramsFrom(waiting, sender.id).value(receiver.id);
    QCOMPARE(arrow.itemFlags & (TimelineItem::Delivered | TimelineItem::NotReceived), 0);
    QVERIFY(waiting.settleDatagrams(std::numeric_limits<qint64>::max()));
    QVERIFY(datagramsFrom(waiting, sender.id).value(receiver.id).isNotReceived());
    QVERIFY(!waiting.hasPendingDatagrams());

    TimelineLayout following(&journal);
    QVERIFY(following.update());
    QVERIFY(following.hasPendingDatagrams());
    QTRY_COMPARE(eventsOf(journal, receiver.id, EventKind::DatagramReceived).size(), 1);
    QVERIFY(following.update());
    QVERIFY(delivered(datagramsFrom(following, sender.id).value(receiver.id)));
    QVERIFY(!following.hasPendingDatagrams());
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
