#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "lab/lab.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include "journalquery.h"
#include "labquery.h"
#include "livelabtest.h"

using namespace SocketScope;

// A lab connection whose program stops reading: the bytes wait in the kernel, the window the
// reader advertises closes, and reading again lets everything through. And the kernel's count
// of segments, which tells a burst of small writes held back by Nagle's rule from one sent
// with TCP_NODELAY.
class TestReadingPause : public LiveLabTest
{
    Q_OBJECT

    qint64 bytesIn(qint32 id) const
    {
        const SocketInfo *info = m_lab->info(id);
        return info ? info->bytesIn : -1;
    }

private slots:
    void init() { startLab(); }
    void cleanup() { stopLab(); }

    void pausedReaderClosesTheWindowAndResumingDeliversEverything()
    {
        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader, {{SocketOption::ReceiveBuffer, 4096}}));
        QVERIFY(m_lab->segmentCounts(writer).sent > 0);

        QVERIFY(!m_lab->setReadingPaused(reader, true));
        constexpr qint64 size = 300000;
        QVERIFY(!m_lab->send(writer, QByteArray(size, 'x')));
        // The reader's kernel fills its small buffer and advertises a window of 0.
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->segmentCounts(writer).sendWindow, qint64(0), 10000);
        // Its program read at most what Qt held before it stopped: a byte, not the stream.
        QVERIFY2(bytesIn(reader) < size / 10, qPrintable(QString::number(bytesIn(reader))));

        QVERIFY(!m_lab->setReadingPaused(reader, false));
        QTRY_COMPARE_WITH_TIMEOUT(bytesIn(reader), size, 20000);
        QVERIFY(m_lab->segmentCounts(writer).sendWindow > 0);
    }

    // What the program did with its reading is in the journal: one event when it stops, one
    // when it reads again (before what that lets in), none for a call that changes nothing. A
    // recording keeps both and gives them back.
    void pausingAndResumingAreJournalledAndRecorded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("reading.jsonl"));
        RecordingWriter recording(m_journal.get());
        QVERIFY2(recording.open(path), qPrintable(recording.errorString()));

        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader));
        const auto pauses = [this, &reader] {
            QList<qint64> values;
            for (const Event &e : eventsOf(*m_journal, reader, EventKind::ReadingPaused)) {
                values.append(e.value);
                if (e.source != EventSource::App || e.proto != Protocol::Tcp)
                    values.append(-1);
            }
            return values;
        };
        QVERIFY(!m_lab->setReadingPaused(reader, false));
        QCOMPARE(pauses(), QList<qint64>());
        QVERIFY(!m_lab->setReadingPaused(reader, true));
        QVERIFY(!m_lab->setReadingPaused(reader, true));
        QCOMPARE(pauses(), QList<qint64> {1});

        // The bytes reach the reader's kernel while its program does not read.
        const qint64 segmentsBefore = m_lab->segmentCounts(reader).received;
        QVERIFY(!m_lab->send(writer, QByteArrayLiteral("hello")));
        QTRY_VERIFY(m_lab->segmentCounts(reader).received > segmentsBefore);
        QVERIFY(!m_lab->setReadingPaused(reader, false));
        QVERIFY(!m_lab->setReadingPaused(reader, false));
        QCOMPARE(pauses(), (QList<qint64> {1, 0}));
        QTRY_COMPARE(bytesIn(reader), qint64(5));
        // The resume comes before the data it let in.
        qsizetype resumedAt = -1;
        qsizetype lastData = -1;
        for (const quint32 index : m_journal->eventsOfSocket(reader)) {
            const Event &e = m_journal->at(index);
            if (e.kind == EventKind::ReadingPaused && e.value == 0)
                resumedAt = qsizetype(index);
            if (e.kind == EventKind::DataReceived)
                lastData = qsizetype(index);
        }
        QVERIFY2(resumedAt >= 0 && resumedAt < lastData,
            qPrintable(QStringLiteral("resumed at %1, data at %2").arg(resumedAt).arg(lastData)));

        recording.close();
        Journal replayed;
        RecordingReader recordingReader;
        QVERIFY2(recordingReader.read(path, replayed), qPrintable(recordingReader.fatalError()));
        QVERIFY(recordingReader.problems().isEmpty());
        QList<qint64> replayedPauses;
        for (const Event &e : eventsOf(replayed, reader, EventKind::ReadingPaused))
            replayedPauses.append(e.value);
        QCOMPARE(replayedPauses, (QList<qint64> {1, 0}));
    }

    // A hidden pause (a mystery drill's zero window) works the same and leaves no event.
    void hiddenPauseIsNotJournalled()
    {
        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader, {{SocketOption::ReceiveBuffer, 4096}}));
        QVERIFY(!m_lab->setReadingPaused(reader, true, true));
        QVERIFY(!m_lab->send(writer, QByteArray(100000, 'h')));
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->segmentCounts(writer).sendWindow, qint64(0), 10000);
        QVERIFY(!m_lab->setReadingPaused(reader, false, true));
        QTRY_COMPARE_WITH_TIMEOUT(bytesIn(reader), qint64(100000), 20000);
        QVERIFY(eventsOf(*m_journal, reader, EventKind::ReadingPaused).isEmpty());
    }

    void pausingTwiceAndResumingUnpausedChangeNothing()
    {
        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader));
        QVERIFY(!m_lab->setReadingPaused(reader, false));
        QVERIFY(!m_lab->setReadingPaused(reader, true));
        QVERIFY(!m_lab->setReadingPaused(reader, true));
        QVERIFY(!m_lab->setReadingPaused(reader, false));
        QVERIFY(!m_lab->send(writer, QByteArrayLiteral("hello")));
        QTRY_COMPARE(bytesIn(reader), qint64(5));
    }

    void onlyAnOpenConnectionPausesReading()
    {
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        QCOMPARE(m_lab->setReadingPaused(listener.id, true).kind, LabError::NoSuchSocket);
        QCOMPARE(m_lab->setReadingPaused(9999, true).kind, LabError::NoSuchSocket);
        QCOMPARE(m_lab->segmentCounts(listener.id).sent, qint64(-1));

        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader));
        QVERIFY(!m_lab->abort(reader));
        QVERIFY(m_lab->setReadingPaused(reader, true));
        // A refused call leaves nothing in the journal.
        QVERIFY(eventsOf(*m_journal, reader, EventKind::ReadingPaused).isEmpty());
    }

    void smallWritesBecomeFewerSegmentsWithNagle_data()
    {
        QTest::addColumn<bool>("noDelay");
        QTest::newRow("Nagle") << false;
        QTest::newRow("TCP_NODELAY") << true;
    }

    // Twenty writes of ten bytes, back to back: with Nagle's rule the kernel holds the later
    // ones while the first waits for its ACK; with TCP_NODELAY each leaves at once. A question
    // and its answer first: a reader that answers makes its kernel delay ACKs (hoping to send
    // them with the next answer), where a fresh connection's ACKs come at once and release
    // each held write before the next one is made.
    void smallWritesBecomeFewerSegmentsWithNagle()
    {
        QFETCH(bool, noDelay);
        qint32 writer = -1;
        qint32 reader = -1;
        QVERIFY(connectLoopbackPair(*m_lab, &writer, &reader));
        QVERIFY(!m_lab->setOption(writer, SocketOption::NoDelay, noDelay ? 1 : 0));
        QVERIFY(!m_lab->send(writer, QByteArrayLiteral("hello?")));
        QTRY_COMPARE(bytesIn(reader), qint64(6));
        QVERIFY(!m_lab->send(reader, QByteArrayLiteral("hi")));
        QTRY_COMPARE(bytesIn(writer), qint64(2));
        const qint64 before = m_lab->segmentCounts(writer).sent;
        constexpr int writes = 20;
        for (int i = 0; i < writes; ++i)
            QVERIFY(!m_lab->send(writer, QByteArrayLiteral("0123456789")));
        QTRY_COMPARE(bytesIn(reader), qint64(6 + writes * 10));
        const qint64 segments = m_lab->segmentCounts(writer).sent - before;
        qInfo("%s: %d writes left in %lld segments", noDelay ? "TCP_NODELAY" : "Nagle", writes, segments);
        QVERIFY(segments >= 1);
        if (noDelay)
            QVERIFY2(segments > writes / 4, qPrintable(QString::number(segments)));
        else
            QVERIFY2(segments <= writes / 4, qPrintable(QString::number(segments)));
    }
};

QTEST_MAIN(TestReadingPause)
#include "tst_readingpause.moc"
