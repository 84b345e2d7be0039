#include "portusers.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace SocketScope {

namespace {

bool isWildcard(const QHostAddress &address)
{
    return address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6
        || address == QHostAddress::Any;
}

// The inode in a "socket:[12345]" link, or 0.
quint64 socketInode(const QString &linkPath)
{
#ifdef Q_OS_UNIX
    char target[64];
    const QByteArray path = QFile::encodeName(linkPath);
    const ssize_t length = ::readlink(path.constData(), target, sizeof target - 1);
    if (length <= 0)
        return 0;
    const QByteArrayView text(target, length);
    if (!text.startsWith("socket:[") || !text.endsWith("]"))
        return 0;
    return text.sliced(8, text.size() - 9).toULongLong();
#else
    Q_UNUSED(linkPath);
    return 0;
#endif
}

} // namespace

bool PortUsers::addressesOverlap(const QHostAddress &a, const QHostAddress &b)
{
    if (isWildcard(a) || isWildcard(b))
        return true;
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

std::vector<PortUser> PortUsers::find(
    const std::vector<KernelSocket> &sockets, quint16 port, Protocol proto, const QHostAddress &address)
{
    std::vector<PortUser> users;
    for (const KernelSocket &socket : sockets) {
        if (socket.localPort != port || (proto != Protocol::None && socket.proto != proto))
            continue;
        if (!address.isNull() && !addressesOverlap(address, socket.localAddress))
            continue;
        PortUser user;
        user.socket = socket;
        users.push_back(std::move(user));
    }
    // Listeners first: they are what a learner looks for on a server port. Then the sockets a
    // process holds, then what the kernel finishes alone (TIME_WAIT).
    const auto rank = [](const PortUser &user) {
        return user.socket.state == TcpState::Listen ? 0 : user.socket.inode != 0 ? 1 : 2;
    };
    std::stable_sort(
        users.begin(), users.end(), [&](const PortUser &a, const PortUser &b) { return rank(a) < rank(b); });
    return users;
}

void PortUsers::attachProcesses(std::vector<PortUser> &users, const QString &procRoot)
{
    QSet<quint64> inodes;
    for (const PortUser &user : users) {
        if (user.socket.inode)
            inodes.insert(user.socket.inode);
    }
    if (inodes.isEmpty())
        return;
    const QHash<quint64, Process> processes = processesOf(inodes, procRoot);
    for (PortUser &user : users) {
        const auto it = processes.constFind(user.socket.inode);
        if (it != processes.cend()) {
            user.pid = it->pid;
            user.process = it->name;
        }
    }
}

QHash<quint64, PortUsers::Process> PortUsers::processesOf(
    const QSet<quint64> &inodes, const QString &procRoot)
{
    QHash<quint64, Process> found;
    if (inodes.isEmpty())
        return found;
    const QDir proc(procRoot);
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pidText : pids) {
        bool ok = false;
        const qint64 pid = pidText.toLongLong(&ok);
        if (!ok)
            continue;
        // Another user's fd folder cannot be listed; that is the OS keeping its secrets.
        const QString fdPath = procRoot + QLatin1Char('/') + pidText + QStringLiteral("/fd");
        const QStringList fds
            = QDir(fdPath).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            const quint64 inode = socketInode(fdPath + QLatin1Char('/') + fd);
            if (!inode || !inodes.contains(inode) || found.contains(inode))
                continue;
            QFile comm(procRoot + QLatin1Char('/') + pidText + QStringLiteral("/comm"));
            Process process;
            process.pid = pid;
            if (comm.open(QIODevice::ReadOnly))
                process.name = QString::fromUtf8(comm.readAll().trimmed());
            found.insert(inode, process);
        }
        if (found.size() == inodes.size())
            break;
    }
    return found;
}

} // namespace SocketScope
