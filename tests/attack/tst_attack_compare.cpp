#include "appprocess.h"
#include "compare/sessiondiff.h"
#include "journal/journal.h"
#include "journal/recordingwriter.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace SocketScope;

// Comparing two sessions under attack: files that are not recordings, damaged ones, sessions
// far larger than a lesson's, and values no lab writes. The command line says what is wrong
// and never crashes; the engine lines everything up whatever it is given.
class TestAttackCompare : public QObject
{
    Q_OBJECT

private:
    // A session of `segments` data segments on one connection, with the values given.
    static void writeFlood(Journal &journal, int segments, qint64 bytes, qint32 firstSocket = 1)
    {
        qint64 t = 0;
        const auto add = [&](EventKind kind, qint32 socket, QStringView local, QStringView remote,
                             qint64 value = 0, SocketRole role = SocketRole::None) {
            Event e;
            t += 1000;
            e.t = t;
            e.kind = kind;
            e.socket = socket;
            e.proto = Protocol::Tcp;
            e.role = role;
            e.local = journal.intern(local);
            e.remote = journal.intern(remote);
            e.value = value;
            journal.append(e);
        };
        const QString server = QStringLiteral("127.0.0.1:5000");
        const QString client = QStringLiteral("127.0.0.1:40000");
        const qint32 l = firstSocket;
        const qint32 c = firstSocket + 1;
        const qint32 a = firstSocket + 2;
        add(EventKind::SocketOpened, l, {}, {}, -1, SocketRole::Listener);
        add(EventKind::Listening, l, server, {}, 128);
        add(EventKind::SocketOpened, c, {}, {}, -1, SocketRole::Client);
        add(EventKind::ConnectStarted, c, client, server);
        add(EventKind::Connected, c, client, server);
        add(EventKind::Accepted, l, server, client);
        // An accepted socket whose listener is not the one it names: a recording may say so.
        add(EventKind::SocketOpened, a, server, client, l + 1000, SocketRole::Accepted);
        for (int i = 0; i < segments; ++i)
            add(EventKind::DataSent, c, client, server, i % 3 == 0 ? bytes : -bytes);
        add(EventKind::Aborted, c, client, server);
    }

    void writeRecording(const QString &path, Journal &journal)
    {
        RecordingWriter writer(&journal);
        QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
        writer.close();
    }

    QTemporaryDir m_dir;

private slots:
    void notRecordings_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty with `directory`: a folder
        QTest::addColumn<bool>("directory");
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("foreign") << QByteArray("GIF89a\x01\x00\x01\x00\n") << false;
        QTest::newRow("other json") << QByteArray("{\"format\":\"something-else\",\"version\":1}\n") << false;
        QTest::newRow("a folder") << QByteArray() << true;
    }
    // The first recording is fine; the second is not one: exit 1, its name in the message.
    void notRecordings()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, directory);
        const QString good = m_dir.filePath(QStringLiteral("good.jsonl"));
        Journal journal;
        writeFlood(journal, 3, 5);
        writeRecording(good, journal);
        const QString bad = m_dir.filePath(
            QStringLiteral("bad-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        if (directory) {
            QVERIFY(QDir().mkpath(bad));
        } else if (QByteArrayView(QTest::currentDataTag()) != "missing") {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        for (const QStringList &arguments : {QStringList {QStringLiteral("--compare"), good, bad},
                 QStringList {QStringLiteral("--compare"), bad, good}}) {
            const AppProcess::Finished run = AppProcess::runToEnd(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(QString::fromUtf8(run.err).contains(bad), run.err.constData());
            QVERIFY2(!run.out.contains("difference"), run.out.constData());
        }
    }

    // Damaged lines are skipped and said; the rest is compared.
    void damagedLines()
    {
        Journal journal;
        writeFlood(journal, 4, 5);
        const QString good = m_dir.filePath(QStringLiteral("whole.jsonl"));
        writeRecording(good, journal);
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray damaged = file.readAll();
        file.close();
        damaged.insert(
            damaged.indexOf('\n') + 1, "{\"t\":\"soon\",\"kind\":\"segment\"}\n\x01\x02 not json\n");
        const QString broken = m_dir.filePath(QStringLiteral("damaged.jsonl"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(damaged);
        out.close();
        const AppProcess::Finished run = AppProcess::runToEnd(
            {QStringLiteral("--compare"), good, broken, QStringLiteral("--anchor"), QStringLiteral("start")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("line 2"), run.err.constData());
        QVERIFY2(run.out.contains("No differences."), run.out.constData());
    }

    // Far more steps on one track than the longest-run alignment takes: lined up one by one,
    // every step still in exactly one row. Both sides with values no lab writes.
    void floods_data()
    {
        QTest::addColumn<int>("segmentsA");
        QTest::addColumn<int>("segmentsB");
        QTest::newRow("within the limit") << 600 << 500;
        QTest::newRow("past the limit")
            << int(SessionDiff::kAlignLimit) + 500 << int(SessionDiff::kAlignLimit) * 2;
        QTest::newRow("one side empty after the anchor") << 3000 << 0;
    }
    void floods()
    {
        QFETCH(int, segmentsA);
        QFETCH(int, segmentsB);
        Journal a;
        Journal b;
        writeFlood(a, segmentsA, 0x7fffffffLL * 4);
        writeFlood(b, segmentsB, 1, 2000000000);
        TimelineLayout layoutA(&a);
        TimelineLayout layoutB(&b);
        layoutA.update();
        layoutB.update();
        for (int anchor = 0; anchor < SessionDiff::kAnchorCount; ++anchor) {
            const SessionDiff diff(layoutA, layoutB, SessionDiff::Anchor(anchor));
            qsizetype stepsA = 0;
            qsizetype stepsB = 0;
            for (const SessionDiff::Row &row : diff.rows()) {
                QVERIFY(row.a || row.b);
                stepsA += row.a ? 1 : 0;
                stepsB += row.b ? 1 : 0;
            }
            QCOMPARE(stepsA, diff.stepsCompared(SessionDiff::Side::A));
            QCOMPARE(stepsB, diff.stepsCompared(SessionDiff::Side::B));
            for (const SessionDiff::Difference &d : diff.differences())
                QVERIFY(d.row >= 0 && d.row < qsizetype(diff.rows().size()));
            const auto rows = qsizetype(diff.rows().size());
            QVERIFY(diff.itemsShownAfter(SessionDiff::Side::A, rows) <= layoutA.itemCount());
            QVERIFY(diff.itemsShownAfter(SessionDiff::Side::B, rows + 5) <= layoutB.itemCount());
            QCOMPARE(diff.itemsShownAfter(SessionDiff::Side::A, -3),
                std::max<qsizetype>(diff.anchorItem(SessionDiff::Side::A), 0));
        }
    }

    // Two empty sessions, and an empty one against a full one.
    void emptySessions()
    {
        Journal empty;
        Journal full;
        writeFlood(full, 5, 5);
        TimelineLayout layoutEmpty(&empty);
        TimelineLayout layoutFull(&full);
        layoutEmpty.update();
        layoutFull.update();
        const SessionDiff none(layoutEmpty, layoutEmpty, SessionDiff::Anchor::Start);
        QVERIFY(none.rows().empty());
        QCOMPARE(none.itemsShownAfter(SessionDiff::Side::A, 1), 0);
        const SessionDiff one(layoutEmpty, layoutFull);
        QCOMPARE(qsizetype(one.differences().size()), one.stepsCompared(SessionDiff::Side::B));
        for (const SessionDiff::Difference &d : one.differences())
            QCOMPARE(d.kind, SessionDiff::DifferenceKind::OnlyB);
    }
};

QTEST_GUILESS_MAIN(TestAttackCompare)
#include "tst_attack_compare.moc"
