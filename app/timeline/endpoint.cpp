#include "endpoint.h"

#include "lab/endpoint.h"

namespace SocketScope {

Endpoint Endpoint::parse(QStringView text)
{
    Endpoint endpoint;
    QStringView address = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    // A bare IPv6 address has colons too; only "[ip]:port" or one colon carries a port.
    const bool bracketed = text.startsWith(QLatin1Char('['));
    if (colon >= 0 && (bracketed || text.indexOf(QLatin1Char(':')) == colon)) {
        bool ok = false;
        const uint port = text.mid(colon + 1).toUInt(&ok);
        if (ok && port <= 0xffff)
            endpoint.port = quint16(port);
        address = text.left(colon);
    }
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    if (!address.isEmpty() && address != QLatin1StringView("*")) {
        // "::ffff:10.0.0.1" is the IPv4 host it names, as everywhere else in the app; "::" stays.
        const QHostAddress parsed(address.toString());
        endpoint.address = parsed == QHostAddress(QHostAddress::AnyIPv6) ? parsed : displayAddress(parsed);
    }
    return endpoint;
}

bool Endpoint::isAnyAddress() const
{
    return address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
}

bool Endpoint::sameAddress(const Endpoint &other) const
{
    return address == other.address || isAnyAddress() || other.isAnyAddress();
}

QString Endpoint::toString() const
{
    return formatEndpoint(address, port);
}

} // namespace SocketScope
