#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace SocketScope {

// How the composer reads what a person typed.
enum class PayloadMode : quint8 {
    Text, // the characters as UTF-8, nothing special
    Hex, // byte values as hex digit pairs: "48 65 6c" or "48656c"
    Escapes, // text with \r \n \t \\ \0 and \xHH
};

// What is added after the payload, the way line-based protocols expect.
enum class LineEnding : quint8 { None, Lf, CrLf };

// What is wrong with a payload, and where: `position` and `length` count characters of the
// typed text, so a field can mark exactly the bad part. The wording lives in ui/.
struct PayloadError
{
    enum Kind : quint8 {
        None,
        OddHexDigits, // a group of hex digits with one digit left over
        BadHexDigit, // a character that is not 0-9, a-f or A-F in hex mode
        BadEscape, // a backslash followed by something that is not a known escape
        UnfinishedEscape, // the text ends inside an escape ("\" or "\x4")
    };

    Kind kind = None;
    qsizetype position = -1;
    qsizetype length = 0;

    explicit operator bool() const { return kind != None; }
};

// Turns typed text into the bytes to send. On an error nothing is produced: a half-built
// payload must never go out.
class PayloadParser
{
public:
    struct Result
    {
        QByteArray bytes;
        PayloadError error;
        bool ok() const { return !error; }
    };

    static Result parse(QStringView text, PayloadMode mode, LineEnding ending = LineEnding::None);
    static QByteArray lineEnding(LineEnding ending);
};

} // namespace SocketScope
