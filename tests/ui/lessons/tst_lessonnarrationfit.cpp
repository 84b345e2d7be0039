#include "lessons/lessonlibrary.h"
#include "lessons/lessonpanel.h"
#include "session/session.h"
#include "window/mainwindow.h"

#include "projectorscreen.h"

#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollArea>

using namespace SocketScope;

namespace {
const QSize kScreen(1024, 768);
// A window manager's title bar and borders around a window that is not full screen.
const QSize kFrame(16, 48);
} // namespace

// Every step's narration of every lesson reads whole, without scrolling, in the lesson panel of
// a window on a 1024x768 projector: normal and presentation mode, English and Korean. The
// step's message stays in view below it.
class TestLessonNarrationFit : public QObject
{
    Q_OBJECT

private slots:
    void narrationFits_data()
    {
        QTest::addColumn<bool>("presenting");
        QTest::addColumn<QString>("language");
        for (const bool presenting : {false, true}) {
            for (const char *language : {"en", "ko"})
                QTest::addRow("%s %s", presenting ? "presentation" : "normal", language)
                    << presenting << QString::fromLatin1(language);
        }
    }

    void narrationFits()
    {
        QFETCH(bool, presenting);
        QFETCH(QString, language);
        Session session(Session::Kind::Live);
        MainWindow window(&session, nullptr);
        window.resize(kScreen - kFrame);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLesson(QStringLiteral("three-way-handshake"), false));
        if (presenting)
            window.setPresentationMode(true);
        auto *panel = window.findChild<LessonPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();

        LessonLibrary library;
        QVERIFY(library.load(LessonLibrary::builtInFolder()));
        QCOMPARE(library.lessons().size(), 18);
        QStringList tooLong;
        qreal smallest = 1000;
        for (const Lesson &lesson : library.lessons()) {
            for (int i = 0; i < lesson.steps.size(); ++i) {
                panel->showNarration(lesson.steps.at(i).narration.in(language));
                if (!panel->narrationFits())
                    tooLong << QStringLiteral("%1 step %2").arg(lesson.id).arg(i + 1);
                else if (panel->narrationPointSize() < smallest)
                    smallest = panel->narrationPointSize();
            }
        }
        QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QStringLiteral(", "))));
        qInfo("smallest narration type: %.1f pt", smallest);

        // The message is not inside the part that scrolls.
        auto *message = window.findChild<QLabel *>(QStringLiteral("lessonMessage"));
        auto *narration = window.findChild<QLabel *>(QStringLiteral("lessonNarration"));
        QVERIFY(message && narration);
        QScrollArea *scroll = nullptr;
        for (QWidget *up = narration->parentWidget(); up && !scroll; up = up->parentWidget())
            scroll = qobject_cast<QScrollArea *>(up);
        QVERIFY(scroll);
        QVERIFY(!scroll->isAncestorOf(message));
    }
};

int main(int argc, char *argv[])
{
    return SocketScope::execOnScreen<TestLessonNarrationFit>(kScreen, argc, argv);
}

#include "tst_lessonnarrationfit.moc"
