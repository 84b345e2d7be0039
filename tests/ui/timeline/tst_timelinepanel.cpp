#include "journal/journal.h"
#include "network/labtopology.h"
#include "timeline/playbackbar.h"
#include "timeline/tcpstatediagram.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "timeline/timemapper.h"

#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QToolButton>

#include <algorithm>

using namespace SocketScope;

// The timeline screen at a projector: large type beside a lesson must not cut its controls or
// shrink the state machine below reading size.
class TestTimelinePanel : public QObject
{
    Q_OBJECT

private slots:
    void presentationMakesRoom()
    {
        Journal journal;
        TimelinePanel panel(&journal);
        auto *diagram = panel.findChild<TcpStateDiagram *>();
        auto *bar = panel.findChild<PlaybackBar *>();
        QVERIFY(diagram && bar);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(diagram->isVisible());
        QVERIFY(std::all_of(bar->children().cbegin(), bar->children().cend(), [](QObject *child) {
            auto *w = qobject_cast<QWidget *>(child);
            return !w || w->isVisible() || w->objectName() == QLatin1String("moreControls");
        })); // room for every control at normal size; "More" only shows when something steps aside

        // Presentation type with a lesson below: a short timeline area.
        panel.setPresentationScale(1.6);
        panel.resize(800, 300);
        QTRY_VERIFY(!diagram->isVisible());
        QTRY_VERIFY(!bar->isHidden());
        // The controls that stepped aside leave their room once the layout has run.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        int hidden = 0;
        for (QWidget *w : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (w->isHidden()) {
                hidden += w->objectName() == QLatin1String("moreControls") ? 0 : 1;
                continue;
            }
            // What stays is shown whole: its text is not cut.
            if (auto *label = qobject_cast<QLabel *>(w))
                QVERIFY2(label->width() >= label->sizeHint().width(),
                    qPrintable(QStringLiteral("%1: %2 < %3 in a bar %4 wide, asking %5")
                                   .arg(label->text())
                                   .arg(label->width())
                                   .arg(label->sizeHint().width())
                                   .arg(bar->width())
                                   .arg(bar->minimumSizeHint().width())));
            if (auto *button = qobject_cast<QToolButton *>(w); button && !button->text().isEmpty())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            QVERIFY(w->geometry().right() <= bar->width());
        }
        QVERIFY(hidden > 0);
        // What stepped aside is one click away.
        QVERIFY(bar->findChild<QToolButton *>(QStringLiteral("moreControls"))->isVisible());

        // Tall enough again, but at 960 pixels the drawing beside would leave the plot too
        // narrow: it stays folded behind its switch. On a wide projector it comes back, and so
        // does everything at normal size.
        panel.resize(960, 760);
        auto *fold = panel.findChild<QToolButton *>(QStringLiteral("showStateMachine"));
        QVERIFY(fold);
        QTRY_VERIFY(fold->isVisible());
        QVERIFY(!diagram->isVisible());
        panel.resize(1900, 760);
        QTRY_VERIFY(diagram->isVisible());
        QTRY_VERIFY(!fold->isVisible());
        panel.setPresentationScale(1);
        panel.resize(1000, 300);
        QTRY_VERIFY(diagram->isVisible());
    }

    // At normal size the legend flows onto more rows where the timeline is narrow instead of
    // being cut: the lanes give up the height. On a projector it keeps one row, so the lanes
    // keep theirs.
    // The window selects a socket as soon as it opens, before the timeline has read it: the
    // lane is selected once it exists, so the state machine shows that socket.
    void selectionBeforeTheLaneExists()
    {
        Journal journal;
        TimelinePanel panel(&journal);
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectSocket(1);
        QCOMPARE(panel.view()->selectedLane(), LaneId(-1));
        Event opened;
        opened.t = 1000;
        opened.socket = 1;
        opened.kind = EventKind::SocketOpened;
        opened.role = SocketRole::Listener;
        opened.proto = Protocol::Tcp;
        journal.append(opened);
        QTRY_VERIFY(panel.view()->selectedLane() >= 0);
    }

    // A late event makes the layout read the session again and number its items anew: the
    // picked events stay picked, found again by what they are.
    void pickedEventsSurviveRereading()
    {
        Journal journal;
        TimelinePanel panel(&journal);
        const auto add = [&](qint64 t, qint32 socket, EventKind kind, SocketRole role = SocketRole::None) {
            Event e;
            e.t = t;
            e.socket = socket;
            e.kind = kind;
            e.role = role;
            e.proto = Protocol::Tcp;
            journal.append(e);
        };
        add(1'000'000, 1, EventKind::SocketOpened, SocketRole::Listener);
        add(2'000'000, 2, EventKind::SocketOpened, SocketRole::Client);
        add(3'000'000, 2, EventKind::CloseCalled);
        add(4'000'000, 1, EventKind::CloseCalled);
        QTRY_COMPARE(panel.layout().itemCount(), 4);
        const TimelineLayout::ItemKey first = panel.layout().keyOf(2);
        const TimelineLayout::ItemKey second = panel.layout().keyOf(3);
        panel.view()->pickItems(2, 3);
        const quint64 rereads = panel.layout().rereads();
        // Journalled last, happened first: everything moves one place on.
        add(500'000, 3, EventKind::SocketOpened, SocketRole::Udp);
        QTRY_COMPARE(panel.layout().itemCount(), 5);
        QCOMPARE(panel.layout().rereads(), rereads + 1);
        const auto [a, b] = panel.view()->pickedItems();
        QCOMPARE(a, qsizetype(3));
        QCOMPARE(b, qsizetype(4));
        QCOMPARE(panel.layout().keyOf(a), first);
        QCOMPARE(panel.layout().keyOf(b), second);
    }

    // A computer added to the lab later brings its subnet: a datagram to that subnet's
    // broadcast address then reaches every socket on the port, not a program elsewhere.
    void labComputerAddedKnowsItsBroadcast()
    {
        Journal journal;
        TimelinePanel panel(&journal);
        const QString host = QStringLiteral("pc-c");
        const auto add = [&](qint32 socket, EventKind kind, const QString &local, const QString &remote) {
            Event e;
            e.t = (journal.count() + 1) * 1000;
            e.socket = socket;
            e.kind = kind;
            e.proto = Protocol::Udp;
            e.role = kind == EventKind::SocketOpened ? SocketRole::Udp : SocketRole::None;
            e.local = journal.intern(local);
            e.remote = journal.intern(remote);
            e.host = journal.intern(host);
            e.value = kind == EventKind::DatagramSent ? 5 : 0;
            journal.append(e);
        };
        for (const qint32 id : {1, 2}) {
            add(id, EventKind::SocketOpened, QString(), QString());
            add(id, EventKind::Bound, QStringLiteral("0.0.0.0:5000"), QString());
        }
        add(9, EventKind::SocketOpened, QString(), QString());
        add(9, EventKind::Bound, QStringLiteral("10.9.0.5:6000"), QString());
        add(9, EventKind::DatagramSent, QStringLiteral("10.9.0.5:6000"), QStringLiteral("10.9.255.255:5000"));
        const auto arrowsToOurs = [&] {
            int count = 0;
            for (const TimelineItem &item : panel.layout().items()) {
                if (item.kind == TimelineItem::Datagram && !panel.layout().lane(item.toLane).isOutside())
                    ++count;
            }
            return count;
        };
        QTRY_VERIFY(!panel.layout().hasUnread() && panel.layout().itemCount() >= 7);
        // 10.9.255.255 is nobody's broadcast address yet: one host's, reaching one socket.
        QCOMPARE(arrowsToOurs(), 1);

        LabTopology topology = LabTopology::homeNetwork();
        LabHost added;
        added.name = host;
        added.segment = QStringLiteral("lan");
        added.address = QHostAddress(QStringLiteral("10.9.0.5"));
        added.prefix = 16;
        topology.hosts.append(added);
        panel.setLabTopology(topology);
        QTRY_COMPARE(arrowsToOurs(), 2);
    }

    void legendWrapsWhereNarrow()
    {
        Journal journal;
        TimelineLayout layout(&journal);
        TimeMapper mapper;
        TimelinePainter painter(layout, mapper);
        painter.setRect(QRectF(0, 0, 4000, 600));
        const double wide = painter.plotRect().height();
        painter.setRect(QRectF(0, 0, 700, 600));
        QVERIFY(painter.plotRect().height() < wide);
        painter.setRect(QRectF(0, 0, 4000, 600));
        QCOMPARE(painter.plotRect().height(), wide); // and back to one row

        painter.setScale(1.6);
        painter.setRect(QRectF(0, 0, 4000, 600));
        const double presentedWide = painter.plotRect().height();
        painter.setRect(QRectF(0, 0, 700, 600));
        QCOMPARE(painter.plotRect().height(), presentedWide);
    }
};

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
