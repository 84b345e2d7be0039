#include "selection.h"

namespace SocketScope {

Selection::Selection(QObject *parent)
    : QObject(parent)
{ }

void Selection::selectSocket(qint32 id)
{
    // A table that follows by moving its current row reports that move back here.
    if (m_following)
        return;
    m_following = true;
    m_socket = id;
    if (id != m_eventSocket) {
        m_event = -1;
        m_eventSocket = -1;
    }
    if (!m_connection.contains(id))
        m_connection.clear();
    emit socketSelected(id);
    m_following = false;
}

void Selection::selectEvent(qint64 index, qint32 socket)
{
    if (m_following)
        return;
    m_event = index;
    m_eventSocket = socket;
    emit eventSelected(index);
    if (socket >= 0)
        selectSocket(socket);
}

void Selection::selectConnection(const QList<qint32> &sockets)
{
    m_connection = sockets;
    emit connectionSelected(sockets);
    if (!sockets.isEmpty() && !sockets.contains(m_socket))
        selectSocket(sockets.constFirst());
}

} // namespace SocketScope
