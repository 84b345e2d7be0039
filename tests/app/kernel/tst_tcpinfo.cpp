#include "journal/journal.h"
#include "journal/recordingformat.h"
#include "journal/tcpinfo.h"
#include "journalquery.h"
#include "lab/lab.h"
#include "labquery.h"
#include "livelabtest.h"
#include "models/socketrecord.h"

#include <QtTest/QtTest>

using namespace SocketScope;

namespace {

TcpInfo reading(qint64 cwnd, qint64 srttUs)
{
    TcpInfo info;
    info.cwnd = cwnd;
    info.srttUs = srttUs;
    return info;
}

} // namespace

// tcp_info on real loopback connections: read from the kernel, journalled at a bounded rate,
// written to a recording and read back.
class TestTcpInfo : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void throttle_data()
    {
        QTest::addColumn<qint64>("gapMs");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<bool>("admitted");
        QTest::newRow("same numbers, much later") << qint64(5000) << false << false;
        QTest::newRow("changed, too soon") << qint64(10) << true << false;
        QTest::newRow("changed, just too soon") << qint64(99) << true << false;
        QTest::newRow("changed, 100 ms later") << qint64(100) << true << true;
        QTest::newRow("changed, later") << qint64(400) << true << true;
    }

    void throttle()
    {
        QFETCH(qint64, gapMs);
        QFETCH(bool, changed);
        QFETCH(bool, admitted);
        TcpInfoThrottle throttle;
        const qint64 start = 1'000'000'000;
        QVERIFY(throttle.admit(reading(10, 50), start)); // the first reading always
        QCOMPARE(throttle.admit(reading(changed ? 11 : 10, 50), start + gapMs * 1'000'000), admitted);
    }

    // A skipped change is not lost: a later poll with the same numbers records it.
    void throttleKeepsSkippedChange()
    {
        TcpInfoThrottle throttle;
        QVERIFY(throttle.admit(reading(10, 50), 0));
        QVERIFY(!throttle.admit(reading(20, 50), 10'000'000));
        QVERIFY(throttle.admit(reading(20, 50), 150'000'000));
        QVERIFY(!throttle.admit(reading(20, 50), 400'000'000));
    }

    void connectionWithDataHasTcpInfo()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0 && serverId > 0);
        QVERIFY(!m_lab->send(clientId, QByteArray(64 * 1024, 'x')));
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->info(serverId)->bytesIn, 64 * 1024, 10000);
        // The kernel's numbers arrive with a later poll.
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(*m_journal, clientId, EventKind::TcpInfo).isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(*m_journal, serverId, EventKind::TcpInfo).isEmpty(), 10000);
        // The first reading may predate the data (the handshake only: two segments out); the
        // counts are part of what makes a new reading, so one after the data follows.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_journal->tcpInfo(eventsOf(*m_journal, clientId, EventKind::TcpInfo).last().payload).segmentsOut
                >= 3,
            10000);
        const Event e = eventsOf(*m_journal, clientId, EventKind::TcpInfo).last();
        QCOMPARE(e.source, EventSource::Kernel);
        QCOMPARE(e.proto, Protocol::Tcp);
        const TcpInfo info = m_journal->tcpInfo(e.payload);
        QVERIFY2(info.cwnd > 0, qPrintable(QString::number(info.cwnd)));
        QVERIFY2(info.srttUs > 0, qPrintable(QString::number(info.srttUs)));
        QVERIFY(info.rttvarUs >= 0);
        QVERIFY(info.retransmissions >= 0);
        QVERIFY(info.inFlight >= 0);
        QCOMPARE(e.value, info.cwnd);
        QCOMPARE(e.value2, info.srttUs);
        // The kernel's segment counts: the handshake and 64 KiB of data went out, ACKs came
        // back; the data went in segments of at most one MSS each.
        QVERIFY2(info.segmentsOut >= 3, qPrintable(QString::number(info.segmentsOut)));
        QVERIFY2(info.segmentsIn >= 2, qPrintable(QString::number(info.segmentsIn)));
        QVERIFY2(info.dataSegmentsOut >= 1 && info.dataSegmentsOut <= info.segmentsOut,
            qPrintable(QString::number(info.dataSegmentsOut)));
        QVERIFY(info.dataSegmentsIn >= 0 && info.dataSegmentsIn <= info.segmentsIn);
        // The last reading the server journalled: it received data segments.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_journal->tcpInfo(eventsOf(*m_journal, serverId, EventKind::TcpInfo).last().payload)
                    .dataSegmentsIn
                > 0,
            10000);
        // The socket table's record folds the same numbers.
        SocketRecord record;
        for (const quint32 index : m_journal->eventsOfSocket(clientId))
            record.apply(m_journal->at(index));
        QCOMPARE(record.cwnd, info.cwnd);
        QCOMPARE(record.srttUs, info.srttUs);
        // A listener has no TCP numbers worth a row.
        QVERIFY(eventsOf(*m_journal, m_listener, EventKind::TcpInfo).isEmpty());
    }

    // On a connection that keeps sending, the numbers change all the time; still no two
    // tcp_info events of one socket are closer than the bound.
    void rateIsBounded()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0 && serverId > 0);
        QTimer sender;
        QObject::connect(&sender, &QTimer::timeout, m_lab.get(),
            [this, id = clientId] { m_lab->send(id, QByteArray(4096, 'y')); });
        sender.start(5);
        m_kernel->wakeUp();
        QTRY_VERIFY_WITH_TIMEOUT(eventsOf(*m_journal, clientId, EventKind::TcpInfo).size() >= 5, 20000);
        sender.stop();
        for (const qint32 id : {clientId, serverId}) {
            const QList<Event> events = eventsOf(*m_journal, id, EventKind::TcpInfo);
            for (qsizetype i = 1; i < events.size(); ++i) {
                const qint64 gap = events.at(i).t - events.at(i - 1).t;
                QVERIFY2(gap >= TcpInfoThrottle::kMinIntervalNs, qPrintable(QString::number(gap)));
                // Only a change is written.
                QVERIFY(!(m_journal->tcpInfo(events.at(i).payload)
                    == m_journal->tcpInfo(events.at(i - 1).payload)));
            }
        }
    }

    // The events go into a recording and come back out the same; a number the kernel did not
    // give stays unknown.
    void recordingRoundTrip()
    {
        const auto [clientId, serverId] = connectPair();
        QVERIFY(clientId > 0 && serverId > 0);
        QVERIFY(!m_lab->send(clientId, QByteArray(8192, 'z')));
        QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(*m_journal, clientId, EventKind::TcpInfo).isEmpty(), 10000);
        const Event original = eventsOf(*m_journal, clientId, EventKind::TcpInfo).first();
        const QByteArray line = RecordingFormat::eventLine(*m_journal, original);
        QVERIFY(line.contains("\"kind\":\"tcp_info\""));
        QVERIFY(line.contains("\"cwnd\":"));

        Journal replayed;
        Event back;
        const QString problem = RecordingFormat::parseEventLine(line, replayed, &back);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(back.kind, EventKind::TcpInfo);
        QCOMPARE(back.socket, clientId);
        QCOMPARE(back.value, original.value);
        QCOMPARE(back.value2, original.value2);
        QCOMPARE(back.length, original.length);
        QVERIFY(replayed.tcpInfo(back.payload) == m_journal->tcpInfo(original.payload));
        QVERIFY(line.contains("\"segs_out\":") && line.contains("\"segs_in\":"));
        QVERIFY(line.contains("\"data_segs_out\":") && line.contains("\"data_segs_in\":"));
        QVERIFY(replayed.tcpInfo(back.payload).segmentsOut > 0);

        Event partial;
        QVERIFY(RecordingFormat::parseEventLine(
            R"({"t":5,"kind":"tcp_info","source":"kernel","socket":3,"cwnd":10,"srtt_us":120})", replayed,
            &partial)
                    .isEmpty());
        // Only what the event itself holds: no reading is kept beside it.
        QCOMPARE(partial.value, 10);
        QCOMPARE(partial.value2, 120);
        QCOMPARE(partial.payload, 0u);
        QCOMPARE(replayed.tcpInfo(partial.payload).receiveWindow, -1);
        // A recording made before the segment counts: they stay unknown, and are not written.
        Event older;
        QVERIFY(RecordingFormat::parseEventLine(
            R"({"t":5,"kind":"tcp_info","source":"kernel","socket":3,"cwnd":10,"srtt_us":120,"rcv_wnd":65483})",
            replayed, &older)
                    .isEmpty());
        QCOMPARE(replayed.tcpInfo(older.payload).receiveWindow, 65483);
        QCOMPARE(replayed.tcpInfo(older.payload).segmentsOut, -1);
        QCOMPARE(replayed.tcpInfo(older.payload).dataSegmentsIn, -1);
        QVERIFY(!RecordingFormat::eventLine(replayed, older).contains("segs"));
        QVERIFY(RecordingFormat::eventLine(replayed, partial).contains("\"srtt_us\":120"));
        Event bad;
        QVERIFY(!RecordingFormat::parseEventLine(
            R"({"t":5,"kind":"tcp_info","source":"kernel","socket":3,"cwnd":"ten"})", replayed, &bad)
                     .isEmpty());
    }

private:
    std::pair<qint32, qint32> connectPair()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        if (listener.error)
            return {-1, -1};
        m_listener = listener.id;
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        if (client.error)
            return {-1, -1};
        const bool ready = QTest::qWaitFor(
            [&] {
                return !acceptedBy(*m_lab, listener.id).isEmpty()
                    && m_lab->info(client.id)->qtState == QAbstractSocket::ConnectedState;
            },
            5000);
        if (!ready)
            return {-1, -1};
        return {client.id, acceptedBy(*m_lab, listener.id).first()};
    }

    qint32 m_listener = -1;
};

QTEST_GUILESS_MAIN(TestTcpInfo)
#include "tst_tcpinfo.moc"
