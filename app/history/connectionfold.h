#pragma once

#include "copyonwritelist.h"
#include "socketfold.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

namespace SocketScope {

class Journal;

// One TCP connection: the socket pair <client ip:port, server ip:port> and the lab sockets at
// its ends (both, when both ends are lab sockets).
struct ConnectionRecord
{
    // Journal string ids (Journal::string) of "ip:port", as SocketRecord keeps them.
    quint32 client = 0;
    quint32 server = 0;
    qint32 clientSocket = -1;
    qint32 serverSocket = -1;
    qint32 listener = -1;
    // Every socket of it is gone: the row fades out, and a new connection on the same pair
    // (the same ports used again) is a new row.
    bool leaving = false;
    // In the virtual lab network a router may rewrite the pair on the way: the address the
    // server side saw as its own (port forwarding), or the client as the server saw it
    // (masquerade). Empty when nothing was rewritten.
    quint32 serverInside = 0;
    quint32 clientOutside = 0;
};

// The TCP connections of the journal, folded from the sockets' records, in the order they
// first appeared. The connection table shows it live and History keeps copies of it.
class ConnectionFold
{
public:
    struct Change
    {
        qsizetype row = -1; // -1: no connection changed
        bool added = false;
        bool startedLeaving = false;
    };

    // `sockets` has folded `event` already; `socketChange` is what that did.
    Change apply(const Journal &journal, const SocketFold &sockets, const Event &event,
        const SocketFold::Change &socketChange);

    qsizetype count() const { return m_rows.size(); }
    const ConnectionRecord &at(qsizetype row) const { return m_rows.at(row); }

    // The kernel finished the handshake but the server program has not accepted it yet.
    static bool waitsForAccept(const SocketFold &sockets, const ConnectionRecord &c);
    static bool allGone(const SocketFold &sockets, const ConnectionRecord &c);

    void countMemory(std::unordered_set<const void *> &counted, qsizetype &bytes) const;

private:
    static quint64 key(quint32 client, quint32 server) { return quint64(client) << 32 | server; }
    // Every key a row is found by: its own pair, and for a connection the lab's router
    // rewrote, the pair as the other end sees it too.
    void indexRow(qsizetype row);
    void unindexRow(qsizetype row);
    // The row of a lab connection whose other end a router rewrote, for the socket `record`
    // (either end); -1 when there is none. Sets which address was rewritten.
    qsizetype translatedRow(const Journal &journal, const SocketFold &sockets, const SocketRecord &record);

    CopyOnWriteList<ConnectionRecord> m_rows;
    QHash<quint32, qint32> m_listenerAt; // endpoint -> open listener
    // Rows still open to new sockets; a row leaves it once every socket of it is gone, which
    // keeps it as small as the connections that are open.
    QHash<quint64, qint32> m_rowOfKey;
    // By the socket's place in the SocketFold: the row it belongs to, -1 for none yet.
    CopyOnWriteList<qint32> m_rowOfSocket;
    // Rows with one end's socket and not the other's yet, not leaving: the only rows a socket
    // whose pair a router rewrote can belong to. A handful at any time, however many
    // connections came and went, so finding that row never scans them all.
    QSet<qint32> m_oneSided;
};

} // namespace SocketScope
