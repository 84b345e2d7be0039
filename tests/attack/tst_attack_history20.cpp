#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "network/networkhistory.h"
#include "network/recordednetwork.h"

#include <QtCore/QBuffer>
#include <QtTest/QtTest>

using namespace SocketScope;

// Hostile network events in a recording someone handed over: each is refused as a damaged line
// or read into a network the picture can draw, never a crash, a hang or a made-up computer.
class TestAttackHistory20 : public QObject
{
    Q_OBJECT

private slots:
    void hostileTopology_data();
    void hostileTopology();
    void manyComputers();
};

namespace {

struct Read
{
    bool opened = false;
    qsizetype events = 0;
    qsizetype problems = 0;
};

Read readLines(const QByteArray &lines, Journal &journal)
{
    QBuffer file;
    file.setData(QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":1}\n") + lines);
    file.open(QIODevice::ReadOnly);
    RecordingReader reader;
    Read read;
    read.opened = reader.read(file, journal);
    read.events = journal.count();
    read.problems = reader.problems().size();
    return read;
}

} // namespace

void TestAttackHistory20::hostileTopology_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<int>("hosts");
    QTest::newRow("topology as text")
        << QByteArray(R"({"t":1,"kind":"network","source":"app","topology":"pc-a"})") << true << 0;
    QTest::newRow("topology missing")
        << QByteArray(R"({"t":1,"kind":"network","source":"app"})") << true << 0;
    QTest::newRow("topology a list") << QByteArray(
        R"({"t":1,"kind":"network","source":"app","topology":[1]})")
                                     << true << 0;
    QTest::newRow("hosts of the wrong types") << QByteArray(
        R"({"t":1,"kind":"network","source":"app","topology":{"hosts":[1,"x",null,[],{"name":7}]}})")
                                              << false << 0;
    QTest::newRow("a prefix out of range and a bad gateway")
        << QByteArray(R"({"t":1,"kind":"network","source":"app","topology":{"hosts":[{"name":"pc-a",)"
                      R"("address":"192.168.0.10","prefix":-40,"gateway":"nowhere"}]}})")
        << false << 1;
    QTest::newRow("deeply nested") << (QByteArray(
                                           R"({"t":1,"kind":"network","source":"app","topology":{"hosts":)")
        + QByteArray(3000, '[') + QByteArray(3000, ']') + "}}")
                                   << true << 0;
    QTest::newRow("control characters in a name") << QByteArray(
        R"({"t":1,"kind":"network","source":"app","topology":{"hosts":[{"name":"pc\u001b[2Ja",)"
        R"("address":"10.0.0.1"}]}})") << false << 1;
}

void TestAttackHistory20::hostileTopology()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, damaged);
    QFETCH(int, hosts);
    Journal journal;
    const QByteArray socket
        = R"({"t":2,"kind":"socket_opened","source":"app","socket":1,"proto":"tcp","role":"client"})";
    const Read read = readLines(line + '\n' + socket + '\n', journal);
    QVERIFY(read.opened);
    // A damaged line is reported and skipped; the rest of the recording still opens.
    QCOMPARE(read.problems, damaged ? 1 : 0);
    QCOMPARE(read.events, damaged ? 1 : 2);
    NetworkHistory history(&journal);
    const RecordedNetwork network = history.after(journal.count());
    QCOMPARE(int(network.topology.hosts.size()), hosts);
    QCOMPARE(network.running, hosts > 0);
    for (const LabHost &host : network.topology.hosts)
        QVERIFY(host.prefix >= 0 && host.prefix <= 32);
}

// Thousands of computers and changes: the history reads them without walking them again for
// every instant asked.
void TestAttackHistory20::manyComputers()
{
    QByteArray hosts;
    for (int i = 0; i < 5000; ++i)
        hosts += QByteArray(i ? "," : "") + R"({"name":"pc-)" + QByteArray::number(i)
            + R"(","address":"10.0.)" + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250 + 1)
            + R"("})";
    QByteArray lines;
    for (int t = 1; t <= 50; ++t)
        lines += R"({"t":)" + QByteArray::number(t)
            + R"(,"kind":"network","source":"app","topology":{"hosts":[)" + hosts + "]}}\n";
    Journal journal;
    const Read read = readLines(lines, journal);
    QVERIFY(read.opened);
    QCOMPARE(read.events, 50);
    NetworkHistory history(&journal);
    QCOMPARE(history.after(25).topology.hosts.size(), 5000);
    QCOMPARE(history.latestRunning().topology.hosts.size(), 5000);
}

QTEST_GUILESS_MAIN(TestAttackHistory20)
#include "tst_attack_history20.moc"
