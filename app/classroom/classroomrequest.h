#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace SocketScope {

// One browser request, as far as the classroom page needs it: the request line and the
// Accept-Language header. Everything else a browser sends is read past, never kept.
struct ClassroomRequest
{
    // A request larger than this is refused: a page request from a browser is well under 2 KiB.
    static constexpr qsizetype kMaxBytes = 8 * 1024;

    enum Status : quint8 {
        Incomplete, // the blank line that ends the headers has not arrived yet
        Ok,
        Malformed, // 400
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
};

} // namespace SocketScope
