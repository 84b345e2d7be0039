#include "ianarange.h"

namespace SocketScope {

QString IanaRange::name(Kind kind)
{
    switch (kind) {
    case WellKnown:
        return tr("well-known", "IANA port range 0-1023, also called system ports");
    case Registered:
        return tr("registered", "IANA port range 1024-49151, also called user ports");
    case Dynamic:
        return tr("dynamic", "IANA port range 49152-65535, also called private or ephemeral ports");
    }
    return {};
}

QString IanaRange::explanation(Kind kind)
{
    switch (kind) {
    case WellKnown:
        return tr("Ports 0 to 1023 belong to common services such as web (80, 443), SSH (22) and "
                  "DNS (53). IANA assigns them, and on most systems only an administrator may "
                  "open a server on them.");
    case Registered:
        return tr("Ports 1024 to 49151 are assigned by IANA to particular applications, for "
                  "example MySQL on 3306 or an alternate web server on 8080. Any user may open "
                  "a server on them.");
    case Dynamic:
        return tr("Ports 49152 to 65535 are never assigned to a service. They are free for "
                  "private use, and the OS may pick one of them as the local port of a client.");
    }
    return {};
}

} // namespace SocketScope
