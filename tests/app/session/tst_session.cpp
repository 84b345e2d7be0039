#include "journal/journal.h"
#include "lab/lab.h"
#include "lessons/lessonfailuretext.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonplayer.h"
#include "network/virtualnetwork.h"
#include "session/session.h"
#include "window/mainwindow.h"

#include <QtCore/QProcess>
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
    QVERIFY(library.lessons().size() >= 12);
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
    void replaySessionHasOnlyAJournal()
    {
        Session session(Session::Kind::Replay);
        QVERIFY(session.journal());
        QVERIFY(!session.lab());
        QVERIFY(!session.kernel());
        QVERIFY(!session.lessonPlayer());
        QVERIFY(!session.network());
        QCOMPARE(session.startForwarder({}).kind, LabError::WrongState);
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
        auto session = std::make_unique<Session>(Session::Kind::Live);
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

    void wholeAppRunsEveryLessonToItsEnd_data() { addEveryLesson(); }

    void wholeAppRunsEveryLessonToItsEnd()
    {
        QFETCH(QString, id);
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("SOCKETSCOPE_LESSON_PACE"), QStringLiteral("0.05"));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(SOCKETSCOPE_BINARY),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--lesson"), id,
                QStringLiteral("--autoplay"), QStringLiteral("--quit-when-done")});
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
