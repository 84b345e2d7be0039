#include "classroomrequest.h"

#include <QtCore/QList>

namespace SocketScope {

int ClassroomRequest::httpStatus() const
{
    switch (status) {
    case Ok:
        return 200;
    case Malformed:
        return 400;
    case MethodNotAllowed:
        return 405;
    case BodyNotAccepted:
        return 413;
    case TooLarge:
        return 431;
    case Incomplete:
        break;
    }
    return 400;
}

namespace {

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                || c == '_'))
            return false;
    }
    return true;
}

bool hasControlBytes(QByteArrayView line)
{
    for (const char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return true;
    }
    return false;
}

} // namespace

qsizetype ClassroomRequest::headerEnd(QByteArrayView buffer, qsizetype from)
{
    // The first blank line, whichever way it is written.
    const qsizetype bare = buffer.indexOf(QByteArrayView("\n\n"), from);
    const qsizetype crlf = buffer.indexOf(QByteArrayView("\n\r\n"), from);
    if (bare < 0)
        return crlf;
    if (crlf < 0)
        return bare;
    return qMin(bare, crlf);
}

namespace {

// A Content-Length value: decimal digits only (no sign, no spaces, no hex), within reason.
bool parseLength(const QByteArray &value, qint64 *length)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    *length = value.toLongLong();
    return true;
}

} // namespace

ClassroomRequest ClassroomRequest::parse(const QByteArray &buffer)
{
    ClassroomRequest request;
    const qsizetype end = headerEnd(buffer);
    if (end < 0) {
        request.status = buffer.size() > kMaxBytes ? TooLarge : Incomplete;
        return request;
    }
    if (end + 2 > kMaxBytes) {
        request.status = TooLarge;
        return request;
    }

    QList<QByteArray> lines = buffer.left(end).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    request.status = Malformed;
    const QList<QByteArray> parts = lines.constFirst().split(' ');
    if (parts.size() != 3 || hasControlBytes(lines.constFirst()))
        return request;
    const QByteArray &version = parts.at(2);
    if (!isToken(parts.at(0)) || !parts.at(1).startsWith('/')
        || (version != "HTTP/1.0" && version != "HTTP/1.1"))
        return request;
    request.method = parts.at(0);
    request.path = QString::fromUtf8(parts.at(1));

    qint64 contentLength = 0;
    bool sawLength = false;
    bool sawTransferEncoding = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // A name must touch its colon ("Content-Length : 5" is refused), and a line may not
        // continue the one before (a leading space or tab).
        if (colon <= 0 || !isToken(line.left(colon)) || hasControlBytes(line))
            return request;
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "accept-language") {
            request.acceptLanguage = value;
        } else if (name == "content-length") {
            if (sawLength || !parseLength(value, &contentLength))
                return request;
            sawLength = true;
        } else if (name == "transfer-encoding") {
            if (sawTransferEncoding)
                return request;
            sawTransferEncoding = true;
        }
    }
    if (sawTransferEncoding && sawLength)
        return request; // which one tells the length? Neither is believed.
    if (request.method != "GET" && request.method != "HEAD")
        request.status = MethodNotAllowed;
    else if (contentLength > 0 || sawTransferEncoding)
        request.status = BodyNotAccepted; // the page takes no upload, of any length
    else
        request.status = Ok;
    return request;
}

} // namespace SocketScope
