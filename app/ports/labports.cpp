#include "labports.h"

#include "journal/journal.h"
#include "lab/endpoint.h"

namespace SocketScope {

LabPorts::LabPorts(Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    if (!m_journal)
        return;
    for (qsizetype i = 0; i < m_journal->count(); ++i)
        apply(m_journal->at(i));
    connect(m_journal, &Journal::eventsAppended, this, &LabPorts::onEventsAppended);
}

const LabPorts::Socket *LabPorts::find(qint32 id) const
{
    const auto it = m_sockets.find(id);
    return it == m_sockets.end() ? nullptr : &it->second;
}

QList<qint32> LabPorts::openOnPort(quint16 port) const
{
    QList<qint32> ids;
    for (const auto &[id, socket] : m_sockets) {
        if (socket.open && socket.localPort == port && socket.localPort != 0)
            ids.append(id);
    }
    return ids;
}

qint32 LabPorts::idOf(const KernelSocket &kernel) const
{
    const QString local = formatEndpoint(kernel.localAddress, kernel.localPort);
    const QString remote
        = kernel.remotePort ? formatEndpoint(kernel.remoteAddress, kernel.remotePort) : QString();
    for (const auto &[id, socket] : m_sockets) {
        if (!socket.open || socket.proto != kernel.proto || socket.localPort != kernel.localPort)
            continue;
        // A client bound to the wildcard learns its real local address only once connected.
        const bool localMatches = socket.local == local
            || socket.local.startsWith(QLatin1StringView("0.0.0.0:"))
            || socket.local.startsWith(QLatin1StringView("[::]:"));
        if (!localMatches)
            continue;
        // Without a peer the kernel socket is a listener or a bound datagram socket.
        if (remote.isEmpty() ? (socket.role == SocketRole::Listener || socket.role == SocketRole::Udp)
                             : socket.remote == remote)
            return id;
    }
    return -1;
}

quint16 LabPorts::portOf(QStringView endpoint)
{
    const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return 0;
    bool ok = false;
    const uint port = endpoint.sliced(colon + 1).toUInt(&ok);
    return ok && port <= 65535 ? quint16(port) : 0;
}

void LabPorts::onEventsAppended(qsizetype first, qsizetype last)
{
    bool any = false;
    for (qsizetype i = first; i <= last; ++i)
        any = apply(m_journal->at(i)) || any;
    if (any)
        emit changed();
}

bool LabPorts::apply(const Event &event)
{
    // A segment's endpoints say "from" and "to", which may be the peer's.
    if (event.socket < 0 || event.kind == EventKind::Segment)
        return false;
    if (event.kind == EventKind::SocketOpened) {
        m_last = &m_sockets[event.socket];
        m_last->id = event.socket;
        m_last->role = event.role;
        m_last->proto = event.proto;
    } else if (!m_last || m_last->id != event.socket) {
        const auto it = m_sockets.find(event.socket);
        if (it == m_sockets.end())
            return false;
        m_last = &it->second;
    }
    Socket &socket = *m_last;
    bool changed = event.kind == EventKind::SocketOpened;
    if (event.local && event.local != socket.localString) {
        socket.localString = event.local;
        const QString local = m_journal->string(event.local);
        if (local != socket.local) {
            socket.local = local;
            const quint16 port = portOf(local);
            changed = changed || port != socket.localPort;
            socket.localPort = port;
        }
    }
    // A listener's "accepted" and a datagram's events name a peer of that one event, not of
    // the socket.
    if (event.remote && socket.role != SocketRole::Listener && socket.role != SocketRole::Udp
        && event.kind != EventKind::DatagramSent && event.kind != EventKind::DatagramReceived)
        socket.remote = m_journal->string(event.remote);
    if (socket.open && (event.kind == EventKind::Closed || event.kind == EventKind::Aborted)) {
        socket.open = false;
        changed = true;
    }
    return changed;
}

} // namespace SocketScope
