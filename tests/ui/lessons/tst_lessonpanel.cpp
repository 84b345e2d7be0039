#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonplayer.h"
#include "livelabtest.h"

#include <QtCore/QDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>

#include <memory>

using namespace SocketScope;

namespace {

QPushButton *button(QWidget &panel, const QString &text)
{
    for (QPushButton *candidate : panel.findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

} // namespace

// The lesson panel over a real player and lab, and the compiled-in lesson files.
class TestLessonPanel : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_player = std::make_unique<LessonPlayer>(m_lab.get());
        m_player->setPaceScale(0);
    }

    void cleanup()
    {
        m_player.reset();
        stopLab();
    }

    void builtInLessonsAreCompiledIn()
    {
        LessonLibrary compiled;
        QVERIFY(compiled.load(LessonLibrary::builtInFolder()));
        QVERIFY2(compiled.problems().isEmpty(), qPrintable(compiled.problemLines().join(QLatin1Char('\n'))));
        const QStringList sources
            = QDir(QStringLiteral(SOCKETSCOPE_LESSONS_DIR)).entryList({QStringLiteral("*.json")});
        QCOMPARE(compiled.lessons().size(), sources.size());
    }

    void stepsThroughALesson()
    {
        LessonLibrary library;
        QVERIFY(library.load(LessonLibrary::builtInFolder()));
        LessonPanel panel(m_player.get());
        panel.setLessons(library.lessons());
        panel.resize(1024, 400);
        panel.show();
        auto *list = panel.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), library.lessons().size());

        const Lesson *lesson = library.find(QStringLiteral("call-sequence"));
        QVERIFY(lesson);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == lesson->id)
                emit list->itemActivated(list->item(i));
        }
        QCOMPARE(m_player->lesson().id, lesson->id);
        QCOMPARE(panel.narrationText(), lesson->summary.en);
        QVERIFY(panel.stepText().startsWith(QLatin1StringView("Introduction")));

        QPushButton *next = button(panel, QStringLiteral("Next"));
        QPushButton *back = button(panel, QStringLiteral("Back"));
        QVERIFY(next && back);
        QVERIFY(!back->isEnabled());
        next->click();
        QTRY_VERIFY(next->isEnabled());
        QCOMPARE(panel.narrationText(), lesson->steps.at(0).narration.en);
        QCOMPARE(panel.stepText(), QStringLiteral("Step 1 of %1").arg(lesson->steps.size()));
        QVERIFY(panel.messageText().contains(QLatin1StringView("listens on 127.0.0.1:")));
        QVERIFY(back->isEnabled());

        m_player->setLanguage(QStringLiteral("ko"));
        QCOMPARE(panel.narrationText(), lesson->steps.at(0).narration.ko);
    }

    void failureReadsAsAProblem()
    {
        QString error;
        const auto lesson = Lesson::fromJson(R"({
            "format": "socketscope-lesson", "version": 1, "id": "bad-address",
            "title": {"en": "B", "ko": "비"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [{"name": "server", "narration": {"en": "one", "ko": "하나"}, "action": "listen",
                       "args": {"address": "192.0.2.77", "port": 0}}]})",
            {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        LessonPanel panel(m_player.get());
        panel.setLessons({*lesson});
        QSignalSpy failed(m_player.get(), &LessonPlayer::failed);
        QVERIFY(failed.isValid());
        m_player->load(*lesson);
        m_player->next();
        QVERIFY(failed.wait());
        QVERIFY2(panel.messageText().startsWith(QLatin1StringView("Problem: Step 1 could not be done")),
            qPrintable(panel.messageText()));
        QVERIFY(panel.messageText().contains(QLatin1StringView("not one of this machine's")));
    }

    // A failed step's long message in a small dock, under a long narration: it wraps and shows
    // whole, or scrolls; it is never cut.
    void longProblemReadsWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("side dock 1024x768, ko") << QSize(300, 420) << QStringLiteral("ko");
        QTest::newRow("side dock 1024x768, en") << QSize(300, 420) << QStringLiteral("en");
        QTest::newRow("very short dock") << QSize(300, 260) << QStringLiteral("ko");
        QTest::newRow("below the views") << QSize(1000, 300) << QStringLiteral("ko");
    }

    void longProblemReadsWhole()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QString error;
        const auto lesson = Lesson::fromJson(R"({
            "format": "socketscope-lesson", "version": 1, "id": "bad-address",
            "title": {"en": "B", "ko": "비"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [{"name": "server", "narration": {
                "en": "The server listens on 192.0.2.77, an address this machine does not have. The OS refuses bind(), and the lesson says what went wrong and how to mend it.",
                "ko": "서버가 192.0.2.77에서 듣습니다. 이 컴퓨터에는 없는 주소입니다. 운영체제는 bind()를 거절하고, 수업은 무엇이 잘못되었는지, 어떻게 고치는지 알려 줍니다."},
                "action": "listen", "args": {"address": "192.0.2.77", "port": 0}}]})",
            {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        m_player->setLanguage(language);
        LessonPanel panel(m_player.get());
        panel.setLessons({*lesson});
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy failed(m_player.get(), &LessonPlayer::failed);
        QVERIFY(failed.isValid());
        m_player->load(*lesson);
        m_player->next();
        QVERIFY(failed.wait());
        auto *message = panel.findChild<QLabel *>(QStringLiteral("lessonMessage"));
        auto *scroll = panel.findChild<QScrollArea *>(QStringLiteral("lessonMessageScroll"));
        QVERIFY(message && scroll);
        QTRY_VERIFY(message->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // The label has all the height its wrapped text needs...
        QTRY_VERIFY2(message->height() >= message->heightForWidth(message->width()),
            qPrintable(QStringLiteral("%1 < %2")
                           .arg(message->height())
                           .arg(message->heightForWidth(message->width()))));
        // ...and either all of it is in view, or the rest is a scroll away.
        const bool whole = scroll->viewport()->height() >= message->height();
        QVERIFY2(whole || scroll->verticalScrollBar()->isVisible(),
            qPrintable(QStringLiteral("viewport %1, message %2")
                           .arg(scroll->viewport()->height())
                           .arg(message->height())));
        QVERIFY(scroll->geometry().bottom() < panel.height());
    }

    // A try_bind step's outcome reads as the Ports tab says it: worded once, in ui/.
    void bindOutcomeReadsAsInThePortsTab()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        QString error;
        const auto lesson = Lesson::fromJson(QStringLiteral(R"({
            "format": "socketscope-lesson", "version": 1, "id": "taken",
            "title": {"en": "T", "ko": "티"}, "summary": {"en": "s", "ko": "요약"},
            "steps": [{"narration": {"en": "one", "ko": "하나"}, "action": "try_bind",
                       "args": {"address": "127.0.0.1", "port": %1, "expect": "free"}}]})")
                                                 .arg(holder.serverPort())
                                                 .toUtf8(),
            {}, &error);
        QVERIFY2(lesson, qPrintable(error));
        LessonPanel panel(m_player.get());
        panel.setLessons({*lesson});
        QSignalSpy finished(m_player.get(), &LessonPlayer::finished);
        QVERIFY(finished.isValid());
        m_player->load(*lesson);
        m_player->next();
        QVERIFY(finished.wait());
        const QString text = panel.messageText();
        // Plain text, as the message label shows it.
        QVERIFY2(
            text.startsWith(QLatin1StringView("In use. Another socket already holds")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(holder.serverPort())), qPrintable(text));
        // The step's own words follow: the answer differed from what the lesson expected.
        QVERIFY2(text.contains(QLatin1StringView("answered differently")), qPrintable(text));
    }

    void presentationScaleEnlargesTheNarration()
    {
        LessonPanel panel(m_player.get());
        auto *narration = panel.findChild<QLabel *>(QStringLiteral("lessonNarration"));
        QVERIFY(narration);
        const qreal normal = narration->font().pointSizeF();
        panel.setPresentationScale(2.0);
        QCOMPARE(narration->font().pointSizeF(), normal * 2);
    }

    void brokenFilesAreListed()
    {
        LessonPanel panel(m_player.get());
        panel.setProblems({QStringLiteral("x.json: not valid JSON")});
        bool shown = false;
        for (QLabel *label : panel.findChildren<QLabel *>())
            shown = shown || label->text().contains(QLatin1StringView("x.json: not valid JSON"));
        QVERIFY(shown);
    }

private:
    std::unique_ptr<LessonPlayer> m_player;
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
