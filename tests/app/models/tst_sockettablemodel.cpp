#include "history/playhead.h"
#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "livelabtest.h"
#include "models/labels.h"
#include "models/rowanimation.h"
#include "models/sockettablemodel.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

// The socket table: one row per lab socket, folded from the journal, updated live.
class TestSocketTableModel : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_model = std::make_unique<SocketTableModel>(m_journal.get());
        m_model->setAnimated(false);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        stopLab();
    }

    // Every column and every state, of the program and of the kernel, has an explanation.
    void everyColumnAndStateIsExplained()
    {
        for (int column = 0; column < SocketTableModel::ColumnCount; ++column)
            QVERIFY(!m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        for (int s = int(AppState::Opening); s <= int(AppState::Failed); ++s)
            QVERIFY2(
                !Labels::appStateExplained(AppState(s)).isEmpty(), qPrintable(Labels::appState(AppState(s))));
        for (const TcpState s : {TcpState::Established, TcpState::SynSent, TcpState::SynRecv,
                 TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait, TcpState::Close,
                 TcpState::CloseWait, TcpState::LastAck, TcpState::Listen, TcpState::Closing,
                 TcpState::NewSynRecv, TcpState::Bound, TcpState::Gone})
            QVERIFY2(!Labels::kernelStateExplained(s).isEmpty(), qPrintable(Labels::kernelState(s)));

        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QTRY_COMPARE(m_model->rowCount(), 1);
        QTRY_COMPARE(m_model->index(0, SocketTableModel::ColumnAppState).data(Qt::ToolTipRole).toString(),
            Labels::appStateExplained(AppState::Listening));
        for (int column = 0; column < SocketTableModel::ColumnCount; ++column)
            QVERIFY(!m_model->index(0, column).data(Qt::ToolTipRole).toString().isEmpty());
        m_lab->close(listener.id);
    }

    void liveSockets()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(reset.isValid());
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        const quint16 port = m_lab->info(listener.id)->localPort;
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QTRY_COMPARE(m_model->rowCount(), 3); // listener, client, accepted
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QVERIFY(!m_lab->send(client.id, "12345"));

        const int listenerRow = m_model->rowOfSocket(listener.id);
        QVERIFY(listenerRow >= 0);
        const QString listenAt = QStringLiteral("127.0.0.1:%1").arg(port);
        QCOMPARE(cell(listenerRow, SocketTableModel::ColumnLocal), listenAt);
        QCOMPARE(cell(listenerRow, SocketTableModel::ColumnRemote), QStringLiteral("*:*"));
        QCOMPARE(cell(listenerRow, SocketTableModel::ColumnRole), Labels::role(SocketRole::Listener));
        QCOMPARE(cell(listenerRow, SocketTableModel::ColumnProtocol), Labels::protocol(Protocol::Tcp));
        QTRY_COMPARE(
            cell(listenerRow, SocketTableModel::ColumnKernelState), Labels::kernelState(TcpState::Listen));

        const int clientRow = m_model->rowOfSocket(client.id);
        QTRY_COMPARE(cell(clientRow, SocketTableModel::ColumnRemote), listenAt);
        QTRY_COMPARE(cell(clientRow, SocketTableModel::ColumnBytesOut), Labels::bytes(5));
        QCOMPARE(m_model->index(clientRow, SocketTableModel::ColumnPacketsOut).data().toInt(), 1);
        QCOMPARE(m_model->index(clientRow, 0).data(SocketTableModel::SocketIdRole).toInt(), client.id);
        QTRY_COMPARE(
            cell(clientRow, SocketTableModel::ColumnKernelState), Labels::kernelState(TcpState::Established));

        // The accepted socket: the listener's own local ip:port, the listener as its parent.
        int acceptedRow = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->record(row)->role == SocketRole::Accepted)
                acceptedRow = row;
        }
        QVERIFY(acceptedRow >= 0);
        QCOMPARE(cell(acceptedRow, SocketTableModel::ColumnLocal), listenAt);
        QCOMPARE(m_model->index(acceptedRow, 0).data(SocketTableModel::ParentIdRole).toInt(), listener.id);
        QTRY_COMPARE(cell(acceptedRow, SocketTableModel::ColumnBytesIn), Labels::bytes(5));

        QVERIFY(!m_lab->close(client.id));
        QTRY_VERIFY(!m_model->index(clientRow, 0).data(SocketTableModel::IsOpenRole).toBool()
            || m_model->rowOfSocket(client.id) < 0);
        QCOMPARE(reset.count(), 0);
        for (int column = 0; column < m_model->columnCount(); ++column)
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    // The kernel's TCP numbers fill the cwnd, RTT and retransmission columns of a connection.
    void tcpNumbersShow()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QVERIFY(!m_lab->send(client.id, QByteArray(4096, 'x')));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOfSocket(client.id) >= 0, 5000);
        const auto row = [&] { return m_model->rowOfSocket(client.id); };
        QTRY_VERIFY_WITH_TIMEOUT(
            m_model->index(row(), SocketTableModel::ColumnCwnd).data().toLongLong() > 0, 10000);
        QVERIFY(cell(row(), SocketTableModel::ColumnRtt).endsWith(QStringLiteral("ms")));
        QVERIFY(m_model->index(row(), SocketTableModel::ColumnRetransmissions).data().toLongLong() >= 0);
        // A listener has none of them.
        QVERIFY(cell(m_model->rowOfSocket(listener.id), SocketTableModel::ColumnCwnd).isEmpty());
    }

    void pausedListenerShowsItsQueue()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0, 5);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const Lab::Opened a = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!a.error);
        if (!m_kernel->isAvailable())
            QSKIP("no kernel view: the queue length is unknown");
        QTRY_COMPARE(m_model->rowCount(), 2);
        const int row = m_model->rowOfSocket(listener.id);
        QTRY_COMPARE(m_model->record(row)->queueLength, 1);
        QCOMPARE(m_model->record(row)->queueLimit, 5);
        QVERIFY(cell(row, SocketTableModel::ColumnQueue).startsWith(QStringLiteral("1 / 5")));
        QVERIFY(m_model->record(row)->acceptingPaused);
    }

    void burstsAreBatched()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(inserted.isValid());
        const qsizetype before = m_journal->count();
        constexpr int kSockets = 40;
        for (int i = 0; i < kSockets; ++i)
            QVERIFY(!m_lab->bindUdp(QHostAddress::LocalHost, 0).error);
        const qsizetype events = m_journal->count() - before;
        QTRY_COMPARE(m_model->rowCount(), kSockets);
        // One insert per batch, not one per event or per socket.
        QVERIFY2(inserted.count() <= 3, qPrintable(QString::number(inserted.count())));
        QVERIFY(events >= 2 * kSockets);
    }

    // Many real connections at once, animation on (as in the window): every socket has its
    // row with the state it is in, the burst arrives without a glow per row (a repaint of the
    // whole table many times a second). (Rows leaving in runs: tst_rowanimation; which of many
    // short-lived sockets the kernel view names as gone, and when, varies too much to count here.)
    void burstOfConnectionsHasEveryRow()
    {
        m_model->setAnimated(true);
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        constexpr int kConnections = 100;
        QList<qint32> clients;
        for (int i = 0; i < kConnections; ++i) {
            const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
            QVERIFY(!client.error);
            clients << client.id;
        }
        const auto everyRowConnected = [this] {
            if (m_model->rowCount() != 1 + 2 * kConnections)
                return false;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const SocketRecord *r = m_model->record(row);
                const AppState wanted
                    = r->role == SocketRole::Listener ? AppState::Listening : AppState::Connected;
                if (r->app != wanted
                    || cell(row, SocketTableModel::ColumnAppState) != Labels::appState(wanted))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(everyRowConnected(), 20000);
        // The clients were opened in one go, so they came in one large batch (the accepted
        // sockets follow as the handshakes end, in batches of any size).
        for (const qint32 id : std::as_const(clients)) {
            const int row = m_model->rowOfSocket(id);
            QVERIFY(row >= 0);
            const auto mark = RowAnimation::Mark(m_model->index(row, SocketTableModel::ColumnId)
                                                     .data(SocketTableModel::HighlightMarkRole)
                                                     .toInt());
            QVERIFY2(mark != RowAnimation::Mark::New, qPrintable(QString::number(id)));
        }

        QCOMPARE(m_model->record(m_model->rowOfSocket(listener.id))->app, AppState::Listening);
    }

    void goneRowLeaves()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QTRY_COMPARE(m_model->rowCount(), 3);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        if (!m_kernel->isAvailable())
            QSKIP("no kernel view: nothing says when a socket is gone");
        QTRY_COMPARE(m_lab->info(client.id)->kernelState, TcpState::Established);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(removed.isValid());
        QVERIFY(!m_lab->abort(client.id)); // no TIME_WAIT: the kernel lets go at once
        QTRY_COMPARE(m_model->rowOfSocket(client.id), -1);
        QVERIFY(removed.count() >= 1);
        // The others keep their rows, found by id after the removal.
        QVERIFY(m_model->rowOfSocket(listener.id) >= 0);
        QCOMPARE(m_model->record(m_model->rowOfSocket(listener.id))->id, listener.id);
    }

    void replayKeepsGoneRows()
    {
        // A replayed journal keeps sockets that are gone, greyed, so the end of a session can
        // still be read.
        Journal journal;
        SocketTableModel model(&journal);
        model.setKeepGone(true);
        model.setAnimated(false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        appendOpenedAndGone(journal);
        model.catchUp();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, 0).data(SocketTableModel::IsOpenRole).toBool());
        QCOMPARE(model.index(0, SocketTableModel::ColumnKernelState).data().toString(),
            Labels::kernelState(TcpState::Gone));
    }

    // A socket whose row is leaving live (the kernel let it go) is shown at an instant it was
    // still open: its row is not leaving there. Stepped back before it opened, the row fades
    // out and goes.
    void leavingLiveIsNotLeavingInThePast()
    {
        Journal journal;
        SocketTableModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Playhead playhead(&journal);
        model.followPlayhead(&playhead);
        appendOpenedAndGone(journal);
        model.catchUp();
        QCOMPARE(model.rowCount(), 1);
        const auto mark = [&] {
            return RowAnimation::Mark(
                model.index(0, SocketTableModel::ColumnId).data(SocketTableModel::HighlightMarkRole).toInt());
        };
        QCOMPARE(mark(), RowAnimation::Mark::Leaving);

        playhead.showAfter(1); // opened, not gone yet
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.isFadingOut(0));
        QVERIFY(mark() != RowAnimation::Mark::Leaving);
        QTest::qWait(int(RowAnimation::kLeavingMs) + 300);
        QCOMPARE(model.rowCount(), 1); // the past keeps it

        playhead.showAfter(0); // before it opened
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.isFadingOut(0));
        QCOMPARE(mark(), RowAnimation::Mark::Leaving);
        QTRY_COMPARE(model.rowCount(), 0);
    }

private:
    // A client socket opened, then let go of by the kernel: two events.
    static void appendOpenedAndGone(Journal &journal)
    {
        Event opened;
        opened.kind = EventKind::SocketOpened;
        opened.socket = 1;
        opened.proto = Protocol::Tcp;
        opened.role = SocketRole::Client;
        journal.append(opened);
        Event gone = opened;
        gone.kind = EventKind::State;
        gone.source = EventSource::Kernel;
        gone.toState = TcpState::Gone;
        journal.append(gone);
    }

    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<SocketTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestSocketTableModel)
#include "tst_sockettablemodel.moc"
