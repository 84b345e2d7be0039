#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelinespotlight.h"
#include "timeline/timelineview.h"

#include <QtTest/QtTest>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>

#include <algorithm>
#include <limits>
#include <memory>

using namespace SocketScope;

// Following a live session: a server and two clients that connect and send, as the timeline
// shows them while they happen. Whatever arrow is on screen, both lanes it joins are in the
// plot (a projector's plot once cut the second client's lane off, and its arrows came in from
// the top edge), and a fresh session is shown from its first step.
class TestTimelineFollow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lanesOfArrowsInView_data();
    void lanesOfArrowsInView();
    void litArrowsKeepApart_data();
    void litArrowsKeepApart();

private:
    std::unique_ptr<KernelView> m_kernel;
};

void TestTimelineFollow::initTestCase()
{
    m_kernel = std::make_unique<KernelView>(KernelSocketSource::best());
    m_kernel->start();
}

void TestTimelineFollow::lanesOfArrowsInView_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<bool>("behindTab"); // the session happens before the timeline is shown
    QTest::addColumn<int>("clients");
    QTest::addColumn<bool>("send"); // the last client sends, after its accept()
    // The timeline panel's share of the window on the Timeline tab, with a lesson docked below.
    for (const bool behind : {false, true}) {
        const char *when = behind ? "shown afterwards" : "watched";
        QTest::addRow("presentation, 1366x768, %s", when) << QSize(1366, 650) << 1.6 << behind << 2 << true;
        QTest::addRow("presentation, 1920x1080, %s", when) << QSize(1920, 900) << 2.25 << behind << 2 << true;
        QTest::addRow("normal, 1366x768, %s", when) << QSize(1366, 560) << 1.0 << behind << 2 << true;
        // Three clients, the last thing accept()'s clone of the third: its lane is the lowest,
        // below the fold unless the clone's curve counts as the arrows do.
        QTest::addRow("normal, 1366x768, three clients, %s", when)
            << QSize(1366, 560) << 1.0 << behind << 3 << false;
        QTest::addRow("presentation, 1366x768, three clients, %s", when)
            << QSize(1366, 650) << 1.6 << behind << 3 << false;
    }
}

void TestTimelineFollow::lanesOfArrowsInView()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(bool, behindTab);
    QFETCH(int, clients);
    QFETCH(bool, send);
    Journal journal;
    Lab lab(&journal, m_kernel.get());
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("sockets"));
    auto *panelOwned = new TimelinePanel(&journal);
    TimelinePanel &panel = *panelOwned;
    tabs.addTab(panelOwned, QStringLiteral("timeline"));
    panel.setPresentationScale(scale);
    tabs.resize(size + QSize(0, tabs.tabBar()->sizeHint().height()));
    if (!behindTab)
        tabs.setCurrentWidget(panelOwned);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    TimelineView *view = panel.view();

    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const quint16 port = lab.info(server.id)->localPort;
    QList<qint32> clientIds;
    for (int c = 0; c < clients; ++c) {
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, port);
        QVERIFY(!client.error);
        QTRY_VERIFY(hasEvent(journal, client.id, EventKind::Connected));
        QTRY_COMPARE(acceptedSockets(journal).size(), c + 1);
        clientIds << client.id;
    }
    // The last client talks to its accepted socket, the lowest lane.
    const qint32 accepted = acceptedSockets(journal).back();
    if (send) {
        QVERIFY(!lab.send(clientIds.back(), QByteArrayLiteral("hello")));
        QTRY_VERIFY(hasEvent(journal, accepted, EventKind::DataReceived));
    }

    // Live playback catches up with the session at a readable pace (a few steps a second) and
    // the view follows it.
    const TimelineLayout &layout = panel.layout();
    const auto dataArrowRead = [&] {
        const LaneId lane = layout.laneOfSocket(accepted);
        for (const TimelineItem &item : layout.items()) {
            if (lane >= 0 && item.isArrow() && item.toLane == lane)
                return true;
            if (!send && lane >= 0 && item.kind == TimelineItem::LaneOpened && item.lane == lane)
                return true;
        }
        return false;
    };
    // Behind another tab the panel may leave a batch of events unread until it is shown (a batch
    // of kBusyBatch or more, which three clients make on a slow machine): the session is over
    // (the journal has it), so the tab is shown first and the layout is read then.
    if (behindTab)
        tabs.setCurrentWidget(panelOwned);
    QTRY_VERIFY(dataArrowRead());
    QTRY_COMPARE_WITH_TIMEOUT(panel.playback()->reveal().count, layout.itemCount(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.playback()->isMoving(), 30000);
    QVERIFY(view->isFollowing());

    const TimelinePainter &painter = view->painter();
    const QRectF plot = painter.plotRect();
    const TimelinePainter::Reveal reveal = panel.playback()->reveal();
    // A fresh session of a few dozen steps: its first step is in view. (Three clients make
    // more steps than a projector's plot holds at a readable step.)
    if (clients == 2)
        QVERIFY2(painter.xOfItem(0) >= plot.left(),
            qPrintable(QStringLiteral("step 1 at x %1, the plot starts at %2")
                           .arg(painter.xOfItem(0))
                           .arg(plot.left())));

    // From the newest back, every arrow and clone on screen has both its lanes in the plot, as
    // long as the lanes they touch together fit it (with more lanes than the plot holds, the
    // newest decide).
    const auto [first, last] = painter.visibleItems(reveal, 0);
    int arrows = 0;
    bool reachesAccepted = false;
    int low = std::numeric_limits<int>::max();
    int high = -1;
    for (qsizetype i = last - 1; i >= first; --i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        // accept()'s clone grows from the listener's lane to the new one, as an arrow joins two.
        const bool clone = item.kind == TimelineItem::LaneOpened && item.toLane >= 0;
        if ((!item.isArrow() && !clone) || item.isHidden())
            continue;
        const int from = painter.rows().rowOf(item.lane);
        const int to = painter.rows().rowOf(item.toLane);
        low = std::min({low, from, to});
        high = std::max({high, from, to});
        if (double(high - low + 1) * painter.laneHeight() > plot.height() + 0.5)
            break;
        arrows += clone && clients == 2 ? 0 : 1;
        for (const LaneId lane : {item.lane, item.toLane}) {
            if (lane < 0)
                continue;
            const double y = painter.laneY(lane);
            QVERIFY2(y >= plot.top() && y <= plot.bottom(),
                qPrintable(QStringLiteral("item %1 touches lane %2 at y %3, outside the plot [%4, %5]")
                               .arg(i)
                               .arg(lane)
                               .arg(y)
                               .arg(plot.top())
                               .arg(plot.bottom())));
            reachesAccepted = reachesAccepted || lane == layout.laneOfSocket(accepted);
        }
    }
    // Two handshakes at least; with three clients, at least the newest clone.
    QVERIFY(arrows >= (clients == 2 ? 6 : 1));
    QVERIFY(reachesAccepted); // the data arrow or the last clone is among them
}

void TestTimelineFollow::litArrowsKeepApart_data()
{
    QTest::addColumn<bool>("lit");
    QTest::newRow("a lesson points at the handshake") << true;
    QTest::newRow("nothing pointed at") << false;
}

// The 3-way handshake lesson on a 1024x768 projector: the timeline beside the state machine
// is a few hundred pixels wide. Fitting the whole session there gave each step 18 pixels, and the
// three arrows the lesson points at, drawn with their glow in presentation type, ran into one
// another. While a lesson points at arrows, a step keeps its room times the presentation
// scale, and the view follows the newest steps; otherwise the whole session stays fitted.
void TestTimelineFollow::litArrowsKeepApart()
{
    QFETCH(bool, lit);
    constexpr qreal kScale = 1.6;
    Journal journal;
    Lab lab(&journal, m_kernel.get());
    TimelinePanel panel(&journal);
    panel.setPresentationScale(kScale);
    panel.resize(820, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TimelineView *view = panel.view();
    if (lit) {
        TimelineSpotlight spotlight;
        spotlight.setArrows({QStringLiteral("SYN"), QStringLiteral("SYN+ACK"), QStringLiteral("ACK")});
        view->setSpotlight(spotlight);
    }
    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(server.id)->localPort);
    QVERIFY(!client.error);
    QTRY_COMPARE(acceptedSockets(journal).size(), 1);
    const TimelineLayout &layout = panel.layout();
    QTRY_VERIFY(layout.itemCount() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(panel.playback()->reveal().count, layout.itemCount(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.playback()->isMoving(), 30000);
    QVERIFY(view->isFollowing());

    const TimelinePainter &painter = view->painter();
    const double plotWidth = painter.plotRect().width();
    const qsizetype steps = layout.itemCount();
    // The session is one that fits at the normal step and not at the scaled one; else the
    // test tells nothing.
    const double margin = 80 * kScale;
    QVERIFY2((plotWidth - margin) / double(steps) >= TimelineView::kFollowFitStepPixels
            && (plotWidth - margin) / double(steps) < TimelineView::kFollowFitStepPixels * kScale,
        qPrintable(QStringLiteral("%1 steps on a plot %2 wide").arg(steps).arg(plotWidth)));
    const double step = painter.xOfItem(steps - 1) - painter.xOfItem(steps - 2);
    if (lit) {
        QVERIFY2(step >= TimelineView::kFollowFitStepPixels * kScale - 0.01,
            qPrintable(QStringLiteral("a step is %1 pixels").arg(step)));
    } else {
        QVERIFY2(painter.xOfItem(0) >= painter.plotRect().left(),
            qPrintable(QStringLiteral("step 1 at x %1, the plot starts at %2")
                           .arg(painter.xOfItem(0))
                           .arg(painter.plotRect().left())));
    }
}

QTEST_MAIN(TestTimelineFollow)
#include "tst_timelinefollow.moc"
