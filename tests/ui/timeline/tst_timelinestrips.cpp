#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "timeline/tcpinfostrips.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelineview.h"

#include <QtTest/QtTest>
#include <QtWidgets/QToolButton>

using namespace SocketScope;

// The kernel's numbers under the TCP lanes of the window's timeline: a real connection's
// tcp_info readings become strips under its lane, the "Kernel numbers" switch hides them, and
// hovering names the values.
class TestTimelineStrips : public QObject
{
    Q_OBJECT

private slots:
    void realConnectionShowsStrips()
    {
        Journal journal;
        KernelView kernel(KernelSocketSource::best());
        kernel.start();
        Lab lab(&journal, &kernel);
        TimelinePanel panel(&journal);
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        TimelineView *view = panel.view();
        auto *button = panel.findChild<QToolButton *>(QStringLiteral("kernelNumbers"));
        QVERIFY(button);
        QVERIFY(!button->isVisible()); // nothing to show yet
        QCOMPARE(view->shownStripLanes(), qsizetype(0));
        QCOMPARE(view->painter().laneRoom(), 0.0);

        const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!server.error);
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(server.id)->localPort);
        QVERIFY(!client.error);
        QTRY_VERIFY(hasEvent(journal, client.id, EventKind::Connected));
        QTRY_VERIFY(acceptedSocket(journal) >= 0);
        const qint32 accepted = acceptedSocket(journal);
        QVERIFY(!lab.send(client.id, QByteArray(64 * 1024, 'x')));
        QTRY_VERIFY(hasEvent(journal, accepted, EventKind::DataReceived));
        if (!QTest::qWaitFor([&] { return hasEvent(journal, client.id, EventKind::TcpInfo); }, 3000))
            QSKIP("this system does not give the kernel's tcp_info for the lab's sockets");

        // The strips come from the journal's events as they arrive, with the lane.
        QTRY_VERIFY(panel.layout().laneOfSocket(client.id) >= 0);
        const LaneId lane = panel.layout().laneOfSocket(client.id);
        QTRY_VERIFY(!view->strips().samples(lane).empty());
        qsizetype readings = 0;
        for (qsizetype i = 0; i < journal.count(); ++i)
            readings += journal.at(i).kind == EventKind::TcpInfo && journal.at(i).socket == client.id ? 1 : 0;
        QTRY_COMPARE(qsizetype(view->strips().samples(lane).size()), readings);
        QVERIFY(view->stripsShown());
        QVERIFY(view->shownStripLanes() >= 1);
        QTRY_VERIFY(button->isVisible());
        QVERIFY(button->isChecked());
        // The lanes grew to hold them under the labels of the markers.
        QCOMPARE(view->painter().laneRoom(), TcpInfoStrips::laneRoom(view->painter().scale()));

        // Hovering the strip names the numbers of the reading in force there.
        panel.playback()->toEnd();
        const QPixmap shot = view->grab(); // lays the view out at its size
        if (qEnvironmentVariableIsSet("STRIPS_SHOT"))
            shot.save(qEnvironmentVariable("STRIPS_SHOT"));
        const TimelinePainter &painter = view->painter();
        const TcpInfoStrips::Sample &last = view->strips().samples(lane).back();
        // The strip's right end, found from the plot's right edge: it ends at the newest item
        // or a little past the last reading, whichever is further right. (Two pixels past the
        // newest item was past its end whenever the last reading came a while before it, as
        // it did under the sanitizers' slower pace.)
        const double y = painter.laneY(lane) + painter.laneHeight() / 2 - 2 * painter.scale() - 2;
        QPointF onStrip(painter.plotRect().right(), y);
        QString text = view->strips().textAt(painter, onStrip);
        while (text.isEmpty() && onStrip.x() > painter.plotRect().left()) {
            onStrip.rx() -= 1;
            text = view->strips().textAt(painter, onStrip);
        }
        QVERIFY2(text.contains(QStringLiteral("cwnd")), qPrintable(text));
        QCOMPARE(text, TcpInfoStrips::describe(last));
        // The in-flight strip is drawn in the kernel's data bytes where it counts them: its scale
        // is the most bytes in flight so far (64 KB were sent, so more than any count of segments).
        if (last.bytesInFlight >= 0) {
            qint64 mostBytes = 0;
            for (const TcpInfoStrips::Sample &sample : view->strips().samples(lane))
                mostBytes = qMax(mostBytes, sample.bytesInFlight);
            QCOMPARE(last.most[size_t(TcpInfoStrips::Series::InFlight)], double(mostBytes));
        }
        // Not on the lane's line, where the arrows' labels are.
        QVERIFY(view->strips().textAt(painter, QPointF(onStrip.x(), painter.laneY(lane))).isEmpty());

        // Off: no strips drawn, no extra height, no numbers on hover.
        button->click();
        QVERIFY(!view->stripsShown());
        QCOMPARE(view->shownStripLanes(), qsizetype(0));
        QCOMPARE(view->painter().laneRoom(), 0.0);
        // On again.
        button->click();
        QVERIFY(view->stripsShown());
        QVERIFY(view->shownStripLanes() >= 1);

        QVERIFY(!lab.close(client.id));
        QVERIFY(!lab.close(accepted));
        lab.close(server.id);
    }

    // A tcp_info reading read before the layout has the socket's lane (the newest events are
    // held back live) is kept by socket and drawn once the lane is there; a re-read that numbers
    // the lanes anew keeps them with their socket.
    void readingsWaitForTheirLane()
    {
        Journal journal;
        TimelineLayout layout(&journal);
        layout.setHoldBack(1'000'000'000);
        TcpInfoStrips strips(layout);
        const auto add = [&](qint64 t, qint32 socket, EventKind kind, SocketRole role = SocketRole::None) {
            Event e;
            e.t = t;
            e.socket = socket;
            e.kind = kind;
            e.role = role;
            e.proto = Protocol::Tcp;
            e.value = kind == EventKind::TcpInfo ? 10 : 0;
            e.value2 = kind == EventKind::TcpInfo ? 20'000 : 0;
            journal.append(e);
        };
        add(1'000'000, 1, EventKind::SocketOpened, SocketRole::Client);
        add(2'000'000, 1, EventKind::TcpInfo);
        layout.update();
        QVERIFY(strips.update());
        QCOMPARE(layout.laneOfSocket(1), LaneId(-1)); // still held back
        layout.flush();
        const LaneId lane = layout.laneOfSocket(1);
        QVERIFY(lane >= 0);
        QCOMPARE(strips.samples(lane).size(), size_t(1));
        // Journalled last, happened first: the layout reads again, lanes numbered anew.
        add(500'000, 2, EventKind::SocketOpened, SocketRole::Listener);
        layout.flush();
        QVERIFY(!strips.update());
        QCOMPARE(strips.samples(layout.laneOfSocket(1)).size(), size_t(1));
        QVERIFY(strips.samples(layout.laneOfSocket(2)).empty());
    }

    // The name of the state a lane is in now never lies on that lane's strips, nor on any
    // other's: at the plot's right edge, where the newest state and the newest readings meet.
    void stateNameClearOfStrips_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<bool>("answer"); // the server answers, last, with a few bytes
        // The timeline's share of 1024x768 and 1366x768 windows, and a projector's.
        for (const bool answer : {false, true}) {
            const char *last = answer ? "server answers" : "client sends";
            QTest::addRow("1024x768, %s", last) << QSize(610, 330) << qreal(1) << answer;
            QTest::addRow("1366x768, %s", last) << QSize(716, 330) << qreal(1) << answer;
            QTest::addRow("1366x768, short, %s", last) << QSize(716, 280) << qreal(1) << answer;
            QTest::addRow("1920x1080, %s", last) << QSize(1300, 600) << qreal(1) << answer;
            QTest::addRow("presenting, %s", last) << QSize(1000, 480) << qreal(1.6) << answer;
        }
    }
    void stateNameClearOfStrips()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        QFETCH(bool, answer);
        Journal journal;
        KernelView kernel(KernelSocketSource::best());
        kernel.start();
        Lab lab(&journal, &kernel);
        const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!server.error);
        const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(server.id)->localPort);
        QVERIFY(!client.error);
        QTRY_VERIFY(hasEvent(journal, client.id, EventKind::Connected));
        QTRY_VERIFY(acceptedSocket(journal) >= 0);
        const qint32 accepted = acceptedSocket(journal);
        QVERIFY(!lab.send(client.id, QByteArray(64 * 1024, 'x')));
        QTRY_VERIFY(hasEvent(journal, accepted, EventKind::DataReceived));
        if (!QTest::qWaitFor([&] { return hasEvent(journal, client.id, EventKind::TcpInfo); }, 3000))
            QSKIP("this system does not give the kernel's tcp_info for the lab's sockets");
        if (answer) {
            QVERIFY(!lab.send(accepted, QByteArrayLiteral("thanks")));
            QTRY_VERIFY(hasEvent(journal, client.id, EventKind::DataReceived));
        }

        TimelinePanel panel(&journal);
        panel.resize(size);
        panel.setPresentationScale(scale);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const TimelineLayout &layout = panel.layout();
        const auto established = [&](qint32 socket) {
            const LaneId lane = layout.laneOfSocket(socket);
            return lane >= 0 && !layout.lane(lane).states.empty()
                && layout.lane(lane).states.back().state == TcpState::Established;
        };
        QTRY_VERIFY(established(client.id) && established(accepted));
        TimelineView *view = panel.view();
        QTRY_VERIFY(!view->strips().samples(layout.laneOfSocket(client.id)).empty());
        panel.playback()->toEnd();
        QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
        view->render(&image);
        const TimelinePainter &painter = view->painter();
        const TimelinePainter::Reveal all {layout.itemCount(), 0};
        int names = 0;
        for (const LaneId lane : painter.rows().lanes()) {
            const TimelinePainter::NowStateName name = painter.nowStateName(lane, all);
            if (name.text.isEmpty())
                continue;
            ++names;
            // Every few pixels of the name's box: no strip there.
            const QRectF r = name.rect;
            for (double x = r.left(); x <= r.right(); x += 2) {
                for (double y = r.top(); y <= r.bottom(); y += 2) {
                    const QString on = view->strips().textAt(painter, QPointF(x, y));
                    QVERIFY2(on.isEmpty(),
                        qPrintable(QStringLiteral("%1 on lane %2 lies on a strip at %3,%4 (%5)")
                                       .arg(name.text)
                                       .arg(lane)
                                       .arg(x)
                                       .arg(y)
                                       .arg(on)));
                }
            }
        }
        QVERIFY(names >= 1);
        QVERIFY(!lab.close(client.id));
        QVERIFY(!lab.close(accepted));
    }

    void describe_data()
    {
        QTest::addColumn<double>("cwnd");
        QTest::addColumn<double>("rttMs");
        QTest::addColumn<double>("inFlight");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("all three") << 17.0 << 20.0 << 3.0
                                   << QStringList {QStringLiteral("cwnd 17"), QStringLiteral("RTT 20 ms"),
                                          QStringLiteral("3 in flight")};
        QTest::newRow("loopback round trip")
            << 10.0 << 0.052 << 0.0
            << QStringList {QStringLiteral("RTT 0.052 ms"), QStringLiteral("0 in flight")};
        QTest::newRow("no cwnd from this kernel")
            << -1.0 << 1.5 << -1.0 << QStringList {QStringLiteral("RTT 1.5 ms")};
    }

    void describe()
    {
        QFETCH(double, cwnd);
        QFETCH(double, rttMs);
        QFETCH(double, inFlight);
        QFETCH(QStringList, words);
        TcpInfoStrips::Sample sample;
        sample.cwnd = cwnd;
        sample.rttMs = rttMs;
        sample.inFlight = inFlight;
        const QString text = TcpInfoStrips::describe(sample);
        for (const QString &word : words)
            QVERIFY2(text.contains(word), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("cwnd")), cwnd >= 0);
        QCOMPARE(text.contains(QStringLiteral("in flight")), inFlight >= 0);
    }
};

QTEST_MAIN(TestTimelineStrips)
#include "tst_timelinestrips.moc"
