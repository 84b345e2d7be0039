#pragma once

#include <QtCore/QString>

namespace SocketScope {

// What this OS does with port numbers, which is not what IANA says: the range it picks a
// client's local port from (Linux: net.ipv4.ip_local_port_range, often 32768-60999, not
// IANA's 49152-65535), and the first port an ordinary user may bind.
struct SystemPortSettings
{
    quint16 ephemeralFirst = 32768;
    quint16 ephemeralLast = 60999;
    quint16 unprivilegedStart = 1024;
    // True when the numbers were read from the OS; false when they are the fallbacks.
    bool ephemeralFromOs = false;
    bool unprivilegedFromOs = false;

    bool isEphemeral(quint16 port) const { return port >= ephemeralFirst && port <= ephemeralLast; }
    bool isProtected(quint16 port) const { return port < unprivilegedStart; }

    // Reads `root`/ip_local_port_range and `root`/ip_unprivileged_port_start. Where a file is
    // missing or unreadable (not Linux, an old kernel) the fallback stays: Linux's default
    // range on Linux, IANA's dynamic range elsewhere, and 1024.
    static SystemPortSettings read(const QString &root = QStringLiteral("/proc/sys/net/ipv4"));
};

} // namespace SocketScope
