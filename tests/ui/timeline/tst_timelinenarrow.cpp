#include "lessons/lessonplayer.h"
#include "session/session.h"
#include "timeline/tcpstatediagram.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"

#include "projectorscreen.h"

#include <QtGui/QScreen>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>

using namespace SocketScope;

namespace {
const QSize kScreen(1024, 768);
}

// Presenting on a 1024x768 projector the state machine beside the timeline left the plot about
// a third of the screen, so following showed only the newest steps. It folds away behind a
// switch there: the plot keeps more than half the width, and the switch brings the drawing.
class TestTimelineNarrow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), kScreen); }

    void plotKeepsTheWidth_data()
    {
        QTest::addColumn<QString>("lesson"); // empty: none
        QTest::newRow("live session") << QString();
        QTest::newRow("lesson: Nagle and small writes") << QStringLiteral("nagle-small-writes");
    }

    void plotKeepsTheWidth()
    {
        QFETCH(QString, lesson);
        Session session(Session::Kind::Live);
        MainWindow window(&session, nullptr);
        window.resize(kScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!lesson.isEmpty()) {
            window.lessonPlayer()->setPaceScale(0);
            QVERIFY(window.openLesson(lesson, false));
        }
        window.setPresentationMode(true);
        TimelinePanel *panel = window.timeline();
        window.centralTabs()->setCurrentWidget(panel);
        QTRY_VERIFY(panel->isVisible());
        auto *diagram = panel->findChild<TcpStateDiagram *>();
        auto *button = panel->findChild<QToolButton *>(QStringLiteral("showStateMachine"));
        QVERIFY(diagram && button);
        const TimelineView *view = panel->view();
        const auto plotWidth = [&] { return view->painter().plotRect().width(); };
        const double least = 0.55 * kScreen.width();
        QTRY_VERIFY2(plotWidth() >= least,
            qPrintable(
                QStringLiteral("the plot is %1 px of a %2 px screen").arg(plotWidth()).arg(kScreen.width())));
        QVERIFY(!diagram->isVisible());
        QVERIFY(button->isVisible());
        QVERIFY(QRect(QPoint(0, 0), view->size()).contains(button->geometry()));

        // The switch brings the drawing beside the timeline, and folds it away again.
        button->click();
        QTRY_VERIFY(diagram->isVisible());
        QTRY_VERIFY(diagram->width() >= diagram->widthForDrawing(diagram->height()));
        QVERIFY(button->isVisible());
        QTRY_VERIFY(QRect(QPoint(0, 0), view->size()).contains(button->geometry()));
        button->click();
        QTRY_VERIFY(!diagram->isVisible());
        QTRY_VERIFY(plotWidth() >= least);

        // Out of presentation mode the drawing stands beside the timeline as before.
        window.setPresentationMode(false);
        QTRY_VERIFY(!button->isVisible());
    }
};

int main(int argc, char *argv[])
{
    return SocketScope::execOnScreen<TestTimelineNarrow>(kScreen, argc, argv);
}

#include "tst_timelinenarrow.moc"
