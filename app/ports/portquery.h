#pragma once

#include "journal/event.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace SocketScope {

class ServiceRegistry;

// What a person typed to ask about a port: a number ("443", "53/udp"), a service name
// ("ssh"), or words from a service's description ("mysql", "time"). Resolved against the
// registry, so "abc" is a question only when some service mentions it.
struct PortQuery
{
    Q_DECLARE_TR_FUNCTIONS(PortQuery)

public:
    enum class Kind : quint8 { Invalid, Number, Name, Text };

    Kind kind = Kind::Invalid;
    QString text; // trimmed, without a "/tcp" or "/udp" suffix
    Protocol proto = Protocol::None; // None: both
    // Number: the one port. Name: the distinct ports of the matching entries, in order.
    QList<quint16> ports;
    // Name and Text: the registry entries that matched.
    QList<qint32> entries;
    // Why the query is invalid, in words for people.
    QString error;

    bool isValid() const { return kind != Kind::Invalid; }

    static PortQuery parse(QStringView text, const ServiceRegistry &registry);
};

} // namespace SocketScope
