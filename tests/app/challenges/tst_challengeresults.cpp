#include "challenges/challengecatalog.h"
#include "challenges/challengeresults.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtTest/QtTest>

using namespace SocketScope;

// What a student sent ends up in a spreadsheet: nothing in it may break a row or run as a
// formula.
class TestChallengeResults : public QObject
{
    Q_OBJECT

private slots:
    // A teacher's own text goes into the commands shown to the class quoted: run as shown, the
    // shell's echo prints it and Python's literal holds it exactly, nothing in it run or
    // expanded, and a text holding HOST or PORT is not filled in.
    void teachersTextIsQuotedInTheCommands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("HELO class");
        QTest::newRow("shell") << QStringLiteral("$(echo ran) `echo ran` ${HOME} !! \\n 'a' \"b\"");
        QTest::newRow("python") << QStringLiteral("\"); import os #\\");
        QTest::newRow("placeholders") << QStringLiteral("HOST PORT TEXT");
        QTest::newRow("korean") << QStringLiteral("안녕 '반'");
    }

    void teachersTextIsQuotedInTheCommands()
    {
        QFETCH(QString, text);
        Challenge challenge;
        challenge.key = QStringLiteral("custom");
        challenge.check = Challenge::Check::SendText;
        challenge.expected = text.toUtf8();
        const ChallengeCatalog::Text shown
            = ChallengeCatalog::text(challenge, QStringLiteral("127.0.0.1"), 9000);
        // "echo WORD | nc ...": the shell's word, as the shell reads it.
        QVERIFY2(shown.nc.startsWith(QStringLiteral("echo ")), qPrintable(shown.nc));
        const QString word = shown.nc.mid(5, shown.nc.indexOf(QStringLiteral(" | nc")) - 5);
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + word});
        QVERIFY(shell.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), text);
        // "s.sendall(LITERAL.encode())": Python's string, as Python reads it.
        QVERIFY2(shown.python.contains(QStringLiteral("(\"127.0.0.1\", 9000)")), qPrintable(shown.python));
        const qsizetype from = shown.python.indexOf(QStringLiteral("s.sendall(")) + 10;
        const qsizetype to = shown.python.lastIndexOf(QStringLiteral(".encode())"));
        QVERIFY2(from >= 10 && to > from, qPrintable(shown.python));
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("no python3 here to read the literal");
        QProcess reader;
        reader.start(python,
            {QStringLiteral("-c"),
                QStringLiteral("import sys; sys.stdout.buffer.write((%1).encode())")
                    .arg(shown.python.mid(from, to - from))});
        QVERIFY(reader.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput()), text + QLatin1Char('\n'));
    }

    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Ada"
                               << "Ada";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "Lovelace, Ada"
                               << "\"Lovelace, Ada\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("formula =") << "=1+1"
                                   << "'=1+1";
        QTest::newRow("formula +") << "+1"
                                   << "'+1";
        QTest::newRow("formula -") << "-1"
                                   << "'-1";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << "'@SUM(A1)";
        QTest::newRow("formula tab") << "\t=1"
                                     << "'\t=1";
        QTest::newRow("formula and comma") << "=HYPERLINK(\"x\",\"y\")"
                                           << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
        QTest::newRow("Korean") << "김민지"
                                << "김민지";
    }

    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ChallengeResults::field(text), expected);
    }

    void escapedBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("Ada") << 50 << "Ada";
        QTest::newRow("line end") << QByteArray("Ada\r\n") << 50 << "Ada\\r\\n";
        QTest::newRow("bad UTF-8") << QByteArray("\xff\xfe") << 50 << "\\xff\\xfe";
        QTest::newRow("NUL and ESC") << QByteArray("a\x00\x1b", 3) << 50 << "a\\x00\\x1b";
        QTest::newRow("Korean") << QByteArray("김민지") << 50 << QString::fromUtf8("김민지");
        QTest::newRow("cut Korean") << QByteArray("김민").left(4) << 50 << "김\\xeb";
        QTest::newRow("shortened") << QByteArray(100, 'x') << 10
                                   << QString(10, QLatin1Char('x')) + QChar(0x2026);
        QTest::newRow("backslash") << QByteArray("a\\b") << 50 << "a\\\\b";
    }

    void escapedBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        QCOMPARE(ChallengeResults::escapedBytes(bytes, maxChars), expected);
    }
};

QTEST_GUILESS_MAIN(TestChallengeResults)
#include "tst_challengeresults.moc"
