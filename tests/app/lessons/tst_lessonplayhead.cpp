#include "journal/recordingreader.h"
#include "lessons/lesson.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonplayer.h"
#include "lessons/lessonplayhead.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include "labquery.h"
#include "livelabtest.h"

using namespace SocketScope;

namespace {

// A lesson of two steps; the second carries `playhead` (JSON text).
QByteArray lessonWith(const QByteArray &playhead)
{
    return QByteArrayLiteral(R"({"format": "socketscope-lesson", "version": 1, "id": "look-back",
        "title": {"en": "Look back", "ko": "Look back"}, "summary": {"en": "s", "ko": "s"},
        "steps": [
          {"narration": {"en": "A server.", "ko": "A server."}, "action": "listen", "name": "server",
           "args": {"port": 0}},
          {"narration": {"en": "Back to it.", "ko": "Back to it."}, "playhead": )")
        + playhead + QByteArrayLiteral("}]}");
}

} // namespace

// A lesson step can put the timeline's playhead on a moment a lesson author names ("first
// SYN", "last FIN of client", a step number, start or live): read and checked when the lesson
// loads, and found on the timeline of a real loopback session or of a recording.
class TestLessonPlayhead : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(false); }
    void cleanup() { stopLab(); }

    void reads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("nth");
        QTest::addColumn<QString>("socket");
        using K = LessonPlayhead::Kind;
        QTest::newRow("start") << QByteArray("\"start\"") << int(K::Start) << 1 << QString();
        QTest::newRow("live") << QByteArray("\"live\"") << int(K::Live) << 1 << QString();
        QTest::newRow("step") << QByteArray("12") << int(K::Step) << 1 << QString();
        QTest::newRow("flags") << QByteArray("\"first SYN\"") << int(K::Segment) << 1 << QString();
        QTest::newRow("no ordinal") << QByteArray("\"SYN+ACK\"") << int(K::Segment) << 1 << QString();
        QTest::newRow("last of") << QByteArray("\"last FIN of server\"") << int(K::Segment) << -1
                                 << QStringLiteral("server");
        QTest::newRow("state") << QByteArray("\"second SYN_RECV\"") << int(K::State) << 2 << QString();
        QTest::newRow("event") << QByteArray("\"third accepted of #1\"") << int(K::Event) << 3
                               << QStringLiteral("#1");
    }

    void reads()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(int, nth);
        QFETCH(QString, socket);
        QString error;
        const std::optional<Lesson> lesson = Lesson::fromJson(lessonWith(json), {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        const std::optional<LessonPlayhead> &playhead = lesson->steps.at(1).playhead;
        QVERIFY(playhead);
        QCOMPARE(int(playhead->kind), kind);
        QCOMPARE(playhead->nth, nth);
        QCOMPARE(playhead->socket, socket);
        QVERIFY(!lesson->steps.at(0).playhead);
    }

    // Each mistake is named with the file, the step and the field.
    void refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown thing")
            << QByteArray("\"first SIN\"") << QStringLiteral("\"SIN\" is not TCP flags");
        QTest::newRow("bad ordinal") << QByteArray("\"fourth SYN\"") << QStringLiteral("is not \"start\"");
        QTest::newRow("negative") << QByteArray("-3") << QStringLiteral("whole number");
        QTest::newRow("fraction") << QByteArray("2.5") << QStringLiteral("whole number");
        QTest::newRow("object") << QByteArray("{\"at\": 1}") << QStringLiteral("write \"start\"");
        QTest::newRow("unknown socket")
            << QByteArray("\"first SYN of client\"") << QStringLiteral("refers to the socket \"client\"");
    }

    void refuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("look-back.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lessonWith(json));
        file.close();
        LessonLibrary library;
        QVERIFY(!library.loadFile(path, {}));
        const QStringList problems = library.problemLines();
        QCOMPARE(problems.size(), 1);
        const QString line = problems.constFirst();
        QVERIFY2(line.startsWith(QStringLiteral("look-back.json: step 2: \"playhead\"")), qPrintable(line));
        QVERIFY2(line.contains(says), qPrintable(line));
    }

    // On the timeline of a real loopback session: each moment is found where it was drawn.
    void findsOnALiveTimeline()
    {
        const Lab::Opened server = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!server.error);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(server.id)->localPort);
        QVERIFY(!client.error);
        QTRY_COMPARE(acceptedBy(*m_lab, server.id).size(), 1);
        const auto connectedEvent = [&] {
            for (qsizetype i = 0; i < m_journal->count(); ++i) {
                if (m_journal->at(i).socket == client.id && m_journal->at(i).kind == EventKind::Connected)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(connectedEvent());
        QVERIFY(!m_lab->close(client.id));
        TimelineLayout layout(m_journal.get());
        QTRY_VERIFY((layout.update(),
            std::any_of(layout.items().begin(), layout.items().end(), [](const TimelineItem &i) {
                return i.kind == TimelineItem::Segment && (i.code & FlagFin);
            })));

        const auto at = [&](const char *text, const QList<qint32> &sockets = {}) {
            QString error;
            const auto playhead = LessonPlayhead::fromJson(QString::fromLatin1(text), &error);
            return playhead ? playhead->position(layout, sockets) : std::nullopt;
        };
        const auto itemBefore = [&](std::optional<qsizetype> position) -> const TimelineItem & {
            return layout.items().at(size_t(*position - 1));
        };
        QCOMPARE(at("start").value_or(-1), qsizetype(0));
        QVERIFY(!at("live"));
        const auto syn = at("first SYN");
        QVERIFY(syn);
        QCOMPARE(itemBefore(syn).kind, TimelineItem::Segment);
        QCOMPARE(itemBefore(syn).code & (FlagSyn | FlagAck), FlagSyn);
        const auto synAck = at("first SYN+ACK");
        QVERIFY(synAck && *synAck > *syn);
        QCOMPARE(itemBefore(synAck).code & (FlagSyn | FlagAck), FlagSyn | FlagAck);
        // The client's FIN, with or without ACK as the kernel or the inference drew it.
        auto fin = at("first FIN+ACK of client", {client.id});
        if (!fin)
            fin = at("first FIN of client", {client.id});
        QVERIFY(fin && *fin > *synAck);
        const auto connected = at("first connected of client", {client.id});
        QVERIFY(connected);
        QCOMPARE(layout.lane(itemBefore(connected).lane).socket, client.id);
        QVERIFY(!at("first connected of listener", {server.id}));
        QVERIFY(!at("third SYN"));
        QVERIFY(!at("2")); // a string, not a number: refused when read
        QString error;
        QCOMPARE(LessonPlayhead::fromJson(2, &error)->position(layout, {}).value_or(-1), qsizetype(2));
        QVERIFY(!LessonPlayhead::fromJson(double(layout.itemCount() + 1), &error)->position(layout, {}));
    }

    // A recording explored as a lesson: steps that only show need no live sockets, and each
    // finds its moment on the recording's timeline.
    void recordingAsLesson()
    {
        stopLab();
        Journal journal;
        RecordingReader reader;
        QVERIFY2(
            reader.read(QStringLiteral(SOCKETSCOPE_RECORDING), journal), qPrintable(reader.fatalError()));
        TimelineLayout layout(&journal);
        layout.update();
        QString error;
        const std::optional<Lesson> lesson
            = Lesson::fromJson(QByteArrayLiteral(R"({"format": "socketscope-lesson",
            "version": 1, "id": "recorded", "title": {"en": "t", "ko": "t"}, "summary": {"en": "s", "ko": "s"},
            "steps": [
              {"narration": {"en": "The client asks.", "ko": "The client asks."}, "playhead": "first SYN"},
              {"narration": {"en": "The server answers.", "ko": "The server answers."}, "playhead": "first SYN+ACK"},
              {"narration": {"en": "All of it.", "ko": "All of it."}, "playhead": "live"}]})"),
                {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        LessonPlayer player(nullptr);
        player.setPaceScale(0);
        player.load(*lesson);
        qsizetype previous = 0;
        for (int step = 0; step < 2; ++step) {
            player.next();
            QTRY_VERIFY(!player.isBusy());
            QVERIFY2(player.status() != LessonPlayer::Status::Failed, qPrintable(player.message()));
            const auto position = player.lesson().steps.at(step).playhead->position(layout, {});
            QVERIFY(position && *position > previous);
            previous = *position;
        }
        player.next();
        QTRY_COMPARE(player.status(), LessonPlayer::Status::Finished);
    }
};

QTEST_MAIN(TestLessonPlayhead)
#include "tst_lessonplayhead.moc"
