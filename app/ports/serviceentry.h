#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace SocketScope {

// One line of a services(5) file: a name IANA (or the system) gave to a port, for TCP, UDP
// or both.
struct ServiceEntry
{
    enum ProtocolBit : quint8 { Tcp = 0x1, Udp = 0x2 };

    QString name;
    QStringList aliases;
    QString description; // the line's comment; may be empty
    quint16 port = 0;
    quint8 protocols = 0; // ProtocolBit flags

    bool hasTcp() const { return protocols & Tcp; }
    bool hasUdp() const { return protocols & Udp; }
};

} // namespace SocketScope
