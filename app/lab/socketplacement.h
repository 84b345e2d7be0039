#pragma once

#include "laberror.h"

#include "journal/event.h"

#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

// Where a new socket is made. The lab makes its sockets in this machine's own network unless
// a placement (the virtual lab network) hands it a descriptor made inside one of its hosts.
class SocketPlacement
{
public:
    struct Place
    {
        qintptr descriptor = -1; // -1: make the socket here, as usual
        QString host; // the lab host it lives on; empty for this machine
        LabError error;
    };

    virtual ~SocketPlacement() = default;
    // A fresh, unbound socket for `proto` in the host that owns `local` (or the default host
    // for a wildcard or loopback address). The caller owns the descriptor.
    virtual Place place(Protocol proto, const QHostAddress &local) = 0;
};

} // namespace SocketScope
