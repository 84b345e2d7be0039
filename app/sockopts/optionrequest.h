#pragma once

#include "journal/event.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

// One socket option a person asked for, with its value (see SocketOption for the units).
struct OptionRequest
{
    SocketOption option = SocketOption::NoDelay;
    qint64 value = 0;

    friend bool operator==(const OptionRequest &, const OptionRequest &) = default;
};

// The rules for option values a person types: which options a protocol has, which values are
// allowed, and the text form `nodelay,linger=0,rcvbuf=4096` of the command line.
class OptionRules
{
    Q_DECLARE_TR_FUNCTIONS(OptionRules)

public:
    struct Range
    {
        qint64 min = 0;
        qint64 max = 0;
    };

    // The smallest and largest value a person may ask for (linger: 0 and up; "off" is -1).
    static Range range(SocketOption option);
    // On/off options: nodelay, keepalive, reuseaddr, reuseport.
    static bool isSwitch(SocketOption option);
    // TCP only: nodelay, linger and the keepalive family.
    static bool isTcpOnly(SocketOption option);
    // Options that only mean something before bind() (reuseaddr, reuseport) or that must be
    // in place before the handshake (buffer sizes: the window scale is chosen in the SYN).
    static bool belongsBeforeBind(SocketOption option);

    // `nodelay,linger=0,rcvbuf=4096` for a socket of `proto`. On failure returns nullopt and
    // sets `error` to a sentence naming the bad part.
    static std::optional<QList<OptionRequest>> parseList(QStringView text, Protocol proto, QString *error);
    // One `name[=value]`.
    static std::optional<OptionRequest> parseOne(QStringView text, Protocol proto, QString *error);
    // The names, for messages and --help: "nodelay, linger, rcvbuf ...".
    static QString knownNames();
};

} // namespace SocketScope
