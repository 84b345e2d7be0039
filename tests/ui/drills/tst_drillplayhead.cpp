#include "drills/drillplayhead.h"
#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"

#include <QtTest/QtTest>

#include <cmath>
#include <memory>

using namespace SocketScope;

// The reveal's playhead is put on the proving event by what the event is (its place in the
// journal), not by the step number it had when it was found: a packet journalled late makes
// the timeline read the session again and number its steps anew.
class TestDrillPlayhead : public QObject
{
    Q_OBJECT

    void add(qint64 t, qint32 socket, EventKind kind, SocketRole role = SocketRole::None)
    {
        Event e;
        e.t = t;
        e.socket = socket;
        e.kind = kind;
        e.role = role;
        e.proto = Protocol::Tcp;
        m_journal->append(e);
    }

    // The journal event of the last step the playhead shows (-1: none).
    qint64 eventAtPlayhead() const
    {
        const qsizetype at = qsizetype(std::floor(m_panel->playback()->target()));
        const std::vector<TimelineItem> &items = m_panel->layout().items();
        return at >= 1 && at <= qsizetype(items.size()) ? qint64(items[size_t(at - 1)].event) : -1;
    }

    // Two connections' worth of events, drawn; the playhead put on the third (journal index 2).
    void revealThird(DrillPlayhead &playhead)
    {
        add(1'000'000, 1, EventKind::SocketOpened, SocketRole::Listener);
        add(2'000'000, 2, EventKind::SocketOpened, SocketRole::Client);
        add(3'000'000, 2, EventKind::CloseCalled);
        add(4'000'000, 1, EventKind::CloseCalled);
        QTRY_COMPARE(m_panel->layout().itemCount(), 4);
        playhead.show(2);
        QCOMPARE(playhead.pending(), qint64(-1));
        QCOMPARE(playhead.following(), qint64(2));
        QCOMPARE(eventAtPlayhead(), qint64(2));
        QVERIFY(!m_panel->playback()->isLive());
    }

private slots:
    void init()
    {
        m_journal = std::make_unique<Journal>();
        m_panel = std::make_unique<TimelinePanel>(m_journal.get());
        m_panel->resize(1000, 600);
        m_panel->show();
    }

    void cleanup()
    {
        m_panel.reset();
        m_journal.reset();
    }

    void staysOnTheEventWhenTheTimelineReadsAgain()
    {
        DrillPlayhead playhead(m_panel.get());
        revealThird(playhead);
        if (QTest::currentTestFailed())
            return;
        const quint64 rereads = m_panel->layout().rereads();
        // Journalled last, happened first: every step moves one place on.
        add(500'000, 3, EventKind::SocketOpened, SocketRole::Udp);
        QTRY_COMPARE(m_panel->layout().itemCount(), 5);
        QCOMPARE(m_panel->layout().rereads(), rereads + 1);
        QTRY_COMPARE(eventAtPlayhead(), qint64(2));
        QCOMPARE(m_panel->playback()->target(), 4.0);
        QCOMPARE(playhead.following(), qint64(2));
    }

    // Once someone moves the playhead, it is theirs: a later re-read does not pull it back.
    void leavesAMovedPlayheadAlone()
    {
        DrillPlayhead playhead(m_panel.get());
        revealThird(playhead);
        if (QTest::currentTestFailed())
            return;
        m_panel->playback()->seek(1.0);
        QTRY_COMPARE(playhead.following(), qint64(-1));
        add(500'000, 3, EventKind::SocketOpened, SocketRole::Udp);
        QTRY_COMPARE(m_panel->layout().itemCount(), 5);
        QCOMPARE(m_panel->playback()->target(), 1.0);
    }

    // The proof not drawn yet (the newest stretch is held back): it is put there once it is.
    void waitsForTheEventToBeDrawn()
    {
        DrillPlayhead playhead(m_panel.get());
        add(1'000'000, 1, EventKind::SocketOpened, SocketRole::Listener);
        playhead.show(0);
        QTRY_COMPARE(playhead.following(), qint64(0));
        QCOMPARE(playhead.pending(), qint64(-1));
        QCOMPARE(eventAtPlayhead(), qint64(0));
    }

private:
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TimelinePanel> m_panel;
};

QTEST_MAIN(TestDrillPlayhead)
#include "tst_drillplayhead.moc"
