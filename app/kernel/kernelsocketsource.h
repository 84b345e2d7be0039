#pragma once

#include "kernelsocket.h"

#include <QtCore/QString>

#include <memory>
#include <vector>

namespace SocketScope {

// Where the kernel's socket list comes from: sock_diag netlink, /proc/net, or nothing.
class KernelSocketSource
{
public:
    virtual ~KernelSocketSource() = default;
    // A short name for the status bar and the journal: "sock_diag", "/proc/net".
    virtual QString name() const = 0;
    // Replaces `out` with every TCP and UDP socket, IPv4 and IPv6, on this machine.
    virtual bool read(std::vector<KernelSocket> &out, QString *error) = 0;
    // Replaces `out` with the sockets whose local port is one of `ports` (sorted, each once).
    // A 0 among them stands for a socket whose port its owner does not know yet (a client
    // still connecting): every TCP socket in SYN_SENT is listed too. More may come back,
    // never fewer: a source that cannot ask the kernel for less reads everything.
    virtual bool readPorts(const std::vector<quint16> &ports, std::vector<KernelSocket> &out, QString *error)
    {
        Q_UNUSED(ports);
        return read(out, error);
    }

    // The best source this system offers, or nullptr where there is none.
    static std::unique_ptr<KernelSocketSource> best();
};

} // namespace SocketScope
