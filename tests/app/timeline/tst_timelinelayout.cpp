#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "network/labtopology.h"
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

// A small session written by hand, for the layout's rules on exact cases: each call appends
// one event a microsecond after the one before.
class Script
{
public:
    explicit Script(Journal *journal)
        : m_journal(journal)
    { }

    qint64 now() const { return m_t; }
    void wait(qint64 ns) { m_t += ns; }

    Event event(
        EventKind kind, qint32 socket, QStringView local = {}, QStringView remote = {}, QStringView host = {})
    {
        Event e;
        m_t += 1000;
        e.t = m_t;
        e.kind = kind;
        e.socket = socket;
        e.local = m_journal->intern(local);
        e.remote = m_journal->intern(remote);
        e.host = m_journal->intern(host);
        return e;
    }
    qsizetype add(const Event &e) { return m_journal->append(e); }
    void add(
        EventKind kind, qint32 socket, QStringView local = {}, QStringView remote = {}, QStringView host = {})
    {
        add(event(kind, socket, local, remote, host));
    }
    void open(qint32 socket, SocketRole role, Protocol proto, QStringView host = {}, qint32 parent = -1,
        QStringView local = {}, QStringView remote = {})
    {
        Event e = event(EventKind::SocketOpened, socket, local, remote, host);
        e.role = role;
        e.proto = proto;
        e.value = parent;
        add(e);
    }
    void listen(qint32 socket, QStringView local, QStringView host = {})
    {
        open(socket, SocketRole::Listener, Protocol::Tcp, host);
        add(EventKind::Listening, socket, local, {}, host);
    }
    void connect(qint32 socket, QStringView local, QStringView remote, QStringView host = {})
    {
        open(socket, SocketRole::Client, Protocol::Tcp, host);
        add(EventKind::ConnectStarted, socket, local, remote, host);
    }
    void accept(qint32 listener, qint32 socket, QStringView local, QStringView remote, QStringView host = {})
    {
        add(EventKind::Accepted, listener, local, remote, host);
        open(socket, SocketRole::Accepted, Protocol::Tcp, host, listener, local, remote);
    }
    void bindUdp(qint32 socket, QStringView local, QStringView host = {})
    {
        open(socket, SocketRole::Udp, Protocol::Udp, host);
        add(EventKind::Bound, socket, local, {}, host);
    }
    // A copy of a segment captured in the lab on `host` (socket -1: the kernel's own, or a
    // router's copy), the copies of one packet a microsecond apart along its path.
    void capture(qint32 socket, QStringView from, QStringView to, QStringView host, quint8 flags, qint64 seq)
    {
        Event e = event(EventKind::Segment, socket, from, to, host);
        e.source = EventSource::Capture;
        e.proto = Protocol::Tcp;
        e.flags = flags;
        e.value = seq;
        e.text = m_journal->intern(
            host == QLatin1StringView("router") ? QStringView(u"v-lan") : QStringView(u"eth0"));
        add(e);
    }
    // A segment nobody of ours sent or received: drawn between two outside lanes.
    void segment(QStringView from, QStringView to, quint8 flags)
    {
        Event e = event(EventKind::Segment, -1, from, to);
        e.source = EventSource::Inferred;
        e.proto = Protocol::Tcp;
        e.flags = flags;
        add(e);
    }

private:
    Journal *m_journal;
    qint64 m_t = 0;
};

// The lanes from top to bottom: a socket by its id, a program that is not ours by its address,
// with '*' where it is the router's face.
QString rowsText(const TimelineLayout &layout)
{
    QStringList rows;
    for (const LaneId id : layout.rows()) {
        const TimelineLane &lane = layout.lane(id);
        rows << (lane.isOutside() ? lane.local + (lane.translated ? QStringLiteral("*") : QString())
                                  : QString::number(lane.socket));
    }
    return rows.join(QLatin1Char(' '));
}

// The states the arrows walked a lane through, by name.
QString impliedText(const TimelineLayout &layout, LaneId lane)
{
    QStringList states;
    for (const TimelineLane::StateChange &change : layout.lane(lane).implied)
        states << QString(tcpStateName(change.state));
    return states.join(QLatin1Char(' '));
}

LaneId outsideLaneAt(const TimelineLayout &layout, QStringView endpoint)
{
    for (qsizetype i = 0; i < qsizetype(layout.lanes().size()); ++i) {
        if (layout.lane(i).isOutside() && layout.lane(i).local == endpoint)
            return LaneId(i);
    }
    return -1;
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

    // Rules on small sessions written by hand.
    void laneOrder_data();
    void laneOrder();
    void routerFaces_data();
    void routerFaces();
    void routerHandshake_data();
    void routerHandshake();
    void impliedStates_data();
    void impliedStates();
    void impliedByCalls();
    void closeEndings_data();
    void closeEndings();
    void broadcastByNetmask_data();
    void broadcastByNetmask();
    void datagramDelivery_data();
    void datagramDelivery();
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
    const QStringList expected {QStringLiteral("S"), QStringLiteral("SA"), QStringLiteral("A"),
        QStringLiteral("PA"), QStringLiteral("FA"), QStringLiteral("A"), QStringLiteral("FA"),
        QStringLiteral("A")};
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
    QTRY_COMPARE(
        (layout.update(), layout.lane(layout.laneOfSocket(acceptedSocket(journal))).parent), listenerLane);
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
    QList<qint32> receivers {first.id};
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
                               arrows.value(receivers[2]).event})
                 .size(),
        1);
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
    QList<qint32> members {first.id};
    for (int i = 0; i < 3; ++i)
        members.append(lab.bindUdp(any, port, false, true).id);
    for (const qint32 id : members) {
        if (const LabError error = lab.joinGroup(id, group, loopback.name()))
            QSKIP(qPrintable(
                QStringLiteral("the loopback interface refuses multicast membership: %1").arg(error.detail)));
    }
    const qint32 leaver = members.takeLast();
    QVERIFY(!lab.leaveGroup(leaver, group, loopback.name()));
    const Lab::Opened sender = lab.bindUdp(QHostAddress::LocalHost, 0);
    QVERIFY(!lab.setMulticastInterface(sender.id, loopback.name()));
    if (const LabError error
        = lab.sendDatagram(sender.id, QByteArrayLiteral("to the group"), {{group, port}}))
        QSKIP(qPrintable(
            QStringLiteral("the loopback interface refuses to send multicast: %1").arg(error.detail)));
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
    const UdpEndpoint::Destination to {
        QHostAddress(QHostAddress::LocalHost), lab.info(receiver.id)->localPort};

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

// Clients above their listener, the first accepted nearest; accepted sockets below it in the
// order accept() returned them; clients still in the queue furthest up.
void TestTimelineLayout::laneOrder_data()
{
    QTest::addColumn<int>("clients");
    QTest::addColumn<QList<int>>("acceptOrder"); // which clients accept() returned, in order
    QTest::addColumn<QString>("rows");

    QTest::newRow("one client") << 1 << QList<int> {0} << QStringLiteral("10 1 20");
    QTest::newRow("three, in order") << 3 << QList<int> {0, 1, 2} << QStringLiteral("12 11 10 1 20 21 22");
    QTest::newRow("accepted out of order") << 2 << QList<int> {1, 0} << QStringLiteral("10 11 1 21 20");
    QTest::newRow("two still waiting") << 3 << QList<int> {0} << QStringLiteral("12 11 10 1 20");
    QTest::newRow("none accepted") << 2 << QList<int> {} << QStringLiteral("11 10 1");
}

void TestTimelineLayout::laneOrder()
{
    QFETCH(int, clients);
    QFETCH(QList<int>, acceptOrder);
    QFETCH(QString, rows);

    Journal journal;
    Script script(&journal);
    const QString server = QStringLiteral("127.0.0.1:9000");
    const auto clientAt = [](int i) { return QStringLiteral("127.0.0.1:%1").arg(40000 + i); };
    script.listen(1, server);
    for (int i = 0; i < clients; ++i)
        script.connect(10 + i, clientAt(i), server);
    for (const int i : acceptOrder)
        script.accept(1, 20 + i, server, clientAt(i));

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    QCOMPARE(rowsText(layout), rows);
    // Each accepted socket faces its own client.
    for (const int i : acceptOrder) {
        const LaneId accepted = layout.laneOfSocket(20 + i);
        QCOMPARE(layout.lane(accepted).peer, layout.laneOfSocket(10 + i));
        QCOMPARE(layout.lane(accepted).parent, layout.laneOfSocket(1));
    }
}

// In the lab the router rewrites a connection on its way: its face stands between the client
// and the listener, so the arrows cross only the lanes they pass through.
void TestTimelineLayout::routerFaces_data()
{
    QTest::addColumn<QString>("clientHost");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("called"); // what the client connected to
    QTest::addColumn<QString>("serverHost");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("seenFrom"); // where the connection came from, at the server
    QTest::addColumn<QString>("rows");

    // The router's public address forwards port 8080 to pc-a's port 80 (DNAT).
    QTest::newRow("port forwarding") << QStringLiteral("remote") << QStringLiteral("203.0.113.50:5000")
                                     << QStringLiteral("203.0.113.1:8080") << QStringLiteral("pc-a")
                                     << QStringLiteral("192.168.0.10:80")
                                     << QStringLiteral("203.0.113.50:5000")
                                     << QStringLiteral("2 203.0.113.1:8080* 1 3");
    // pc-a calls out; the router makes the call come from its own public address (masquerade).
    QTest::newRow("masquerade") << QStringLiteral("pc-a") << QStringLiteral("192.168.0.10:40000")
                                << QStringLiteral("203.0.113.50:80") << QStringLiteral("remote")
                                << QStringLiteral("203.0.113.50:80") << QStringLiteral("203.0.113.1:40000")
                                << QStringLiteral("2 203.0.113.1:40000* 1 3");
    // Two computers on one LAN: nothing rewritten, no face.
    QTest::newRow("same network") << QStringLiteral("pc-b") << QStringLiteral("192.168.0.11:40000")
                                  << QStringLiteral("192.168.0.10:80") << QStringLiteral("pc-a")
                                  << QStringLiteral("192.168.0.10:80") << QStringLiteral("192.168.0.11:40000")
                                  << QStringLiteral("2 1 3");
}

void TestTimelineLayout::routerFaces()
{
    QFETCH(QString, clientHost);
    QFETCH(QString, client);
    QFETCH(QString, called);
    QFETCH(QString, serverHost);
    QFETCH(QString, server);
    QFETCH(QString, seenFrom);
    QFETCH(QString, rows);

    Journal journal;
    Script script(&journal);
    script.listen(1, server, serverHost);
    script.connect(2, client, called, clientHost);
    script.accept(1, 3, server, seenFrom, serverHost);

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    QCOMPARE(rowsText(layout), rows);
}

// The captured handshake through the router: each rewritten packet is drawn in two legs, to
// the router's face and from it, whichever way the router rewrote it; straight across where
// nothing was rewritten.
void TestTimelineLayout::routerHandshake_data()
{
    QTest::addColumn<QString>("clientHost");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("called"); // what the client connected to
    QTest::addColumn<QString>("serverHost");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("seenFrom"); // where the connection came from, at the server
    QTest::addColumn<QString>("waitingRows"); // before accept()
    QTest::addColumn<QString>("rows");
    QTest::addColumn<QString>("arrows");

    QTest::newRow("port forwarding")
        << QStringLiteral("remote") << QStringLiteral("203.0.113.50:5000")
        << QStringLiteral("203.0.113.1:8080") << QStringLiteral("pc-a") << QStringLiteral("192.168.0.10:80")
        << QStringLiteral("203.0.113.50:5000") << QStringLiteral("2 203.0.113.1:8080* 1")
        << QStringLiteral("2 203.0.113.1:8080* 1 3")
        << QStringLiteral("2>203.0.113.1:8080* S, 203.0.113.1:8080*>1 S, 1>203.0.113.1:8080* SA, "
                          "203.0.113.1:8080*>2 SA, 2>203.0.113.1:8080* A, 203.0.113.1:8080*>1 A");
    QTest::newRow("masquerade")
        << QStringLiteral("pc-b") << QStringLiteral("192.168.0.11:40000") << QStringLiteral("203.0.113.50:80")
        << QStringLiteral("remote") << QStringLiteral("203.0.113.50:80")
        << QStringLiteral("203.0.113.1:40000") << QStringLiteral("2 203.0.113.1:40000* 1")
        << QStringLiteral("2 203.0.113.1:40000* 1 3")
        << QStringLiteral("2>203.0.113.1:40000* S, 203.0.113.1:40000*>1 S, 1>203.0.113.1:40000* SA, "
                          "203.0.113.1:40000*>2 SA, 2>203.0.113.1:40000* A, 203.0.113.1:40000*>1 A");
    QTest::newRow("same network") << QStringLiteral("pc-b") << QStringLiteral("192.168.0.11:40000")
                                  << QStringLiteral("192.168.0.10:80") << QStringLiteral("pc-a")
                                  << QStringLiteral("192.168.0.10:80") << QStringLiteral("192.168.0.11:40000")
                                  << QStringLiteral("2 1") << QStringLiteral("2 1 3")
                                  << QStringLiteral("2>1 S, 1>2 SA, 2>1 A");
}

void TestTimelineLayout::routerHandshake()
{
    QFETCH(QString, clientHost);
    QFETCH(QString, client);
    QFETCH(QString, called);
    QFETCH(QString, serverHost);
    QFETCH(QString, server);
    QFETCH(QString, seenFrom);
    QFETCH(QString, waitingRows);
    QFETCH(QString, rows);
    QFETCH(QString, arrows);

    Journal journal;
    Script script(&journal);
    const QString router = LabTopology::kRouter;
    const bool rewritten = called != server || seenFrom != client;
    script.listen(1, server, serverHost);
    script.connect(2, client, called, clientHost);
    // Each packet as the sender's computer, the router's two cables and the receiver saw it.
    // The server's kernel answers before accept(): no socket of its own yet.
    const auto outward = [&](quint8 flags, qint64 seq, qint32 serverSocket) {
        script.capture(2, client, called, clientHost, flags, seq);
        if (rewritten) {
            script.capture(-1, client, called, router, flags, seq);
            script.capture(-1, seenFrom, server, router, flags, seq);
        }
        script.capture(serverSocket, seenFrom, server, serverHost, flags, seq);
    };
    outward(FlagSyn, 100, 1);
    script.capture(-1, server, seenFrom, serverHost, FlagSyn | FlagAck, 500);
    if (rewritten) {
        script.capture(-1, server, seenFrom, router, FlagSyn | FlagAck, 500);
        script.capture(-1, called, client, router, FlagSyn | FlagAck, 500);
    }
    script.capture(2, called, client, clientHost, FlagSyn | FlagAck, 500);
    outward(FlagAck, 101, -1);

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    QCOMPARE(rowsText(layout), waitingRows);

    script.accept(1, 3, server, seenFrom, serverHost);
    script.add(EventKind::Connected, 2, client, called, clientHost);
    QVERIFY(layout.update());
    QCOMPARE(rowsText(layout), rows);

    const auto name = [&](LaneId id) {
        const TimelineLane &lane = layout.lane(id);
        return lane.isOutside() ? lane.local + (lane.translated ? QStringLiteral("*") : QString())
                                : QString::number(lane.socket);
    };
    QStringList drawn;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Segment && !item.isHidden())
            drawn << name(item.lane) + QLatin1Char('>') + name(item.toLane) + QLatin1Char(' ')
                    + segmentFlagsName(item.code);
    }
    QCOMPARE(drawn.join(QStringLiteral(", ")), arrows);
}

// Arrows walk both ends through the transition table. The segments here are between two
// programs that are not ours, so nothing but the arrows speaks for their states.
void TestTimelineLayout::impliedStates_data()
{
    QTest::addColumn<QString>("segments"); // "A>B S": A sends B a SYN (flags as the journal writes them)
    QTest::addColumn<QString>("statesA");
    QTest::addColumn<QString>("statesB");

    const QString handshake = QStringLiteral("A>B S, B>A SA, A>B A");
    QTest::newRow("handshake") << handshake << QStringLiteral("SYN_SENT ESTABLISHED")
                               << QStringLiteral("SYN_RECV ESTABLISHED");
    QTest::newRow("SYN sent again") << QStringLiteral("A>B S, A>B S, B>A SA, A>B A")
                                    << QStringLiteral("SYN_SENT ESTABLISHED")
                                    << QStringLiteral("SYN_RECV ESTABLISHED");
    QTest::newRow("data changes nothing")
        << handshake + QStringLiteral(", A>B PA, B>A A, B>A PA, A>B A")
        << QStringLiteral("SYN_SENT ESTABLISHED") << QStringLiteral("SYN_RECV ESTABLISHED");
    QTest::newRow("A closes first") << handshake + QStringLiteral(", A>B FA, B>A A, B>A FA, A>B A")
                                    << QStringLiteral("SYN_SENT ESTABLISHED FIN_WAIT1 FIN_WAIT2 TIME_WAIT")
                                    << QStringLiteral("SYN_RECV ESTABLISHED CLOSE_WAIT LAST_ACK CLOSE");
    QTest::newRow("B closes before it acknowledges")
        << handshake + QStringLiteral(", A>B FA, B>A FA, A>B A, B>A A")
        << QStringLiteral("SYN_SENT ESTABLISHED FIN_WAIT1 CLOSING TIME_WAIT")
        << QStringLiteral("SYN_RECV ESTABLISHED CLOSE_WAIT LAST_ACK CLOSE");
    QTest::newRow("FIN before its ACK") << handshake + QStringLiteral(", A>B FA, B>A FA, A>B A")
                                        << QStringLiteral("SYN_SENT ESTABLISHED FIN_WAIT1 CLOSING")
                                        << QStringLiteral("SYN_RECV ESTABLISHED CLOSE_WAIT LAST_ACK CLOSE");
    QTest::newRow("reset") << handshake + QStringLiteral(", B>A R")
                           << QStringLiteral("SYN_SENT ESTABLISHED CLOSE")
                           << QStringLiteral("SYN_RECV ESTABLISHED CLOSE");
    QTest::newRow("refused") << QStringLiteral("A>B S, B>A RA") << QStringLiteral("SYN_SENT CLOSE")
                             << QStringLiteral("CLOSE");
    QTest::newRow("both open") << QStringLiteral("A>B S, B>A S") << QStringLiteral("SYN_SENT SYN_RECV")
                               << QStringLiteral("SYN_SENT");
}

void TestTimelineLayout::impliedStates()
{
    QFETCH(QString, segments);
    QFETCH(QString, statesA);
    QFETCH(QString, statesB);

    const QString a = QStringLiteral("10.0.0.1:40000");
    const QString b = QStringLiteral("10.0.0.2:80");
    Journal journal;
    Script script(&journal);
    for (const QString &segment : segments.split(QStringLiteral(", "))) {
        const QStringList parts = segment.split(QLatin1Char(' '));
        const std::optional<quint8> flags = segmentFlagsFromName(parts[1]);
        QVERIFY(flags);
        const bool fromA = parts[0] == QLatin1StringView("A>B");
        script.segment(fromA ? a : b, fromA ? b : a, *flags);
    }
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    QCOMPARE(impliedText(layout, outsideLaneAt(layout, a)), statesA);
    QCOMPARE(impliedText(layout, outsideLaneAt(layout, b)), statesB);
}

// listen() puts a listener in LISTEN, where the arrows leave it; the socket accept() returns
// is established when it appears.
void TestTimelineLayout::impliedByCalls()
{
    Journal journal;
    Script script(&journal);
    const QString server = QStringLiteral("127.0.0.1:9000");
    const QString client = QStringLiteral("127.0.0.1:40000");
    script.listen(1, server);
    script.connect(2, client, server);
    script.add(EventKind::Connected, 2, client, server);
    script.accept(1, 3, server, client);
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    QCOMPARE(impliedText(layout, layout.laneOfSocket(1)), QStringLiteral("LISTEN"));
    QCOMPARE(impliedText(layout, layout.laneOfSocket(2)), QStringLiteral("SYN_SENT ESTABLISHED"));
    QCOMPARE(impliedText(layout, layout.laneOfSocket(3)), QStringLiteral("ESTABLISHED"));
}

// How a real connection ends decides the arrow and the state the client is drawn in: close()
// sends FIN; abort(), and close() after SO_LINGER 0, send RST and leave the socket CLOSED at
// once, never in FIN_WAIT1 (the kernel sent no FIN).
void TestTimelineLayout::closeEndings_data()
{
    QTest::addColumn<bool>("lingerZero");
    QTest::addColumn<bool>("abort");
    QTest::addColumn<QString>("clientSent"); // the client's segments after its data
    QTest::addColumn<QString>("clientStates");
    QTest::newRow("close") << false << false << QStringLiteral("FA")
                           << QStringLiteral("SYN_SENT ESTABLISHED FIN_WAIT1 FIN_WAIT2");
    QTest::newRow("linger 0, close") << true << false << QStringLiteral("R")
                                     << QStringLiteral("SYN_SENT ESTABLISHED CLOSE");
    QTest::newRow("abort") << false << true << QStringLiteral("R")
                           << QStringLiteral("SYN_SENT ESTABLISHED CLOSE");
}

void TestTimelineLayout::closeEndings()
{
    QFETCH(bool, lingerZero);
    QFETCH(bool, abort);
    QFETCH(QString, clientSent);
    QFETCH(QString, clientStates);

    Journal journal;
    KernelView kernel(KernelSocketSource::best());
    kernel.start();
    Lab lab(&journal, &kernel);
    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(server.id)->localPort);
    QVERIFY(!client.error);
    QTRY_VERIFY(hasEvent(journal, client.id, EventKind::Connected));
    QTRY_VERIFY(acceptedSocket(journal) >= 0);
    const qint32 accepted = acceptedSocket(journal);
    QVERIFY(!lab.send(client.id, QByteArrayLiteral("bye")));
    QTRY_VERIFY(hasEvent(journal, accepted, EventKind::DataReceived));
    if (lingerZero)
        QVERIFY(!lab.setOption(client.id, SocketOption::Linger, 0));
    QVERIFY(!(abort ? lab.abort(client.id) : lab.close(client.id)));
    if (lingerZero || abort)
        QTRY_VERIFY(
            hasEvent(journal, accepted, EventKind::Error) || hasEvent(journal, accepted, EventKind::Closed));
    else
        QTRY_VERIFY(hasEvent(journal, accepted, EventKind::Shutdown));

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    const LaneId clientLane = layout.laneOfSocket(client.id);
    QVERIFY(clientLane >= 0);
    QStringList sent;
    bool afterData = false;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind != TimelineItem::Segment || item.isHidden() || item.lane != clientLane)
            continue;
        if (afterData)
            sent << segmentFlagsName(item.code);
        afterData = afterData || item.code == (FlagPsh | FlagAck);
    }
    QCOMPARE(sent.join(QLatin1Char(' ')), clientSent);
    QCOMPARE(impliedText(layout, clientLane), clientStates);
    lab.close(accepted);
    lab.close(server.id);
}

// A datagram to a subnet's broadcast address reaches every socket on the port; which address
// that is, the netmask says, not a last number of 255.
void TestTimelineLayout::broadcastByNetmask_data()
{
    QTest::addColumn<QString>("host"); // empty: this computer; else a lab computer
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("arrows");

    // This computer is 10.0.0.7/16 here: its broadcast address is 10.0.255.255.
    QTest::newRow("the /16's broadcast") << QString() << QStringLiteral("10.0.255.255") << 3;
    QTest::newRow(".255 inside a /16 is a host") << QString() << QStringLiteral("10.0.0.255") << 1;
    QTest::newRow("everyone") << QString() << QStringLiteral("255.255.255.255") << 3;
    QTest::newRow("one host") << QString() << QStringLiteral("10.0.0.9") << 1;
    QTest::newRow("another computer's subnet") << QString() << QStringLiteral("192.168.0.255") << 1;
    // The lab's LAN is 192.168.0.0/24.
    QTest::newRow("lab LAN broadcast") << QStringLiteral("pc-a") << QStringLiteral("192.168.0.255") << 3;
    QTest::newRow("lab: not the host's subnet")
        << QStringLiteral("pc-a") << QStringLiteral("10.0.255.255") << 1;
}

void TestTimelineLayout::broadcastByNetmask()
{
    QFETCH(QString, host);
    QFETCH(QString, to);
    QFETCH(int, arrows);

    Journal journal;
    Script script(&journal);
    for (const qint32 id : {1, 2, 3})
        script.bindUdp(id, QStringLiteral("0.0.0.0:5000"), host);
    const QString from
        = host.isEmpty() ? QStringLiteral("10.0.0.7:6000") : QStringLiteral("192.168.0.10:6000");
    script.bindUdp(9, from, host);
    Event sent = script.event(EventKind::DatagramSent, 9, from, to + QStringLiteral(":5000"), host);
    sent.value = 5;
    script.add(sent);

    TimelineLayout layout(&journal);
    BroadcastAddresses here;
    here.addSubnet(QHostAddress(QStringLiteral("10.0.0.7")), 16);
    layout.setBroadcastAddresses(here, BroadcastAddresses::ofLab(LabTopology::homeNetwork()));
    QVERIFY(layout.update());
    QCOMPARE(datagramsFrom(layout, 9).size(), arrows);
}

// A datagram arrow is delivered when its receiver journals it, not received when the receiver
// closes first or the window passes, and waits while neither has happened.
void TestTimelineLayout::datagramDelivery_data()
{
    QTest::addColumn<QString>("then");
    QTest::addColumn<bool>("isDelivered");
    QTest::addColumn<bool>("notReceived");

    QTest::newRow("received") << QStringLiteral("receipt") << true << false;
    QTest::newRow("another size arrived") << QStringLiteral("other receipt") << false << false;
    QTest::newRow("receiver closed first") << QStringLiteral("close") << false << true;
    QTest::newRow("window passed") << QStringLiteral("later") << false << true;
    QTest::newRow("still waiting") << QString() << false << false;
}

void TestTimelineLayout::datagramDelivery()
{
    QFETCH(QString, then);
    QFETCH(bool, isDelivered);
    QFETCH(bool, notReceived);

    const QString receiver = QStringLiteral("127.0.0.1:5000");
    const QString sender = QStringLiteral("127.0.0.1:6000");
    Journal journal;
    Script script(&journal);
    script.bindUdp(1, receiver);
    script.bindUdp(9, sender);
    Event sent = script.event(EventKind::DatagramSent, 9, sender, receiver);
    sent.value = 5;
    const auto sentIndex = quint32(script.add(sent));
    if (then.endsWith(QLatin1StringView("receipt"))) {
        Event received = script.event(EventKind::DatagramReceived, 1, receiver, sender);
        received.value = then == QLatin1StringView("receipt") ? 5 : 4;
        script.add(received);
    } else if (then == QLatin1StringView("close")) {
        script.add(EventKind::Closed, 1, receiver);
    } else if (then == QLatin1StringView("later")) {
        script.wait(TimelineLayout::kDatagramWindowNs + 1);
        script.add(EventKind::CloseCalled, 9, sender);
    }

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    const TimelineItem *arrow = nullptr;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Datagram && item.event == sentIndex)
            arrow = &item;
    }
    QVERIFY(arrow);
    QCOMPARE(arrow->lane, layout.laneOfSocket(9));
    QCOMPARE(arrow->toLane, layout.laneOfSocket(1));
    QCOMPARE(delivered(*arrow), isDelivered);
    QCOMPARE(arrow->isNotReceived(), notReceived);
    QCOMPARE(layout.hasPendingDatagrams(), !isDelivered && !notReceived);
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
