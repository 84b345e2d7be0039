#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "lab/lab.h"
#include "network/networkhistory.h"
#include "network/recordednetwork.h"
#include "network/virtualnetwork.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace SocketScope;

namespace {

QStringList hostNames(const RecordedNetwork &network)
{
    QStringList names;
    for (const LabHost &host : network.topology.hosts)
        names << host.name;
    return names;
}

qsizetype indexOfKind(const Journal &journal, EventKind kind, qsizetype from = 0)
{
    for (qsizetype i = from; i < journal.count(); ++i) {
        if (journal.at(i).kind == kind)
            return i;
    }
    return -1;
}

} // namespace

// The lab network in a recording: each change written as a network event, read back, and the
// network of any instant worked out from the journal, live or replayed.
class TestNetworkHistory : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip();
    void damagedTopologyIsLeftOut_data();
    void damagedTopologyIsLeftOut();
    void oldRecordingHasNoNetwork();
    void recordedLabSessionReplays();
};

void TestNetworkHistory::jsonRoundTrip()
{
    RecordedNetwork network;
    network.running = true;
    network.topology = LabTopology::homeNetwork();
    network.translates = true;
    ForwardRule rule;
    rule.proto = Protocol::Udp;
    rule.listenAddress = QHostAddress(QStringLiteral("203.0.113.1"));
    rule.listenPort = 5353;
    rule.targetAddress = QHostAddress(QStringLiteral("192.168.0.11"));
    rule.targetPort = 53;
    network.forwards << rule;

    const RecordedNetwork back = RecordedNetwork::fromJson(network.toJson());
    QVERIFY(back.running);
    QCOMPARE(back.toJson(), network.toJson());
    QCOMPARE(hostNames(back), hostNames(network));
    QCOMPARE(back.topology.segments.size(), network.topology.segments.size());
    QCOMPARE(
        back.topology.host(QStringLiteral("remote"))->gateway, QHostAddress(QStringLiteral("203.0.113.1")));
    QCOMPARE(back.forwards.size(), 1);
    QCOMPARE(back.forwards.first().proto, Protocol::Udp);
    QCOMPARE(back.forwards.first().targetPort, quint16(53));
    QVERIFY(back.translates);
    // Down, the network is an empty object.
    QCOMPARE(RecordedNetwork().toJson(), QByteArrayLiteral("{}"));
    QVERIFY(!RecordedNetwork::fromJson("{}").running);
}

void TestNetworkHistory::damagedTopologyIsLeftOut_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<int>("forwards");
    QTest::newRow("not JSON") << QByteArray("{hosts:") << QStringList() << 0;
    QTest::newRow("an array") << QByteArray("[1,2]") << QStringList() << 0;
    QTest::newRow("hosts not a list") << QByteArray(R"({"hosts":"pc-a"})") << QStringList() << 0;
    QTest::newRow("a host without an address")
        << QByteArray(R"({"hosts":[{"name":"pc-a"},{"name":"pc-b","address":"192.168.0.11"}]})")
        << QStringList {QStringLiteral("pc-b")} << 0;
    QTest::newRow("a host with a bad address")
        << QByteArray(R"({"hosts":[{"name":"pc-a","address":"999.1.1.1"}]})") << QStringList() << 0;
    QTest::newRow("a rule with a bad port")
        << QByteArray(R"({"hosts":[{"name":"pc-a","address":"192.168.0.10"}],"forwards":[)"
                      R"({"proto":"tcp","public":"203.0.113.1:70000","inside":"192.168.0.10:80"},)"
                      R"({"proto":"sctp","public":"203.0.113.1:80","inside":"192.168.0.10:80"},)"
                      R"({"proto":"tcp","public":"203.0.113.1:8080","inside":"192.168.0.10:80"}]})")
        << QStringList {QStringLiteral("pc-a")} << 1;
}

void TestNetworkHistory::damagedTopologyIsLeftOut()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, hosts);
    QFETCH(int, forwards);
    const RecordedNetwork network = RecordedNetwork::fromJson(json);
    QCOMPARE(hostNames(network), hosts);
    QCOMPARE(network.forwards.size(), forwards);
    QCOMPARE(network.running, !hosts.isEmpty());
}

void TestNetworkHistory::oldRecordingHasNoNetwork()
{
    // A recording made before network events existed: sockets, and nothing about a network.
    QBuffer file;
    file.setData(R"({"format":"socketscope-journal","version":1}
{"t":1000,"kind":"socket_opened","source":"app","socket":1,"proto":"tcp","role":"listener","host":"pc-a"}
{"t":2000,"kind":"link_fault","source":"app","link":"pc-a","asked":"loss=5%,seed=1","applied":"loss=5%,seed=1"}
)");
    QVERIFY(file.open(QIODevice::ReadOnly));
    Journal journal;
    RecordingReader reader;
    QVERIFY2(reader.read(file, journal), qPrintable(reader.fatalError()));
    QCOMPARE(journal.count(), 2);
    NetworkHistory history(&journal);
    QVERIFY(!history.hasNetwork());
    QVERIFY(!history.after(0).running);
    QVERIFY(!history.after(journal.count()).running);
    QVERIFY(!history.latestRunning().running);
}

// A real lab session recorded to a file and replayed: the network at two instants is the one the
// live session had there, and the faults follow the playhead.
void TestNetworkHistory::recordedLabSessionReplays()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lab.jsonl"));
    Journal live;
    Lab lab(&live, nullptr);
    VirtualNetwork network(&live, &lab, nullptr);
    RecordingWriter writer(&live);
    QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
    if (!network.start())
        QSKIP(qPrintable(QStringLiteral("the lab network cannot be built here (user namespaces are "
                                        "missing or forbidden): %1")
                             .arg(network.problem())));

    const Lab::Opened server = lab.listenTcp(QHostAddress(QStringLiteral("192.168.0.10")), 80);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const qsizetype beforeChanges = live.count();
    QString error;
    const std::optional<ForwardRule> rule
        = ForwardRule::parse(u"tcp:203.0.113.1:8080=192.168.0.10:80", &error);
    QVERIFY2(rule, qPrintable(error));
    QVERIFY2(network.addNatRule(*rule).isEmpty(), "the router took no rule");
    const std::optional<LinkFault> loss = LinkFault::parse(u"loss=10%,seed=3", &error);
    QVERIFY2(loss, qPrintable(error));
    const LabNetwork::LinkFaultOutcome outcome = network.setLinkFault(QStringLiteral("remote"), *loss);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    LabHost pcC;
    pcC.name = QStringLiteral("pc-c");
    pcC.segment = QStringLiteral("lan");
    pcC.address = QHostAddress(QStringLiteral("192.168.0.20"));
    pcC.gateway = QHostAddress(QStringLiteral("192.168.0.1"));
    QVERIFY2(network.addHost(pcC).isEmpty(), "pc-c was not added");
    const qsizetype afterChanges = live.count();
    // What the live session's own network was at the end of the changes.
    const RecordedNetwork present = RecordedNetwork::of(*network.network());
    lab.closeAll();
    network.stop();
    writer.close();

    Journal replayed;
    RecordingReader reader;
    QVERIFY2(reader.read(path, replayed), qPrintable(reader.fatalError()));
    QVERIFY(reader.problems().isEmpty());
    QCOMPARE(replayed.count(), live.count());

    NetworkHistory liveHistory(&live);
    NetworkHistory history(&replayed);
    QVERIFY(history.hasNetwork());
    // Before the first network event there was no lab network yet, unless the journal opens
    // with it: then it is there from the start.
    const qsizetype built = indexOfKind(replayed, EventKind::NetworkBuilt);
    QVERIFY(built >= 0 && built < beforeChanges);
    QCOMPARE(history.after(built).running, built == 0);
    QVERIFY(history.after(built + 1).running);

    // Instant one: built, with its socket, before the rule, the fault and pc-c.
    const RecordedNetwork first = history.after(beforeChanges);
    QVERIFY(first.running);
    QCOMPARE(hostNames(first),
        (QStringList {QStringLiteral("pc-a"), QStringLiteral("pc-b"), QStringLiteral("remote")}));
    QVERIFY(first.forwards.isEmpty());
    QVERIFY(first.faults.isEmpty());
    QCOMPARE(first.translates, present.translates);
    QCOMPARE(first.toJson(), liveHistory.after(beforeChanges).toJson());

    // Instant two: all three changes made; what the live lab had then.
    const RecordedNetwork second = history.after(afterChanges);
    QVERIFY(second.running);
    QCOMPARE(second.toJson(), present.toJson());
    QVERIFY(second.topology.host(QStringLiteral("pc-c")));
    QCOMPARE(second.forwards.size(), 1);
    QCOMPARE(second.forwards.first().listenPort, quint16(8080));
    QCOMPARE(second.faults.keys(), QStringList {QStringLiteral("remote")});
    QCOMPARE(second.faults.value(QStringLiteral("remote")).toSpec(), outcome.applied.toSpec());
    QCOMPARE(second.faults, present.faults);

    // Between the rule and the fault: the rule, no fault yet.
    const qsizetype faultAt = indexOfKind(replayed, EventKind::LinkFault);
    QVERIFY(faultAt > beforeChanges);
    const RecordedNetwork beforeFault = history.after(faultAt);
    QCOMPARE(beforeFault.forwards.size(), 1);
    QVERIFY(beforeFault.faults.isEmpty());
    QVERIFY(!beforeFault.topology.host(QStringLiteral("pc-c")));

    // Taken down at the end; the last running network is the one with pc-c.
    QVERIFY(!history.after(replayed.count()).running);
    QCOMPARE(history.latestRunning().toJson(), present.toJson());
}

QTEST_GUILESS_MAIN(TestNetworkHistory)
#include "tst_networkhistory.moc"
