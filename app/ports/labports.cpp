#include "labports.h"

#include "journal/journal.h"

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
        Socket &socket = m_sockets[event.socket];
        socket.id = event.socket;
        socket.role = event.role;
        socket.proto = event.proto;
    }
    const auto it = m_sockets.find(event.socket);
    if (it == m_sockets.end())
        return false;
    Socket &socket = it->second;
    bool changed = event.kind == EventKind::SocketOpened;
    if (event.local) {
        const QString local = m_journal->string(event.local);
        if (local != socket.local) {
            socket.local = local;
            const quint16 port = portOf(local);
            changed = changed || port != socket.localPort;
            socket.localPort = port;
        }
    }
    // A datagram's remote is the peer of that one datagram, not of the socket.
    if (event.remote && event.kind != EventKind::DatagramSent
        && event.kind != EventKind::DatagramReceived)
        socket.remote = m_journal->string(event.remote);
    if (socket.open && (event.kind == EventKind::Closed || event.kind == EventKind::Aborted)) {
        socket.open = false;
        changed = true;
    }
    return changed;
}

} // namespace SocketScope
