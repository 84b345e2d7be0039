#include "experiments/lossypath.h"
#include "experiments/portforwarder.h"
#include "journal/journal.h"
#include "lab/lab.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QtTest>

#include <memory>
#include <random>

using namespace SocketScope;

namespace {

const QHostAddress kLoopback(QHostAddress::LocalHost);

struct Expected
{
    int dropped = 0;
    int duplicated = 0;
    int reordered = 0;
    int delayed = 0;
};

// The decisions a seed stands for, worked out here on their own: four rolls per datagram in
// the order drop, duplicate, reorder, delay; a dropped datagram has no other fate, a held
// one is not also delayed.
Expected expectedFor(const LossyPath::Settings &s, int datagrams)
{
    std::mt19937 random(s.seed);
    const auto roll = [&] { return double(random()) / 4294967296.0; };
    Expected e;
    for (int i = 0; i < datagrams; ++i) {
        const bool drop = roll() < s.dropRate;
        const bool duplicate = roll() < s.duplicateRate;
        const bool reorder = roll() < s.reorderRate;
        const bool delay = roll() < s.delayRate;
        if (drop) {
            ++e.dropped;
            continue;
        }
        e.duplicated += duplicate;
        if (reorder)
            ++e.reordered;
        else if (delay)
            ++e.delayed;
    }
    return e;
}

struct Run
{
    LossyPath::Counts counts;
    QList<int> arrivals; // datagram numbers in the order the server got them
    int impairedEvents = 0;
};

} // namespace

// The lossy path: UDP datagrams dropped, doubled, reordered and delayed by a seed; TCP bytes
// delayed and slowed but all there, in order.
class TestLossyPath : public QObject
{
    Q_OBJECT

private:
    void runUdp(const LossyPath::Settings &settings, int datagrams, Run &run)
    {
        Journal journal;
        Lab lab(&journal, nullptr);
        const Lab::Opened server = lab.bindUdp(kLoopback, 0);
        connect(&lab, &Lab::dataReceived, this,
            [&](qint32 id, const QByteArray &data, const QHostAddress &, quint16) {
                if (id == server.id)
                    run.arrivals.append(data.toInt());
            });
        LossyPath path(&journal, settings);
        PortForwarder relay(&lab);
        relay.setLossyPath(&path);
        ForwardRule rule;
        rule.proto = Protocol::Udp;
        rule.listenAddress = kLoopback;
        rule.targetAddress = kLoopback;
        rule.targetPort = lab.info(server.id)->localPort;
        QVERIFY(!relay.start(rule));
        const Lab::Opened client = lab.bindUdp(kLoopback, 0);
        for (int i = 0; i < datagrams; ++i) {
            lab.sendDatagram(client.id, QByteArray::number(i), {{kLoopback, relay.listenPort()}});
            // One at a time through the relay, so its decisions meet the datagrams in order.
            const qint64 before = path.counts().received;
            QTRY_VERIFY_WITH_TIMEOUT(path.counts().received > before, 5000);
        }
        const qint64 expectedArrivals = datagrams - path.counts().dropped + path.counts().duplicated;
        QTRY_COMPARE_WITH_TIMEOUT(qint64(run.arrivals.size()), expectedArrivals, 10000);
        run.counts = path.counts();
        for (qsizetype i = 0; i < journal.count(); ++i)
            run.impairedEvents += journal.at(i).kind == EventKind::Impaired;
    }

private slots:
    void udpFollowsTheSeed_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 42") << 42u;
        QTest::newRow("seed 2026") << 2026u;
    }

    void udpFollowsTheSeed()
    {
        QFETCH(quint32, seed);
        LossyPath::Settings settings;
        settings.dropRate = 0.2;
        settings.duplicateRate = 0.1;
        settings.reorderRate = 0.15;
        settings.delayRate = 0.1;
        settings.delayMs = 30;
        settings.seed = seed;
        constexpr int kDatagrams = 120;

        Run first;
        runUdp(settings, kDatagrams, first);
        if (QTest::currentTestFailed())
            return;
        const Expected expected = expectedFor(settings, kDatagrams);
        QCOMPARE(first.counts.received, kDatagrams);
        QCOMPARE(first.counts.dropped, expected.dropped);
        QCOMPARE(first.counts.duplicated, expected.duplicated);
        QCOMPARE(first.counts.reordered, expected.reordered);
        QCOMPARE(first.counts.delayed, expected.delayed);
        QVERIFY(expected.dropped > 0 && expected.reordered > 0);
        // Everything done on purpose is in the journal.
        QCOMPARE(first.impairedEvents,
            expected.dropped + expected.duplicated + expected.reordered + expected.delayed);
        // What arrives, arrives in the order it arrives: not sorted.
        QList<int> sorted = first.arrivals;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(sorted != first.arrivals);

        Run second;
        runUdp(settings, kDatagrams, second);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(second.counts.dropped, first.counts.dropped);
        QCOMPARE(second.counts.reordered, first.counts.reordered);
        QCOMPARE(second.counts.duplicated, first.counts.duplicated);
        QCOMPARE(second.counts.delayed, first.counts.delayed);
        QCOMPARE(QSet<int>(second.arrivals.begin(), second.arrivals.end()),
            QSet<int>(first.arrivals.begin(), first.arrivals.end()));
    }

    void tcpEveryByteInOrderSlower()
    {
        Journal journal;
        Lab lab(&journal, nullptr);
        const Lab::Opened server = lab.listenTcp(kLoopback, 0);
        QByteArray atServer;
        connect(&lab, &Lab::dataReceived, this,
            [&](qint32 id, const QByteArray &data, const QHostAddress &, quint16) {
                const SocketInfo *info = lab.info(id);
                if (info && info->parent == server.id)
                    atServer += data;
            });
        LossyPath::Settings settings;
        settings.delayMs = 100;
        settings.bytesPerSecond = 40000;
        settings.dropRate = 1.0; // ignored for a byte stream: TCP never loses bytes
        LossyPath path(&journal, settings);
        PortForwarder relay(&lab);
        relay.setLossyPath(&path);
        ForwardRule rule;
        rule.listenAddress = kLoopback;
        rule.targetAddress = kLoopback;
        rule.targetPort = lab.info(server.id)->localPort;
        QVERIFY(!relay.start(rule));

        const Lab::Opened client = lab.connectTcp(kLoopback, relay.listenPort());
        QTRY_COMPARE(lab.info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QByteArray sent;
        for (int i = 0; i < 2000; ++i)
            sent += QByteArray::number(i).rightJustified(10, '.');
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!lab.send(client.id, sent));
        QTRY_COMPARE_WITH_TIMEOUT(atServer.size(), sent.size(), 20000);
        // 20 000 bytes at 40 000 bytes a second, after 100 ms: not sooner than about 0.5 s.
        QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(atServer, sent);
        QCOMPARE(path.counts().dropped, 0);
        QVERIFY(path.counts().throttled > 1);
        int delays = 0;
        int throttles = 0;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            const Event &e = journal.at(i);
            if (e.kind != EventKind::Impaired)
                continue;
            delays += e.flags == quint8(ImpairmentAction::Delay);
            throttles += e.flags == quint8(ImpairmentAction::Throttle);
        }
        QVERIFY(delays >= 1);
        QCOMPARE(qint64(throttles), path.counts().throttled);

        // Closing the client still lets the held bytes through first, then closes the far leg.
        QVERIFY(!lab.send(client.id, QByteArrayLiteral("last words")));
        QVERIFY(!lab.close(client.id));
        QTRY_VERIFY_WITH_TIMEOUT(atServer.endsWith("last words"), 10000);
    }
};

QTEST_GUILESS_MAIN(TestLossyPath)
#include "tst_lossypath.moc"
