#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

// The words of the student's live page (its sockets, its events, the class challenge), in the
// language the page is served in. live.js holds only code: the page carries these words as a
// JSON data block it reads, so every word is a tr() string the translations collect.
class LiveWords
{
    Q_DECLARE_TR_FUNCTIONS(SocketScope::LiveWords)

public:
    // `language`: "en", "ko" or "both". {"en": {...}, "ko": {...}} with the languages asked
    // for, nested as live.js looks them up ("challenge": {"verdict": {"done": ...}}); the
    // numbered blanks are %1, %2, %3.
    static QByteArray json(const QString &language);
    // The same, safe inside an HTML <script type="application/json"> block: no "<" at all.
    static QByteArray htmlBlock(const QString &language);
};

} // namespace SocketScope
