#pragma once

#include "journal/event.h"

namespace SocketScope {

// setsockopt() and getsockopt() for the options SocketScope offers, on one descriptor.
class KernelOption
{
public:
    struct Outcome
    {
        qint64 asked = 0;
        qint64 kernel = kOptionUnread; // what getsockopt() reports right after
        int error = 0; // errno of a failed setsockopt(), 0 when it worked
    };

    // Sets `option` to `value`, then reads back what the kernel made of it.
    static Outcome set(qintptr descriptor, SocketOption option, qint64 value);
    // What the kernel reports now; kOptionUnread when it cannot say.
    static qint64 read(qintptr descriptor, SocketOption option);
    // A fresh, unbound, non-blocking socket for `proto` of the family `local` belongs to (an
    // IPv6 socket that also takes IPv4 for the "any address" of both), so options can be set
    // before bind(). -1 and errno on failure.
    static qintptr makeSocket(Protocol proto, int family, bool dualStack);
};

} // namespace SocketScope
