#include "endpoint.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>

#include <QtCore/QCoreApplication>

namespace SocketScope {

QHostAddress displayAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

QString formatEndpoint(const QHostAddress &address, quint16 port)
{
    const QHostAddress shown = displayAddress(address);
    if (shown.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(shown.toString()).arg(port);
    if (shown.isNull())
        return QStringLiteral("*:%1").arg(port);
    return QStringLiteral("%1:%2").arg(shown.toString()).arg(port);
}

std::optional<quint16> parsePort(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 5)
        return std::nullopt;
    for (QChar c : trimmed) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    }
    const int value = trimmed.toInt();
    if (value > 65535)
        return std::nullopt;
    return quint16(value);
}

QHostAddress parseAddress(QStringView text)
{
    if (text.contains(QLatin1Char(':'))) {
        QHostAddress address;
        if (address.setAddress(text.toString()) && address.protocol() == QAbstractSocket::IPv6Protocol)
            return address;
        return {};
    }
    // Four decimal numbers; Qt and inet_aton() also take 127.1 or 2130706433, which nobody
    // means, and read 010 as octal in places, so those are refused.
    const QList<QStringView> parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return {};
    quint32 value = 0;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == QLatin1Char('0')))
            return {};
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return {};
        }
        const int number = part.toInt();
        if (number > 255)
            return {};
        value = (value << 8) | quint32(number);
    }
    return QHostAddress(value);
}

QString quotedPart(QStringView text)
{
    constexpr qsizetype kLongest = 64;
    const QStringView shown = text.size() > kLongest ? text.first(kLongest - 4) : text;
    QString quoted;
    quoted.reserve(shown.size() + 8);
    for (QChar c : shown) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format) {
            quoted += c.unicode() <= 0xff ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                          : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            quoted += c;
        }
    }
    if (shown.size() < text.size())
        quoted += QStringLiteral("...");
    return quoted;
}

namespace {

bool looksNumeric(QStringView host)
{
    for (QChar c : host) {
        if ((c < QLatin1Char('0') || c > QLatin1Char('9')) && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

// A name the resolver could look up: labels of letters, digits, hyphens (and the underscores
// some local names carry), at most 63 characters each and 253 in all; one final dot allowed.
bool possibleHostName(QStringView host)
{
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (QStringView label : host.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
                return false;
        }
    }
    return true;
}

QString familyName(const QHostAddress &address)
{
    return displayAddress(address).protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                                               : QStringLiteral("IPv4");
}

} // namespace

std::optional<EndpointSpec> EndpointSpec::parse(QStringView text, bool allowSource, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<EndpointSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // lupdate files these tr() calls under the class it sees them in, so look them up there.
    const auto tr = [](const char *s) { return QCoreApplication::translate("SocketScope::EndpointSpec", s); };
    const auto q = [](QStringView part) { return quotedPart(part); };

    EndpointSpec spec;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(tr("\"%1\" should look like tcp:HOST:PORT").arg(q(text)));
    const QStringView protocol = text.first(colon);
    if (protocol == QLatin1StringView("tcp"))
        spec.proto = Protocol::Tcp;
    else if (protocol == QLatin1StringView("udp"))
        spec.proto = Protocol::Udp;
    else
        return fail(tr("the protocol \"%1\" is neither tcp nor udp").arg(q(protocol)));

    QStringView rest = text.sliced(colon + 1);
    QHostAddress source;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        QStringView sourceText = rest.sliced(at + 1);
        rest = rest.first(at);
        if (!allowSource)
            return fail(tr("\"@%1\": a source address is only allowed for --client").arg(q(sourceText)));
        if (sourceText.isEmpty())
            return fail(tr("the source address after \"@\" is empty"));
        // An IPv6 source may be written in brackets, like the host: @[::1].
        if (sourceText.startsWith(QLatin1Char('['))) {
            if (!sourceText.endsWith(QLatin1Char(']')))
                return fail(tr("the \"[\" of the source address \"%1\" is never closed: write @[::1]")
                                .arg(q(sourceText)));
            const QStringView inside = sourceText.sliced(1, sourceText.size() - 2);
            source = parseAddress(inside);
            if (source.protocol() != QAbstractSocket::IPv6Protocol)
                return fail(
                    tr("the source address \"%1\" in brackets is not an IPv6 address").arg(q(inside)));
            sourceText = inside;
        } else {
            source = parseAddress(sourceText);
            if (source.isNull())
                return fail(tr("the source address \"%1\" is not an IP address").arg(q(sourceText)));
        }
        spec.source = sourceText.toString();
    }

    // The port is after the last colon; an IPv6 host is written in brackets.
    QStringView host;
    QStringView portText;
    bool bracketed = false;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(
                tr("the \"[\" in \"%1\" is never closed: write an IPv6 host like [::1]:8080").arg(q(rest)));
        host = rest.sliced(1, close - 1);
        const QStringView after = rest.sliced(close + 1);
        if (!after.startsWith(QLatin1Char(':')))
            return fail(tr("\"%1\" has no port after \"]\": write [HOST]:PORT").arg(q(rest)));
        portText = after.sliced(1);
        bracketed = true;
    } else {
        const qsizetype lastColon = rest.lastIndexOf(QLatin1Char(':'));
        if (lastColon < 0)
            return fail(tr("\"%1\" has no port: write HOST:PORT").arg(q(rest)));
        host = rest.first(lastColon);
        portText = rest.sliced(lastColon + 1);
        if (host.contains(QLatin1Char(':')))
            return fail(
                tr("the IPv6 address \"%1\" must be written in brackets, like [::1]:8080").arg(q(host)));
    }
    if (host.isEmpty())
        return fail(tr("the host before \":%1\" is empty").arg(q(portText)));
    const auto port = parsePort(portText);
    if (!port)
        return fail(tr("the port \"%1\" is not a number from 0 to 65535").arg(q(portText)));

    // What the network would only say later, when it can be known now.
    const QHostAddress address = parseAddress(host);
    if (bracketed && address.protocol() != QAbstractSocket::IPv6Protocol)
        return fail(tr("\"%1\" in brackets is not an IPv6 address").arg(q(host)));
    if (address.isNull() && looksNumeric(host))
        return fail(tr("\"%1\" is not an IPv4 address: write four numbers from 0 to 255, such as 127.0.0.1")
                        .arg(q(host)));
    if (address.isNull() && !possibleHostName(host))
        return fail(tr(
            "\"%1\" is not a host name: a name has only letters, digits, hyphens and dots, such as localhost")
                        .arg(q(host)));
    if (!address.isNull() && !source.isNull() && familyName(address) != familyName(source))
        return fail(tr("the source %1 is an %2 address but %3 is an %4 address: both ends of a connection "
                       "must be the same kind")
                        .arg(q(spec.source), familyName(source), q(host), familyName(address)));

    spec.host = host.toString();
    spec.port = *port;
    return spec;
}

unsigned toSockAddr(const QHostAddress &address, quint16 port, void *out)
{
    auto *storage = static_cast<sockaddr_storage *>(out);
    std::memset(storage, 0, sizeof *storage);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *v4 = reinterpret_cast<sockaddr_in *>(storage);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        v4->sin_addr.s_addr = htonl(address.toIPv4Address());
        return sizeof *v4;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&v6->sin6_addr, raw.c, 16);
        return sizeof *v6;
    }
    return 0;
}

} // namespace SocketScope
