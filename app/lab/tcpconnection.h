#pragma once

#include "labsocket.h"
#include "socketplacement.h"
#include "tcpsegmentcounts.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

namespace SocketScope {

class QuietSockets;

// One end of a TCP connection: a client the lab connected, or a socket a listener accepted.
class TcpConnection : public LabSocket
{
    Q_OBJECT

public:
    // A client: not connected yet; call start().
    TcpConnection(Journal *journal, qint32 id, QObject *parent);
    // An accepted socket, cloned from listener `parentId`; takes ownership of `socket`.
    TcpConnection(Journal *journal, qint32 id, qint32 parentId, QTcpSocket *socket, QObject *parent,
        const QString &host = {});
    ~TcpConnection() override;

    // Binds to `source` (any address when null) on an OS-picked port, then connects, so the
    // local port and SYN_SENT are visible while the handshake runs.
    // With a placed descriptor, the socket is the one the placement made (a lab host's).
    // `options` are set on the placed descriptor before bind() (the lab makes one when they
    // are asked for), so buffer sizes are in place before the SYN.
    LabError start(const QHostAddress &remote, quint16 port, const QHostAddress &source, int timeoutMs,
        const SocketPlacement::Place &place = {}, const QList<OptionRequest> &options = {});

    LabError send(const QByteArray &data);
    // Half-close: no more sending, still receiving (shutdown(SHUT_WR)).
    LabError shutdownWrite();
    void close() override;
    // Closes at once with a reset (RST) instead of the 4-way close.
    void abort() override;
    // A program that stops calling read(): what arrives stays in the kernel's receive buffer,
    // which fills, and the window this end advertises closes. Resuming reads what waited.
    void setReadingPaused(bool paused);
    bool isReadingPaused() const { return m_readingPaused; }
    // The kernel's running counts for the connection (tcp_info), read now.
    TcpSegmentCounts segmentCounts() const;
    // Only the peer has closed (its FIN came, the kernel holds this end in CLOSE_WAIT) and
    // nothing here has shut down or closed: the connection waits for this program's close().
    bool isLeftByPeer() const;

    // Where the connection is parked while it is quiet (see QuietSockets); null: never.
    void setQuietSockets(QuietSockets *quiet);

protected:
    qintptr optionDescriptor() const override;

private:
    void attach();
    void onConnected();
    void onReadyRead();
    void updatePending();
    void onDisconnected();
    void onErrorOccurred(QAbstractSocket::SocketError error);
    void onStateChanged(QAbstractSocket::SocketState state);
    void release();
    void keepDescriptor();
    TcpState descriptorState() const;
    // Something happened, or the Qt socket is about to be used: a parked one is woken first.
    void wake();
    // Closing, half-closed or going: never parked again.
    void unwatch();

    QTcpSocket *m_socket = nullptr;
    QTimer m_connectTimer;
    // A second descriptor for the same kernel socket. Qt closes its own descriptor as soon as
    // the peer's FIN (or RST) arrives, which would end a half-closed connection and hide the
    // difference between the two; this one keeps the socket alive until the lab closes it.
    int m_keptDescriptor = -1;
    bool m_closing = false;
    bool m_shutDown = false; // we shut our sending side
    bool m_peerFinished = false; // the peer sent its FIN; we may still send
    bool m_halfOpen = false; // Qt let go; we keep sending through m_keptDescriptor
    QPointer<QuietSockets> m_quiet;
    bool m_readingPaused = false;
};

} // namespace SocketScope
