#pragma once

#include "journal/event.h"
#include "kernel/kernelsocket.h"

#include <QtCore/QObject>
#include <QtCore/QString>

#include <map>

namespace SocketScope {

class Journal;

// The ports the lab's own sockets use, folded from the journal, so the port map shows the same
// picture live and replayed. A client's local port is the one the OS picked for it.
class LabPorts : public QObject
{
    Q_OBJECT

public:
    struct Socket
    {
        qint32 id = -1;
        SocketRole role = SocketRole::None;
        Protocol proto = Protocol::None;
        QString local; // "ip:port", as the journal writes it
        // The journal's id of `local`: the journal keeps each text once, so an event naming the
        // same endpoint again is known by its id, without copying or comparing the text.
        quint32 localString = 0;
        QString remote;
        quint16 localPort = 0; // 0 until bound
        bool open = true;

        // A client never asks for a port: the OS picks one from its ephemeral range.
        bool isOsPicked() const { return role == SocketRole::Client && localPort != 0; }
    };

    // Reads what `journal` already holds, then follows it.
    explicit LabPorts(Journal *journal, QObject *parent = nullptr);

    const std::map<qint32, Socket> &sockets() const { return m_sockets; }
    const Socket *find(qint32 id) const;
    // Open lab sockets whose local port is `port`, in id order.
    QList<qint32> openOnPort(quint16 port) const;

    // The open lab socket the kernel lists as `socket`, or -1.
    qint32 idOf(const KernelSocket &socket) const;

    // The port in "ip:port" or "[ip]:port"; 0 when there is none.
    static quint16 portOf(QStringView endpoint);

signals:
    // Something a port map shows changed: a socket was bound, got its port, or closed.
    void changed();

private:
    void onEventsAppended(qsizetype first, qsizetype last);
    bool apply(const Event &event);

    Journal *m_journal;
    std::map<qint32, Socket> m_sockets; // never erased from, so pointers into it stay valid
    // A connection's events come in runs (opened, accepted, closed...): the socket of the last
    // one, so that a run looks it up once.
    Socket *m_last = nullptr;
};

} // namespace SocketScope
