#pragma once

#include "journal/event.h"

#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

#include <optional>

namespace SocketScope {

// `ip:port`, and `[ip]:port` for IPv6. IPv4-mapped IPv6 addresses are written as IPv4,
// the way a learner expects to read them.
QString formatEndpoint(const QHostAddress &address, quint16 port);
// Fills `out` (a sockaddr_storage) for a system call; returns its length, 0 for a null address.
unsigned toSockAddr(const QHostAddress &address, quint16 port, void *out);
QHostAddress displayAddress(const QHostAddress &address);

// A port typed by a person: digits only, 0..65535.
std::optional<quint16> parsePort(QStringView text);

// One `--server`, `--client` or `--forward` value: `tcp:HOST:PORT[@SOURCE]`.
struct EndpointSpec
{
    Protocol proto = Protocol::Tcp;
    QString host;
    quint16 port = 0;
    QString source; // `@SOURCE`, empty when not given

    // Returns the spec, or sets `error` to a sentence naming the bad part.
    static std::optional<EndpointSpec> parse(QStringView text, bool allowSource, QString *error);
};

} // namespace SocketScope
