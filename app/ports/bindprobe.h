#pragma once

#include "portuser.h"

#include <QtNetwork/QHostAddress>

#include <vector>

namespace SocketScope {

class KernelView;

// A real bind(): the one honest way to know whether a server could open a port right now.
// The socket is closed again at once; it never listens and never sends.
class BindProbe
{
public:
    enum Outcome : quint8 {
        Free, // bind() succeeded
        InUse, // EADDRINUSE: another socket holds this protocol, address and port
        Protected, // EACCES: below the unprivileged port start, and we are not allowed
        AddressNotAvailable, // EADDRNOTAVAIL: the address is not one of this machine's
        Other,
    };

    struct Result
    {
        Outcome outcome = Other;
        Protocol proto = Protocol::Tcp;
        QHostAddress address;
        quint16 port = 0; // what was asked
        quint16 boundPort = 0; // what the OS gave; differs when port 0 asked it to pick
        int osError = 0; // errno
        QString osMessage; // the OS's own words, untranslated
        // Sockets the kernel lists on this protocol, port and an overlapping address; filled
        // when the answer is InUse and a kernel view exists.
        std::vector<PortUser> holders;
    };

    // `kernel` may be null. TCP binds the way servers do (SO_REUSEADDR, as QTcpServer does),
    // so connections lingering in TIME_WAIT do not count as in use; UDP binds exclusively.
    static Result probe(
        Protocol proto, const QHostAddress &address, quint16 port, KernelView *kernel = nullptr);
};

} // namespace SocketScope
