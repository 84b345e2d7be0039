#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>

namespace SocketScope {

// One browser request, as far as the classroom page needs it: the request line and the
// Accept-Language header. Everything else a browser sends is read past, never kept. The page
// answers one request a connection and then closes, so nothing after the headers is ever
// read as a second request; still, a request whose length is ambiguous (two Content-Length
// headers, or one with Transfer-Encoding) is refused as malformed rather than guessed at.
struct ClassroomRequest
{
    // A request larger than this is refused: a page request from a browser is well under 2 KiB.
    static constexpr qsizetype kMaxBytes = qsizetype(8) * 1024;

    enum Status : quint8 {
        Incomplete, // the blank line that ends the headers has not arrived yet
        Ok,
        Malformed, // 400, also for an ambiguous length
        MethodNotAllowed, // 405: only GET and HEAD
        BodyNotAccepted, // 413: the page takes no upload
        TooLarge, // 431: headers over kMaxBytes
    };

    Status status = Incomplete;
    QByteArray method;
    QString path;
    QByteArray acceptLanguage;

    bool isHead() const { return method == "HEAD"; }
    // The HTTP status code for a refused request; 200 for Ok.
    int httpStatus() const;

    static ClassroomRequest parse(const QByteArray &buffer);
    // Where the header block ends: the index of the line feed before the blank line that
    // closes it (CRLF or a bare LF), searching from `from`; -1 when it has not arrived yet.
    static qsizetype headerEnd(QByteArrayView buffer, qsizetype from = 0);
};

} // namespace SocketScope
