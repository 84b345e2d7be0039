#pragma once

#include "labsocket.h"

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace SocketScope {

// A listening TCP socket. Every connection it accepts becomes a lab socket of its own; this
// class only hands them over (connectionAccepted) and keeps the listener's own facts.
class TcpListener : public LabSocket
{
    Q_OBJECT

public:
    TcpListener(Journal *journal, qint32 id, QObject *parent);
    ~TcpListener() override;

    LabError listen(const QHostAddress &address, quint16 port, int backlog);

    void setAcceptingPaused(bool paused);
    // At most `count` accepted sockets open at once (0: no cap); beyond it the kernel keeps
    // new connections waiting in the accept queue.
    void setMaxConnections(int count);
    // The lab tells the listener how many of its accepted sockets are still open.
    void setOpenConnections(int count);
    // One of its accepted sockets has closed.
    void connectionFinished();

    void close() override;
    void abort() override { close(); }

signals:
    void connectionAccepted(qint32 listenerId, QTcpSocket *socket);

private:
    // How many accepted sockets QTcpServer may hold before the lab takes them (its default).
    static constexpr int kQtPendingLimit = 30;

    void onNewConnection();
    void updateAccepting();

    QTcpServer *m_server;
    int m_openConnections = 0;
};

} // namespace SocketScope
