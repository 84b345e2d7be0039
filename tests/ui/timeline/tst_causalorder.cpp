#include "causalorder.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtTest/QTest>

using namespace SocketScope;

namespace {

// A small recording: the header, then one event a line, in the order they reached the journal.
bool readRecording(const QString &lines, Journal &journal)
{
    QByteArray text = QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":1}\n");
    text += lines.toUtf8();
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    RecordingReader reader;
    return reader.read(buffer, journal);
}

QString segment(
    qint64 t, int socket, const char *from, const char *to, const char *flags, const char *host = nullptr)
{
    QString line = QStringLiteral("{\"t\":%1,\"kind\":\"segment\",\"source\":\"capture\",").arg(t);
    if (socket >= 0)
        line += QStringLiteral("\"socket\":%1,").arg(socket);
    line += QStringLiteral(
        "\"proto\":\"tcp\",\"from\":\"%1\",\"to\":\"%2\",\"flags\":\"%3\",\"seq\":1,\"ack\":1,\"len\":0")
                .arg(QLatin1StringView(from), QLatin1StringView(to), QLatin1StringView(flags));
    if (host)
        line += QStringLiteral(",\"host\":\"%1\"").arg(QLatin1StringView(host));
    return line + QStringLiteral("}\n");
}

QString call(qint64 t, const char *kind, int socket, const char *rest)
{
    return QStringLiteral("{\"t\":%1,\"kind\":\"%2\",\"source\":\"app\",\"socket\":%3,\"proto\":\"tcp\"%4}\n")
        .arg(t)
        .arg(QLatin1StringView(kind))
        .arg(socket)
        .arg(QLatin1StringView(rest));
}

} // namespace

class TestCausalOrder : public QObject
{
    Q_OBJECT

private slots:
    void synthetic_data();
    void synthetic();
    void labRecording();
    void recordings_data();
    void recordings();
    void lateEventsReadAgain();
    void liveFeedHeldBack_data();
    void liveFeedHeldBack();
};

void TestCausalOrder::synthetic_data()
{
    QTest::addColumn<QString>("recording");
    QTest::addColumn<int>("handshakes");

    const char *server = "127.0.0.1:9000";
    const char *client = "127.0.0.1:40000";
    const QString listener = call(10, "socket_opened", 1, ",\"role\":\"listener\"")
        + call(11, "listening", 1, ",\"local\":\"127.0.0.1:9000\",\"backlog\":5");
    const QString connecting = call(20, "socket_opened", 2, ",\"role\":\"client\"")
        + call(21, "connect_started", 2, ",\"local\":\"127.0.0.1:40000\",\"remote\":\"127.0.0.1:9000\"");
    const QString handshake = segment(30, 2, client, server, "S") + segment(31, 2, server, client, "SA")
        + segment(32, 2, client, server, "A");
    const QString opened
        = call(40, "connected", 2, ",\"local\":\"127.0.0.1:40000\",\"remote\":\"127.0.0.1:9000\"")
        + call(41, "accepted", 1, ",\"local\":\"127.0.0.1:9000\",\"remote\":\"127.0.0.1:40000\"")
        + call(42, "socket_opened", 3,
            ",\"local\":\"127.0.0.1:9000\",\"remote\":\"127.0.0.1:40000\",\"role\":\"accepted\",\"parent\":"
            "1");

    QTest::newRow("in time") << listener + connecting + handshake + opened << 1;
    // The packets were read after the calls they made possible: arrival order is the wrong story.
    QTest::newRow("packets read late") << listener + connecting + opened + handshake << 1;
    // The peer's CLOSE_WAIT was polled before the FIN that caused it was read.
    const QString closeWait
        = QStringLiteral("{\"t\":60,\"kind\":\"state\",\"source\":\"kernel\",\"socket\":3,\"proto\":\"tcp\","
                         "\"local\":\"127.0.0.1:9000\",\"remote\":\"127.0.0.1:40000\",\"from\":"
                         "\"ESTABLISHED\",\"to\":\"CLOSE_WAIT\"}\n");
    QTest::newRow("fin read after close_wait") << listener + connecting + opened + handshake
            + call(50, "close_called", 2, ",\"local\":\"127.0.0.1:40000\",\"remote\":\"127.0.0.1:9000\"")
            + closeWait + segment(51, 2, client, server, "FA")
                                               << 1;
}

void TestCausalOrder::synthetic()
{
    QFETCH(QString, recording);
    QFETCH(int, handshakes);
    Journal journal;
    QVERIFY(readRecording(recording, journal));
    TimelineLayout layout(&journal);
    layout.update();
    CausalOrder::Report report;
    const QStringList problems = CausalOrder::checkAll(layout, &report);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.handshakes, handshakes);
}

// A real lab recording (server on pc-a, client on pc-b): its captured handshake was read about
// 5 ms after both `connected` markers and accept(), with the kernel's earlier stamps.
void TestCausalOrder::labRecording()
{
    Journal journal;
    RecordingReader reader;
    QVERIFY(reader.read(QStringLiteral(SOCKETSCOPE_TEST_DATA "/lab-handshake.jsonl"), journal));
    TimelineLayout layout(&journal);
    layout.update();
    CausalOrder::Report report;
    const QStringList problems = CausalOrder::checkAll(layout, &report);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.handshakes, 1);
}

// Real recordings kept as test data: every lesson run to its end (SOCKETSCOPE_LESSON_PACE=0.2,
// --autoplay --quit-when-done --record), lab and host sessions. Each must tell the story in
// causal order, in the layout and in both text exports.
void TestCausalOrder::recordings_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(SOCKETSCOPE_TEST_DATA));
    const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestCausalOrder::recordings()
{
    QFETCH(QString, path);
    Journal journal;
    RecordingReader reader;
    QVERIFY2(reader.read(path, journal), qPrintable(reader.fatalError()));
    TimelineLayout layout(&journal);
    layout.update();
    const QStringList problems = CausalOrder::checkAll(layout);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Fed as a live session would be: a late packet makes the layout read again, in time order.
void TestCausalOrder::lateEventsReadAgain()
{
    Journal journal;
    const char *server = "127.0.0.1:9000";
    const char *client = "127.0.0.1:40000";
    QVERIFY(readRecording(call(10, "socket_opened", 1, ",\"role\":\"listener\"")
            + call(11, "listening", 1, ",\"local\":\"127.0.0.1:9000\",\"backlog\":5")
            + call(20, "socket_opened", 2, ",\"role\":\"client\"")
            + call(21, "connect_started", 2, ",\"local\":\"127.0.0.1:40000\",\"remote\":\"127.0.0.1:9000\"")
            + call(40, "connected", 2, ",\"local\":\"127.0.0.1:40000\",\"remote\":\"127.0.0.1:9000\""),
        journal));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());
    const quint64 revision = layout.revision();
    QCOMPARE(layout.rereads(), 0u);
    Event syn;
    syn.t = 30;
    syn.kind = EventKind::Segment;
    syn.source = EventSource::Capture;
    syn.proto = Protocol::Tcp;
    syn.socket = 2;
    syn.local = journal.intern(QString::fromLatin1(client));
    syn.remote = journal.intern(QString::fromLatin1(server));
    syn.flags = FlagSyn;
    journal.append(syn);
    QVERIFY(layout.update());
    QCOMPARE(layout.rereads(), 1u);
    QVERIFY(layout.revision() > revision);
    for (qsizetype i = 1; i < layout.itemCount(); ++i)
        QVERIFY(layout.items()[size_t(i - 1)].t <= layout.items()[size_t(i)].t);
}

// A real recording fed again as its session journalled it, one event at a time, the layout
// reading after each: its captured packets arrived a few milliseconds after the calls around
// them. With the panel's hold-back none of them makes the layout read everything again, and
// the picture is the one read at once.
void TestCausalOrder::liveFeedHeldBack_data()
{
    QTest::addColumn<QString>("path");
    for (const char *file : {"lab-handshake.jsonl", "lab-handshake-2.jsonl", "lesson-home-router.jsonl",
             "lesson-three-way-handshake.jsonl"})
        QTest::newRow(file) << QStringLiteral(SOCKETSCOPE_TEST_DATA "/%1").arg(QLatin1StringView(file));
}

void TestCausalOrder::liveFeedHeldBack()
{
    QFETCH(QString, path);
    Journal recorded;
    RecordingReader reader;
    QVERIFY2(reader.read(path, recorded), qPrintable(reader.fatalError()));
    TimelineLayout whole(&recorded);
    whole.update();

    quint64 rereadsWithout = 0;
    for (const qint64 holdBack : {qint64(0), TimelinePanel::kHoldBackNs}) {
        Journal live;
        TimelineLayout layout(&live);
        layout.setHoldBack(holdBack);
        const auto copy = [&](quint32 id) { return id ? live.intern(recorded.string(id)) : 0u; };
        for (qsizetype i = 0; i < recorded.count(); ++i) {
            Event e = recorded.at(i);
            e.local = copy(e.local);
            e.remote = copy(e.remote);
            e.text = copy(e.text);
            e.host = copy(e.host);
            e.payload = 0;
            live.append(e);
            layout.update();
        }
        layout.flush();
        QVERIFY(!layout.hasUnread());
        if (holdBack == 0) {
            rereadsWithout = layout.rereads();
            continue;
        }
        qInfo("%s: read again %llu times without the hold-back, %llu with it",
            qPrintable(path.section(u'/', -1)), rereadsWithout, layout.rereads());
        QCOMPARE(layout.rereads(), 0u);
        QCOMPARE(layout.itemCount(), whole.itemCount());
        for (qsizetype i = 0; i < whole.itemCount(); ++i) {
            const TimelineItem &a = layout.items()[size_t(i)];
            const TimelineItem &b = whole.items()[size_t(i)];
            QVERIFY2(a.event == b.event && a.kind == b.kind && a.code == b.code && a.lane == b.lane
                    && a.toLane == b.toLane && a.itemFlags == b.itemFlags,
                qPrintable(QString::number(i)));
        }
    }
    // The recordings were made live: some of their packets did arrive late.
    QVERIFY(rereadsWithout > 0);
}

QTEST_GUILESS_MAIN(TestCausalOrder)
#include "tst_causalorder.moc"
