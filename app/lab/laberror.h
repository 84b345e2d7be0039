#pragma once

#include <QtCore/QString>
#include <QtNetwork/QAbstractSocket>

namespace SocketScope {

// What went wrong, as a type. The words people read are chosen in ui/ from `kind`; `detail`
// keeps what the OS or Qt said, for the curious. The numbers are written into recordings
// (the `code` of an error event) and must not change.
struct LabError
{
    enum Kind {
        None = 0,
        InvalidPort = 1,
        InvalidAddress = 2,
        AddressInUse = 3,
        PortProtected = 4,
        AddressNotAvailable = 5,
        ConnectionRefused = 6,
        TimedOut = 7,
        ConnectionReset = 8,
        HostNotFound = 9,
        NetworkUnreachable = 10,
        NoSuchSocket = 11,
        WrongState = 12,
        TooManyOpenFiles = 13,
        BroadcastNotAllowed = 14,
        DatagramTooLarge = 15,
        // A source address of one family (IPv4, IPv6) for a destination of the other.
        AddressFamilyMismatch = 16,
        Other = 99,
    };

    Kind kind = None;
    QString detail;

    explicit operator bool() const { return kind != None; }
    static LabError fromSocket(const QAbstractSocket &socket);
    static LabError fromSocketError(QAbstractSocket::SocketError error, const QString &detail);
    // What a failed system call's errno means here (for calls the lab makes itself).
    static LabError fromErrno(int error);
};

} // namespace SocketScope
