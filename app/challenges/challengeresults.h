#pragma once

#include "challengeboard.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <functional>

namespace SocketScope {

// After class: the board as CSV, one row per student (address, port, verdict, seconds, what
// they sent, the server's note). Everything a student sent is escaped for a spreadsheet.
class ChallengeResults
{
public:
    // What a person reads for a row's verdict (the words live in ui/).
    using VerdictText = std::function<QString(const ChallengeBoard::Row &)>;

    static QByteArray csv(const ChallengeBoard &board, const QStringList &header, const VerdictText &verdict);
    // One CSV field: quoted when it holds a comma, quote or line break (quotes doubled); a
    // field a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first)
    // gets a ' in front, so it stays text.
    static QString field(const QString &text);
    // What a student sent, readable and safe on one line: printable UTF-8 kept, \n \r \t as
    // such, every other byte as \xNN, cut at `maxChars` with "…".
    static QString escapedBytes(const QByteArray &bytes, int maxChars);
};

} // namespace SocketScope
