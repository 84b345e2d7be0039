#pragma once

#include "labsocket.h"
#include "socketplacement.h"

#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <deque>
#include <memory>

namespace SocketScope {

class AcceptWorker;

// A listening TCP socket. Every connection it accepts becomes a lab socket of its own; this
// class only hands them over (connectionAccepted) and keeps the listener's own facts.
class TcpListener : public LabSocket
{
    Q_OBJECT

public:
    TcpListener(Journal *journal, qint32 id, QObject *parent);
    ~TcpListener() override;

    // With a placed descriptor, the socket is the one the placement made (a lab host's).
    // `options` are set on that descriptor before bind() (the lab makes one when they are
    // asked for); accepted sockets inherit them from the listener.
    LabError listen(const QHostAddress &address, quint16 port, int backlog,
        const SocketPlacement::Place &place = {}, const QList<OptionRequest> &options = {});

    void setAcceptingPaused(bool paused);
    // At most `count` accepted sockets open at once (0: no cap); beyond it the kernel keeps
    // new connections waiting in the accept queue.
    void setMaxConnections(int count);
    // The lab tells the listener how many of its accepted sockets are still open.
    void setOpenConnections(int count);
    // One of its accepted sockets has closed.
    void connectionFinished();
    // The process is running out of descriptors (the lab keeps the last few for the rest of
    // the program): accepting stops until the lab says there are some again.
    void setShortOfDescriptors(bool shortOfDescriptors);

    void close() override;
    void abort() override { close(); }

signals:
    void connectionAccepted(qint32 listenerId, QTcpSocket *socket);
    // accept() failed for want of descriptors; the lab pauses every listener and tries again.
    void descriptorsRanOut(qint32 listenerId, const SocketScope::LabError &error);

protected:
    qintptr optionDescriptor() const override { return m_server->socketDescriptor(); }

private:
    // How many accepted sockets QTcpServer may hold before the lab takes them (its default).
    static constexpr int kQtPendingLimit = 30;
    // After a failed accept() (out of descriptors, most often), how long to wait before the
    // next try: trying at once would spin, since the waiting connection is still there.
    static constexpr int kAcceptRetryMs = 250;
    // How many of the worker's connections become lab sockets in one turn of the event loop.
    static constexpr int kAdoptPerTurn = 64;

    void onNewConnection();
    void onAcceptError(QAbstractSocket::SocketError error);
    void acceptFailed(const LabError &labError);
    void updateAccepting();
    // While accepting has no limit to keep, a worker thread accepts at the kernel's pace
    // (see AcceptWorker); paused, capped or short of descriptors, QTcpServer does, since the
    // connections it leaves must stay in the kernel's queue where a learner sees them.
    void startWorker();
    void stopWorker();
    void takeFromWorker();
    void onAccepted(QTcpSocket *socket);

    QTcpServer *m_server;
    std::unique_ptr<AcceptWorker> m_worker;
    std::deque<int> m_workerAccepted; // accepted by the worker, not yet lab sockets
    bool m_workerFailed = false; // accept() failed there: QTcpServer meets and reports it
    QTimer m_acceptRetry;
    int m_openConnections = 0;
    bool m_acceptFailing = false; // said once per spell of failures, not once per try
    bool m_shortOfDescriptors = false;
    bool m_takeScheduled = false; // onNewConnection() is posted for QTcpServer's pending ones
    int m_takenAtOnce = 0; // taken inside QTcpServer's signal since the last posted take
};

} // namespace SocketScope
