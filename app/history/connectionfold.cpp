#include "connectionfold.h"

#include "journal/journal.h"

namespace SocketScope {

namespace {
// The port of "ip:port" or "[ip]:port".
QString portOf(const Journal &journal, quint32 endpoint)
{
    const QString text = journal.string(endpoint);
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : text.mid(colon + 1);
}
} // namespace

void ConnectionFold::indexRow(qsizetype row)
{
    const ConnectionRecord &c = m_rows.at(row);
    m_rowOfKey.insert(key(c.client, c.server), qint32(row));
    if (c.serverInside)
        m_rowOfKey.insert(key(c.client, c.serverInside), qint32(row));
    if (c.clientOutside)
        m_rowOfKey.insert(key(c.clientOutside, c.server), qint32(row));
}

void ConnectionFold::unindexRow(qsizetype row)
{
    const ConnectionRecord &c = m_rows.at(row);
    for (const quint64 k :
        {key(c.client, c.server), key(c.client, c.serverInside), key(c.clientOutside, c.server)}) {
        if (const auto it = m_rowOfKey.constFind(k); it != m_rowOfKey.cend() && *it == row)
            m_rowOfKey.remove(k);
    }
}

bool ConnectionFold::waitsForAccept(const SocketFold &sockets, const ConnectionRecord &c)
{
    if (c.serverSocket >= 0 || c.listener < 0)
        return false;
    const SocketRecord *client = sockets.find(c.clientSocket);
    return client && client->isOpen() && client->app == AppState::Connected;
}

bool ConnectionFold::allGone(const SocketFold &sockets, const ConnectionRecord &c)
{
    for (const qint32 id : {c.clientSocket, c.serverSocket}) {
        if (const SocketRecord *s = sockets.find(id); s && !s->gone)
            return false;
    }
    return true;
}

qsizetype ConnectionFold::translatedRow(
    const Journal &journal, const SocketFold &sockets, const SocketRecord &record)
{
    // A forwarded or masqueraded lab connection: the socket at its other end is on another
    // computer, and their pairs match on one side and were rewritten on the other.
    // Either end may be journalled first: the server side's accept() often comes before the
    // client hears that it connected.
    const bool isClient = record.role == SocketRole::Client;
    // The first such row in the rows' order, as a scan of them all would find it.
    qsizetype found = -1;
    for (const qint32 row : std::as_const(m_oneSided)) {
        if (found >= 0 && row > found)
            continue;
        const ConnectionRecord &c = m_rows.at(row);
        if (c.leaving
            || (isClient ? (c.clientSocket >= 0 || c.serverSocket < 0)
                         : (c.serverSocket >= 0 || c.clientSocket < 0)))
            continue;
        const SocketRecord *other = sockets.find(isClient ? c.serverSocket : c.clientSocket);
        if (!other || !other->host || other->host == record.host)
            continue;
        // The client's view of the pair, and the server's.
        const quint32 clientSees = isClient ? record.local : c.client;
        const quint32 clientCalls = isClient ? record.remote : c.server;
        const quint32 serverSees = isClient ? c.client : record.remote;
        const quint32 serverIs = isClient ? c.server : record.local;
        const bool forwarded = clientSees == serverSees && clientCalls != serverIs;
        const bool masqueraded = clientCalls == serverIs && clientSees != serverSees
            && portOf(journal, clientSees) == portOf(journal, serverSees);
        if (forwarded || masqueraded)
            found = row;
    }
    if (found < 0)
        return -1;
    const ConnectionRecord &c = m_rows.at(found);
    const quint32 clientSees = isClient ? record.local : c.client;
    const quint32 clientCalls = isClient ? record.remote : c.server;
    const quint32 serverSees = isClient ? c.client : record.remote;
    const quint32 serverIs = isClient ? c.server : record.local;
    ConnectionRecord &w = m_rows.writable(found);
    w.client = clientSees;
    w.server = clientCalls;
    if (clientSees == serverSees)
        w.serverInside = serverIs; // port forwarding: the client called the router, which passed it on
    else
        w.clientOutside = serverSees; // masquerade: the server sees the router's address, not the client's
    return found;
}

ConnectionFold::Change ConnectionFold::apply(
    const Journal &journal, const SocketFold &sockets, const Event &e, const SocketFold::Change &socketChange)
{
    Change change;
    if (socketChange.index < 0 || e.proto != Protocol::Tcp)
        return change;
    const SocketRecord &record = sockets.at(socketChange.index);
    m_rowOfSocket.resize(socketChange.index + 1, -1);

    if (record.role == SocketRole::Listener) {
        if (record.isOpen() && record.local)
            m_listenerAt.insert(record.local, record.id);
        else if (!record.isOpen() && m_listenerAt.value(record.local, -1) == record.id)
            m_listenerAt.remove(record.local);
        return change;
    }
    if (!record.local || !record.remote)
        return change;
    const bool isClient = record.role == SocketRole::Client;
    const quint32 client = isClient ? record.local : record.remote;
    const quint32 server = isClient ? record.remote : record.local;

    // Most events (data, states) leave the pair as it was: the row the socket is in already.
    qsizetype row = m_rowOfSocket.at(socketChange.index);
    if (row < 0 || (socketChange.fields & SocketRecord::FieldEndpoints)) {
        const quint64 k = key(client, server);
        // A client whose connect never got an answer has no connection yet, only a wish.
        const bool neverConnected = record.app == AppState::Failed
            || (record.app == AppState::Connecting && record.kernel != TcpState::SynSent
                && record.kernel != TcpState::Established);
        row = m_rowOfKey.value(k, -1);
        if (isClient && neverConnected && row < 0)
            return change;
        if (row < 0 && record.host) {
            row = translatedRow(journal, sockets, record);
            if (row >= 0)
                indexRow(row);
        }
        if (row < 0) {
            ConnectionRecord fresh;
            fresh.client = client;
            fresh.server = server;
            row = m_rows.size();
            m_rows.append(fresh);
            indexRow(row);
            change.added = true;
        }
        m_rowOfSocket.writable(socketChange.index) = qint32(row);
    }

    ConnectionRecord &c = m_rows.writable(row);
    if (isClient) {
        c.clientSocket = record.id;
    } else {
        c.serverSocket = record.id;
        c.listener = record.parent;
    }
    if (c.listener < 0)
        c.listener = m_listenerAt.value(server, -1);
    if (!c.leaving && allGone(sockets, c)) {
        c.leaving = true;
        change.startedLeaving = true;
        unindexRow(row);
    }
    if (!c.leaving && (c.clientSocket >= 0) != (c.serverSocket >= 0))
        m_oneSided.insert(qint32(row));
    else
        m_oneSided.remove(qint32(row));
    change.row = row;
    return change;
}

void ConnectionFold::countMemory(std::unordered_set<const void *> &counted, qsizetype &bytes) const
{
    m_rows.countMemory(counted, bytes);
    m_rowOfSocket.countMemory(counted, bytes);
    // The hashes are shared until the next change; count them as copies.
    constexpr qsizetype kEntryBytes
        = qsizetype(sizeof(quint64)) + qsizetype(sizeof(qint32)) + 2 * qsizetype(sizeof(void *));
    bytes += (m_listenerAt.size() + m_rowOfKey.size() + m_oneSided.size()) * kEntryBytes;
}

} // namespace SocketScope
