#include "classroompage.h"

#include "livewords.h"

#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace SocketScope {

namespace {

QString escaped(const QString &text)
{
    // toHtmlEscaped leaves quotes alone in text, and the page never puts echoed text in an
    // attribute; the apostrophe is escaped anyway so that never becomes a trap.
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1StringView("&#39;"));
}

QString englishPart(const ClassroomPage::Visit &v)
{
    const QString others = v.others == 1 ? QStringLiteral("1 other visitor is")
                                         : QStringLiteral("%1 other visitors are").arg(v.others);
    return QStringLiteral(
        "<section lang=\"en\"><h1>You are connected to SocketScope</h1>"
        "<p>Look at the projector: your connection just appeared in the tables and on the timeline.</p>"
        "<table>"
        "<tr><th>Your end (client socket)</th><td><code>%1</code></td></tr>"
        "<tr><th>The server's end</th><td><code>%2</code></td></tr>"
        "<tr><th>Your connection, a socket pair</th><td><code>&lt;%1, %2&gt;</code></td></tr>"
        "</table>"
        "<p>Your computer's OS picked the port after the colon in your end: an ephemeral port. "
        "The server's port is fixed so everybody can find it.</p>"
        "<p>%3 connected right now. They all share the server's end; only the client's end makes each pair "
        "different.</p>"
        "<p class=\"small\">You asked for <code>%4</code>.</p></section>")
        .arg(escaped(v.visitor), escaped(v.server), others, escaped(v.path));
}

QString koreanPart(const ClassroomPage::Visit &v)
{
    return QStringLiteral("<section lang=\"ko\"><h1>SocketScope에 연결되었습니다</h1>"
                          "<p>프로젝터 화면을 보세요. 여러분의 연결이 방금 표와 타임라인에 나타났습니다.</p>"
                          "<table>"
                          "<tr><th>내 쪽 (클라이언트 소켓)</th><td><code>%1</code></td></tr>"
                          "<tr><th>서버 쪽</th><td><code>%2</code></td></tr>"
                          "<tr><th>내 연결 = 소켓 쌍</th><td><code>&lt;%1, %2&gt;</code></td></tr>"
                          "</table>"
                          "<p>내 쪽 콜론 뒤의 포트는 내 컴퓨터의 운영체제가 골라 준 임시 포트입니다. "
                          "서버 포트는 누구나 찾을 수 있도록 고정되어 있습니다.</p>"
                          "<p>지금 다른 방문자 %3명이 연결되어 있습니다. 모두 서버 쪽 끝점을 함께 쓰고, "
                          "클라이언트 쪽만 쌍마다 다릅니다.</p>"
                          "<p class=\"small\">요청한 주소: <code>%4</code></p></section>")
        .arg(escaped(v.visitor), escaped(v.server))
        .arg(v.others)
        .arg(escaped(v.path));
}

// Where the script draws the student's own sockets, live. `lang` is en, ko or both. The
// script's words come with the page, as data it reads (LiveWords).
QString livePart(const QString &lang)
{
    return QStringLiteral("<section id=\"live\" data-lang=\"%1\" aria-live=\"polite\">"
                          "<noscript><p>Turn on JavaScript to see your sockets live. / "
                          "JavaScript를 켜면 내 소켓을 실시간으로 볼 수 있습니다.</p></noscript></section>"
                          "<script type=\"application/json\" id=\"live-words\">%2</script>"
                          "<script src=\"/live.js\"></script>")
        .arg(lang, QString::fromUtf8(LiveWords::htmlBlock(lang)));
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
        .arg(lang, title, body)
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
        return document(QStringLiteral("en"), QStringLiteral("SocketScope: your connection"),
            englishPart(visit) + livePart(QStringLiteral("en")));
    case Korean:
        return document(QStringLiteral("ko"), QStringLiteral("SocketScope: 내 연결"),
            koreanPart(visit) + livePart(QStringLiteral("ko")));
    case Both:
        break;
    }
    return document(QStringLiteral("en"), QStringLiteral("SocketScope: your connection / 내 연결"),
        englishPart(visit) + koreanPart(visit) + livePart(QStringLiteral("both")));
}

QByteArray ClassroomPage::errorHtml(int status)
{
    const QString reasonText = QString::fromLatin1(reason(status));
    QString english;
    QString korean;
    switch (status) {
    case 408:
        english = QStringLiteral("The request did not arrive in time. Load the page again.");
        korean = QStringLiteral("요청이 제시간에 도착하지 않았습니다. 페이지를 다시 불러오세요.");
        break;
    case 429:
        english = QStringLiteral(
            "Too many connections came from your address at once. Load the page again in a moment.");
        korean = QStringLiteral(
            "내 주소에서 한꺼번에 너무 많은 연결이 왔습니다. 잠시 뒤에 페이지를 다시 불러오세요.");
        break;
    case 503:
        english = QStringLiteral("The classroom page is full right now. Load the page again in a moment.");
        korean = QStringLiteral("지금은 수업 페이지에 자리가 없습니다. 잠시 뒤에 페이지를 다시 불러오세요.");
        break;
    default:
        english = QStringLiteral("SocketScope's classroom page only answers a plain GET of a page.");
        korean = QStringLiteral("SocketScope 수업 페이지는 일반적인 GET 요청에만 답합니다.");
        break;
    }
    return document(QStringLiteral("en"), QStringLiteral("%1 %2").arg(status).arg(reasonText),
        QStringLiteral("<h1>%1 %2</h1><p>%3</p><p lang=\"ko\">%4</p>")
            .arg(QString::number(status), reasonText, english, korean));
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
