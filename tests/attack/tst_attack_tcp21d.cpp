#include "journal/journal.h"
#include "journal/recordingformat.h"
#include "lab/lab.h"
#include "models/eventlogmodel.h"

#include <QtTest/QtTest>

#include "journalquery.h"
#include "labquery.h"
#include "livelabtest.h"

using namespace SocketScope;

// Attacks on the journalled reading pause and the tcp_info segment counts: hostile recording
// lines are refused as damaged, never read as made-up numbers; a connection paused and resumed
// in every odd order leaves a journal that alternates (paused, resumed, paused ...), with one
// event per real change and none for a refused call.
class TestAttackTcp21d : public LiveLabTest
{
    Q_OBJECT

    // The reading_paused values of a socket, and whether they alternate starting with a pause.
    bool alternates(qint32 socket, QString *why) const
    {
        qint64 expected = 1;
        QStringList seen;
        bool ok = true;
        for (const Event &e : eventsOf(*m_journal, socket, EventKind::ReadingPaused)) {
            seen << QString::number(e.value);
            ok = ok && e.value == expected;
            expected = 1 - expected;
        }
        *why = seen.join(QLatin1Char(','));
        return ok;
    }

    qint64 bytesIn(qint32 id) const
    {
        const SocketInfo *info = m_lab->info(id);
        return info ? info->bytesIn : -1;
    }

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void hostileLinesAreDamaged_data()
    {
        QTest::addColumn<QByteArray>("line");
        const QByteArray paused = R"({"t":1,"kind":"reading_paused","source":"app","socket":2,"paused":)";
        QTest::newRow("paused -1") << paused + "-1}";
        QTest::newRow("paused 2") << paused + "2}";
        QTest::newRow("paused 0.5") << paused + "0.5}";
        QTest::newRow("paused true") << paused + "true}";
        QTest::newRow("paused null") << paused + "null}";
        QTest::newRow("paused huge") << paused + "1e300}";
        QTest::newRow("paused list") << paused + "[1]}";
        const QByteArray info = R"({"t":1,"kind":"tcp_info","source":"kernel","socket":2,"cwnd":10,)";
        QTest::newRow("segs_out negative") << info + R"("segs_out":-5})";
        QTest::newRow("segs_in fraction") << info + R"("segs_in":1.5})";
        QTest::newRow("data_segs_out text") << info + R"("data_segs_out":"many"})";
        QTest::newRow("data_segs_in huge") << info + R"("data_segs_in":1e300})";
        QTest::newRow("segs_out object") << info + R"("segs_out":{"n":1}})";
    }

    void hostileLinesAreDamaged()
    {
        QFETCH(QByteArray, line);
        Journal journal;
        Event e;
        const QString problem = RecordingFormat::parseEventLine(line, journal, &e);
        QVERIFY2(!problem.isEmpty(), line.constData());
        QCOMPARE(journal.count(), 0);
    }

    // Numbers at the edge of what the kernel counts (32 bits) come back exactly; a line with
    // no socket is still a line the event log can show.
    void edgeNumbersRoundTrip()
    {
        const QByteArray line
            = R"({"t":1,"kind":"tcp_info","source":"kernel","cwnd":1,"srtt_us":0,"segs_out":4294967295,"segs_in":0,"data_segs_out":4294967295,"data_segs_in":0})";
        Journal journal;
        Event e;
        QVERIFY(RecordingFormat::parseEventLine(line, journal, &e).isEmpty());
        QCOMPARE(journal.tcpInfo(e.payload).segmentsOut, qint64(4294967295));
        QCOMPARE(journal.tcpInfo(e.payload).segmentsIn, qint64(0));
        QCOMPARE(RecordingFormat::eventLine(journal, e), line + '\n');

        Event pause;
        QVERIFY(RecordingFormat::parseEventLine(
            R"({"t":2,"kind":"reading_paused","source":"app","paused":1})", journal, &pause)
                    .isEmpty());
        journal.append(e);
        journal.append(pause);
        EventLogModel model(&journal);
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0, EventLogModel::ColumnDetails)
                    .data()
                    .toString()
                    .contains(QStringLiteral("4294967295 out")));
        QCOMPARE(
            model.index(1, EventLogModel::ColumnKind).data().toString(), QStringLiteral("reading paused"));
    }

    // Two hundred pauses and resumes back to back while data flows: one event each, in turn,
    // and every byte arrives in the end.
    void rapidTogglingAlternates()
    {
        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader));
        constexpr qint64 size = 200000;
        QVERIFY(!m_lab->send(writer, QByteArray(size, 'r')));
        for (int i = 0; i < 100; ++i) {
            QVERIFY(!m_lab->setReadingPaused(reader, true));
            QVERIFY(!m_lab->setReadingPaused(reader, true));
            QCoreApplication::processEvents();
            QVERIFY(!m_lab->setReadingPaused(reader, false));
            QVERIFY(!m_lab->setReadingPaused(reader, false));
        }
        QString why;
        QVERIFY2(alternates(reader, &why), qPrintable(why));
        QCOMPARE(eventsOf(*m_journal, reader, EventKind::ReadingPaused).size(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(bytesIn(reader), size, 20000);
    }

    // Paused, then the peer resets the connection. A program that does not read does not hear
    // of the reset either; once it reads again it does. Every call after is either refused
    // (nothing journalled) or journalled in turn: never two pauses in a row.
    void pausedThenResetByThePeer()
    {
        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader));
        QVERIFY(!m_lab->setReadingPaused(reader, true));
        QVERIFY(!m_lab->send(writer, QByteArrayLiteral("waiting")));
        QVERIFY(!m_lab->abort(writer));
        QVERIFY(!m_lab->setReadingPaused(reader, false));
        QTRY_VERIFY_WITH_TIMEOUT(!m_lab->info(reader) || !m_lab->info(reader)->isOpen()
                || m_lab->info(reader)->qtState != QAbstractSocket::ConnectedState,
            10000);
        m_lab->setReadingPaused(reader, true);
        m_lab->setReadingPaused(reader, true);
        m_lab->setReadingPaused(reader, false);
        QString why;
        QVERIFY2(alternates(reader, &why), qPrintable(why));
        QVERIFY(eventsOf(*m_journal, reader, EventKind::ReadingPaused).size() >= 2);
    }

    // Closing a paused connection: nothing more is journalled for it, and a call after the
    // close is refused.
    void pausedThenClosed()
    {
        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader));
        QVERIFY(!m_lab->setReadingPaused(reader, true));
        QVERIFY(!m_lab->close(reader));
        const qsizetype before = eventsOf(*m_journal, reader, EventKind::ReadingPaused).size();
        QCOMPARE(before, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_lab->info(reader) || !m_lab->info(reader)->isOpen(), 10000);
        QVERIFY(m_lab->setReadingPaused(reader, false));
        QCOMPARE(eventsOf(*m_journal, reader, EventKind::ReadingPaused).size(), before);
    }
};

QTEST_MAIN(TestAttackTcp21d)
#include "tst_attack_tcp21d.moc"
