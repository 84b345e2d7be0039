#include "journal/journal.h"
#include "models/journalfollower.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"

#include <QtTest/QtTest>
#include <QtWidgets/QTabWidget>

using namespace SocketScope;

namespace {

// `count` sockets opened 10 ms apart, after what the journal holds.
void openSockets(Journal &journal, int count)
{
    for (int i = 0; i < count; ++i) {
        Event e;
        e.t = (journal.count() + 1) * 10'000'000;
        e.socket = qint32(journal.count() + 1);
        e.kind = EventKind::SocketOpened;
        e.role = SocketRole::Client;
        e.proto = Protocol::Tcp;
        journal.append(e);
    }
}

} // namespace

// A timeline behind another tab (the tables shown during a load) does not follow a flood of
// events: it reads them once, when it is shown, and shows the present at once.
class TestTimelineBehindTab : public QObject
{
    Q_OBJECT

private slots:
    void floodIsReadWhenShown()
    {
        Journal journal;
        QTabWidget tabs;
        tabs.addTab(new QWidget, QStringLiteral("tables"));
        auto *panel = new TimelinePanel(&journal);
        tabs.addTab(panel, QStringLiteral("timeline"));
        tabs.resize(1000, 600);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QVERIFY(!panel->isVisible());
        auto *follower = panel->findChild<JournalFollower *>();
        QVERIFY(follower);

        openSockets(journal, 100);
        QTRY_COMPARE(follower->seen(), journal.count());
        QCOMPARE(panel->layout().eventsRead(), 0);
        // More while hidden, even a few: still waiting to be shown.
        openSockets(journal, 2);
        QTRY_COMPARE(follower->seen(), journal.count());
        QCOMPARE(panel->layout().eventsRead(), 0);

        tabs.setCurrentWidget(panel);
        QCOMPARE(panel->layout().eventsRead(), journal.count()); // all of it, at once
        QCOMPARE(panel->layout().itemCount(), 102);
        QVERIFY(panel->playback()->isLive());
        QCOMPARE(panel->playback()->reveal().count, 102);
        QVERIFY(!panel->playback()->isMoving());
    }

    // A few events behind another tab are read at once: a socket picked in the tables finds
    // its lane on the timeline.
    void fewEventsAreReadWhileHidden()
    {
        Journal journal;
        QTabWidget tabs;
        tabs.addTab(new QWidget, QStringLiteral("tables"));
        auto *panel = new TimelinePanel(&journal);
        tabs.addTab(panel, QStringLiteral("timeline"));
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        openSockets(journal, 3);
        QTRY_COMPARE(panel->layout().eventsRead(), 3);
        QVERIFY(panel->layout().laneOfSocket(2) >= 0);
        // Following jumped to the newest: nothing animates behind the tab.
        QCOMPARE(panel->playback()->reveal().count, panel->layout().itemCount());
        QVERIFY(!panel->playback()->isMoving());
    }
};

QTEST_MAIN(TestTimelineBehindTab)
#include "tst_timelinebehindtab.moc"
