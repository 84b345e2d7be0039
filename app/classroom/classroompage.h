#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace SocketScope {

// The small page a visitor's browser gets: their own connection, seen from the server. The
// page speaks the visitor's language, not the app's (a projector in Korean may have visitors
// with English browsers), so its language is chosen here by the browser's Accept-Language. Its
// words are in the translations all the same (KoreanWords), not through the window's language.
class ClassroomPage
{
public:
    enum Language : quint8 { English, Korean, Both };

    struct Visit
    {
        QString visitor; // the visitor's ip:port, as the server sees it
        QString server; // the server's ip:port
        int others = 0; // other visitors connected now
        QString path; // what they asked for, echoed (escaped)
    };

    // "ko-KR,ko;q=0.9,en;q=0.8" -> Korean; no en or ko in it -> Both.
    static Language chooseLanguage(const QByteArray &acceptLanguage);

    static QByteArray html(const Visit &visit, Language language);
    // A short page for a refused request (400, 404, 405, 408, 413, 429, 431, 503).
    static QByteArray errorHtml(int status);
    // Status line and headers (always "Connection: close"), then the body unless `head`.
    static QByteArray response(int status, const QByteArray &body, bool head = false,
        const QByteArray &contentType = "text/html; charset=utf-8");
    // The page's script: it opens /live and keeps the student's own sockets up to date.
    static QByteArray script();
    static QByteArray reason(int status);
};

} // namespace SocketScope
