#pragma once

#include "portuser.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <vector>

namespace SocketScope {

// "Who uses this port": every socket the kernel lists on a port, and the processes behind them.
class PortUsers
{
public:
    struct Process
    {
        qint64 pid = -1;
        QString name;
    };

    // Sockets whose local port is `port`; `proto` None means both protocols. A null
    // `address` takes every address; otherwise only sockets whose local address overlaps it
    // (the same address, or either one a wildcard), which are the ones a bind would hit.
    static std::vector<PortUser> find(const std::vector<KernelSocket> &sockets, quint16 port,
        Protocol proto = Protocol::None, const QHostAddress &address = {});

    // Fills in the processes of `users` from `procRoot`/*/fd.
    static void attachProcesses(
        std::vector<PortUser> &users, const QString &procRoot = QStringLiteral("/proc"));
    // Which process holds each socket inode, read from `procRoot`/<pid>/fd/* links.
    static QHash<quint64, Process> processesOf(
        const QSet<quint64> &inodes, const QString &procRoot = QStringLiteral("/proc"));

    // Whether a bind to `a` would collide with a socket bound to `b` (same port assumed).
    static bool addressesOverlap(const QHostAddress &a, const QHostAddress &b);
};

} // namespace SocketScope
