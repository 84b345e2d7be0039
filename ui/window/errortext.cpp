#include "errortext.h"

namespace SocketScope {

QString ErrorText::what(LabError::Kind kind)
{
    switch (kind) {
    case LabError::None:
        return {};
    case LabError::InvalidPort:
        return tr("That is not a port number. A port is a whole number from 0 to 65535.");
    case LabError::InvalidAddress:
        return tr("That is not an IP address or a host name this machine can find.");
    case LabError::AddressInUse:
        return tr("Another socket already uses this address and port.");
    case LabError::PortProtected:
        return tr("Ports below 1024 are protected: only the administrator may listen on them.");
    case LabError::AddressNotAvailable:
        return tr("That IP address is not one of this machine's: no network interface has it.");
    case LabError::ConnectionRefused:
        return tr("The other side refused the connection: nothing listens on that address and port.");
    case LabError::TimedOut:
        return tr(
            "No answer came in time. The server may be too busy (its accept queue is full) or unreachable.");
    case LabError::ConnectionReset:
        return tr("The other side reset the connection (it sent RST): it closed at once, without the usual "
                  "goodbye.");
    case LabError::HostNotFound:
        return tr("No computer with that name could be found.");
    case LabError::NetworkUnreachable:
        return tr("The network cannot reach that address.");
    case LabError::NoSuchSocket:
        return tr("That socket no longer exists.");
    case LabError::WrongState:
        return tr("The socket cannot do that now.");
    case LabError::TooManyOpenFiles:
        return tr("The operating system will not give this program more sockets (too many open files).");
    case LabError::BroadcastNotAllowed:
        return tr(
            "That is a broadcast address, and sending to everyone was not switched on for this socket.");
    case LabError::DatagramTooLarge:
        return tr("The datagram is larger than the network can carry in one piece.");
    case LabError::AddressFamilyMismatch:
        return tr("The source address and the address to connect to are of different kinds: one is IPv4, the "
                  "other IPv6. Both ends of a connection must be the same kind.");
    case LabError::Other:
        return tr("The operating system refused.");
    }
    return {};
}

QString ErrorText::whatToTry(LabError::Kind kind)
{
    switch (kind) {
    case LabError::InvalidPort:
        return tr("Type a number such as 8080, or 0 to let the OS choose.");
    case LabError::InvalidAddress:
        return tr("Try 127.0.0.1 (this machine) or ::1 (this machine over IPv6).");
    case LabError::AddressInUse:
        return tr("Pick another port, or 0 to let the OS choose a free one. A port in TIME_WAIT frees itself "
                  "after about a minute.");
    case LabError::PortProtected:
        return tr("Use a port of 1024 or above, for example 8080.");
    case LabError::AddressNotAvailable:
        return tr(
            "Use 127.0.0.1, or an address this machine has (127.0.0.2 and the like also work on Linux).");
    case LabError::ConnectionRefused:
        return tr("Start a server on that port first, or check the port number.");
    case LabError::TimedOut:
        return tr("Resume accepting on the server, or check the address.");
    case LabError::ConnectionReset:
        return tr("Open a new connection if you need one.");
    case LabError::HostNotFound:
        return tr("Check the spelling, or type an IP address.");
    case LabError::NetworkUnreachable:
        return tr("Check the address, or use a loopback address such as 127.0.0.1.");
    case LabError::NoSuchSocket:
    case LabError::WrongState:
        return tr("Pick an open socket in the table.");
    case LabError::TooManyOpenFiles:
        return tr("Close some sockets first.");
    case LabError::BroadcastNotAllowed:
        return tr("Tick \"Allow broadcast\" when you open the UDP socket.");
    case LabError::DatagramTooLarge:
        return tr("Send less data in one datagram.");
    case LabError::AddressFamilyMismatch:
        return tr("Use an IPv4 source such as 127.0.0.1 with an IPv4 address, an IPv6 source such as ::1 "
                  "with an IPv6 address.");
    case LabError::None:
    case LabError::Other:
        break;
    }
    return {};
}

QString ErrorText::reason(LabError::Kind kind)
{
    switch (kind) {
    case LabError::InvalidPort:
        return tr("not a port number", "why a socket failed");
    case LabError::InvalidAddress:
        return tr("not an address", "why a socket failed");
    case LabError::AddressInUse:
        return tr("port in use", "why a socket failed");
    case LabError::PortProtected:
        return tr("port needs administrator", "why a socket failed");
    case LabError::AddressNotAvailable:
        return tr("address not on this machine", "why a socket failed");
    case LabError::ConnectionRefused:
        return tr("refused, nobody listens", "why a socket failed");
    case LabError::TimedOut:
        return tr("no answer", "why a socket failed");
    case LabError::ConnectionReset:
        return tr("reset by the other side", "why a socket failed");
    case LabError::HostNotFound:
        return tr("name not found", "why a socket failed");
    case LabError::NetworkUnreachable:
        return tr("network unreachable", "why a socket failed");
    case LabError::NoSuchSocket:
        return tr("socket gone", "why a socket failed");
    case LabError::WrongState:
        return tr("not possible now", "why a socket failed");
    case LabError::TooManyOpenFiles:
        return tr("too many open files", "why a socket failed");
    case LabError::BroadcastNotAllowed:
        return tr("broadcast not allowed", "why a socket failed");
    case LabError::DatagramTooLarge:
        return tr("datagram too large", "why a socket failed");
    case LabError::AddressFamilyMismatch:
        return tr("IPv4 and IPv6 mixed", "why a socket failed");
    case LabError::None:
    case LabError::Other:
        break;
    }
    return {};
}

QString ErrorText::full(const LabError &error)
{
    QString text = what(error.kind);
    const QString hint = whatToTry(error.kind);
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    if (!error.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(error.detail);
    return text;
}

} // namespace SocketScope
