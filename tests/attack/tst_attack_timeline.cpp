// Attacks on the timeline: a recording or a live session with more sockets than a 16-bit lane
// number holds (the timeline crashed past 32,768 lanes and drew no lanes at exactly 32,768),
// and recorded fields with control characters that broke the Mermaid and PlantUML exports.

#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinerows.h"
#include "timeline/timemapper.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtTest/QtTest>

using namespace SocketScope;

namespace {

QByteArray header()
{
    return QByteArrayLiteral(
        R"({"format":"socketscope-journal","version":1,"app":"SocketScope 0.1.0","started":"2024-01-01T00:00:00Z"})"
        "\n");
}

// A valid recording of `sockets` UDP sockets: each opens, binds to its own port (the address
// changes every 60,000), sends one datagram to the socket before it; then all close.
QByteArray manyUdpSockets(int sockets)
{
    QByteArray text = header();
    text.reserve(sockets * 420);
    qint64 t = 1000;
    const auto endpoint = [](int i) {
        return QByteArray("127.0.0.") + QByteArray::number(1 + i / 60000) + ':'
            + QByteArray::number(1024 + i % 60000);
    };
    for (int i = 0; i < sockets; ++i) {
        const QByteArray id = QByteArray::number(i + 1);
        const QByteArray local = endpoint(i);
        const auto line = [&](const QByteArray &rest) {
            text += "{\"t\":" + QByteArray::number(t += 1000) + ",\"socket\":" + id + ",\"proto\":\"udp\","
                + rest + "}\n";
        };
        line(R"("kind":"socket_opened","source":"app","role":"udp")");
        line(R"("kind":"bound","source":"app","local":")" + local + '"');
        if (i > 0)
            line(R"("kind":"datagram_sent","source":"app","bytes":5,"peer":")" + endpoint(i - 1) + '"');
    }
    for (int i = 0; i < sockets; ++i)
        text += "{\"t\":" + QByteArray::number(t += 1000) + ",\"socket\":" + QByteArray::number(i + 1)
            + R"(,"proto":"udp","kind":"closed","source":"app"})" + '\n';
    return text;
}

bool load(const QByteArray &recording, Journal &journal)
{
    QBuffer buffer;
    buffer.setData(recording);
    if (!buffer.open(QIODevice::ReadOnly))
        return false;
    RecordingReader reader;
    const bool read = reader.read(buffer, journal);
    for (const RecordingReader::Problem &problem : reader.problems())
        qWarning("line %lld: %s", qlonglong(problem.line), qPrintable(problem.reason));
    return read && reader.problems().isEmpty();
}

// The number in "+N more socket(s) not drawn" (or its plural form), -1 when there is none.
qsizetype foldedCount(const QString &text)
{
    static const QRegularExpression note(QStringLiteral("\\+(\\d+) more socket"));
    const QRegularExpressionMatch match = note.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class TestAttackTimeline : public QObject
{
    Q_OBJECT

private slots:
    void lanesPastSixteenBits_data();
    void lanesPastSixteenBits();
    void exportManySocketsFromTheCommandLine_data();
    void exportManySocketsFromTheCommandLine();
    void followingManySocketsLive();
    void controlCharactersInTextExports_data();
    void controlCharactersInTextExports();
};

void TestAttackTimeline::lanesPastSixteenBits_data()
{
    QTest::addColumn<int>("sockets");
    QTest::newRow("32767") << 32767;
    QTest::newRow("32768: had no lanes") << 32768;
    QTest::newRow("32769: crashed") << 32769;
    QTest::newRow("40000") << 40000;
}

void TestAttackTimeline::lanesPastSixteenBits()
{
    QFETCH(int, sockets);
    Journal journal;
    QVERIFY(load(manyUdpSockets(sockets), journal));
    TimelineLayout layout(&journal);
    QVERIFY(layout.update());

    // Every socket has a lane of its own, and the last one is found by its number.
    QCOMPARE(qsizetype(layout.lanes().size()), qsizetype(sockets));
    QCOMPARE(qsizetype(layout.rows().size()), qsizetype(sockets));
    QCOMPARE(layout.laneOfSocket(sockets), LaneId(sockets - 1));
    QCOMPARE(layout.rowOf(LaneId(sockets - 1)) >= 0, true);
    // Each datagram went to the socket before it: the arrow joins those two lanes.
    const TimelineItem *last = nullptr;
    for (const TimelineItem &item : layout.items()) {
        if (item.kind == TimelineItem::Datagram)
            last = &item;
    }
    QVERIFY(last);
    QCOMPARE(last->lane, LaneId(sockets - 1));
    QCOMPARE(last->toLane, LaneId(sockets - 2));

    // The text exports draw what fits and say how many they left out.
    const QString mermaid = TimelineExporter::toMermaid(layout, 0, layout.itemCount());
    QVERIFY(mermaid.count(QStringLiteral("participant ")) > 0);
    const TimelineRows rows(layout, 500);
    QCOMPARE(foldedCount(mermaid), rows.folded());
    QCOMPARE(rows.folded(), qsizetype(sockets - 500));
}

void TestAttackTimeline::exportManySocketsFromTheCommandLine_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("mmd") << QStringLiteral("mmd");
    QTest::newRow("puml") << QStringLiteral("puml");
}

void TestAttackTimeline::exportManySocketsFromTheCommandLine()
{
    // The attack as it was made: `socketscope --replay F --export OUT` on a valid recording
    // with more sockets than 16 bits count.
    QFETCH(QString, suffix);
    constexpr int kSockets = 40000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString recording = dir.filePath(QStringLiteral("many.jsonl"));
    {
        QFile file(recording);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(manyUdpSockets(kSockets));
    }
    const QString out = dir.filePath(QStringLiteral("out.") + suffix);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SOCKETSCOPE_BINARY),
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--replay"), recording,
            QStringLiteral("--export"), out});
    QVERIFY(process.waitForStarted(20000));
    if (!process.waitForFinished(150000)) {
        process.kill();
        QFAIL("the export did not finish");
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype folded = foldedCount(text);
    // Some lanes are drawn, the rest are folded into the note, and the two add up.
    QVERIFY2(folded > 0 && folded < kSockets, qPrintable(QStringLiteral("fold note: %1").arg(folded)));
    if (suffix == QLatin1StringView("svg")) {
        QVERIFY(text.contains(QStringLiteral("127.0.0.1:1024"))); // the first socket's lane head
    } else {
        // One participant per drawn lane, and one for the note.
        const qsizetype participants
            = text.count(QRegularExpression(QStringLiteral("(^|\\n)\\s*participant ")));
        QCOMPARE(participants - 1 + folded, qsizetype(kSockets));
    }
}

void TestAttackTimeline::followingManySocketsLive()
{
    // A live session grows the journal while the timeline follows it batch by batch, as the
    // classroom did with a visitor every few hundred microseconds.
    constexpr int kSockets = 40000;
    Journal source;
    QVERIFY(load(manyUdpSockets(kSockets), source));
    Journal live;
    TimelineLayout layout(&live);
    TimeMapper mapper;
    mapper.setFolds(&layout.folds());
    TimelinePainter painter(layout, mapper);
    QImage image(900, 600, QImage::Format_ARGB32_Premultiplied);
    painter.setRect(QRectF(0, 0, image.width(), image.height()));
    const QRectF plot = painter.plotRect();
    mapper.setPlot(plot.left(), plot.width());
    for (qsizetype i = 0; i < source.count();) {
        const qsizetype batch = qMin<qsizetype>(source.count(), i + 2000);
        for (; i < batch; ++i) {
            Event e = source.at(i);
            e.local = e.local ? live.intern(source.string(e.local)) : 0;
            e.remote = e.remote ? live.intern(source.string(e.remote)) : 0;
            live.append(e);
        }
        QVERIFY(layout.update());
        mapper.fit(0, double(layout.itemCount() - 1), 0);
        // Scrolled to the bottom, where the fold line is once there are more lanes than room.
        painter.setScrollY(painter.overflowY());
        QPainter p(&image);
        painter.paintAll(p, {layout.itemCount(), 0});
    }
    QCOMPARE(qsizetype(layout.lanes().size()), qsizetype(kSockets));
    QCOMPARE(painter.rows().folded(), qsizetype(kSockets) - TimelineRows::kDefaultLimit);
    QCOMPARE(qsizetype(painter.rows().lanes().size()), TimelineRows::kDefaultLimit);
    // The last socket is not drawn, yet the layout knows it.
    QCOMPARE(painter.rows().rowOf(layout.laneOfSocket(kSockets)), -1);
    QCOMPARE(layout.rowOf(layout.laneOfSocket(kSockets)) >= 0, true);
}

void TestAttackTimeline::controlCharactersInTextExports_data()
{
    QTest::addColumn<QByteArray>("field"); // as written in the JSON line

    QTest::newRow("carriage return") << QByteArrayLiteral(R"(lab\r@enduml)");
    QTest::newRow("line feed") << QByteArrayLiteral(R"(lab\nparticipant X as evil)");
    QTest::newRow("CR LF") << QByteArrayLiteral(R"(lab\r\n    Note over L0: injected)");
    QTest::newRow("escape and bell") << QByteArrayLiteral(R"(lab\u001b[31m\u0007)");
    QTest::newRow("NUL") << QByteArrayLiteral(R"(lab\u0000end)");
    QTest::newRow("next line U+0085") << QByteArrayLiteral(R"(lab\u0085end)");
    QTest::newRow("line separator U+2028") << QByteArrayLiteral(R"(lab\u2028end)");
    QTest::newRow("double quote") << QByteArrayLiteral(R"(lab\" as X\nparticipant \"Y)");
    QTest::newRow("mermaid syntax") << QByteArrayLiteral(R"(lab;#35;%%comment)");
}

void TestAttackTimeline::controlCharactersInTextExports()
{
    QFETCH(QByteArray, field);
    // The field is the host a socket is on (shown in its lane's head) and its address; the
    // error message rides along too.
    QByteArray text = header();
    text
        += R"({"t":1000,"socket":1,"proto":"tcp","kind":"socket_opened","source":"app","role":"listener","host":")"
        + field + "\"}\n";
    text
        += R"({"t":2000,"socket":1,"proto":"tcp","kind":"listening","source":"app","backlog":5,"local":"127.0.0.1:5000)"
        + field + "\"}\n";
    text += R"({"t":3000,"socket":2,"proto":"tcp","kind":"socket_opened","source":"app","role":"client"})"
            "\n";
    text
        += R"({"t":4000,"socket":2,"proto":"tcp","kind":"connect_started","source":"app","local":"127.0.0.1:40000","remote":"127.0.0.1:5000)"
        + field + "\"}\n";
    text += R"({"t":5000,"socket":2,"proto":"tcp","kind":"error","source":"qt","code":6,"message":")" + field
        + "\"}\n";
    Journal journal;
    QVERIFY(load(text, journal));
    TimelineLayout layout(&journal);
    layout.update();
    QVERIFY(layout.lanes().size() >= 2);

    const QString mermaid = TimelineExporter::toMermaid(layout, 0, layout.itemCount());
    const QString plant = TimelineExporter::toPlantUml(layout, 0, layout.itemCount());
    for (const QString &out : {mermaid, plant}) {
        QVERIFY(out.endsWith(QLatin1Char('\n')));
        for (const QChar c : out) {
            const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                || c.category() == QChar::Separator_Paragraph;
            QVERIFY2(!control || c == QLatin1Char('\n'),
                qPrintable(QStringLiteral("control character U+%1 copied into:\n%2")
                               .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                               .arg(out)));
        }
    }
    // Every line is one statement the language knows, and no field made a statement of its own: no
    // ';' or '#' but in "#35;", Mermaid's character code for the sign itself.
    static const QRegularExpression mermaidLine(
        QStringLiteral("^(sequenceDiagram|    participant L\\d+ as (?:[^;#\\n]|#35;)*|"
                       "    Note over L\\d+(,L\\d+)?: (?:[^;#\\n]|#35;)*|"
                       "    L\\d+-{1,2}(>>|x)L\\d+: (?:[^;#\\n]|#35;)*)$"));
    const QStringList mermaidLines = mermaid.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : mermaidLines) {
        QVERIFY2(
            mermaidLine.match(line).hasMatch(), qPrintable(QStringLiteral("not Mermaid: [%1]").arg(line)));
        QVERIFY2(!line.contains(QStringLiteral("%%")), qPrintable(line));
    }
    QCOMPARE(mermaidLines.filter(QRegularExpression(QStringLiteral("^    participant "))).size(), 2);

    static const QRegularExpression plantLine(QStringLiteral(
        "^(@startuml|@enduml|participant \"[^\"\\n]*\" as L\\d+|note over L\\d+(, L\\d+)? : [^\\n]*|"
        "L\\d+ -{1,2}>x? L\\d+ : [^\\n]*)$"));
    const QStringList plantLines = plant.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : plantLines)
        QVERIFY2(
            plantLine.match(line).hasMatch(), qPrintable(QStringLiteral("not PlantUML: [%1]").arg(line)));
    QCOMPARE(plantLines.count(QStringLiteral("@enduml")), 1);
    QCOMPARE(plantLines.filter(QRegularExpression(QStringLiteral("^participant "))).size(), 2);
}

QTEST_MAIN(TestAttackTimeline)
#include "tst_attack_timeline.moc"
