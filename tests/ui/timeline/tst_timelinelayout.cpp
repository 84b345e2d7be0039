#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "timeline/timelinelayout.h"

#include <QtTest/QTest>

using namespace SocketScope;

namespace {

bool hasEvent(const Journal &journal, qint32 socket, EventKind kind)
{
    for (const quint32 index : journal.eventsOfSocket(socket)) {
        if (journal.at(index).kind == kind)
            return true;
    }
    return false;
}

qint32 acceptedSocket(const Journal &journal)
{
    for (qsizetype i = 0; i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind == EventKind::SocketOpened && e.role == SocketRole::Accepted)
            return e.socket;
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
    const qint16 listenerLane = layout.laneOfSocket(server.id);
    const qint16 clientLane = layout.laneOfSocket(client.id);
    const qint16 acceptedLane = layout.laneOfSocket(accepted);
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
    QList<QPair<qint16, qint16>> ends;
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
    const qint16 listenerLane = layout.laneOfSocket(server.id);
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

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
