#include "capture/capturefeed.h"
#include "experiments/forwardrule.h"
#include "history/history.h"
#include "history/playhead.h"
#include "journal/journal.h"
#include "lab/lab.h"
#include "livelabtest.h"
#include "models/connectiontablemodel.h"
#include "models/sockettablemodel.h"
#include "network/labnetwork.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <map>
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

// The socket and connection tables of a journal as live showed them: every cell, each time
// the journal grew (catching up at once, as a person looking then would have seen it).
class TablesSeen
{
public:
    explicit TablesSeen(Journal *journal)
        : m_journal(journal)
        , m_sockets(journal)
        , m_connections(journal)
    {
        quiet(m_sockets, m_connections);
        snapshot();
        m_guard = std::make_unique<QObject>();
        QObject::connect(journal, &Journal::eventsAppended, m_guard.get(), [this] { snapshot(); });
    }

    void stop() { m_guard.reset(); }
    qsizetype instants() const { return qsizetype(m_seen.size()); }

    // Tables that follow a playhead, moved to every instant seen, forward, backward and
    // scattered, show the cells live showed.
    void verifyPlayheadShowsTheSame() const
    {
        SocketTableModel sockets(m_journal);
        ConnectionTableModel connections(m_journal);
        quiet(sockets, connections);
        Playhead playhead(m_journal);
        sockets.followPlayhead(&playhead);
        connections.followPlayhead(&playhead);
        std::vector<qsizetype> instants;
        instants.reserve(m_seen.size());
        for (const auto &[n, shown] : m_seen)
            instants.push_back(n);
        QVERIFY(!m_seen.rbegin()->second.second.isEmpty()); // a connection was shown
        std::vector<qsizetype> order = instants;
        order.insert(order.end(), instants.rbegin(), instants.rend());
        for (size_t i = 0; i < instants.size(); ++i)
            order.push_back(instants[(i * 37) % instants.size()]);
        for (const qsizetype n : order) {
            if (n == m_journal->count())
                playhead.goLive();
            else
                playhead.showAfter(n);
            sockets.catchUp();
            connections.catchUp();
            const auto &[socketCells, connectionCells] = m_seen.at(n);
            const QStringList shownSockets = cells(sockets);
            const QStringList shownConnections = cells(connections);
            QVERIFY2(shownSockets == socketCells,
                qPrintable(
                    QStringLiteral("sockets after %1 events:\n%2\nlive showed\n%3")
                        .arg(n)
                        .arg(shownSockets.join(QLatin1Char(' ')), socketCells.join(QLatin1Char(' ')))));
            QVERIFY2(shownConnections == connectionCells,
                qPrintable(QStringLiteral("connections after %1 events:\n%2\nlive showed\n%3")
                               .arg(n)
                               .arg(shownConnections.join(QLatin1Char(' ')),
                                   connectionCells.join(QLatin1Char(' ')))));
        }
    }

private:
    static void quiet(SocketTableModel &sockets, ConnectionTableModel &connections)
    {
        sockets.setAnimated(false);
        sockets.setKeepGone(true);
        connections.setAnimated(false);
        connections.setKeepGone(true);
    }

    static QStringList cells(const QAbstractItemModel &model)
    {
        QStringList all;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                all << model.index(row, column).data().toString();
            all << QStringLiteral("|");
        }
        return all;
    }

    void snapshot()
    {
        m_sockets.catchUp();
        m_connections.catchUp();
        m_seen[m_journal->count()] = {cells(m_sockets), cells(m_connections)};
    }

    Journal *m_journal;
    SocketTableModel m_sockets;
    ConnectionTableModel m_connections;
    std::unique_ptr<QObject> m_guard;
    // After n events: the socket table's cells, the connection table's.
    std::map<qsizetype, std::pair<QStringList, QStringList>> m_seen;
};

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
        watch(m_journal.get());
    }

    void cleanup()
    {
        if (m_watched)
            disconnect(m_watched, nullptr, this, nullptr);
        m_watched = nullptr;
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

    // Rows step in and out with the playhead as they do live. Stepping back to when only the
    // listener existed, the later sockets and connections do not vanish: each fades out in red,
    // still showing what it showed, and goes when its fade ends. Stepping forward again before
    // then brings a fading row back, glowing as new.
    void rowsFadeOutWhenThePlayheadStepsBack()
    {
        recordSession();
        qsizetype onlyListener = -1;
        for (qsizetype n = 0; n < qsizetype(m_seen.size()) && onlyListener < 0; ++n) {
            if (m_seen[size_t(n)].sockets().count() == 1)
                onlyListener = n;
        }
        QVERIFY(onlyListener > 0);
        SocketTableModel sockets(m_journal.get());
        ConnectionTableModel connections(m_journal.get());
        QAbstractItemModelTester socketTester(
            &sockets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester connectionTester(
            &connections, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Playhead playhead(m_journal.get());
        sockets.followPlayhead(&playhead);
        connections.followPlayhead(&playhead);
        sockets.catchUp();
        connections.catchUp();
        const int socketRows = sockets.rowCount();
        const int connectionRows = connections.rowCount();
        QVERIFY(socketRows > 4);
        QVERIFY(connectionRows >= 2);
        QStringList liveIds;
        for (int row = 0; row < socketRows; ++row)
            liveIds << sockets.index(row, SocketTableModel::ColumnId).data().toString();

        playhead.showAfter(onlyListener);
        const qint32 listenerId = m_seen[size_t(onlyListener)].sockets().at(0).id;
        QCOMPARE(sockets.rowCount(), socketRows); // nothing left at once
        QStringList fadingIds;
        for (int row = 0; row < sockets.rowCount(); ++row) {
            const QModelIndex id = sockets.index(row, SocketTableModel::ColumnId);
            if (!sockets.isFadingOut(row)) {
                QCOMPARE(sockets.record(row)->id, listenerId);
                continue;
            }
            fadingIds << id.data().toString();
            QCOMPARE(id.data(SocketTableModel::HighlightMarkRole).toInt(), int(RowAnimation::Mark::Leaving));
            QVERIFY(sockets.record(row)->id != listenerId);
        }
        QCOMPARE(fadingIds.size(), socketRows - 1);
        for (const QString &id : fadingIds)
            QVERIFY(liveIds.contains(id)); // a fading row shows what it showed live
        for (int row = 0; row < connections.rowCount(); ++row) {
            QVERIFY(connections.isFadingOut(row));
            // Read from the instant it fades out from: its sockets are known there.
            QVERIFY2(connections.index(row, ConnectionTableModel::ColumnClientSocket)
                         .data()
                         .toString()
                         .startsWith(QLatin1Char('#')),
                qPrintable(
                    connections.index(row, ConnectionTableModel::ColumnClientSocket).data().toString()));
        }

        // Forward again before the fades end: the rows stay and glow as new.
        playhead.goLive();
        sockets.catchUp();
        connections.catchUp();
        QCOMPARE(sockets.rowCount(), socketRows);
        for (int row = 0; row < sockets.rowCount(); ++row) {
            QVERIFY(!sockets.isFadingOut(row));
            if (sockets.record(row)->id != listenerId && !sockets.record(row)->gone)
                QCOMPARE(sockets.index(row, SocketTableModel::ColumnId)
                             .data(SocketTableModel::HighlightMarkRole)
                             .toInt(),
                    int(RowAnimation::Mark::New));
        }
        QCOMPARE(connections.rowCount(), connectionRows);

        // Back once more, and the fades run to their end: only the listener stays.
        playhead.showAfter(onlyListener);
        QVERIFY(sockets.rowCount() > 1);
        QTRY_COMPARE(sockets.rowCount(), 1);
        QCOMPARE(sockets.record(0)->id, listenerId);
        QVERIFY(!sockets.isFadingOut(0));
        QTRY_COMPARE(connections.rowCount(), 0);

        // Without animation (reduced motion) rows leave at once.
        playhead.goLive();
        sockets.setAnimated(false);
        playhead.showAfter(onlyListener);
        QCOMPARE(sockets.rowCount(), 1);
    }

    // Not the fold against itself: the tables a person reads. Every cell of the socket and
    // connection tables, as the live tables showed it each time the journal grew, against the
    // same tables following a playhead to that instant (forward, backward and scattered).
    void everyTableCellAsLiveShowedIt()
    {
        TablesSeen seen(m_journal.get());
        recordSession();
        seen.stop();
        QVERIFY(seen.instants() > 20);
        seen.verifyPlayheadShowsTheSame();
    }

    // The playhead takes checkpoints ahead while the journal grows, an interval at a time on a
    // timer, so the first step into the past folds at most one interval: here the whole
    // journal but its unfinished last interval is covered before anyone asks.
    void checkpointsAreTakenAhead()
    {
        Journal journal;
        Playhead playhead(&journal);
        const qsizetype interval = playhead.history().interval();
        const quint32 local = journal.intern(QStringLiteral("127.0.0.1:7"));
        Event opened;
        opened.kind = EventKind::SocketOpened;
        opened.proto = Protocol::Udp;
        opened.role = SocketRole::Udp;
        opened.socket = 1;
        opened.local = local;
        journal.append(opened);
        Event datagram = opened;
        datagram.kind = EventKind::DatagramReceived;
        datagram.value = 1;
        for (qsizetype i = 1; i < 2 * interval + interval / 2; ++i) {
            datagram.t = i;
            journal.append(datagram);
        }
        QCOMPARE(playhead.history().prepared(), qsizetype(0));
        QTRY_COMPARE_WITH_TIMEOUT(playhead.history().prepared(), 2 * interval, 5000);
        QCOMPARE(playhead.history().checkpointCount(), qsizetype(3)); // before the first, 1x, 2x
        QVERIFY(playhead.isLive()); // taking checkpoints moves nothing
        playhead.showAfter(interval + 3);
        QCOMPARE(playhead.past()->eventCount(), interval + 3);
    }

    void labSessionAtEachInstant_data()
    {
        QTest::addColumn<bool>("forwarded");
        // A computer on the internet calls the router's public port, which passes it on to pc-a.
        QTest::newRow("port forward") << true;
        // pc-b calls a computer on the internet; the router gives it its own public address.
        QTest::newRow("masquerade") << false;
    }

    // A session in the virtual lab network, across the router: before the client connects
    // only the listener exists; after the handshake, the one connection with the address the
    // router rewrote, its two ends on two computers. Every instant restores what live showed.
    void labSessionAtEachInstant()
    {
        QFETCH(bool, forwarded);
        const QHostAddress pcA(QStringLiteral("192.168.0.10"));
        const QHostAddress pcB(QStringLiteral("192.168.0.11"));
        const QHostAddress remote(QStringLiteral("203.0.113.50"));
        const QHostAddress router(QStringLiteral("203.0.113.1"));

        Journal journal;
        LabNetwork network;
        QVERIFY2(network.start(), qPrintable(network.problem()));
        if (!network.hasNat())
            QFAIL("nft is missing: the router cannot translate addresses (install nftables)");
        Lab lab(&journal, nullptr);
        lab.setPlacement(&network);
        CaptureFeed feed(&journal, &lab);
        feed.attach(network.frames());
        watch(&journal);
        TablesSeen tables(&journal);
        if (forwarded) {
            QString error;
            const auto rule = ForwardRule::parse(u"tcp:203.0.113.1:8080=192.168.0.10:80", &error);
            QVERIFY2(rule, qPrintable(error));
            QVERIFY(network.addNatRule(*rule).isEmpty());
        }

        const Lab::Opened server = lab.listenTcp(forwarded ? pcA : remote, 80);
        QVERIFY2(!server.error, qPrintable(server.error.detail));
        QTRY_VERIFY(
            m_live.sockets().find(server.id) && m_live.sockets().find(server.id)->app == AppState::Listening);
        const qsizetype beforeConnect = journal.count();
        const Lab::Opened client
            = forwarded ? lab.connectTcp(router, 8080, remote) : lab.connectTcp(remote, 80, pcB);
        QVERIFY2(!client.error, qPrintable(client.error.detail));
        qint32 accepted = -1;
        QTRY_VERIFY([&] {
            for (const qint32 id : lab.socketIds()) {
                if (lab.info(id)->parent == server.id)
                    accepted = id;
            }
            return accepted >= 0;
        }());
        // Both ends known, on one row, with what the router rewrote.
        const auto translated = [&] {
            if (m_live.connections().count() != 1)
                return false;
            const ConnectionRecord &c = m_live.connections().at(0);
            return c.clientSocket == client.id && c.serverSocket == accepted
                && (forwarded ? c.serverInside != 0 : c.clientOutside != 0);
        };
        QTRY_VERIFY(translated());
        QTRY_VERIFY(m_live.sockets().find(client.id)->app == AppState::Connected);
        const qsizetype afterHandshake = journal.count();
        QCOMPARE(qsizetype(m_seen.size()), afterHandshake + 1);

        History history(&journal, 16);
        const SessionFold before = history.stateAfter(beforeConnect);
        QCOMPARE(before.sockets().count(), 1);
        QCOMPARE(before.sockets().at(0).id, server.id);
        QCOMPARE(before.sockets().at(0).role, SocketRole::Listener);
        QVERIFY(before.sockets().at(0).isOpen());
        QCOMPARE(before.connections().count(), 0);

        const SessionFold after = history.stateAfter(afterHandshake);
        QVERIFY(after.sockets().find(client.id) && after.sockets().find(accepted));
        QCOMPARE(after.connections().count(), 1);
        const ConnectionRecord &c = after.connections().at(0);
        QCOMPARE(c.clientSocket, client.id);
        QCOMPARE(c.serverSocket, accepted);
        QCOMPARE(c.listener, server.id);
        QVERIFY(!c.leaving);
        const QString clientPort = QString::number(lab.info(client.id)->localPort);
        if (forwarded) {
            // The client called the router; the server is pc-a:80 inside.
            QCOMPARE(journal.string(c.server), QStringLiteral("203.0.113.1:8080"));
            QCOMPARE(journal.string(c.serverInside), QStringLiteral("192.168.0.10:80"));
            QCOMPARE(journal.string(c.client), QStringLiteral("203.0.113.50:") + clientPort);
            QCOMPARE(c.clientOutside, 0u);
        } else {
            // pc-b's connection leaves with the router's public address.
            QCOMPARE(journal.string(c.client), QStringLiteral("192.168.0.11:") + clientPort);
            QCOMPARE(journal.string(c.server), QStringLiteral("203.0.113.50:80"));
            QVERIFY(journal.string(c.clientOutside).startsWith(QLatin1String("203.0.113.1:")));
            QCOMPARE(c.serverInside, 0u);
        }
        // Every instant, backward: as live showed it when the journal got there.
        for (qsizetype n = afterHandshake; n >= 0; --n) {
            const QString diff = differences(history.stateAfter(n), m_seen[size_t(n)]);
            if (!diff.isEmpty())
                QFAIL(qPrintable(QStringLiteral("after %1 events: %2").arg(n).arg(diff)));
        }
        // And the tables a person reads, cell by cell, the router's rewritten addresses too.
        tables.stop();
        QVERIFY(tables.instants() > 5);
        tables.verifyPlayheadShowsTheSame();
        if (QTest::currentTestFailed())
            return;
        disconnect(&journal, nullptr, this, nullptr);
        m_watched = nullptr;
        lab.closeAll();
    }

private:
    // Snapshots what the live tables fold after every event of `journal`, as it is journalled.
    void watch(const Journal *journal)
    {
        if (m_watched)
            disconnect(m_watched, nullptr, this, nullptr);
        m_watched = journal;
        m_seen.clear();
        m_live = SessionFold();
        m_seen.push_back(m_live);
        connect(journal, &Journal::eventsAppended, this, [this, journal](qsizetype first, qsizetype last) {
            for (qsizetype i = first; i <= last; ++i) {
                m_live.apply(*journal, journal->at(i));
                m_seen.push_back(m_live);
            }
        });
    }

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

    const Journal *m_watched = nullptr;
    SessionFold m_live;
    std::vector<SessionFold> m_seen; // m_seen[n]: the live state after n events
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
