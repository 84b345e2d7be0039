#include "journal/journal.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "livelabtest.h"
#include "models/connectiontablemodel.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <memory>

using namespace SocketScope;

// The connection table: one row per socket pair <client ip:port, server ip:port>.
class TestConnectionTableModel : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_model = std::make_unique<ConnectionTableModel>(m_journal.get());
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

    void bothEndsShareOneRow()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        const quint16 port = m_lab->info(listener.id)->localPort;
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
        qint32 accepted = -1;
        QTRY_VERIFY((accepted = acceptedOf(listener.id)) > 0);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QVERIFY(!m_lab->send(client.id, "abc"));
        QVERIFY(!m_lab->send(accepted, "defgh"));

        QTRY_COMPARE(m_model->rowCount(), 1);
        QTRY_COMPARE(m_model->index(0, 0).data(ConnectionTableModel::ServerSocketRole).toInt(), accepted);
        QCOMPARE(m_model->index(0, 0).data(ConnectionTableModel::ClientSocketRole).toInt(), client.id);
        QCOMPARE(m_model->index(0, 0).data(ConnectionTableModel::ListenerRole).toInt(), listener.id);
        const auto ids
            = m_model->index(0, 0).data(ConnectionTableModel::SocketIdsRole).value<QList<qint32>>();
        QCOMPARE(ids, (QList<qint32> {client.id, accepted}));
        QCOMPARE(m_model->rowOfSocket(client.id), 0);
        QCOMPARE(m_model->rowOfSocket(accepted), 0);
        QCOMPARE(m_model->rowOfSocket(listener.id), -1); // a listener is in no connection
        QCOMPARE(cell(0, ConnectionTableModel::ColumnServer), QStringLiteral("127.0.0.1:%1").arg(port));
        QCOMPARE(cell(0, ConnectionTableModel::ColumnClient),
            QStringLiteral("127.0.0.1:%1").arg(m_lab->info(client.id)->localPort));
        QTRY_COMPARE(cell(0, ConnectionTableModel::ColumnStatus), QStringLiteral("open"));
        QTRY_COMPARE(m_model->index(0, ConnectionTableModel::ColumnToServer)
                         .data(ConnectionTableModel::SortRole)
                         .toLongLong(),
            3);
        QTRY_COMPARE(m_model->index(0, ConnectionTableModel::ColumnToClient)
                         .data(ConnectionTableModel::SortRole)
                         .toLongLong(),
            5);
    }

    void manyClientsOneServer()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        const quint16 port = m_lab->info(listener.id)->localPort;
        QList<qint32> clients;
        for (int i = 0; i < 3; ++i)
            clients.append(m_lab->connectTcp(QHostAddress::LocalHost, port).id);
        for (const qint32 id : clients)
            QTRY_COMPARE(m_lab->info(id)->qtState, QAbstractSocket::ConnectedState);
        QTRY_COMPARE(m_model->rowCount(), 3);

        const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
        QSet<QString> clientSides;
        for (int row = 0; row < 3; ++row) {
            // The listener's ip:port appears in every row; the client side tells them apart.
            QCOMPARE(cell(row, ConnectionTableModel::ColumnServer), server);
            clientSides.insert(cell(row, ConnectionTableModel::ColumnClient));
            QTRY_VERIFY(m_model->index(row, 0).data(ConnectionTableModel::ServerSocketRole).toInt() > 0);
        }
        QCOMPARE(clientSides.size(), 3);
    }

    void waitingForAccept()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QTRY_COMPARE(m_lab->info(client.id)->qtState, QAbstractSocket::ConnectedState);
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, ConnectionTableModel::ColumnStatus), QStringLiteral("waiting for accept()"));
        QCOMPARE(m_model->index(0, 0).data(ConnectionTableModel::ServerSocketRole).toInt(), -1);
        QVERIFY(cell(0, ConnectionTableModel::ColumnServerSocket)
                    .contains(QStringLiteral("#%1").arg(listener.id)));

        // Once accepted, the same row gets its server socket.
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, false));
        QTRY_VERIFY(m_model->index(0, 0).data(ConnectionTableModel::ServerSocketRole).toInt() > 0);
        QCOMPARE(m_model->rowCount(), 1);
        QTRY_COMPARE(cell(0, ConnectionTableModel::ColumnStatus), QStringLiteral("open"));
    }

    void goneConnectionLeaves()
    {
        if (!m_kernel->isAvailable())
            QSKIP("no kernel view: nothing says when a socket is gone");
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        const Lab::Opened keep
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        const Lab::Opened drop
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QTRY_COMPARE(m_lab->info(drop.id)->kernelState, TcpState::Established);
        QTRY_COMPARE(m_lab->info(keep.id)->kernelState, TcpState::Established);
        QTRY_COMPARE(m_model->rowCount(), 2);
        QVERIFY(!m_lab->abort(drop.id)); // both ends leave the kernel at once
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowOfSocket(drop.id), -1);
        QCOMPARE(m_model->rowOfSocket(keep.id), 0);
    }

    void udpIsNoConnection()
    {
        const Lab::Opened a = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        QVERIFY(!m_lab->sendDatagram(a.id, "x", {{QHostAddress::LocalHost, m_lab->info(a.id)->localPort}}));
        QTRY_COMPARE(m_lab->info(a.id)->packetsIn, 1);
        m_model->catchUp();
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    qint32 acceptedOf(qint32 listener) const
    {
        for (const qint32 id : m_lab->socketIds()) {
            if (m_lab->info(id)->parent == listener)
                return id;
        }
        return -1;
    }

    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<ConnectionTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestConnectionTableModel)
#include "tst_connectiontablemodel.moc"
