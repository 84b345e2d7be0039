#pragma once

#include "journal/event.h"
#include "sockopts/optionrequest.h"

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

// An IP address typed by a person: IPv4 as four numbers from 0 to 255 (not the short forms
// such as 127.1 that some programs accept), IPv6 without brackets. Null when it is not one.
QHostAddress parseAddress(QStringView text);

// A piece of a person's text, fit to be quoted in a message: control characters shown as
// \xNN (so a value cannot drive the terminal) and a long text cut short.
QString quotedPart(QStringView text);

// One `--server`, `--client` or `--forward` value: `tcp:HOST:PORT[@SOURCE]`.
struct EndpointSpec
{
    Protocol proto = Protocol::Tcp;
    QString host;
    quint16 port = 0;
    QString source; // `@SOURCE` without brackets, empty when not given; always an IP address
    // `,nodelay,rcvbuf=4096` after the address (--server and --client): set before bind().
    QList<OptionRequest> options;

    // Returns the spec, or sets `error` to a sentence naming the bad part. What can be known
    // without asking the network is checked here: an address that looks numeric must be a
    // real one, a name must be a possible host name, and a source must be of the same family
    // (IPv4 or IPv6) as a host written as an address.
    static std::optional<EndpointSpec> parse(QStringView text, bool allowSource, QString *error);
};

} // namespace SocketScope
