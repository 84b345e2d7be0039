#include "history/history.h"
#include "history/playhead.h"
#include "journal/journal.h"
#include "lab/lab.h"
#include "livelabtest.h"
#include "models/sockettablemodel.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <memory>
#include <vector>

using namespace SocketScope;

namespace {

bool sameSocket(const SocketRecord &a, const SocketRecord &b)
{
    return a.id == b.id && a.role == b.role && a.proto == b.proto && a.local == b.local
        && a.remote == b.remote && a.host == b.host && a.app == b.app && a.kernel == b.kernel
        && a.backlog == b.backlog && a.queueLength == b.queueLength && a.queueLimit == b.queueLimit
        && a.acceptingPaused == b.acceptingPaused && a.bytesIn == b.bytesIn && a.bytesOut == b.bytesOut
        && a.packetsIn == b.packetsIn && a.packetsOut == b.packetsOut && a.openedAt == b.openedAt
        && a.closedAt == b.closedAt && a.parent == b.parent && a.lastErrorCode == b.lastErrorCode
        && a.lastError == b.lastError && a.gone == b.gone;
}

bool sameConnection(const ConnectionRecord &a, const ConnectionRecord &b)
{
    return a.client == b.client && a.server == b.server && a.clientSocket == b.clientSocket
        && a.serverSocket == b.serverSocket && a.listener == b.listener && a.leaving == b.leaving
        && a.serverInside == b.serverInside && a.clientOutside == b.clientOutside;
}

// Empty when equal; else what differs first.
QString differences(const SessionFold &restored, const SessionFold &seen)
{
    if (restored.eventCount() != seen.eventCount())
        return QStringLiteral("events %1 != %2").arg(restored.eventCount()).arg(seen.eventCount());
    if (restored.sockets().count() != seen.sockets().count())
        return QStringLiteral("sockets %1 != %2").arg(restored.sockets().count()).arg(seen.sockets().count());
    for (qsizetype i = 0; i < seen.sockets().count(); ++i) {
        if (!sameSocket(restored.sockets().at(i), seen.sockets().at(i)))
            return QStringLiteral("socket #%1").arg(seen.sockets().at(i).id);
    }
    if (restored.connections().count() != seen.connections().count())
        return QStringLiteral("connections %1 != %2")
            .arg(restored.connections().count())
            .arg(seen.connections().count());
    for (qsizetype i = 0; i < seen.connections().count(); ++i) {
        if (!sameConnection(restored.connections().at(i), seen.connections().at(i)))
            return QStringLiteral("connection %1").arg(i);
    }
    return {};
}

} // namespace

// History restores any instant of a session exactly as the live fold showed it when the
// journal reached that instant: real sockets on loopback, snapshots taken as events arrive.
class TestHistory : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_seen.clear();
        m_live = SessionFold();
        m_seen.push_back(m_live);
        // Every event, the moment it is journalled: what the live tables fold, snapshot.
        connect(m_journal.get(), &Journal::eventsAppended, this, [this](qsizetype first, qsizetype last) {
            for (qsizetype i = first; i <= last; ++i) {
                m_live.apply(*m_journal, m_journal->at(i));
                m_seen.push_back(m_live);
            }
        });
    }

    void cleanup()
    {
        if (m_journal)
            disconnect(m_journal.get(), nullptr, this, nullptr);
        stopLab();
    }

    void restoresWhatLiveShowed_data()
    {
        QTest::addColumn<qsizetype>("interval");
        QTest::newRow("checkpoint every event") << qsizetype(1);
        QTest::newRow("every 7 events") << qsizetype(7);
        QTest::newRow("every 64 events") << qsizetype(64);
        QTest::newRow("default") << History::kDefaultInterval;
    }

    void restoresWhatLiveShowed()
    {
        QFETCH(qsizetype, interval);
        recordSession();
        QVERIFY(m_journal->count() > 40);
        QCOMPARE(qsizetype(m_seen.size()), m_journal->count() + 1);

        History history(m_journal.get(), interval);
        // Forward, then backward, then a scattered order: the state may not depend on the way.
        std::vector<qsizetype> instants;
        for (qsizetype n = 0; n <= m_journal->count(); ++n)
            instants.push_back(n);
        for (qsizetype n = m_journal->count(); n >= 0; --n)
            instants.push_back(n);
        for (qsizetype n = 0; n <= m_journal->count(); ++n)
            instants.push_back((n * 37) % (m_journal->count() + 1));
        for (const qsizetype n : instants) {
            const QString diff = differences(history.stateAfter(n), m_seen[size_t(n)]);
            if (!diff.isEmpty())
                QFAIL(qPrintable(QStringLiteral("after %1 events: %2").arg(n).arg(diff)));
        }
    }

    // The socket table at an instant of the past has the rows and cells the live fold had then,
    // and Live brings back the present.
    void tableFollowsPlayhead()
    {
        recordSession();
        SocketTableModel model(m_journal.get());
        model.setAnimated(false);
        model.setKeepGone(true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Playhead playhead(m_journal.get());
        model.followPlayhead(&playhead);
        model.catchUp();
        const int liveRows = model.rowCount();
        for (const qsizetype n : {qsizetype(0), m_journal->count() / 3, qsizetype(5), m_journal->count() / 2,
                 m_journal->count() - 1, qsizetype(1)}) {
            playhead.showAfter(n);
            const SocketFold &seen = m_seen[size_t(n)].sockets();
            QCOMPARE(model.rowCount(), int(seen.count()));
            for (int row = 0; row < model.rowCount(); ++row) {
                QVERIFY(sameSocket(*model.record(row), seen.at(row)));
                QCOMPARE(model.index(row, SocketTableModel::ColumnBytesIn)
                             .data(SocketTableModel::SortRole)
                             .toLongLong(),
                    seen.at(row).bytesIn);
            }
        }
        playhead.goLive();
        QCOMPARE(model.rowCount(), liveRows);
    }

private:
    // A TCP listener that pauses accepting while two clients wait in its queue, data both
    // ways, a close and an abort; two UDP sockets trading datagrams.
    void recordSession()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(listener.id > 0);
        const quint16 port = m_lab->info(listener.id)->localPort;
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const Lab::Opened first = m_lab->connectTcp(QHostAddress::LocalHost, port);
        const Lab::Opened second = m_lab->connectTcp(QHostAddress::LocalHost, port);
        QTRY_COMPARE(m_lab->info(first.id)->qtState, QAbstractSocket::ConnectedState);
        QTRY_COMPARE(m_lab->info(second.id)->qtState, QAbstractSocket::ConnectedState);
        QTRY_COMPARE(m_live.sockets().find(listener.id)->queueLength, 2);
        QVERIFY(!m_lab->setAcceptingPaused(listener.id, false));
        QTRY_VERIFY(acceptedOf(listener.id, 2).size() == 2);
        const QList<qint32> accepted = acceptedOf(listener.id, 2);
        QVERIFY(!m_lab->send(first.id, "hello"));
        QVERIFY(!m_lab->send(accepted[1], "world!"));
        QTRY_VERIFY(bytesIn(accepted[0]) + bytesIn(accepted[1]) == 5);
        QVERIFY(!m_lab->close(first.id));
        QVERIFY(!m_lab->abort(second.id));

        const Lab::Opened a = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        const Lab::Opened b = m_lab->bindUdp(QHostAddress::LocalHost, 0);
        const quint16 portB = m_lab->info(b.id)->localPort;
        const quint16 portA = m_lab->info(a.id)->localPort;
        QVERIFY(!m_lab->sendDatagram(a.id, "ping", {{QHostAddress::LocalHost, portB}}));
        QVERIFY(!m_lab->sendDatagram(b.id, "pong!", {{QHostAddress::LocalHost, portA}}));
        QTRY_COMPARE(bytesIn(a.id), 5);
        QTRY_COMPARE(bytesIn(b.id), 4);
        // The closed connection's ends close on both sides before the session ends.
        QTRY_VERIFY(!m_live.sockets().find(first.id)->isOpen());
        QTRY_VERIFY(!m_live.sockets().find(second.id)->isOpen());
    }

    QList<qint32> acceptedOf(qint32 listener, int count) const
    {
        QList<qint32> ids;
        for (const qint32 id : m_lab->socketIds()) {
            if (m_lab->info(id)->parent == listener && ids.size() < count)
                ids.append(id);
        }
        return ids;
    }

    qint64 bytesIn(qint32 id) const
    {
        const SocketRecord *record = m_live.sockets().find(id);
        return record ? record->bytesIn : 0;
    }

    SessionFold m_live;
    std::vector<SessionFold> m_seen; // m_seen[n]: the live state after n events
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
