#include "journal/journal.h"
#include "timeline/timeorder.h"

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

using namespace SocketScope;

Q_DECLARE_METATYPE(QList<qint64>)

namespace {

// A tiny journal written from a line of text: "t kind" per event, kinds by their recorded names.
// Each event's `value` is its arrival number, so the order can be read back as text.
void fill(Journal &journal, const QString &events)
{
    qint64 arrival = 0;
    for (const QString &entry : events.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.trimmed().split(QLatin1Char(' '));
        Event e;
        e.t = parts.at(0).toLongLong();
        e.kind = *kindFromName(QLatin1StringView(parts.at(1).toLatin1()));
        e.value = arrival++;
        journal.append(e);
    }
}

QList<qint64> arrivalsInOrder(const Journal &journal, const TimeOrder &order)
{
    QList<qint64> arrivals;
    for (qsizetype i = 0; i < order.count(); ++i)
        arrivals.append(journal.at(order.at(i)).value);
    return arrivals;
}

} // namespace

class TestTimeOrder : public QObject
{
    Q_OBJECT

private slots:
    void ordersByTimeThenCause_data();
    void ordersByTimeThenCause();
    void reportsWhereTheOrderChanged();
    void realSocketsStayInTheirOrder();
};

void TestTimeOrder::ordersByTimeThenCause_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QList<qint64>>("expected"); // arrival numbers in time order

    QTest::newRow("in order") << QStringLiteral("1 bound, 2 listening, 3 accepted")
                              << QList<qint64> {0, 1, 2};
    // The lab's handshake: packets read 2 ms after accept() returned, stamped before it.
    QTest::newRow("late handshake") << QStringLiteral(
        "10 connect_started, 50 accepted, 51 connected, 20 segment, 21 segment, 22 segment")
                                    << QList<qint64> {0, 3, 4, 5, 1, 2};
    // Same instant: the call that sends, the packet, then what the packet caused.
    QTest::newRow("tie by cause") << QStringLiteral("5 state, 5 connected, 5 segment, 5 connect_started")
                                  << QList<qint64> {3, 2, 0, 1};
    // Equal time and equal rank: as they arrived.
    QTest::newRow("stable") << QStringLiteral("7 segment, 7 segment, 7 segment") << QList<qint64> {0, 1, 2};
    QTest::newRow("late among equals")
        << QStringLiteral("1 segment, 3 segment, 3 segment, 2 segment, 3 segment")
        << QList<qint64> {0, 3, 1, 2, 4};
    QTest::newRow("late first") << QStringLiteral("5 closed, 0 socket_opened") << QList<qint64> {1, 0};
    // A FIN read after the peer's CLOSE_WAIT was polled.
    QTest::newRow("fin before close_wait")
        << QStringLiteral("100 close_called, 300 state, 150 segment") << QList<qint64> {0, 2, 1};
}

void TestTimeOrder::ordersByTimeThenCause()
{
    QFETCH(QString, events);
    QFETCH(QList<qint64>, expected);
    Journal journal;
    fill(journal, events);
    TimeOrder order;
    order.update(journal);
    QCOMPARE(arrivalsInOrder(journal, order), expected);

    // The same, fed one event at a time as a live session would.
    Journal live;
    TimeOrder following;
    for (const QString &entry : events.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        fill(live, entry);
        following.update(live);
    }
    QCOMPARE(following.count(), order.count());
    for (qsizetype i = 0; i < order.count(); ++i)
        QCOMPARE(live.at(following.at(i)).t, journal.at(order.at(i)).t);
}

void TestTimeOrder::reportsWhereTheOrderChanged()
{
    Journal journal;
    TimeOrder order;
    fill(journal, QStringLiteral("10 bound, 20 listening, 30 accepted"));
    QCOMPARE(order.update(journal), 0);
    fill(journal, QStringLiteral("40 closed"));
    QCOMPARE(order.update(journal), 3); // appended: nothing read before changed
    QCOMPARE(order.lateCount(), 0);
    fill(journal, QStringLiteral("50 closed, 15 segment, 25 segment"));
    QCOMPARE(order.update(journal), 1); // the earliest late one went to position 1
    QCOMPARE(order.lateCount(), 2);
    QCOMPARE(order.update(journal), order.count()); // nothing new
}

// Events journalled by real sockets on loopback arrive in time order: the index only appends.
void TestTimeOrder::realSocketsStayInTheirOrder()
{
    Journal journal;
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTcpSocket client;
    const auto note = [&journal](EventKind kind) {
        Event e;
        e.t = journal.now();
        e.kind = kind;
        journal.append(e);
    };
    note(EventKind::ConnectStarted);
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    note(EventKind::Connected);
    QTRY_VERIFY(server.hasPendingConnections());
    note(EventKind::Accepted);
    TimeOrder order;
    QCOMPARE(order.update(journal), 0);
    QCOMPARE(order.lateCount(), 0);
    for (qsizetype i = 0; i < order.count(); ++i)
        QCOMPARE(order.at(i), i);
}

QTEST_GUILESS_MAIN(TestTimeOrder)
#include "tst_timeorder.moc"
