#include "journal/event.h"
#include "journal/journal.h"

#include <QtTest/QtTest>

using namespace SocketScope;

// The in-memory journal: append-only, strings kept once, payload previews bounded.
class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void appendAndRead()
    {
        Journal journal;
        QSignalSpy appended(&journal, &Journal::eventsAppended);
        QVERIFY(appended.isValid());
        for (int i = 0; i < 20000; ++i) { // more than one chunk
            Event e;
            e.t = i;
            e.kind = EventKind::DataSent;
            e.socket = i % 3;
            e.value = i;
            QCOMPARE(journal.append(e), qsizetype(i));
        }
        QCOMPARE(journal.count(), 20000);
        QCOMPARE(appended.count(), 20000);
        QCOMPARE(appended.last().at(0).value<qsizetype>(), 19999);
        const Event &first = journal.at(0);
        QCOMPARE(journal.at(12345).value, 12345);
        QCOMPARE(&journal.at(0), &first); // growing never moves an event
        QCOMPARE(journal.eventsOfSocket(1).size(), size_t(6667));
        QCOMPARE(journal.at(journal.eventsOfSocket(1)[2]).value, 7);
        QVERIFY(journal.eventsOfSocket(42).empty());
        QVERIFY(journal.memoryBytes() >= qsizetype(20000 * sizeof(Event)));
    }

    void strings()
    {
        Journal journal;
        QCOMPARE(journal.intern(QString()), 0u);
        const quint32 a = journal.intern(u"127.0.0.1:80");
        QVERIFY(a != 0);
        QCOMPARE(journal.intern(u"127.0.0.1:80"), a);
        QVERIFY(journal.intern(u"[::1]:80") != a);
        QCOMPARE(journal.string(a), QStringLiteral("127.0.0.1:80"));
        QCOMPARE(journal.string(0), QString());
        QCOMPARE(journal.string(999), QString());
    }

    void payloadsAreBounded()
    {
        Journal journal;
        QCOMPARE(journal.storePayload(QByteArray()), 0u);
        const QByteArray big(1000, 'x');
        const quint32 id = journal.storePayload(big);
        QVERIFY(id != 0);
        QCOMPARE(journal.payload(id).size(), Journal::kPayloadPreviewBytes);
        // Once the budget is spent nothing more is kept, and the journal says so with 0.
        const qsizetype perPreview = Journal::kPayloadPreviewBytes;
        for (qsizetype kept = perPreview; kept < Journal::kPayloadBudgetBytes; kept += perPreview)
            journal.storePayload(big);
        QCOMPARE(journal.storePayload(big), 0u);
        QVERIFY(journal.payloadBytes() <= Journal::kPayloadBudgetBytes + perPreview);
    }

    void names_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = 0; k < int(EventKind::Count); ++k)
            QTest::newRow(kindName(EventKind(k)).data()) << k;
    }

    void names()
    {
        QFETCH(int, kind);
        const QLatin1StringView name = kindName(EventKind(kind));
        QVERIFY(name != QLatin1StringView("unknown"));
        QCOMPARE(kindFromName(name), std::optional<EventKind>(EventKind(kind)));
    }

    void otherNames()
    {
        for (int s = 0; s < int(EventSource::Count); ++s)
            QCOMPARE(sourceFromName(sourceName(EventSource(s))), std::optional<EventSource>(EventSource(s)));
        for (const TcpState state : {TcpState::Unknown, TcpState::Established, TcpState::SynSent,
                 TcpState::SynRecv, TcpState::FinWait1, TcpState::FinWait2, TcpState::TimeWait,
                 TcpState::Close, TcpState::CloseWait, TcpState::LastAck, TcpState::Listen, TcpState::Closing,
                 TcpState::NewSynRecv, TcpState::Bound, TcpState::Gone})
            QCOMPARE(tcpStateFromName(tcpStateName(state)), std::optional<TcpState>(state));
        QCOMPARE(tcpStateName(TcpState::SynSent), QLatin1StringView("SYN_SENT"));
        QVERIFY(!kindFromName(QLatin1StringView("nonsense")));
        QVERIFY(!roleFromName(QLatin1StringView("")));
    }

    void segmentFlags_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<QString>("text");
        QTest::newRow("SYN") << int(FlagSyn) << QStringLiteral("S");
        QTest::newRow("SYN+ACK") << int(FlagSyn | FlagAck) << QStringLiteral("SA");
        QTest::newRow("ACK") << int(FlagAck) << QStringLiteral("A");
        QTest::newRow("PSH+ACK") << int(FlagPsh | FlagAck) << QStringLiteral("PA");
        QTest::newRow("FIN+ACK") << int(FlagFin | FlagAck) << QStringLiteral("FA");
        QTest::newRow("RST") << int(FlagRst) << QStringLiteral("R");
        QTest::newRow("none") << 0 << QString();
    }

    void segmentFlags()
    {
        QFETCH(int, flags);
        QFETCH(QString, text);
        QCOMPARE(segmentFlagsName(quint8(flags)), text);
        QCOMPARE(segmentFlagsFromName(text), std::optional<quint8>(quint8(flags)));
        QVERIFY(!segmentFlagsFromName(u"SX"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
