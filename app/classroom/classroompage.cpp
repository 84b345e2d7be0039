#include "classroompage.h"

#include "koreanwords.h"
#include "livewords.h"

#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace SocketScope {

namespace {

// The page's own words, between tags: there only &, < and > can start markup. Quotes and
// apostrophes stay as they are, so the page's source (and anything reading it as text) says
// "server's", not "server&#39;s".
QString textEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1StringView("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1StringView("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1StringView("&gt;");
        else
            out += c;
    }
    return out;
}

// What the visitor sent (echoed back), and attribute values: safe in any place of the page,
// inside a quoted attribute too, so an echo moved into one later never becomes a trap.
QString escaped(const QString &text)
{
    return textEscaped(text)
        .replace(QLatin1Char('"'), QLatin1StringView("&quot;"))
        .replace(QLatin1Char('\''), QLatin1StringView("&#39;"));
}

// A sentence of the page, written in English; KoreanWords gives it in Korean.
struct Text
{
    const char *source;
    const char *comment;
};

// The disambiguation says where the words show, for the translator.
const Text kTitle = QT_TRANSLATE_NOOP3(
    "SocketScope::ClassroomPage", "SocketScope: your connection", "classroom page: the browser tab's title");
const Text kConnected = QT_TRANSLATE_NOOP3(
    "SocketScope::ClassroomPage", "You are connected to SocketScope", "classroom page: heading");
const Text kLook = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage",
    "Look at the projector: your connection just appeared in the tables and on the timeline.",
    "classroom page: under the heading");
const Text kYourEnd = QT_TRANSLATE_NOOP3(
    "SocketScope::ClassroomPage", "Your end (client socket)", "classroom page: table row");
const Text kServerEnd
    = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage", "The server's end", "classroom page: table row");
const Text kPair = QT_TRANSLATE_NOOP3(
    "SocketScope::ClassroomPage", "Your connection, a socket pair", "classroom page: table row");
const Text kEphemeral = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage",
    "Your computer's OS picked the port after the colon in your end: an ephemeral port. The server's port "
    "is fixed so everybody can find it.",
    "classroom page: under the table");
// Two sentences, not one with %n: the page's English is the source text, with no plural
// forms from a translation.
const Text kOneOther = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage",
    "1 other visitor is connected right now. They all share the server's end; only the client's end makes "
    "each pair different.",
    "classroom page: under the table, when one other student is connected");
const Text kOthers = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage",
    "%1 other visitors are connected right now. They all share the server's end; only the client's end "
    "makes each pair different.",
    "classroom page: under the table; %1 is how many other students are connected (0, 2, 3, ...)");
const Text kAskedFor = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage", "You asked for %1.",
    "classroom page: small print at the end; %1 is the address the browser asked for");
const Text kNoScript
    = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage", "Turn on JavaScript to see your sockets live.",
        "classroom page: shown instead of the live view when the browser runs no JavaScript");
const Text kTimeout = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage",
    "The request did not arrive in time. Load the page again.",
    "classroom page: error page 408, the browser's request came too slowly");
const Text kTooMany = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage",
    "Too many connections came from your address at once. Load the page again in a moment.",
    "classroom page: error page 429, too many connections from one address");
const Text kFull = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage",
    "The classroom page is full right now. Load the page again in a moment.",
    "classroom page: error page 503, too many visitors at once");
const Text kPlainGet = QT_TRANSLATE_NOOP3("SocketScope::ClassroomPage",
    "SocketScope's classroom page only answers a plain GET of a page.",
    "classroom page: error page for a request it does not answer (400, 404, 405, 413, 431)");

// The words in the page's language, escaped for HTML: a translation is text, never markup.
QString say(const Text &text, bool korean)
{
    return textEscaped(korean ? KoreanWords::of("SocketScope::ClassroomPage", text.source, text.comment)
                              : QString::fromUtf8(text.source));
}

QString title(ClassroomPage::Language language)
{
    switch (language) {
    case ClassroomPage::English:
        return say(kTitle, false);
    case ClassroomPage::Korean:
        return say(kTitle, true);
    case ClassroomPage::Both:
        break;
    }
    return say(kTitle, false) + QStringLiteral(" / ") + say(kTitle, true);
}

QString connectedPart(const ClassroomPage::Visit &v, bool korean)
{
    const QString visitor = escaped(v.visitor);
    const QString server = escaped(v.server);
    const QString others = v.others == 1 ? say(kOneOther, korean) : say(kOthers, korean).arg(v.others);
    const QString askedFor
        = say(kAskedFor, korean).arg(QStringLiteral("<code>%1</code>").arg(escaped(v.path)));
    return QStringLiteral("<section lang=\"%1\"><h1>%2</h1>"
                          "<p>%3</p>"
                          "<table>"
                          "<tr><th>%4</th><td><code>%5</code></td></tr>"
                          "<tr><th>%6</th><td><code>%7</code></td></tr>"
                          "<tr><th>%8</th><td><code>&lt;%5, %7&gt;</code></td></tr>"
                          "</table>"
                          "<p>%9</p>")
               .arg(korean ? QStringLiteral("ko") : QStringLiteral("en"), say(kConnected, korean),
                   say(kLook, korean), say(kYourEnd, korean), visitor, say(kServerEnd, korean), server,
                   say(kPair, korean), say(kEphemeral, korean))
        + QStringLiteral("<p>%1</p><p class=\"small\">%2</p></section>").arg(others, askedFor);
}

// Where the script draws the student's own sockets, live. `lang` is en, ko or both. The
// script's words come with the page, as data it reads (LiveWords).
QString livePart(const QString &lang)
{
    QString noScript = say(kNoScript, lang == QLatin1StringView("ko"));
    if (lang == QLatin1StringView("both"))
        noScript = say(kNoScript, false) + QStringLiteral(" / ") + say(kNoScript, true);
    return QStringLiteral("<section id=\"live\" data-lang=\"%1\" aria-live=\"polite\">"
                          "<noscript><p>%2</p></noscript></section>"
                          "<script type=\"application/json\" id=\"live-words\">%3</script>"
                          "<script src=\"/live.js\"></script>")
        .arg(escaped(lang), noScript, QString::fromUtf8(LiveWords::htmlBlock(lang)));
}

QByteArray document(const QString &lang, const QString &title, const QString &body)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%2</title><style>"
        "body{font-family:sans-serif;max-width:42em;margin:1.5em auto;padding:0 1em;line-height:1.5}"
        "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #888;padding:.4em "
        ".7em;text-align:left}"
        "code{font-size:1.15em}section+section{border-top:2px solid #888;margin-top:2em}.small{color:#555}"
        "tr.gone td{color:#777}ol.events{padding-left:1.5em}ol.events code.data{background:#eee}"
        "#challenge{border:2px solid #888;padding:0 1em;margin:1em 0}"
        "#challenge .verdict,#challenge .countdown{font-size:1.3em;font-weight:bold}"
        "</style></head><body>%3</body></html>\n")
        .arg(escaped(lang), title, body)
        .toUtf8();
}

} // namespace

ClassroomPage::Language ClassroomPage::chooseLanguage(const QByteArray &acceptLanguage)
{
    double english = -1;
    double korean = -1;
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.trimmed().split(';');
        const QByteArray tag = parts.constFirst().trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                q = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        if (tag == "en" || tag.startsWith("en-"))
            english = qMax(english, q);
        else if (tag == "ko" || tag.startsWith("ko-"))
            korean = qMax(korean, q);
    }
    if (korean <= 0 && english <= 0)
        return Both;
    return korean > english ? Korean : English;
}

QByteArray ClassroomPage::html(const Visit &visit, Language language)
{
    switch (language) {
    case English:
        return document(QStringLiteral("en"), title(language),
            connectedPart(visit, false) + livePart(QStringLiteral("en")));
    case Korean:
        return document(QStringLiteral("ko"), title(language),
            connectedPart(visit, true) + livePart(QStringLiteral("ko")));
    case Both:
        break;
    }
    return document(QStringLiteral("en"), title(language),
        connectedPart(visit, false) + connectedPart(visit, true) + livePart(QStringLiteral("both")));
}

QByteArray ClassroomPage::errorHtml(int status)
{
    const QString reasonText = QString::fromLatin1(reason(status));
    const Text *text = &kPlainGet;
    switch (status) {
    case 408:
        text = &kTimeout;
        break;
    case 429:
        text = &kTooMany;
        break;
    case 503:
        text = &kFull;
        break;
    default:
        break;
    }
    return document(QStringLiteral("en"), QStringLiteral("%1 %2").arg(status).arg(reasonText),
        QStringLiteral("<h1>%1 %2</h1><p>%3</p><p lang=\"ko\">%4</p>")
            .arg(QString::number(status), reasonText, say(*text, false), say(*text, true)));
}

QByteArray ClassroomPage::reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Error";
}

QByteArray ClassroomPage::script()
{
    QFile file(QStringLiteral(":/classroom/live.js"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray ClassroomPage::response(
    int status, const QByteArray &body, bool head, const QByteArray &contentType)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
        + "\r\nContent-Type: " + contentType
        + "\r\n"
          "Content-Length: "
        + QByteArray::number(body.size())
        + "\r\n"
          "Cache-Control: no-store\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; "
          "connect-src 'self'\r\n";
    if (status == 405)
        out += "Allow: GET, HEAD\r\n";
    out += "Connection: close\r\n\r\n";
    if (!head)
        out += body;
    return out;
}

} // namespace SocketScope
