#include "history/playhead.h"
#include "inspector/payloadview.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "lab/lab.h"
#include "models/connectiontablemodel.h"
#include "models/eventlogmodel.h"
#include "models/sockettablemodel.h"
#include "network/networkpanel.h"
#include "network/topologyview.h"
#include "network/virtualnetwork.h"
#include "ports/portexplorer.h"
#include "ports/portmap.h"
#include "session/session.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"
#include "window/windowbanner.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>

#include "labquery.h"
#include "livelabtest.h"

using namespace SocketScope;

namespace {

// The rows a table shows for the playhead's instant: rows of another instant fade out for a
// moment after a step, and are not counted.
int rowsShown(const PlaceRowsModel *model)
{
    int shown = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        shown += model->isFadingOut(row) ? 0 : 1;
    return shown;
}

// The index of the first journal event after `from` that `match` accepts; -1 when none.
template<typename Match> qsizetype firstEvent(const Journal &journal, qsizetype from, Match match)
{
    for (qsizetype i = from; i < journal.count(); ++i) {
        if (match(journal.at(i)))
            return i;
    }
    return -1;
}

std::vector<quint16> sorted(std::vector<quint16> ports)
{
    std::sort(ports.begin(), ports.end());
    return ports;
}

} // namespace

// Every view beside the tables follows the timeline's playhead: the port map shows the ports
// the lab's sockets held at that instant, the Network tab's picture each computer's sockets
// then, the data view the bytes exchanged up to then; Live brings the present back. The
// banner says where the playhead stands in one short line, in the timeline's and the event
// log's own counts.
class TestPlayheadViews : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void portMapAndDataFollow()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!listener.error);
        const quint16 serverPort = m_lab->info(listener.id)->localPort;
        const qsizetype listening = m_journal->count();

        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, serverPort);
        QVERIFY(!client.error);
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        const qint32 accepted = acceptedBy(*m_lab, listener.id).constFirst();
        QTRY_VERIFY(m_lab->info(client.id)->localPort != 0);
        const quint16 clientPort = m_lab->info(client.id)->localPort;
        const qsizetype connected = m_journal->count();

        QVERIFY(!m_lab->send(client.id, QByteArrayLiteral("hello")));
        QTRY_VERIFY(firstEvent(*m_journal, connected, [&](const Event &e) {
            return e.socket == accepted && e.kind == EventKind::DataReceived;
        }) >= 0);
        const qsizetype received = firstEvent(*m_journal, connected,
            [&](const Event &e) { return e.socket == accepted && e.kind == EventKind::DataReceived; });
        QVERIFY(!m_lab->abort(client.id));
        QTRY_VERIFY(firstEvent(*m_journal, received, [&](const Event &e) {
            return e.socket == client.id && (e.kind == EventKind::Aborted || e.kind == EventKind::Closed);
        }) >= 0);

        Playhead playhead(m_journal.get());
        PortExplorer ports(m_journal.get(), m_kernel.get());
        ports.followPlayhead(&playhead);
        ports.show();
        PayloadView data(m_journal.get());
        data.followPlayhead(&playhead);
        data.showSocket(accepted);
        PortMap *map = ports.portMap();

        // Live: the client is gone, the listener and the accepted socket hold the port.
        QTRY_COMPARE(map->labSocketPorts(), (std::vector<quint16> {serverPort, serverPort}));
        QTRY_COMPARE(data.blockCount(), 1);

        playhead.showAfter(listening);
        QCOMPARE(map->labSocketPorts(), (std::vector<quint16> {serverPort}));
        QVERIFY(map->osPickedPorts().empty());
        // What the kernel lists now is the present's: not on a map of the past.
        QVERIFY(map->portsInUse().empty());
        QCOMPARE(data.blockCount(), 0);
        QVERIFY(data.shownText().contains(QStringLiteral("up to the playhead")));

        playhead.showAfter(connected);
        QCOMPARE(map->labSocketPorts(), sorted({serverPort, serverPort, clientPort}));
        QCOMPARE(map->osPickedPorts(), (std::vector<quint16> {clientPort}));

        // The bytes arrive with event `received`: not before it, and from it on.
        playhead.showAfter(received);
        QCOMPARE(data.blockCount(), 0);
        playhead.showAfter(received + 1);
        QCOMPARE(data.blockCount(), 1);
        QVERIFY(data.shownText().contains(QStringLiteral("hello")));

        playhead.goLive();
        QCOMPARE(map->labSocketPorts(), (std::vector<quint16> {serverPort, serverPort}));
        QCOMPARE(data.blockCount(), 1);
        if (m_kernel->isAvailable())
            QTRY_VERIFY(!map->portsInUse().empty());
    }

    void networkPictureFollows()
    {
        VirtualNetwork network(m_journal.get(), m_lab.get(), nullptr);
        if (!network.start())
            QSKIP(qPrintable(QStringLiteral("no virtual lab network here: ") + network.problem()));
        NetworkPanel panel(&network, m_lab.get());
        Playhead playhead(m_journal.get());
        panel.followPlayhead(&playhead, m_journal.get());
        TopologyView *picture = panel.picture();

        const Lab::Opened server = m_lab->listenTcp(QHostAddress(QStringLiteral("192.168.0.10")), 80);
        QVERIFY2(!server.error, qPrintable(server.error.detail));
        const QString host = m_lab->info(server.id)->host;
        QVERIFY(!host.isEmpty());
        const qsizetype listening = m_journal->count();
        const QString line = QStringLiteral("#%1 TCP :80 listening").arg(server.id);
        QCOMPARE(picture->socketLines(host), QStringList {line});

        QVERIFY(!m_lab->close(server.id));
        QTRY_VERIFY(picture->socketLines(host).isEmpty());
        playhead.showAfter(listening);
        QCOMPARE(picture->socketLines(host), QStringList {line});
        playhead.showAfter(0);
        QVERIFY(picture->socketLines(host).isEmpty());
        playhead.goLive();
        QVERIFY(picture->socketLines(host).isEmpty());
    }

    void bannerIsOneLine_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("1024") << 1024 << 1.0;
        QTest::newRow("1366") << 1366 << 1.0;
        QTest::newRow("1366, presenting") << 1366 << 1.8;
    }

    void bannerIsOneLine()
    {
        QFETCH(int, width);
        QFETCH(qreal, scale);
        Session session(Session::Kind::Replay);
        QWidget window;
        WindowBanner banner(&session, &window);
        banner.setScale(scale);
        window.resize(width - 360, 400); // the docks take the rest
        WindowBanner::PastInstant instant;
        instant.ns = 1'120'671'000;
        instant.step = 23;
        instant.steps = 96;
        instant.events = 31;
        instant.eventCount = 120;
        banner.setPastInstant(instant);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!banner.isHidden());
        QCOMPARE(banner.text(), QStringLiteral("Showing 1.120671 s: step 23 of 96, event 31 of 120"));
        // The Live button sits beside the line, and the banner is no taller than it needs.
        QPushButton *live = banner.liveButton();
        QVERIFY(live->isVisible());
        const int height = banner.heightForWidth(window.width());
        const int oneLine = QFontMetrics(banner.font()).height();
        QVERIFY2(height <= qMax(live->sizeHint().height(), oneLine + 12) + 2,
            qPrintable(QStringLiteral("%1 px tall").arg(height)));

        banner.setPastInstant({});
        QVERIFY(banner.isHidden());
    }

    // The whole window: stepping on the timeline moves the socket table, the event log, the
    // port map and the data view together, and the banner's Live button brings them back.
    void windowStepsEveryView()
    {
        stopLab(); // the window's session has its own lab
        Session session(Session::Kind::Live);
        MainWindow window(&session, nullptr);
        Exchange exchange;
        openExchange(window, session, QByteArrayLiteral("step by step"), &exchange);
        if (QTest::currentTestFailed())
            return;
        const quint16 serverPort = exchange.serverPort;
        const qint32 accepted = exchange.accepted;
        const qsizetype received = exchange.received;

        TimelinePanel *timeline = window.timeline();
        TimelinePlayback *playback = timeline->playback();
        // The timeline has drawn the arrival of the bytes.
        const auto itemOf = [&](qsizetype event) -> qsizetype {
            const auto &items = timeline->layout().items();
            for (size_t i = 0; i < items.size(); ++i) {
                if (qsizetype(items[i].event) == event)
                    return qsizetype(i);
            }
            return -1;
        };
        QTRY_VERIFY(itemOf(received) >= 0);
        const qsizetype dataItem = itemOf(received);
        window.selectSocket(accepted);
        auto *banner = window.findChild<WindowBanner *>();
        auto *data = window.findChild<PayloadView *>();
        auto *log = window.findChild<QTableView *>(QStringLiteral("eventLog"));
        QVERIFY(banner && data && log);
        QCOMPARE(data->socket(), accepted);

        playback->seek(0);
        QVERIFY(!playback->isLive());
        QCOMPARE(rowsShown(window.socketModel()), 0);
        QVERIFY(window.portExplorer()->portMap()->labSocketPorts().empty());
        QCOMPARE(data->blockCount(), 0);
        QVERIFY(banner->text().startsWith(QStringLiteral("Showing the start")));

        // On the step that drew the bytes' arrival: three sockets, the bytes, the log's row.
        playback->seek(double(dataItem + 1));
        QCOMPARE(rowsShown(window.socketModel()), 3);
        QCOMPARE(data->blockCount(), 1);
        QVERIFY(data->shownText().contains(QStringLiteral("step by step")));
        // The port map draws nothing while its tab is hidden; shown, it has caught up.
        window.centralTabs()->setCurrentWidget(window.portExplorer());
        const std::vector<quint16> ports = window.portExplorer()->portMap()->labSocketPorts();
        QCOMPARE(std::count(ports.begin(), ports.end(), serverPort), 2);
        QCOMPARE(ports.size(), size_t(3));
        // The banner counts as the timeline's bar and the event log do.
        const qsizetype shown = log->currentIndex().data(EventLogModel::EventIndexRole).toLongLong() + 1;
        QVERIFY(shown >= received + 1);
        // (The journal goes on growing while the kernel reports, so only the counts shown.)
        QVERIFY2(banner->text().contains(QStringLiteral("step %1 of %2, event %3 of ")
                                             .arg(dataItem + 1)
                                             .arg(playback->itemCount())
                                             .arg(shown)),
            qPrintable(banner->text()));

        // Back to before the first item that came from the bytes' arrival or a later event (a
        // kernel reading taken before the bytes arrived but journalled after them sits before
        // the arrival in time; the views show every event up to the latest such item's): the
        // bytes have not arrived yet.
        qsizetype before = 0;
        {
            const auto &items = timeline->layout().items();
            while (before < qsizetype(items.size()) && qsizetype(items[size_t(before)].event) < received)
                ++before;
        }
        QVERIFY(before <= itemOf(received));
        playback->seek(double(before));
        // Each step picks the log's row of the last event shown, and with it that event's
        // socket (here the client's send, when it is the last): the accepted socket again.
        window.selectSocket(accepted);
        QCOMPARE(data->socket(), accepted);
        QCOMPARE(data->blockCount(), 0);

        // The log shows a past row, scrolled away from its end, and its title says so.
        QVERIFY(log->currentIndex().isValid());
        QDockWidget *logDock = nullptr;
        for (QWidget *w = log; w && !logDock; w = w->parentWidget())
            logDock = qobject_cast<QDockWidget *>(w);
        QVERIFY(logDock);
        QVERIFY2(logDock->windowTitle().contains(QStringLiteral("the playhead is at event")),
            qPrintable(logDock->windowTitle()));
        QVERIFY(log->currentIndex().row() < log->model()->rowCount() - 1);

        banner->liveButton()->click();
        QVERIFY(playback->isLive());
        QTRY_VERIFY(banner->isHidden() || !banner->showsPast());
        QCOMPARE(logDock->windowTitle(), QStringLiteral("Event log"));
        QCOMPARE(rowsShown(window.socketModel()), 3);
        // Back to now, the log is at its end with the newest row picked (rows may arrive
        // after the click: the one picked was the newest then, and the log follows).
        QVERIFY(log->currentIndex().isValid());
        QTRY_COMPARE(log->verticalScrollBar()->value(), log->verticalScrollBar()->maximum());
        const qsizetype newest = log->currentIndex().row();
        QVERIFY(log->currentIndex().data(EventLogModel::EventIndexRole).toLongLong() >= received);
        // The newest row's socket is picked with it; the accepted one has its bytes again.
        window.selectSocket(accepted);
        QCOMPARE(data->blockCount(), 1);
        playback->seek(0);
        QVERIFY(!log->currentIndex().isValid());
        banner->liveButton()->click();
        QVERIFY(log->currentIndex().row() >= newest);
        QTRY_COMPARE(log->verticalScrollBar()->value(), log->verticalScrollBar()->maximum());
    }

    // Clicking on the timeline moves the playhead too: a click or a drag on the ruler above the
    // plot, as on a player's time bar, and a double click on an event. The tables follow.
    void clickingTheTimelineMovesEveryView()
    {
        stopLab(); // the window's session has its own lab
        Session session(Session::Kind::Live);
        MainWindow window(&session, nullptr);
        const Journal &journal = *session.journal();
        Exchange exchange;
        openExchange(window, session, QByteArrayLiteral("click"), &exchange);
        if (QTest::currentTestFailed())
            return;
        const qsizetype received = exchange.received;

        TimelinePanel *timeline = window.timeline();
        window.centralTabs()->setCurrentWidget(timeline);
        TimelinePlayback *playback = timeline->playback();
        const auto &items = timeline->layout().items();
        const auto itemOf = [&](auto match) -> qsizetype {
            for (size_t i = 0; i < items.size(); ++i) {
                if (match(items[i]))
                    return qsizetype(i);
            }
            return -1;
        };
        QTRY_VERIFY(itemOf([&](const TimelineItem &it) { return qsizetype(it.event) == received; }) >= 0);
        const qsizetype dataItem
            = itemOf([&](const TimelineItem &it) { return qsizetype(it.event) == received; });
        TimelineView *view = timeline->view();
        QTRY_VERIFY(view->isVisible());
        QTest::keyClick(view, Qt::Key_0); // Fit: the whole session in view
        const TimelinePainter &painter = view->painter();
        const double rulerY = painter.plotRect().top() - 4;

        // Left of the first item: the start, nothing shown.
        QTest::mouseClick(
            view, Qt::LeftButton, Qt::NoModifier, QPointF(painter.plotRect().left() + 1, rulerY).toPoint());
        QVERIFY(!playback->isLive());
        QCOMPARE(playback->position(), 0.0);
        QCOMPARE(rowsShown(window.socketModel()), 0);
        QCOMPARE(rowsShown(window.connectionModel()), 0);

        // On the bytes' arrival: the three sockets and their connection.
        QTest::mouseClick(
            view, Qt::LeftButton, Qt::NoModifier, QPointF(painter.xOfItem(dataItem), rulerY).toPoint());
        QVERIFY(playback->position() >= double(dataItem + 1));
        QVERIFY(painter.xOfItem(qsizetype(playback->position()) - 1) <= painter.xOfItem(dataItem) + 5);
        QCOMPARE(rowsShown(window.socketModel()), 3);
        QCOMPARE(rowsShown(window.connectionModel()), 1);

        // A double click on the client's connect() call: the instant of that call, before the
        // listener had accepted anything.
        const qsizetype connectCall = itemOf([&](const TimelineItem &it) {
            return it.kind == TimelineItem::Call && journal.at(it.event).kind == EventKind::ConnectStarted;
        });
        QVERIFY(connectCall >= 0 && connectCall < dataItem);
        const QPoint call
            = QPointF(painter.xOfItem(connectCall), painter.laneY(items[size_t(connectCall)].lane)).toPoint();
        QTest::mouseDClick(view, Qt::LeftButton, Qt::NoModifier, call);
        QCOMPARE(playback->position(), double(connectCall + 1));
        QCOMPARE(rowsShown(window.connectionModel()), 0);
    }

    // Alt with the arrows, Home and End moves the playhead from any tab (here with the focus
    // in the socket table, where the bare keys move between cells): the Time menu's keys.
    void timeKeysWorkOnEveryTab()
    {
        stopLab(); // the window's session has its own lab
        Session session(Session::Kind::Live);
        MainWindow window(&session, nullptr);
        Exchange exchange;
        openExchange(window, session, QByteArrayLiteral("keys"), &exchange);
        if (QTest::currentTestFailed())
            return;
        TimelinePlayback *playback = window.timeline()->playback();
        QTRY_VERIFY(playback->itemCount() > 12);
        window.centralTabs()->setCurrentIndex(0);
        auto *table = window.findChild<QTableView *>(QStringLiteral("socketTable"));
        QVERIFY(table);
        table->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(table->hasFocus());
        QVERIFY(playback->isLive());
        const int items = playback->itemCount();

        QTest::keyClick(table, Qt::Key_Home, Qt::AltModifier);
        QVERIFY(!playback->isLive());
        QCOMPARE(playback->position(), 0.0);
        QCOMPARE(rowsShown(window.socketModel()), 0);
        QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(playback->position(), 1.0); // a step forward plays out
        QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(playback->position(), 11.0);
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(playback->position(), 10.0);
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(playback->position(), 0.0);
        QTest::keyClick(table, Qt::Key_End, Qt::AltModifier);
        QVERIFY(playback->isLive());
        QVERIFY(playback->itemCount() >= items);
        QCOMPARE(rowsShown(window.socketModel()), 3);
    }

    // A lab recording says which networks its computers were on (its network event): the
    // replay's timeline takes them as the live one took the lab's, here a second home network
    // added on the Network tab, so a datagram to that network's broadcast address reaches the
    // sockets it reached live. The lab's default networks alone do not know that address.
    void replayTimelineTakesTheRecordedNetwork()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("lab.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"format":"socketscope-journal","version":1,"app":"SocketScope test"}
{"t":1000,"kind":"network","source":"app","topology":{"default_host":"pc-a","forwards":[],"nat":true,)"
            R"("hosts":[{"address":"192.168.0.10","gateway":"192.168.0.1","name":"pc-a","prefix":24,"segment":"lan"},)"
            R"({"address":"10.20.0.10","gateway":"10.20.0.1","name":"pc-c","prefix":24,"segment":"lab2"}],)"
            R"("segments":[{"name":"lan","prefix":24,"router":"192.168.0.1"},{"name":"lab2","prefix":24,"router":"10.20.0.1"}]}}
{"t":2000,"kind":"socket_opened","source":"app","socket":1,"proto":"udp","host":"pc-c","role":"udp"}
{"t":3000,"kind":"bound","source":"app","socket":1,"proto":"udp","local":"10.20.0.10:5000","host":"pc-c"}
{"t":4000,"kind":"network","source":"app","topology":{}}
)");
        file.close();
        const QHostAddress broadcast(QStringLiteral("10.20.0.255"));
        {
            Journal defaults;
            QVERIFY(!TimelineLayout(&defaults).labBroadcastAddresses().isBroadcast(broadcast));
        }

        Session session(Session::Kind::Replay);
        RecordingReader reader;
        QVERIFY2(reader.read(path, *session.journal()), qPrintable(reader.fatalError()));
        QCOMPARE(session.journal()->count(), 4);
        MainWindow window(&session, nullptr);
        window.resize(1024, 768);
        window.show();
        QTRY_VERIFY(window.timeline()->playback()->itemCount() > 0);
        window.setReplaySource(path, {}, 0);
        const TimelineLayout &layout = window.timeline()->layout();
        QVERIFY(layout.labBroadcastAddresses().isBroadcast(broadcast));
        QVERIFY(layout.labBroadcastAddresses().isBroadcast(QHostAddress(QStringLiteral("192.168.0.255"))));
        // The socket is pc-c's: its band is named so.
        QCOMPARE(layout.computerOf(layout.laneOfSocket(1)), QStringLiteral("pc-c"));
    }

    // A recording opens at its start: the event log picks no row until the playhead moves, then
    // the row of the last event shown. The kernel's TCP numbers are left out of the log (and
    // counted), so stepping lands on a call or a packet, never on a reading.
    void replayLogStartsAtTheStart()
    {
        if (!m_kernel->isAvailable())
            QSKIP("the kernel's view of sockets is not available here: no TCP numbers to leave out");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        RecordingWriter writer(m_journal.get());
        QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!listener.error);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        QTRY_COMPARE(acceptedBy(*m_lab, listener.id).size(), 1);
        QVERIFY(!m_lab->send(client.id, QByteArrayLiteral("hello")));
        const auto isReading = [](const Event &e) { return e.kind == EventKind::TcpInfo; };
        QTRY_VERIFY_WITH_TIMEOUT(firstEvent(*m_journal, 0, isReading) >= 0, 10000);
        QVERIFY(!m_lab->close(client.id));
        QVERIFY(!m_lab->close(listener.id));
        writer.close();

        Session session(Session::Kind::Replay);
        RecordingReader reader;
        QVERIFY(reader.read(path, *session.journal()));
        const Journal &journal = *session.journal();
        qsizetype readings = 0;
        for (qsizetype i = 0; i < journal.count(); ++i)
            readings += isReading(journal.at(i));
        QVERIFY(readings > 0);
        MainWindow window(&session, nullptr);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // As in the app, the timeline may have read the recording (and followed it, live)
        // before the window learns it is a replay.
        TimelinePlayback *playback = window.timeline()->playback();
        QTRY_VERIFY(playback->itemCount() > 0);
        window.setReplaySource(path, {}, 0);
        auto *log = window.findChild<QTableView *>(QStringLiteral("eventLog"));
        auto *kernelNumbers = window.findChild<QCheckBox *>(QStringLiteral("kernelNumbers"));
        QVERIFY(log && kernelNumbers);
        QVERIFY(!playback->isLive());

        // At the start: no row picked, the log at its top, no socket picked for the data view.
        QVERIFY(!log->currentIndex().isValid());
        QCOMPARE(window.findChild<PayloadView *>()->socket(), -1);
        QVERIFY(log->selectionModel()->selectedRows().isEmpty());
        QCOMPARE(log->verticalScrollBar()->value(), 0);
        QVERIFY(!kernelNumbers->isChecked());
        QCOMPARE(log->model()->rowCount(), journal.count() - readings);
        QVERIFY2(kernelNumbers->text().contains(QStringLiteral("%1 hidden").arg(readings)),
            qPrintable(kernelNumbers->text()));

        // Every step picks the row of the last event shown that has a row.
        // (After item i the views show every event up to the latest one items 0..i came from.)
        qsizetype shown = 0;
        for (qsizetype step = 1; step <= playback->itemCount(); ++step) {
            playback->seek(double(step));
            QCOMPARE(playback->currentItem(), step - 1);
            shown
                = std::max(shown, qsizetype(window.timeline()->layout().items()[size_t(step - 1)].event) + 1);
            qsizetype expected = shown - 1;
            while (expected >= 0 && isReading(journal.at(expected)))
                --expected;
            const QModelIndex current = log->currentIndex();
            if (expected < 0) {
                QVERIFY(!current.isValid());
                continue;
            }
            QVERIFY(current.isValid());
            QCOMPARE(current.data(EventLogModel::EventIndexRole).toLongLong(), expected);
        }

        // Shown again, the readings have rows and the row picked stays on the same event.
        const qsizetype picked = log->currentIndex().data(EventLogModel::EventIndexRole).toLongLong();
        kernelNumbers->setChecked(true);
        QCOMPARE(log->model()->rowCount(), journal.count());
        QCOMPARE(log->currentIndex().data(EventLogModel::EventIndexRole).toLongLong(), picked);

        // Live (back to now) from the start of the recording: the log at its end, the newest
        // row picked.
        playback->toStart();
        QVERIFY(!log->currentIndex().isValid());
        QCOMPARE(log->verticalScrollBar()->value(), 0);
        window.findChild<WindowBanner *>()->liveButton()->click();
        QVERIFY(playback->isLive());
        QCOMPARE(log->currentIndex().row(), log->model()->rowCount() - 1);
        QCOMPARE(log->selectionModel()->selectedRows().size(), 1);
        QTRY_VERIFY(log->verticalScrollBar()->maximum() > 0);
        QTRY_COMPARE(log->verticalScrollBar()->value(), log->verticalScrollBar()->maximum());
    }

private:
    // A listener, a client connected to it and `bytes` sent, in the window's own session.
    struct Exchange
    {
        quint16 serverPort = 0;
        qint32 accepted = -1;
        qsizetype received = -1; // the journal's index of the accepted socket's data_received
    };

    void openExchange(MainWindow &window, Session &session, const QByteArray &bytes, Exchange *exchange)
    {
        window.resize(1366, 768);
        window.show();
        Lab *lab = session.lab();
        const Journal &journal = *session.journal();
        const Lab::Opened listener = lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!listener.error);
        exchange->serverPort = lab->info(listener.id)->localPort;
        const Lab::Opened client = lab->connectTcp(QHostAddress::LocalHost, exchange->serverPort);
        QVERIFY(!client.error);
        QTRY_COMPARE(acceptedBy(*lab, listener.id).size(), 1);
        const qint32 accepted = acceptedBy(*lab, listener.id).constFirst();
        exchange->accepted = accepted;
        QVERIFY(!lab->send(client.id, bytes));
        const auto isData
            = [&](const Event &e) { return e.socket == accepted && e.kind == EventKind::DataReceived; };
        QTRY_VERIFY(firstEvent(journal, 0, isData) >= 0);
        exchange->received = firstEvent(journal, 0, isData);
    }
};

QTEST_MAIN(TestPlayheadViews)
#include "tst_playheadviews.moc"
