#include "journal/journal.h"
#include "lab/lab.h"
#include "livelabtest.h"
#include "models/rowanimation.h"
#include "models/sockettablemodel.h"
#include "tables/highlightdelegate.h"
#include "tables/livetableview.h"

#include <QtCore/QSortFilterProxyModel>
#include <QtTest/QtTest>
#include <QtWidgets/QTabWidget>

#include <limits>
#include <memory>
#include <utility>

using namespace SocketScope;

// Attacks on the tables under load: the stack the window uses (model, sorting proxy, live view,
// highlight delegate) fed bursts of real connections while its tab is hidden, re-sorted midway,
// then shown. When the load stops every socket has its row, in order, and a small change after
// the burst is marked again.
class TestAttackLoadpath : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void burstBehindAnotherTab_data()
    {
        QTest::addColumn<int>("connections");
        QTest::addColumn<bool>("resortMidway");
        QTest::newRow("small") << 3 << false;
        QTest::newRow("large") << 80 << false;
        QTest::newRow("large, re-sorted") << 80 << true;
    }

    void burstBehindAnotherTab()
    {
        QFETCH(int, connections);
        QFETCH(bool, resortMidway);
        SocketTableModel model(m_journal.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SocketTableModel::SortRole);
        proxy.setDynamicSortFilter(true);
        QTabWidget tabs;
        auto *view = new LiveTableView;
        view->setModel(&proxy);
        view->setItemDelegate(new HighlightDelegate(
            SocketTableModel::HighlightMarkRole, SocketTableModel::HighlightStrengthRole, view));
        view->setAnimating([&model] { return model.isAnimating(); });
        view->sortByColumn(SocketTableModel::ColumnId, Qt::AscendingOrder);
        tabs.addTab(view, QStringLiteral("tables"));
        tabs.addTab(new QWidget, QStringLiteral("other"));
        tabs.resize(800, 400);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        tabs.setCurrentIndex(1); // the tables are hidden while the load pours in

        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        QList<qint32> clients;
        for (int i = 0; i < connections; ++i) {
            clients << m_lab->connectTcp(QHostAddress::LocalHost, port).id;
            if (resortMidway && i == connections / 2)
                view->sortByColumn(SocketTableModel::ColumnId, Qt::DescendingOrder);
        }
        const int rows = 1 + 2 * connections;
        QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), rows, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(clients.cbegin(), clients.cend(),
                [this](qint32 id) { return m_lab->info(id)->qtState == QAbstractSocket::ConnectedState; }),
            20000);
        model.catchUp();
        tabs.setCurrentIndex(0);
        QVERIFY(view->isVisible());

        // Every socket is in the view, once, in the order asked for.
        QSet<qint32> seen;
        qint32 previous = resortMidway ? std::numeric_limits<qint32>::max() : -1;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint32 id = proxy.index(row, 0).data(SocketTableModel::SocketIdRole).toInt();
            QVERIFY2(!seen.contains(id), qPrintable(QString::number(id)));
            seen.insert(id);
            QVERIFY(resortMidway ? id < previous : id > previous);
            previous = id;
        }
        for (const qint32 id : std::as_const(clients))
            QVERIFY(seen.contains(id));
        QVERIFY(seen.contains(listener.id));

        // Once the load has stopped (the kernel has said what it has to say about the burst:
        // its polls journal changes, and a batch of them is as quiet as the burst), a single
        // new socket glows again.
        if (m_kernel->isAvailable()) {
            QTRY_VERIFY_WITH_TIMEOUT(
                std::all_of(clients.cbegin(), clients.cend(),
                    [this](qint32 id) { return m_lab->info(id)->kernelState == TcpState::Established; }),
                20000);
        }
        // Settled: nothing journalled between two looks.
        qsizetype lastCount = -1;
        QTRY_VERIFY_WITH_TIMEOUT(std::exchange(lastCount, m_journal->count()) == m_journal->count(), 20000);
        model.catchUp();
        const Lab::Opened late = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!late.error);
        QTRY_VERIFY(model.rowOfSocket(late.id) >= 0);
        QCOMPARE(
            RowAnimation::Mark(
                model.index(model.rowOfSocket(late.id), 0).data(SocketTableModel::HighlightMarkRole).toInt()),
            RowAnimation::Mark::New);
        QVERIFY(model.isAnimating());
    }
};

QTEST_MAIN(TestAttackLoadpath)
#include "tst_attack_loadpath.moc"
