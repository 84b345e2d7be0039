#include "challenges/challengeresults.h"

#include <QtTest/QtTest>

using namespace SocketScope;

// What a student sent ends up in a spreadsheet: nothing in it may break a row or run as a
// formula.
class TestChallengeResults : public QObject
{
    Q_OBJECT

private slots:
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
