#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "lab/lab.h"
#include "lessons/lessonfailuretext.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonplayer.h"
#include "network/virtualnetwork.h"
#include "session/session.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "window/mainwindow.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace SocketScope;

namespace {

void addEveryLesson()
{
    QTest::addColumn<QString>("id");
    LessonLibrary library;
    library.load(LessonLibrary::builtInFolder());
    QVERIFY(library.problems().isEmpty());
    QVERIFY(library.lessons().size() >= 13);
    for (const Lesson &lesson : library.lessons())
        QTest::newRow(qPrintable(lesson.id)) << lesson.id;
}

} // namespace

// The session owns every engine part and outlives the window; the window only lays out views
// around it. Whatever a part says while the session goes down (a lesson taking its router rule
// away) must find nothing half destroyed: every lesson is played to its end and then the window
// is closed, in this process and as the whole app.
class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void replaySessionHasNoLiveParts()
    {
        Session session(Session::Kind::Replay);
        QVERIFY(session.journal());
        QVERIFY(!session.lab());
        QVERIFY(!session.kernel());
        QVERIFY(!session.network());
        QCOMPARE(session.startForwarder({}).kind, LabError::WrongState);
        // A recording is a lesson's stage: a player without a lab, and only the lessons whose
        // steps only show.
        QVERIFY(session.lessonPlayer());
        QVERIFY(!session.lessonPlayer()->lab());
        QVERIFY(session.lessons()->find(QStringLiteral("look-back-handshake")));
        QVERIFY(!session.lessons()->find(QStringLiteral("three-way-handshake")));
        for (const Lesson &lesson : session.lessons()->lessons())
            QCOMPARE(lesson.firstLiveStep(), -1);
    }

    // The window plays a lesson over a recording: each step puts every view at its moment.
    void lessonOverARecordingMovesThePlayhead()
    {
        Session session(Session::Kind::Replay);
        const Lesson *lesson = session.lessons()->find(QStringLiteral("look-back-handshake"));
        QVERIFY(lesson);
        RecordingReader reader;
        QVERIFY2(reader.read(lesson->recordingPath(), *session.journal()), qPrintable(reader.fatalError()));
        QVERIFY(reader.problemSummary().isEmpty());
        MainWindow window(&session, nullptr);
        window.setReplaySource(lesson->recordingPath(), {}, 0);
        window.show();
        auto *timeline = window.findChild<TimelinePanel *>();
        QVERIFY(timeline);
        LessonPlayer *player = session.lessonPlayer();
        QSignalSpy failed(player, &LessonPlayer::failed);
        QVERIFY(failed.isValid());
        QVERIFY(window.openLesson(lesson->id, false));
        double before = -1;
        for (int i = 0; i + 1 < lesson->steps.size(); ++i) {
            player->next();
            QTRY_COMPARE(player->stepIndex(), i);
            QTRY_VERIFY(!player->isBusy());
            // Each step a later moment of the recording, never the present.
            QTRY_VERIFY2(!timeline->playback()->isLive() && timeline->playback()->position() > before,
                qPrintable(QStringLiteral("step %1").arg(i + 1)));
            before = timeline->playback()->position();
        }
        player->next();
        QTRY_COMPARE(player->status(), LessonPlayer::Status::Finished);
        QTRY_VERIFY(timeline->playback()->isLive());
        QVERIFY(failed.isEmpty());
    }

    // The whole app, headless: a lesson over its own recording, over a recording named with
    // --replay, from a lesson file; English and Korean.
    void lessonOverARecordingRunsHeadless_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString id = QStringLiteral("look-back-handshake");
        const QString recording = QStringLiteral(SOCKETSCOPE_LESSONS_DIR "/13-look-back-handshake.jsonl");
        const QString file = QStringLiteral(SOCKETSCOPE_LESSONS_DIR "/13-look-back-handshake.json");
        for (const char *language : {"en", "ko"}) {
            const QStringList lang {QStringLiteral("--lang"), QString::fromLatin1(language)};
            QTest::addRow("own recording %s", language)
                << lang + QStringList {QStringLiteral("--lesson"), id};
            QTest::addRow("--replay %s", language)
                << lang + QStringList {QStringLiteral("--replay"), recording, QStringLiteral("--lesson"), id};
            QTest::addRow("lesson file %s", language)
                << lang + QStringList {QStringLiteral("--lesson"), file};
            QTest::addRow("--replay and lesson file %s", language) << lang
                    + QStringList {QStringLiteral("--replay"), recording, QStringLiteral("--lesson"), file};
        }
    }

    void lessonOverARecordingRunsHeadless()
    {
        QFETCH(QStringList, arguments);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("SOCKETSCOPE_LESSON_PACE"), QStringLiteral("0.02"));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(SOCKETSCOPE_BINARY),
            arguments + QStringList {QStringLiteral("--autoplay"), QStringLiteral("--quit-when-done")});
        QVERIFY(app.waitForStarted());
        if (!app.waitForFinished(60000)) {
            app.kill();
            app.waitForFinished();
            QFAIL("the lesson did not end within a minute");
        }
        const QString said = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("socketscope:")), qPrintable(said));
    }

    // What cannot be played says so in one sentence, with the exit status of its kind: 1 for
    // a file that cannot be used, 2 for a command line that asks the impossible.
    void lessonOverARecordingRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        const QString recording = QStringLiteral(SOCKETSCOPE_LESSONS_DIR "/13-look-back-handshake.jsonl");
        const QString lesson = QStringLiteral("look-back-handshake");
        QTest::newRow("missing lesson file")
            << QStringList {QStringLiteral("--lesson"), QStringLiteral("/nonexistent/lesson.json")} << 1
            << QStringLiteral("the lesson file /nonexistent/lesson.json does not exist");
        QTest::newRow("damaged lesson file") << QStringList {QStringLiteral("--lesson"),
            QStringLiteral("@DAMAGED@")} << 1 << QStringLiteral("cannot be used: not valid JSON");
        QTest::newRow("folder as lesson file")
            << QStringList {QStringLiteral("--lesson"), QStringLiteral(SOCKETSCOPE_LESSONS_DIR)} << 1
            << QStringLiteral("is not a file");
        QTest::newRow("live lesson over a replay")
            << QStringList {QStringLiteral("--replay"), recording, QStringLiteral("--lesson"),
                   QStringLiteral("three-way-handshake")}
            << 2 << QStringLiteral("step 1 (\"listen\") needs live sockets");
        QTest::newRow("unknown lesson over a replay") << QStringList {QStringLiteral("--replay"), recording,
            QStringLiteral("--lesson"), QStringLiteral("nope")}
                                                      << 2 << QStringLiteral("there is no lesson \"nope\"");
        QTest::newRow("missing recording") << QStringList {QStringLiteral("--replay"),
            QStringLiteral("/nonexistent/r.jsonl"), QStringLiteral("--lesson"), lesson}
                                           << 1 << QStringLiteral("cannot replay /nonexistent/r.jsonl");
    }

    void lessonOverARecordingRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString damaged = dir.filePath(QStringLiteral("damaged.json"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"format\": \"socketscope-lesson\", ");
        file.close();
        arguments.replaceInStrings(QStringLiteral("@DAMAGED@"), damaged);
        said.replace(QStringLiteral("@DAMAGED@"), damaged);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(SOCKETSCOPE_BINARY),
            QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments
                + QStringList {QStringLiteral("--autoplay"), QStringLiteral("--quit-when-done")});
        QVERIFY(app.waitForFinished(30000));
        const QString text = QString::fromUtf8(app.readAllStandardError());
        QCOMPARE(app.exitCode(), status);
        QVERIFY2(text.contains(said), qPrintable(text));
    }

    void liveSessionWiresItsParts()
    {
        Session session(Session::Kind::Live);
        QVERIFY(session.lab() && session.kernel() && session.capture() && session.network());
        QVERIFY(session.lessonPlayer()->hasAction(QStringLiteral("router_forward")));
        QVERIFY(session.lessons()->find(QStringLiteral("home-router")));
        const Lab::Opened listener = session.lab()->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        QVERIFY(session.lab()->info(listener.id)->isOpen());
        // Shutting down closes every socket while the journal still writes it down.
        const qsizetype before = session.journal()->count();
        session.shutDown();
        QVERIFY(!session.lab()->info(listener.id) || !session.lab()->info(listener.id)->isOpen());
        QVERIFY(session.journal()->count() > before);
    }

    void lessonThenWindowClosed_data() { addEveryLesson(); }

    void lessonThenWindowClosed()
    {
        QFETCH(QString, id);
        // A lesson told over a recording plays in a replay session, as the app opens it.
        const QString recording = [&id] {
            LessonLibrary library;
            library.load(LessonLibrary::builtInFolder());
            return library.find(id)->recordingPath();
        }();
        auto session
            = std::make_unique<Session>(recording.isEmpty() ? Session::Kind::Live : Session::Kind::Replay);
        if (!recording.isEmpty()) {
            RecordingReader reader;
            QVERIFY2(reader.read(recording, *session->journal()), qPrintable(reader.fatalError()));
        }
        auto window = std::make_unique<MainWindow>(session.get(), nullptr);
        window->show();
        LessonPlayer *player = session->lessonPlayer();
        player->setPaceScale(0);
        QSignalSpy finished(player, &LessonPlayer::finished);
        QSignalSpy failed(player, &LessonPlayer::failed);
        QVERIFY(finished.isValid() && failed.isValid());
        QVERIFY(window->openLesson(id, true));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(),
            qPrintable(failed.isEmpty()
                    ? QString()
                    : LessonFailureText::sentence(failed.constFirst().constFirst().value<LessonFailure>())));
        // As a user closes it: the window goes first, then the session with the lesson still loaded.
        QVERIFY(window->close());
        window.reset();
        session.reset();
    }

    // Without a display the app says so and names what works; a lesson run to its end needs none.
    void withoutADisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("SOCKETSCOPE_LESSON_PACE"), QStringLiteral("0"));
        QProcess window;
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(SOCKETSCOPE_BINARY), {QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(window.waitForFinished(30000));
        const QString said = QString::fromUtf8(window.readAllStandardError());
        QCOMPARE(window.exitCode(), 1);
        QVERIFY2(
            said.contains(QStringLiteral("no display")) && said.contains(QStringLiteral("--quit-when-done")),
            qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("einstall")), qPrintable(said));

        QProcess lesson;
        lesson.setProcessEnvironment(environment);
        lesson.start(QStringLiteral(SOCKETSCOPE_BINARY),
            {QStringLiteral("--lesson"), QStringLiteral("ports-and-ranges"), QStringLiteral("--autoplay"),
                QStringLiteral("--quit-when-done")});
        QVERIFY(lesson.waitForFinished(60000));
        QCOMPARE(lesson.exitCode(), 0);
    }

    // Every lesson in English; the lessons on the kernel's own TCP (issue 21) in Korean too,
    // since their step messages carry the kernel's numbers in sentences of each language.
    void wholeAppRunsEveryLessonToItsEnd_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        LessonLibrary library;
        library.load(LessonLibrary::builtInFolder());
        QVERIFY(library.problems().isEmpty());
        for (const Lesson &lesson : library.lessons())
            QTest::newRow(qPrintable(lesson.id)) << lesson.id << QStringLiteral("en");
        for (const char *id :
            {"close-versus-abort", "lost-packets", "slow-reader", "nagle-small-writes", "slow-start"}) {
            QVERIFY(library.find(QLatin1StringView(id)));
            QTest::addRow("%s, ko", id) << QString::fromLatin1(id) << QStringLiteral("ko");
        }
    }

    void wholeAppRunsEveryLessonToItsEnd()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("SOCKETSCOPE_LESSON_PACE"), QStringLiteral("0.05"));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(SOCKETSCOPE_BINARY),
            {QStringLiteral("--lang"), language, QStringLiteral("--lesson"), id, QStringLiteral("--autoplay"),
                QStringLiteral("--quit-when-done")});
        QVERIFY(app.waitForStarted());
        if (!app.waitForFinished(120000)) {
            app.kill();
            app.waitForFinished();
            QFAIL("the lesson did not end within two minutes");
        }
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
