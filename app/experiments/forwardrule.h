#pragma once

#include "journal/event.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

#include <optional>

namespace SocketScope {

// One port-forwarding rule: what arrives at LISTEN_HOST:PORT goes on to TARGET_HOST:PORT,
// written `tcp:LISTEN_HOST:PORT=TARGET_HOST:PORT[@SOURCE]` (or `udp:`). `@SOURCE` is the
// address the forwarder's outbound leg speaks from, the way a router uses its inside address.
struct ForwardRule
{
    Q_DECLARE_TR_FUNCTIONS(ForwardRule)

public:
    Protocol proto = Protocol::Tcp;
    QHostAddress listenAddress;
    quint16 listenPort = 0;
    QHostAddress targetAddress;
    quint16 targetPort = 0;
    QHostAddress source; // null: the OS picks

    // Returns the rule, or sets `error` to a sentence naming the bad part.
    static std::optional<ForwardRule> parse(QStringView text, QString *error);
    QString toString() const;
};

} // namespace SocketScope
