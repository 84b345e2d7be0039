#pragma once

#include <QtCore/QHashFunctions>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

// One end of a conversation as the timeline's rules compare it: an address and a port, read
// once from the journal's "ip:port" text, so matching a packet to its lanes compares values
// instead of cutting the same text apart again and again.
struct Endpoint
{
    QHostAddress address; // null: any address ("0.0.0.0", "::", "*") or none written
    quint16 port = 0;

    // "ip:port", "[ip]:port", "*:port"; a text without a port gives port 0.
    static Endpoint parse(QStringView text);

    bool isEmpty() const { return address.isNull() && port == 0; }
    // Bound to every address of its computer (or the address is not known yet).
    bool isAnyAddress() const;
    // The same address, or one of the two is any address (a socket bound to 0.0.0.0 answers
    // on each of its computer's addresses).
    bool sameAddress(const Endpoint &other) const;
    // The text a person reads, as the journal writes it.
    QString toString() const;

    friend bool operator==(const Endpoint &a, const Endpoint &b)
    {
        return a.port == b.port && a.address == b.address;
    }
    friend bool operator!=(const Endpoint &a, const Endpoint &b) { return !(a == b); }
};

inline size_t qHash(const Endpoint &endpoint, size_t seed = 0)
{
    return qHashMulti(seed, endpoint.address, endpoint.port);
}

} // namespace SocketScope
