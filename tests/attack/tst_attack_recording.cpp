// Hostile and damaged recordings handed to --replay: each kind of attack, with the outcome it
// must keep. Memory: a line longer than the limit is skipped without being held, and damaged
// lines are counted, with only the first few kept to report.

#include "journal/journal.h"
#include "journal/recordingreader.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <unistd.h>

using namespace SocketScope;

namespace {

const QByteArray kHeader = QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":1}\n");
const QByteArray kGoodEvent
    = QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":1}\n");
const QByteArray kGoodEvent2
    = QByteArrayLiteral("{\"t\":2,\"kind\":\"closed\",\"source\":\"app\",\"socket\":1}\n");

// In damagedLine_data: the line is not damaged and is read.
const QString kRead = QStringLiteral("(read)");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestAttackRecording : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Reads `text` from memory; returns whether the reader accepted the file.
    static bool readText(QByteArray text, Journal &journal, RecordingReader &reader)
    {
        QBuffer buffer(&text);
        if (!buffer.open(QIODevice::ReadOnly))
            return false;
        return reader.read(buffer, journal);
    }

    // Writes a file whose line 2 is `bytes` bytes long, between two good events.
    QString fileWithLongLine(const QString &name, qint64 bytes, bool asHeader = false)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        if (!asHeader)
            file.write(kHeader + kGoodEvent);
        const QByteArray start = asHeader
            ? QByteArrayLiteral("{\"format\":\"socketscope-journal\",\"version\":1,\"label\":\"")
            : QByteArrayLiteral("{\"t\":3,\"kind\":\"bound\",\"source\":\"app\",\"note\":\"");
        file.write(start);
        const QByteArray block(1024 * 1024, 'x');
        qint64 left = bytes - start.size() - 2; // the line ends with "} before its newline
        while (left > 0) {
            const qint64 piece = qMin<qint64>(left, block.size());
            file.write(block.constData(), piece);
            left -= piece;
        }
        file.write("\"}\n");
        file.write(kGoodEvent2);
        return file.error() == QFile::NoError ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hugeLineIsRefusedAndTheRestOpens()
    {
        const QString path = fileWithLongLine(QStringLiteral("huge.jsonl"), 100LL * 1024 * 1024);
        QVERIFY(!path.isEmpty());
        Journal journal;
        RecordingReader reader;
        QVERIFY2(reader.read(path, journal), qPrintable(reader.fatalError()));
        QCOMPARE(journal.count(), 2); // the events before and after it
        QCOMPARE(journal.at(1).kind, EventKind::Closed);
        QCOMPARE(reader.damagedLines(), 1);
        QCOMPARE(reader.problems().size(), 1);
        QCOMPARE(reader.problems().first().line, 3);
        // The message names the limit; the summary names the line.
        QVERIFY2(reader.problems().first().reason.contains(QString::number(RecordingReader::kMaxLineBytes)),
            qPrintable(reader.problems().first().reason));
        QCOMPARE(reader.problemSummary().size(), 1);
        QVERIFY(reader.problemSummary().first().startsWith(QLatin1StringView("line 3: ")));
        QFile::remove(path);
    }

    void lineLengthLimit_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("kept");
        // The line's length counts everything but its end of line.
        QTest::newRow("at the limit") << RecordingReader::kMaxLineBytes << true;
        QTest::newRow("one byte over") << RecordingReader::kMaxLineBytes + 1 << false;
    }

    void lineLengthLimit()
    {
        QFETCH(qint64, bytes);
        QFETCH(bool, kept);
        const QString path = fileWithLongLine(QStringLiteral("limit.jsonl"), bytes);
        QVERIFY(!path.isEmpty());
        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(path, journal));
        QCOMPARE(journal.count(), kept ? 3 : 2);
        QCOMPARE(reader.damagedLines(), kept ? 0 : 1);
    }

    void hugeHeaderIsRefused()
    {
        const QString path = fileWithLongLine(QStringLiteral("huge-header.jsonl"), 3LL * 1024 * 1024, true);
        QVERIFY(!path.isEmpty());
        Journal journal;
        RecordingReader reader;
        QVERIFY(!reader.read(path, journal));
        QVERIFY2(
            reader.fatalError().startsWith(QLatin1StringView("line 1: ")), qPrintable(reader.fatalError()));
        QVERIFY(reader.fatalError().contains(QString::number(RecordingReader::kMaxLineBytes)));
        QCOMPARE(journal.count(), 0);
    }

    void manyDamagedLinesAreSummarised()
    {
        constexpr int kDamaged = 200'000;
        QByteArray text = kHeader;
        text.reserve(text.size() + 2 * kDamaged + 200);
        for (int i = 0; i < kDamaged; ++i) {
            text += "x\n";
            if (i == kDamaged / 2)
                text += kGoodEvent;
        }
        text += kGoodEvent2;
        Journal journal;
        RecordingReader reader;
        QVERIFY(readText(text, journal, reader));
        QCOMPARE(journal.count(), 2);
        QCOMPARE(reader.damagedLines(), kDamaged);
        QCOMPARE(reader.problems().size(), RecordingReader::kProblemsKept);
        QCOMPARE(reader.problems().first().line, 2);
        QCOMPARE(reader.problems().last().line, 1 + RecordingReader::kProblemsKept);
        const QStringList summary = reader.problemSummary();
        QCOMPARE(summary.size(), RecordingReader::kProblemsKept + 1);
        QVERIFY2(summary.last().contains(QString::number(kDamaged - RecordingReader::kProblemsKept)),
            qPrintable(summary.last()));
        QVERIFY(summary.last().contains(QLatin1StringView("more damaged line")));
    }

    void headerVersionIsReportedAsFound_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("text") << QByteArrayLiteral(",\"version\":\"1\"")
                              << QStringLiteral("\"version\" is the text \"1\", not a number");
        QTest::newRow("fraction") << QByteArrayLiteral(",\"version\":1.5")
                                  << QStringLiteral("version 1.5 is not");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("has no \"version\"");
        QTest::newRow("null") << QByteArrayLiteral(",\"version\":null")
                              << QStringLiteral("is null, not a number");
        QTest::newRow("true") << QByteArrayLiteral(",\"version\":true")
                              << QStringLiteral("is true, not a number");
        QTest::newRow("list") << QByteArrayLiteral(",\"version\":[1]")
                              << QStringLiteral("is a list, not a number");
        QTest::newRow("newer") << QByteArrayLiteral(",\"version\":2") << QStringLiteral("version 2 is not");
        QTest::newRow("zero") << QByteArrayLiteral(",\"version\":0") << QStringLiteral("version 0 is not");
        QTest::newRow("negative") << QByteArrayLiteral(",\"version\":-1")
                                  << QStringLiteral("version -1 is not");
        QTest::newRow("huge") << QByteArrayLiteral(",\"version\":1e300")
                              << QStringLiteral("version 1e+300 is not");
        QTest::newRow("long text, clipped")
            << QByteArray(",\"version\":\"" + QByteArray(5000, '7') + "\"") << QStringLiteral("7777...\"");
        QTest::newRow("control characters escaped")
            << QByteArrayLiteral(",\"version\":\"\\u001b[2J\"") << QStringLiteral("\"\\u001b[2J\"");
    }

    void headerVersionIsReportedAsFound()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, reasonPart);
        Journal journal;
        RecordingReader reader;
        QVERIFY(
            !readText("{\"format\":\"socketscope-journal\"" + version + "}\n" + kGoodEvent, journal, reader));
        QVERIFY2(reader.fatalError().contains(reasonPart), qPrintable(reader.fatalError()));
        QVERIFY(reader.fatalError().size() < 300);
        QCOMPARE(journal.count(), 0);
    }

    void versionOneWrittenAsAFloatIsRead()
    {
        Journal journal;
        RecordingReader reader;
        QVERIFY2(
            readText("{\"format\":\"socketscope-journal\",\"version\":1.0}\n" + kGoodEvent, journal, reader),
            qPrintable(reader.fatalError()));
        QCOMPARE(journal.count(), 1);
    }

    void damagedLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reasonPart"); // what the reason says; kRead: the line is read

        QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff\xfe\x80{}\x1b[2J", 11) << QString();
        QTest::newRow("invalid UTF-8 in a string")
            << QByteArray("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"note\":\"\xc3\x28\xff\"}")
            << QString();
        QTest::newRow("NUL inside the line")
            << QByteArray("{\"t\":1,\"kind\":\"bound\"\0,\"source\":\"app\"}", 38) << QString();
        QTest::newRow("deeply nested") << QByteArray("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"x\":"
            + QByteArray(200'000, '[') + QByteArray(200'000, ']') + "}")
                                       << QString();
        QTest::newRow("nested but within reason")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"x\":[[[[{\"y\":[1]}]]]]}")
            << kRead;

        // Numbers out of range.
        QTest::newRow("t huge") << QByteArrayLiteral("{\"t\":1e30,\"kind\":\"bound\",\"source\":\"app\"}")
                                << QStringLiteral("\"t\"");
        QTest::newRow("t beyond 64 bits")
            << QByteArrayLiteral("{\"t\":99999999999999999999,\"kind\":\"bound\",\"source\":\"app\"}")
            << QStringLiteral("\"t\"");
        QTest::newRow("t a fraction")
            << QByteArrayLiteral("{\"t\":1.5,\"kind\":\"bound\",\"source\":\"app\"}")
            << QStringLiteral("1.5");
        QTest::newRow("t at 64 bits")
            << QByteArrayLiteral("{\"t\":9223372036854775807,\"kind\":\"bound\",\"source\":\"app\"}")
            << kRead;
        QTest::newRow("socket beyond 32 bits")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":4294967297}")
            << QStringLiteral("\"socket\"");
        QTest::newRow("socket negative")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":-5}")
            << QStringLiteral("\"socket\"");
        QTest::newRow("socket at 31 bits")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":2147483647}")
            << kRead;
        QTest::newRow("bytes negative") << QByteArrayLiteral(
            "{\"t\":1,\"kind\":\"data_sent\",\"source\":\"app\",\"socket\":1,\"bytes\":-1}")
                                        << QStringLiteral("\"bytes\"");
        QTest::newRow("bytes huge") << QByteArrayLiteral(
            "{\"t\":1,\"kind\":\"data_sent\",\"source\":\"app\",\"socket\":1,\"bytes\":1e20}")
                                    << QStringLiteral("\"bytes\"");
        QTest::newRow("bytes beyond 32 bits") << QByteArrayLiteral(
            "{\"t\":1,\"kind\":\"data_sent\",\"source\":\"app\",\"socket\":1,\"bytes\":4294967296}")
                                              << QStringLiteral("\"bytes\"");
        QTest::newRow("segment len negative") << QByteArrayLiteral(
            "{\"t\":1,\"kind\":\"segment\",\"source\":\"capture\",\"flags\":\"S\",\"len\":-1}")
                                              << QStringLiteral("\"len\"");

        // Wrong types, one field at a time.
        QTest::newRow("t as text") << QByteArrayLiteral("{\"t\":\"1\",\"kind\":\"bound\",\"source\":\"app\"}")
                                   << QStringLiteral("\"t\"");
        QTest::newRow("kind as number") << QByteArrayLiteral("{\"t\":1,\"kind\":7,\"source\":\"app\"}")
                                        << QStringLiteral("\"kind\" should be text, not 7");
        QTest::newRow("source as list")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":[\"app\"]}")
            << QStringLiteral("\"source\" should be text, not a list");
        QTest::newRow("socket as text")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"socket\":\"1\"}")
            << QStringLiteral("\"socket\" should be a whole number");
        QTest::newRow("proto as number")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"proto\":6}")
            << QStringLiteral("\"proto\"");
        QTest::newRow("local as object")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"local\":{}}")
            << QStringLiteral("\"local\" should be text, not an object");
        QTest::newRow("remote as null")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"remote\":null}")
            << QStringLiteral("\"remote\"");
        QTest::newRow("host as bool")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"host\":true}")
            << QStringLiteral("\"host\"");
        QTest::newRow("note as number")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"bound\",\"source\":\"app\",\"note\":1}")
            << QStringLiteral("\"note\"");
        QTest::newRow("role as number")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"socket_opened\",\"source\":\"app\",\"role\":1}")
            << QStringLiteral("\"role\"");
        QTest::newRow("parent as text") << QByteArrayLiteral(
            "{\"t\":1,\"kind\":\"socket_opened\",\"source\":\"app\",\"role\":\"accepted\",\"parent\":\"0\"}")
                                        << QStringLiteral("\"parent\"");
        QTest::newRow("bytes as text")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"data_sent\",\"source\":\"app\",\"bytes\":\"10\"}")
            << QStringLiteral("\"bytes\"");
        QTest::newRow("data as number")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"data_sent\",\"source\":\"app\",\"bytes\":1,\"data\":5}")
            << QStringLiteral("\"data\"");
        QTest::newRow("peer as list") << QByteArrayLiteral(
            "{\"t\":1,\"kind\":\"datagram_sent\",\"source\":\"app\",\"bytes\":1,\"peer\":[]}")
                                      << QStringLiteral("\"peer\"");
        QTest::newRow("backlog as bool")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"listening\",\"source\":\"app\",\"backlog\":false}")
            << QStringLiteral("\"backlog\"");
        QTest::newRow("queue length as text") << QByteArrayLiteral(
            "{\"t\":1,\"kind\":\"queue\",\"source\":\"kernel\",\"length\":\"3\",\"limit\":5}")
                                              << QStringLiteral("\"length\"");
        QTest::newRow("error code as object")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"error\",\"source\":\"qt\",\"code\":{}}")
            << QStringLiteral("\"code\"");
        QTest::newRow("message as number")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"error\",\"source\":\"qt\",\"code\":1,\"message\":2}")
            << QStringLiteral("\"message\"");
        QTest::newRow("state to as number")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"state\",\"source\":\"kernel\",\"to\":1}")
            << QStringLiteral("\"to\"");
        QTest::newRow("segment flags as number")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"segment\",\"source\":\"capture\",\"flags\":2}")
            << QStringLiteral("\"flags\"");
        QTest::newRow("segment seq as text") << QByteArrayLiteral(
            "{\"t\":1,\"kind\":\"segment\",\"source\":\"capture\",\"flags\":\"S\",\"seq\":\"1\"}")
                                             << QStringLiteral("\"seq\"");
        QTest::newRow("stall us as text")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"stall\",\"source\":\"app\",\"us\":\"9\"}")
            << QStringLiteral("\"us\"");
        QTest::newRow("impaired action as number")
            << QByteArrayLiteral("{\"t\":1,\"kind\":\"impaired\",\"source\":\"app\",\"action\":1}")
            << QStringLiteral("\"action\"");
        QTest::newRow("unknown kind, hostile and long") << QByteArray(
            "{\"t\":1,\"kind\":\"\\u001b]0;owned\\u0007" + QByteArray(10'000, 'k') + "\",\"source\":\"app\"}")
                                                        << QStringLiteral("\"\\u001b]0;owned\\u0007kkk");
    }

    void damagedLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reasonPart);
        Journal journal;
        RecordingReader reader;
        QVERIFY(readText(kHeader + kGoodEvent + line + '\n' + kGoodEvent2, journal, reader));
        if (reasonPart == kRead) {
            QCOMPARE(reader.damagedLines(), 0);
            QCOMPARE(journal.count(), 3);
            return;
        }
        QCOMPARE(journal.count(), 2);
        QCOMPARE(reader.damagedLines(), 1);
        QCOMPARE(reader.problems().first().line, 3);
        const QString reason = reader.problems().first().reason;
        QVERIFY(!reason.isEmpty());
        QVERIFY2(reason.size() < 300, qPrintable(reason)); // a hostile value is clipped, not repeated
        QVERIFY2(!reason.contains(QChar(0x1b)), qPrintable(reason)); // nor can it steer a terminal
        if (!reasonPart.isEmpty())
            QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    }

    void truncatedLastLine()
    {
        Journal journal;
        RecordingReader reader;
        QVERIFY(readText(kHeader + kGoodEvent + "{\"t\":2,\"kind\":\"clo", journal, reader));
        QCOMPARE(journal.count(), 1);
        QCOMPARE(reader.damagedLines(), 1);
        QCOMPARE(reader.problems().first().line, 3);
    }

    void headerMissingOrNotFirst_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("no header") << kGoodEvent + kGoodEvent2
                                   << QStringLiteral("line 1: the first line does not say");
        QTest::newRow("header second") << kGoodEvent + kHeader + kGoodEvent2 << QStringLiteral("line 1: ");
        QTest::newRow("header after blank lines then damage")
            << QByteArray("\n\n\x01\n" + kHeader) << QStringLiteral("line 3: ");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only blank lines") << QByteArrayLiteral("\n \r\n\t\n") << QStringLiteral("empty");
    }

    void headerMissingOrNotFirst()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reasonPart);
        Journal journal;
        RecordingReader reader;
        QVERIFY(!readText(text, journal, reader));
        QVERIFY2(reader.fatalError().contains(reasonPart), qPrintable(reader.fatalError()));
        QCOMPARE(journal.count(), 0);
    }

    void fileThatIsADirectory()
    {
        Journal journal;
        RecordingReader reader;
        QVERIFY(!reader.read(m_dir.path(), journal));
        QVERIFY(!reader.fatalError().isEmpty());
        QCOMPARE(journal.count(), 0);
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads any file; run as an ordinary user to check this case");
        const QString path = m_dir.filePath(QStringLiteral("secret.jsonl"));
        QVERIFY(writeFile(path, kHeader + kGoodEvent));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        Journal journal;
        RecordingReader reader;
        QVERIFY(!reader.read(path, journal));
        QVERIFY(!reader.fatalError().isEmpty());
        QCOMPARE(journal.count(), 0);
    }

    // The real program: a hostile file exports with the damage summarised on a few lines of
    // stderr, and a refused one exits 1 saying why.
    void exportThroughTheProgram()
    {
        const QString path = fileWithLongLine(QStringLiteral("hostile.jsonl"), 3LL * 1024 * 1024);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QByteArray damage;
        for (int i = 0; i < 100'000; ++i)
            damage += "\x01\xff\n";
        file.write(damage);
        file.close();

        const QString out = m_dir.filePath(QStringLiteral("hostile.svg"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SOCKETSCOPE_BINARY),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--replay"), path,
                QStringLiteral("--export"), out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFileInfo(out).size() > 0);
        // Qt may add a line of its own (XDG_RUNTIME_DIR); the app's lines are the ones that skip.
        QVERIFY2(err.count("skipped") == RecordingReader::kProblemsKept + 1, err.constData());
        QVERIFY2(err.count('\n') <= RecordingReader::kProblemsKept + 3, err.constData());
        QVERIFY2(err.size() < 4096, err.left(4096).constData());
        QVERIFY2(err.contains("line 3: "), err.constData());
        QVERIFY2(err.contains("skipped 99991 more damaged line"), err.constData());

        const QString refused = m_dir.filePath(QStringLiteral("text-version.jsonl"));
        QVERIFY(writeFile(refused, "{\"format\":\"socketscope-journal\",\"version\":\"1\"}\n" + kGoodEvent));
        process.start(QStringLiteral(SOCKETSCOPE_BINARY),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--replay"), refused,
                QStringLiteral("--export"), out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray refusal = process.readAllStandardError();
        QVERIFY2(refusal.contains("the text \"1\""), refusal.constData());
    }
};

QTEST_GUILESS_MAIN(TestAttackRecording)
#include "tst_attack_recording.moc"
