// Attacks on the timeline's rules in the engine: endpoint texts a hostile recording may carry
// (cut, bracketed wrong, out of range, very long), and a lab segment sent thousands of times
// on one cable that never arrives (each copy must still be told apart, in time bounded by
// the arrival window rather than by the whole flood).

#include "journal/journal.h"
#include "timeline/endpoint.h"
#include "timeline/timelinelayout.h"

#include <QtTest/QtTest>

using namespace SocketScope;

class TestAttackTlengine : public QObject
{
    Q_OBJECT

private slots:
    void hostileEndpoints_data();
    void hostileEndpoints();
    void retransmissionFlood();
};

namespace {
Event at(Journal &journal, qint64 t, EventKind kind, qint32 socket, const QString &local,
    const QString &remote, const QString &host = {})
{
    Event e;
    e.t = t;
    e.kind = kind;
    e.socket = socket;
    e.local = journal.intern(local);
    e.remote = journal.intern(remote);
    e.host = journal.intern(host);
    return e;
}
} // namespace

void TestAttackTlengine::hostileEndpoints_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("colon only") << QStringLiteral(":");
    QTest::newRow("open bracket") << QStringLiteral("[");
    QTest::newRow("unclosed IPv6") << QStringLiteral("[::1");
    QTest::newRow("IPv6 without port") << QStringLiteral("[::1]:");
    QTest::newRow("negative port") << QStringLiteral("10.0.0.1:-1");
    QTest::newRow("port past 65535") << QStringLiteral("10.0.0.1:65536");
    QTest::newRow("port past 32 bits") << QStringLiteral("10.0.0.1:99999999999");
    QTest::newRow("not an address") << QStringLiteral("999.1.1.1:80");
    QTest::newRow("many colons") << QStringLiteral("a:b:c:d:e:f:g:h:i:j");
    QTest::newRow("control characters") << QStringLiteral("\x01\x02:\x1b[2J");
    QTest::newRow("very long") << QString(100000, QLatin1Char('9')) + QStringLiteral(":80");
    QTest::newRow("broadcast as a port") << QStringLiteral("255.255.255.255:");
}

// Parsing never yields a port out of range, and a layout fed these as its sockets' and
// packets' endpoints draws every item between lanes that exist.
void TestAttackTlengine::hostileEndpoints()
{
    QFETCH(QString, text);
    const Endpoint endpoint = Endpoint::parse(text);
    QVERIFY(endpoint.port <= 65535);
    QCOMPARE(Endpoint::parse(text), endpoint);

    Journal journal;
    qint64 t = 1000;
    Event open = at(journal, t, EventKind::SocketOpened, 1, {}, {});
    open.role = SocketRole::Client;
    open.proto = Protocol::Tcp;
    journal.append(open);
    journal.append(at(journal, t += 1000, EventKind::ConnectStarted, 1, text, text));
    Event udp = at(journal, t += 1000, EventKind::SocketOpened, 2, {}, {});
    udp.role = SocketRole::Udp;
    udp.proto = Protocol::Udp;
    journal.append(udp);
    journal.append(at(journal, t += 1000, EventKind::Bound, 2, text, {}));
    journal.append(at(journal, t += 1000, EventKind::DatagramSent, 2, text, text));
    journal.append(at(journal, t += 1000, EventKind::DatagramReceived, 2, text, text));
    journal.append(at(journal, t += 1000, EventKind::GroupJoined, 2, text, text));
    for (const bool lab : {false, true}) {
        Event segment = at(journal, t += 1000, EventKind::Segment, lab ? 1 : -1, text, text,
            lab ? QStringLiteral("pc-a") : QString());
        segment.source = EventSource::Capture;
        segment.proto = Protocol::Tcp;
        segment.flags = FlagSyn;
        journal.append(segment);
    }

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    layout.settleDatagrams(std::numeric_limits<qint64>::max());
    const auto lanes = qsizetype(layout.lanes().size());
    for (const TimelineItem &item : layout.items()) {
        QVERIFY(item.lane < lanes);
        QVERIFY(item.toLane < lanes);
        if (item.isArrow()) {
            QVERIFY(item.lane >= 0);
            QVERIFY(item.toLane >= 0);
        }
    }
}

// One SYN, resent on pc-b's cable 5,000 times a millisecond apart, never seen on pc-a where its
// listener is: one arrow each, every one after the first a duplicate, every one dropped.
void TestAttackTlengine::retransmissionFlood()
{
    constexpr int kCopies = 5000;
    Journal journal;
    qint64 t = 1000;
    Event listener = at(journal, t, EventKind::SocketOpened, 1, {}, {}, QStringLiteral("pc-a"));
    listener.role = SocketRole::Listener;
    listener.proto = Protocol::Tcp;
    journal.append(listener);
    journal.append(at(journal, t += 1000, EventKind::Listening, 1, QStringLiteral("192.168.0.10:80"), {},
        QStringLiteral("pc-a")));
    Event client = at(journal, t += 1000, EventKind::SocketOpened, 2, {}, {}, QStringLiteral("pc-b"));
    client.role = SocketRole::Client;
    client.proto = Protocol::Tcp;
    journal.append(client);
    journal.append(at(journal, t += 1000, EventKind::ConnectStarted, 2, QStringLiteral("192.168.0.11:40000"),
        QStringLiteral("192.168.0.10:80"), QStringLiteral("pc-b")));
    Event syn = at(journal, t, EventKind::Segment, 2, QStringLiteral("192.168.0.11:40000"),
        QStringLiteral("192.168.0.10:80"), QStringLiteral("pc-b"));
    syn.source = EventSource::Capture;
    syn.proto = Protocol::Tcp;
    syn.flags = FlagSyn;
    syn.value = 12345;
    syn.text = journal.intern(u"eth0");
    for (int i = 0; i < kCopies; ++i) {
        syn.t = t += 1'000'000;
        journal.append(syn);
    }

    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    layout.settleDatagrams(std::numeric_limits<qint64>::max());
    int arrows = 0;
    int duplicates = 0;
    int dropped = 0;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind != TimelineItem::Segment || item.isInferred())
            continue;
        ++arrows;
        duplicates += item.isDuplicate() ? 1 : 0;
        dropped += item.isDropped() ? 1 : 0;
        QCOMPARE(item.toLane, layout.laneOfSocket(1));
    }
    QCOMPARE(arrows, kCopies);
    QCOMPARE(duplicates, kCopies - 1);
    QCOMPARE(dropped, kCopies);
    QVERIFY(!layout.hasPendingDatagrams());
}

QTEST_GUILESS_MAIN(TestAttackTlengine)
#include "tst_attack_tlengine.moc"
