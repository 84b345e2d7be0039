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

    // The best source this system offers, or nullptr where there is none.
    static std::unique_ptr<KernelSocketSource> best();
};

} // namespace SocketScope
