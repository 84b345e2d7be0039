#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>

namespace SocketScope {

// What the user is looking at: one socket, one event of the journal and one connection. Every
// view follows it through its signals, and a view where something is picked sets it here, so
// the tables, the timeline, the inspector and the explanations always agree.
class Selection : public QObject
{
    Q_OBJECT

public:
    explicit Selection(QObject *parent = nullptr);

    // The selected socket's id, or -1.
    qint32 socket() const { return m_socket; }
    // The selected event's index in the journal, or -1.
    qint64 eventIndex() const { return m_event; }
    // The lab sockets of the selected connection (one or both ends), or empty.
    QList<qint32> connection() const { return m_connection; }

    // Selecting a socket again re-shows it everywhere (a row that has appeared since is
    // scrolled to). While the views follow one choice, what they echo back is ignored.
    void selectSocket(qint32 id);
    // An event, and the socket it happened to (-1: none); the views follow the event first.
    void selectEvent(qint64 index, qint32 socket);
    // A connection's sockets; the socket follows unless it is already one of them.
    void selectConnection(const QList<qint32> &sockets);

signals:
    void socketSelected(qint32 id);
    void eventSelected(qint64 index);
    void connectionSelected(const QList<qint32> &sockets);

private:
    qint32 m_socket = -1;
    qint64 m_event = -1;
    qint32 m_eventSocket = -1;
    QList<qint32> m_connection;
    bool m_following = false;
};

} // namespace SocketScope
