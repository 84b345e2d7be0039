#include "lessons/lessonlibrary.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonplayer.h"
#include "models/sockettablemodel.h"
#include "session/session.h"
#include "tables/highlightdelegate.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "window/mainwindow.h"

#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

#include <memory>

using namespace SocketScope;

namespace {

// The tab page holding `widget`.
QWidget *pageOf(QTabWidget *tabs, QWidget *widget)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
            return tabs->widget(i);
    }
    return nullptr;
}

// True when the cell is on screen inside the table's viewport.
bool isShown(QTableView *view, const QModelIndex &index)
{
    const QRect cell = view->visualRect(index);
    return cell.isValid() && view->viewport()->rect().contains(cell);
}

// Whether a row is within the view's height (the table may be scrolled sideways to a column).
bool rowIsShown(QTableView *view, const QModelIndex &index)
{
    const int top = view->rowViewportPosition(index.row());
    return top >= 0 && top + view->rowHeight(index.row()) <= view->viewport()->height();
}

} // namespace

// A lesson played in the window shows what its narration speaks of: the view each step is about
// comes to the front, the socket it speaks of is selected and on screen, and the sockets and
// columns it names are marked in the tables.
class TestLessonViews : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<Session>(Session::Kind::Live);
        m_window = std::make_unique<MainWindow>(m_session.get(), nullptr);
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void handshakePlaysOnTheTimeline()
    {
        QTabWidget *tabs = m_window->centralTabs();
        QWidget *timeline = m_window->timeline();
        QWidget *tables = pageOf(tabs, m_window->socketView());
        QVERIFY(tables && timeline);
        // The tab is found by its page, wherever it stands.
        tabs->tabBar()->moveTab(tabs->indexOf(timeline), tabs->count() - 1);
        tabs->setCurrentWidget(tables);

        LessonPlayer *player = m_window->lessonPlayer();
        QVERIFY(m_window->openLesson(QStringLiteral("three-way-handshake"), false));
        player->setPaceScale(0);
        QCOMPARE(tabs->currentWidget(), timeline);

        struct Expected
        {
            QWidget *page;
            const char *selected; // the socket the narration speaks of
            int column; // a column the step names, -1: none
        };
        const Expected steps[] = {
            {timeline, "server", -1}, // listen
            {timeline, "server", -1}, // stop accepting
            {timeline, "client", -1}, // connect: the arrows
            {tables, "server", SocketTableModel::ColumnQueue}, // the queue
            {tables, "server", -1}, // accept again: no socket named, the selection stays
            {tables, "conn", SocketTableModel::ColumnQueue}, // accepted
            {timeline, "client", -1}, // data
        };
        QCOMPARE(player->stepCount(), int(std::size(steps)));
        auto *delegate = qobject_cast<HighlightDelegate *>(m_window->socketView()->itemDelegate());
        QVERIFY(delegate);
        for (int i = 0; i < int(std::size(steps)); ++i) {
            const Expected &expected = steps[i];
            player->next();
            QTRY_VERIFY_WITH_TIMEOUT(player->stepIndex() == i && !player->isBusy(), 10000);
            QVERIFY2(player->status() != LessonPlayer::Status::Failed, qPrintable(player->message()));
            QVERIFY2(
                tabs->currentWidget() == expected.page, qPrintable(QStringLiteral("step %1").arg(i + 1)));

            const QList<qint32> named = player->socketsNamed(QString::fromLatin1(expected.selected));
            QVERIFY(!named.isEmpty());
            QCOMPARE(m_window->selectedSocket(), named.constFirst());
            // The selected row is the table's current row and is marked, so it shows on Ctrl+1.
            QTableView *view = m_window->socketView();
            const QModelIndex current = view->currentIndex();
            QVERIFY(current.isValid());
            QCOMPARE(current.data(SocketTableModel::SocketIdRole).toInt(), named.constFirst());
            if (i != 4)
                QVERIFY(delegate->spotsOf(current) & HighlightDelegate::RowSpot);
            if (expected.page == tables)
                QVERIFY2(rowIsShown(view, current),
                    qPrintable(QStringLiteral("step %1: the selected row is off screen").arg(i + 1)));
            if (expected.column >= 0) {
                const QModelIndex cell = current.siblingAtColumn(expected.column);
                QVERIFY(delegate->spotsOf(cell) & HighlightDelegate::ColumnSpot);
                QVERIFY2(isShown(view, cell),
                    qPrintable(QStringLiteral("step %1: the named column is off screen").arg(i + 1)));
            }
            if (expected.page == timeline) {
                // Following live, so the step's arrows appear as its packets happen.
                QVERIFY(m_window->timeline()->playback()->isLive());
            }
        }
        QCOMPARE(player->status(), LessonPlayer::Status::Finished);
    }

    // The user may look at another tab during a step; the next step brings its own view back.
    void nextStepShowsItsViewAgain()
    {
        QTabWidget *tabs = m_window->centralTabs();
        LessonPlayer *player = m_window->lessonPlayer();
        QVERIFY(m_window->openLesson(QStringLiteral("four-way-close"), false));
        player->setPaceScale(0);
        player->next();
        QTRY_VERIFY_WITH_TIMEOUT(player->stepIndex() == 0 && !player->isBusy(), 10000);
        tabs->setCurrentIndex(0); // Ctrl+1: the tables
        player->next();
        QTRY_VERIFY_WITH_TIMEOUT(player->stepIndex() == 1 && !player->isBusy(), 10000);
        QCOMPARE(tabs->currentWidget(), m_window->timeline());
    }

    // Every narration of every lesson, its introduction too, fits the lesson panel without
    // scrolling in a window on a 1024x768 screen, in both languages: shown in that lesson, under
    // its own title and beside the list of lessons, as a learner opening it sees it.
    void narrationFitsAt1024x768_data()
    {
        QTest::addColumn<QString>("lesson");
        LessonLibrary library;
        QVERIFY(library.load(LessonLibrary::builtInFolder()));
        for (const Lesson &lesson : library.lessons())
            QTest::newRow(qPrintable(lesson.id)) << lesson.id;
    }

    void narrationFitsAt1024x768()
    {
        QFETCH(QString, lesson);
        LessonLibrary library;
        QVERIFY(library.load(LessonLibrary::builtInFolder()));
        const Lesson *shown = library.find(lesson);
        QVERIFY(shown);
        // A window manager's title bar and borders take a little of the screen.
        const QSize screen = QSize(1024, 768) - QSize(16, 48);
        m_window->resize(screen);
        // A lesson told over a recording plays in a replay window (its own process); here, a
        // replay window of its own.
        MainWindow *window = m_window.get();
        std::unique_ptr<Session> replaySession;
        std::unique_ptr<MainWindow> replay;
        if (!shown->recording.isEmpty()) {
            replaySession = std::make_unique<Session>(Session::Kind::Replay);
            replay = std::make_unique<MainWindow>(replaySession.get(), nullptr);
            window = replay.get();
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
        }
        window->resize(screen);
        QVERIFY(window->openLesson(lesson, false));
        auto *narration = window->findChild<QLabel *>(QStringLiteral("lessonNarration"));
        auto *panel = window->findChild<LessonPanel *>();
        QVERIFY(narration && panel);
        QTRY_VERIFY(narration->isVisible());
        QVERIFY(panel->isLessonListShown());
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        // The part that scrolls: the label's own parent grows with its text.
        QScrollArea *scroll = nullptr;
        for (QWidget *up = narration->parentWidget(); up && !scroll; up = up->parentWidget())
            scroll = qobject_cast<QScrollArea *>(up);
        QVERIFY(scroll);
        QStringList tooLong;
        for (const char *language : {"en", "ko"}) {
            const QString code = QString::fromLatin1(language);
            QStringList texts {shown->summary.in(code)};
            for (const LessonStep &step : shown->steps)
                texts << step.narration.in(code);
            for (int i = 0; i < texts.size(); ++i) {
                // Shown as the player shows it: in the largest type that fits, down to the normal size.
                panel->showNarration(texts.at(i));
                if (!panel->narrationFits()) {
                    const QWidget *viewport = scroll->viewport();
                    const int needed = narration->heightForWidth(viewport->width());
                    tooLong << QStringLiteral("%1 %2: needs %3 px, has %4 x %5 px at %6 pt")
                                   .arg(i == 0 ? QStringLiteral("introduction")
                                               : QStringLiteral("step %1").arg(i),
                                       code)
                                   .arg(needed)
                                   .arg(viewport->width())
                                   .arg(viewport->height())
                                   .arg(panel->narrationPointSize());
                }
            }
        }
        QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QStringLiteral("; "))));
    }

private:
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLessonViews)
#include "tst_lessonviews.moc"
