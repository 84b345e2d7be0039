#include "inspector/payloadview.h"
#include "lab/lab.h"
#include "models/connectiontablemodel.h"
#include "models/eventlogmodel.h"
#include "models/sockettablemodel.h"
#include "session/session.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "window/mainwindow.h"
#include "window/selection.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

using namespace SocketScope;

// One selection that every view follows, on real loopback sockets: a socket picked in the table
// is the timeline's lane and the inspector's socket, and a lane picked on the timeline is the
// table's row and the inspector's socket.
class TestSelection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<Session>(Session::Kind::Live);
        m_window = std::make_unique<MainWindow>(m_session.get(), nullptr);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        Lab *lab = m_session->lab();
        const Lab::Opened listener = lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const Lab::Opened client
            = lab->connectTcp(QHostAddress::LocalHost, lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        m_listener = listener.id;
        m_client = client.id;
        QTRY_COMPARE(m_window->socketModel()->rowCount(), 3); // listener, client, accepted
        QTRY_COMPARE(m_window->connectionModel()->rowCount(), 1);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    // A table row picked with the mouse: the timeline lights that socket's lane and the
    // inspector shows its data.
    void tableRowSelectsLaneAndInspector_data()
    {
        QTest::addColumn<bool>("pickListener");
        QTest::newRow("listener") << true;
        QTest::newRow("client") << false;
    }

    void tableRowSelectsLaneAndInspector()
    {
        QFETCH(bool, pickListener);
        const qint32 id = pickListener ? m_listener : m_client;
        m_window->selectSocket(pickListener ? m_client : m_listener); // start from the other one
        QCOMPARE(payload()->socket(), pickListener ? m_client : m_listener);
        QSignalSpy selected(m_window->selection(), &Selection::socketSelected);
        QVERIFY(selected.isValid());
        QTableView *view = m_window->socketView();
        const QModelIndex row = rowOf(view, id);
        QVERIFY(row.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());

        QCOMPARE(m_window->selection()->socket(), id);
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.constLast().constFirst().toInt(), id);
        TimelinePanel *timeline = m_window->timeline();
        QTRY_VERIFY(timeline->layout().laneOfSocket(id) >= 0);
        QTRY_COMPARE(timeline->view()->selectedLane(), timeline->layout().laneOfSocket(id));
        QCOMPARE(payload()->socket(), id);
        // The connection table shows the connection the client belongs to, and no other.
        if (!pickListener) {
            const QModelIndex connection = m_window->connectionView()->currentIndex();
            QVERIFY(connection.isValid());
            QVERIFY(connection.data(ConnectionTableModel::SocketIdsRole).value<QList<qint32>>().contains(id));
            QVERIFY(m_window->selection()->connection().contains(id));
        }
    }

    // The other way round: a lane clicked on the timeline is the table's current row and the
    // inspector's socket.
    void laneSelectsTableRowAndInspector()
    {
        m_window->selectSocket(m_listener);
        QTabWidget *tabs = m_window->centralTabs();
        TimelinePanel *timeline = m_window->timeline();
        tabs->setCurrentWidget(timeline);
        TimelineView *view = timeline->view();
        QTRY_VERIFY(view->isVisible());
        QTRY_VERIFY(timeline->layout().laneOfSocket(m_client) >= 0);
        const LaneId lane = timeline->layout().laneOfSocket(m_client);
        // The lane's name, left of the plot, where no arrow can be hit instead.
        QPointF point;
        QTRY_VERIFY(pointOnLane(view, lane, &point));
        QTest::mouseClick(view, Qt::LeftButton, {}, point.toPoint());

        QTRY_COMPARE(m_window->selection()->socket(), m_client);
        QCOMPARE(view->selectedLane(), lane);
        const QModelIndex current = m_window->socketView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(SocketTableModel::SocketIdRole).toInt(), m_client);
        QCOMPARE(payload()->socket(), m_client);
    }

    // An event picked in the log selects the socket it happened to, everywhere.
    void eventSelectsItsSocket()
    {
        m_window->selectSocket(m_listener);
        auto *log = m_window->findChild<QTableView *>(QStringLiteral("eventLog"));
        QVERIFY(log);
        const QAbstractItemModel *events = log->model();
        int row = -1;
        for (int i = 0; i < events->rowCount() && row < 0; ++i) {
            if (events->index(i, 0).data(EventLogModel::SocketIdRole).toInt() == m_client)
                row = i;
        }
        QVERIFY(row >= 0);
        log->setCurrentIndex(events->index(row, 0));
        QCOMPARE(m_window->selection()->eventIndex(), qint64(row));
        QCOMPARE(m_window->selection()->socket(), m_client);
        QCOMPARE(
            m_window->socketView()->currentIndex().data(SocketTableModel::SocketIdRole).toInt(), m_client);
        QCOMPARE(payload()->socket(), m_client);
        QTRY_COMPARE(m_window->timeline()->view()->selectedLane(),
            m_window->timeline()->layout().laneOfSocket(m_client));
        // Another socket picked elsewhere: the event no longer belongs to the selection.
        m_window->selectSocket(m_listener);
        QCOMPARE(m_window->selection()->eventIndex(), qint64(-1));
    }

private:
    static QModelIndex rowOf(QTableView *view, qint32 id)
    {
        for (int i = 0; i < view->model()->rowCount(); ++i) {
            const QModelIndex index = view->model()->index(i, 0);
            if (index.data(SocketTableModel::SocketIdRole).toInt() == id)
                return index;
        }
        return {};
    }

    static bool pointOnLane(const TimelineView *view, LaneId lane, QPointF *point)
    {
        const TimelinePainter &painter = view->painter();
        const QRectF plot = painter.plotRect();
        if (plot.left() < 4)
            return false;
        *point = QPointF(plot.left() / 2, painter.laneY(lane));
        return painter.laneAt(*point) == lane;
    }

    PayloadView *payload() const { return m_window->findChild<PayloadView *>(); }

    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    qint32 m_listener = -1;
    qint32 m_client = -1;
};

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
