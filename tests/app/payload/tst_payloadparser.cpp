#include "payload/payloadparser.h"

#include <QtTest/QtTest>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::PayloadMode)
Q_DECLARE_METATYPE(SocketScope::LineEnding)
Q_DECLARE_METATYPE(SocketScope::PayloadError::Kind)

// What a person types in the composer, and the bytes (or the marked error) it becomes.
class TestPayloadParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<PayloadMode>("mode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<LineEnding>("ending");
        QTest::addColumn<QByteArray>("bytes"); // expected, as hex
        QTest::addColumn<PayloadError::Kind>("error");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("length");

        const auto ok = [](const char *name, PayloadMode mode, const QString &text, LineEnding ending,
                            const QByteArray &hex) {
            QTest::newRow(name) << mode << text << ending << hex << PayloadError::None << -1 << 0;
        };
        const auto bad = [](const char *name, PayloadMode mode, const QString &text, PayloadError::Kind kind,
                             int position, int length) {
            QTest::newRow(name) << mode << text << LineEnding::CrLf << QByteArray() << kind << position
                                << length;
        };
        using M = PayloadMode;
        using L = LineEnding;
        ok("text", M::Text, QStringLiteral("Hello"), L::None, "48656c6c6f");
        ok("text LF", M::Text, QStringLiteral("Hi"), L::Lf, "48690a");
        ok("text CRLF", M::Text, QStringLiteral("Hi"), L::CrLf, "48690d0a");
        ok("text keeps backslashes", M::Text, QStringLiteral("a\\n"), L::None, "615c6e");
        ok("text UTF-8", M::Text, QStringLiteral("\u00e9"), L::None, "c3a9");
        ok("empty text", M::Text, QString(), L::None, "");
        ok("empty text CRLF", M::Text, QString(), L::CrLf, "0d0a");
        ok("hex spaced", M::Hex, QStringLiteral("48 65 6c 6c 6f"), L::None, "48656c6c6f");
        ok("hex packed", M::Hex, QStringLiteral("48656c6c6f"), L::None, "48656c6c6f");
        ok("hex upper case", M::Hex, QStringLiteral("DE AD be EF"), L::None, "deadbeef");
        ok("hex groups", M::Hex, QStringLiteral(" 4865\t6c6c\n6f "), L::None, "48656c6c6f");
        ok("hex with LF", M::Hex, QStringLiteral("00"), L::Lf, "000a");
        ok("hex empty", M::Hex, QStringLiteral("   "), L::None, "");
        ok("escapes CRLF", M::Escapes, QStringLiteral("GET / HTTP/1.0\\r\\n\\r\\n"), L::None,
            "474554202f20485454502f312e300d0a0d0a");
        ok("escapes all", M::Escapes, QStringLiteral("\\t\\\\\\0\\x41\\xff"), L::None, "095c0041ff");
        ok("escape upper hex", M::Escapes, QStringLiteral("\\xAb"), L::None, "ab");
        ok("escape then UTF-8", M::Escapes, QStringLiteral("\\x00\u00e9"), L::Lf, "00c3a90a");
        ok("escapes no escape", M::Escapes, QStringLiteral("plain"), L::None, "706c61696e");

        bad("hex odd digits", M::Hex, QStringLiteral("48 6"), PayloadError::OddHexDigits, 3, 1);
        bad("hex odd packed", M::Hex, QStringLiteral("48656"), PayloadError::OddHexDigits, 0, 5);
        bad("hex odd group split", M::Hex, QStringLiteral("4 865"), PayloadError::OddHexDigits, 0, 1);
        bad("hex bad digit", M::Hex, QStringLiteral("48 6g"), PayloadError::BadHexDigit, 4, 1);
        bad("hex 0x prefix", M::Hex, QStringLiteral("0x48"), PayloadError::BadHexDigit, 1, 1);
        bad("hex comma", M::Hex, QStringLiteral("48,65"), PayloadError::BadHexDigit, 2, 1);
        bad("unknown escape", M::Escapes, QStringLiteral("ab\\q"), PayloadError::BadEscape, 2, 2);
        bad("backslash at end", M::Escapes, QStringLiteral("ab\\"), PayloadError::UnfinishedEscape, 2, 1);
        bad("\\x at end", M::Escapes, QStringLiteral("a\\x"), PayloadError::UnfinishedEscape, 1, 2);
        bad("\\x one digit at end", M::Escapes, QStringLiteral("a\\x4"), PayloadError::UnfinishedEscape, 1,
            3);
        bad("\\x bad first digit", M::Escapes, QStringLiteral("\\xg1"), PayloadError::BadEscape, 0, 3);
        bad("\\x bad second digit", M::Escapes, QStringLiteral("\\x4z!"), PayloadError::BadEscape, 0, 4);
        bad("second escape bad", M::Escapes, QStringLiteral("\\r\\n\\e"), PayloadError::BadEscape, 4, 2);
    }

    void parse()
    {
        QFETCH(PayloadMode, mode);
        QFETCH(QString, text);
        QFETCH(LineEnding, ending);
        QFETCH(QByteArray, bytes);
        QFETCH(PayloadError::Kind, error);
        QFETCH(int, position);
        QFETCH(int, length);

        const PayloadParser::Result result = PayloadParser::parse(text, mode, ending);
        QCOMPARE(result.error.kind, error);
        QCOMPARE(result.ok(), error == PayloadError::None);
        if (result.ok()) {
            QCOMPARE(result.bytes.toHex(), bytes);
        } else {
            // Nothing is produced from malformed input, not even the line ending.
            QVERIFY(result.bytes.isEmpty());
            QCOMPARE(int(result.error.position), position);
            QCOMPARE(int(result.error.length), length);
        }
    }
};

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payloadparser.moc"
