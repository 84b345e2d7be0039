#include "portquery.h"

#include "serviceregistry.h"

namespace SocketScope {

PortQuery PortQuery::parse(QStringView input, const ServiceRegistry &registry)
{
    PortQuery query;
    QStringView text = input.trimmed();
    // services(5) writes "80/tcp"; accept it as a question about one protocol.
    if (text.endsWith(QLatin1StringView("/tcp"), Qt::CaseInsensitive)) {
        query.proto = Protocol::Tcp;
        text = text.chopped(4).trimmed();
    } else if (text.endsWith(QLatin1StringView("/udp"), Qt::CaseInsensitive)) {
        query.proto = Protocol::Udp;
        text = text.chopped(4).trimmed();
    }
    query.text = text.toString();
    const auto fail = [&](const QString &why) {
        query.kind = Kind::Invalid;
        query.error = why;
        return query;
    };
    if (text.isEmpty())
        return fail(tr("Type a port number from 0 to 65535, or a service name such as ssh."));

    const auto isDigits = [](QStringView s) {
        for (QChar c : s) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        return !s.isEmpty();
    };
    const bool digitsOnly = isDigits(text);
    if (text.front() == QLatin1Char('-') && isDigits(text.sliced(1)))
        return fail(tr("%1 is not a port number: port numbers are never negative. They go from "
                       "0 to 65535.")
                        .arg(text));
    if (digitsOnly) {
        // A number too long for 64 bits is not ok, so it cannot wrap into range.
        bool ok = false;
        const qulonglong value = text.toULongLong(&ok);
        if (!ok || value > 65535)
            return fail(tr("%1 is not a port number: a port is a 16-bit number, so the largest "
                           "is 65535.")
                            .arg(text));
        query.kind = Kind::Number;
        query.ports.append(quint16(value));
        return query;
    }

    const auto named = registry.byName(text);
    if (!named.empty()) {
        query.kind = Kind::Name;
        for (qint32 entry : named) {
            query.entries.append(entry);
            const quint16 port = registry.at(entry).port;
            if (!query.ports.contains(port))
                query.ports.append(port);
        }
        return query;
    }
    query.entries = registry.search(text);
    if (query.entries.isEmpty()) {
        if (!registry.isLoaded())
            return fail(tr("No list of service names could be read on this machine, so only "
                           "port numbers can be looked up."));
        return fail(tr("No service is called \"%1\" and no description has that word. Type a "
                       "port number from 0 to 65535, or a service name such as ssh.")
                        .arg(text));
    }
    query.kind = Kind::Text;
    for (qint32 entry : std::as_const(query.entries)) {
        const quint16 port = registry.at(entry).port;
        if (!query.ports.contains(port))
            query.ports.append(port);
    }
    return query;
}

} // namespace SocketScope
