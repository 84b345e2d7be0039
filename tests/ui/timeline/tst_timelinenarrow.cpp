#include "journal/recordingreader.h"
#include "lab/lab.h"
#include "lessons/lessonplayer.h"
#include "session/session.h"
#include "timeline/tcpstatediagram.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelineview.h"
#include "window/languageswitcher.h"
#include "window/mainwindow.h"

#include "projectorscreen.h"
#include "windowinlanguage.h"

#include <QtGui/QScreen>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>

using namespace SocketScope;

namespace {
const QSize kScreen(1024, 768);

// What keeps a lane from standing whole in the plot (empty: every lane does): the plot's
// lanes scroll, one is outside it, or one is squeezed below what holds its head's two lines.
QString lanesOutsideThePlot(const TimelinePainter &painter, size_t lanes)
{
    const QRectF plot = painter.plotRect();
    const QString sizes = QStringLiteral("plot %1 px high, %2 lines of %3 px (least %4 + %5)")
                              .arg(plot.height())
                              .arg(painter.rows().lineCount())
                              .arg(painter.laneHeight())
                              .arg(painter.minimumLaneHeight())
                              .arg(painter.minimumLaneRoom());
    if (painter.overflowY() >= 0.5)
        return QStringLiteral("the lanes scroll: ") + sizes;
    for (size_t lane = 0; lane < lanes; ++lane) {
        const double y = painter.laneY(LaneId(lane));
        if (y - painter.laneHeight() / 2 < plot.top() - 0.5
            || y + painter.laneHeight() / 2 > plot.bottom() + 0.5)
            return QStringLiteral("lane %1 at y %2: ").arg(lane).arg(y) + sizes;
    }
    if (painter.laneHeight() < painter.minimumLaneHeight())
        return QStringLiteral("squeezed too far: ") + sizes;
    return {};
}
} // namespace

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
        // The switch sits on the ruler's right end: no step number is drawn under it or cut by
        // the plot's edge (a cut "step 3" reads as step 3).
        const std::vector<TimelinePainter::RulerLabel> labels = view->painter().rulerLabels();
        int shown = 0;
        for (const TimelinePainter::RulerLabel &label : labels) {
            const bool clear = label.rect.right() <= button->geometry().left()
                && label.rect.right() <= view->painter().plotRect().right();
            QVERIFY2(!label.shown || clear,
                qPrintable(QStringLiteral("%1 ends at x %2; the switch starts at %3")
                               .arg(label.text)
                               .arg(label.rect.right())
                               .arg(button->geometry().left())));
            shown += label.shown ? 1 : 0;
        }
        QVERIFY(shown > 0);

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

    // A projector out of presentation mode, the docks as the window opens with them: a server
    // and two clients, the welcome page's first experiment. The plot was a third of the screen
    // high and held three of the five lanes; the clients' lanes were above its top edge and
    // their arrows came in from nowhere. Every lane is in the plot now, none scrolled away.
    void everyLaneOnAProjector_data() { addLanguageRows(); }

    void everyLaneOnAProjector()
    {
        QFETCH(QString, language);
        WindowInLanguage built;
        QVERIFY(built.open(language));
        Session &session = built.session;
        MainWindow &window = *built.window;
        window.resize(kScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelinePanel *panel = window.timeline();
        window.centralTabs()->setCurrentWidget(panel);
        QTRY_VERIFY(panel->isVisible());

        const Lab::Opened server = session.lab()->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!server.error);
        const quint16 port = session.lab()->info(server.id)->localPort;
        for (int c = 0; c < 2; ++c)
            QVERIFY(!session.lab()->connectTcp(QHostAddress::LocalHost, port).error);
        const TimelinePainter &painter = panel->view()->painter();
        QTRY_COMPARE(panel->layout().lanes().size(), size_t(5));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->playback()->isMoving(), 30000);
        QTest::qWait(200);

        const QString outside = lanesOutsideThePlot(painter, panel->layout().lanes().size());
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
    }

    // A recording of the lab: a client at home, one on the internet through the router's port
    // forward, the server's two accepted sockets: six lanes in three computers' bands, replayed
    // presenting on a projector with the kernel's strips on. Squeezed, the strips give up their
    // own room (they go under the markers' labels) so every lane stays in view; before, the
    // lanes scrolled and the two clients' arrows came from above and below the plot.
    void everyComputerOnAProjector_data() { addLanguageRows(); }

    void everyComputerOnAProjector()
    {
        QFETCH(QString, language);
        LanguageSwitcher switcher;
        QVERIFY(switcher.setLanguage(language));
        Session session(Session::Kind::Replay);
        RecordingReader reader;
        QVERIFY2(reader.read(QStringLiteral(SOCKETSCOPE_TEST_DATA "/lab-forward-and-direct.jsonl"),
                     *session.journal()),
            qPrintable(reader.fatalError()));
        MainWindow window(&session, &switcher);
        window.resize(kScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setPresentationMode(true);
        TimelinePanel *panel = window.timeline();
        window.centralTabs()->setCurrentWidget(panel);
        QTRY_VERIFY(panel->isVisible());
        QTRY_COMPARE(panel->layout().lanes().size(), size_t(6));
        const TimelinePainter &painter = panel->view()->painter();
        QTRY_VERIFY(painter.laneRoom() > 0); // the kernel's strips are on
        QVERIFY(painter.rows().groups().size() >= 3);
        QTest::qWait(200);
        const QString outside = lanesOutsideThePlot(painter, panel->layout().lanes().size());
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
        // Each lane's head has room for its role and its address on lines of their own.
        for (const LaneId lane : painter.rows().lanes()) {
            const QRectF cell = painter.headCell(lane);
            QVERIFY2(painter.headLines(cell.height()) >= 2,
                qPrintable(QStringLiteral("lane %1 has no room for its name and address").arg(lane)));
        }
    }
};

int main(int argc, char *argv[])
{
    return SocketScope::execOnScreen<TestTimelineNarrow>(kScreen, argc, argv);
}

#include "tst_timelinenarrow.moc"
