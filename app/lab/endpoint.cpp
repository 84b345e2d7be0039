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

std::optional<EndpointSpec> EndpointSpec::parse(QStringView text, bool allowSource, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<EndpointSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // lupdate files these tr() calls under the class it sees them in, so look them up there.
    const auto tr = [](const char *s) { return QCoreApplication::translate("SocketScope::EndpointSpec", s); };

    EndpointSpec spec;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(tr("\"%1\" should look like tcp:HOST:PORT").arg(text));
    const QStringView protocol = text.first(colon);
    if (protocol == QLatin1StringView("tcp"))
        spec.proto = Protocol::Tcp;
    else if (protocol == QLatin1StringView("udp"))
        spec.proto = Protocol::Udp;
    else
        return fail(tr("the protocol \"%1\" is neither tcp nor udp").arg(protocol));

    QStringView rest = text.sliced(colon + 1);
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        if (!allowSource)
            return fail(tr("\"@%1\": a source address is only allowed for --client").arg(rest.sliced(at + 1)));
        spec.source = rest.sliced(at + 1).toString();
        rest = rest.first(at);
        if (spec.source.isEmpty())
            return fail(tr("the source address after \"@\" is empty"));
        QHostAddress source;
        if (!source.setAddress(spec.source))
            return fail(tr("the source address \"%1\" is not an IP address").arg(spec.source));
    }

    // The port is after the last colon; an IPv6 host is written in brackets.
    const qsizetype lastColon = rest.lastIndexOf(QLatin1Char(':'));
    if (lastColon < 0)
        return fail(tr("\"%1\" has no port: write HOST:PORT").arg(rest));
    QStringView host = rest.first(lastColon);
    const QStringView portText = rest.sliced(lastColon + 1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.sliced(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        return fail(tr("the IPv6 address \"%1\" must be written in brackets, like [::1]:8080").arg(host));
    if (host.isEmpty())
        return fail(tr("the host before \":%1\" is empty").arg(portText));
    const auto port = parsePort(portText);
    if (!port)
        return fail(tr("the port \"%1\" is not a number from 0 to 65535").arg(portText));
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
