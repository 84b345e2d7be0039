#pragma once

#include "forwardrule.h"
#include "lab/laberror.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>

class QTimer;

namespace SocketScope {

class Lab;
class LossyPath;

// A port forwarder made of lab sockets, so both legs show in the tables and on the timeline.
// TCP: every connection accepted on the listening address gets an outbound connection of its
// own to the target, and bytes are relayed both ways; when one side closes, the other leg is
// closed too. UDP: every client endpoint gets an outbound socket of its own, so replies find
// their way back; like a router's NAT table entry, such a socket is closed once no datagram
// went either way for the idle timeout, and the client's next datagram opens a new one.
// Each pair of legs is journalled as `linked`, once on each leg.
class PortForwarder : public QObject
{
    Q_OBJECT

public:
    // One forwarded conversation. For UDP the inbound leg is the shared listening socket.
    struct Link
    {
        qint32 inbound = -1;
        qint32 outbound = -1;
        QHostAddress client;
        quint16 clientPort = 0;
        qint64 bytesToTarget = 0;
        qint64 bytesToClient = 0;
        qint64 lastActive = 0; // UDP: journal clock (ns) of the last datagram either way
        bool open = true;
    };

    // How long a UDP flow may stay quiet before its outbound socket is closed.
    static constexpr int kDefaultUdpIdleTimeoutMs = 60'000;

    explicit PortForwarder(Lab *lab, QObject *parent = nullptr);
    ~PortForwarder() override;

    // Opens the listening side; a listen port of 0 lets the OS pick (see listenPort()).
    LabError start(const ForwardRule &rule);
    // Closes the listener and every leg.
    void stop();
    bool isRunning() const { return m_listener >= 0; }

    // Optional on-purpose damage on the way from clients to the target; not owned.
    void setLossyPath(LossyPath *path);

    // Takes effect for the next check; tests use a short one.
    void setUdpIdleTimeout(int ms);
    int udpIdleTimeout() const { return m_udpIdleTimeoutMs; }
    LossyPath *lossyPath() const { return m_path; }

    const ForwardRule &rule() const { return m_rule; }
    qint32 listenerId() const { return m_listener; }
    quint16 listenPort() const;
    const QList<Link> &links() const { return m_links; }
    qint64 bytesToTarget() const;
    qint64 bytesToClient() const;

signals:
    void linkAdded(int index);
    // Bytes moved or a leg closed.
    void linkChanged(int index);
    void stopped();

private:
    void onSocketOpened(qint32 id);
    void onSocketChanged(qint32 id);
    void onDataReceived(qint32 id, const QByteArray &data, const QHostAddress &peer, quint16 peerPort);
    void onDrained(qint32 socket);
    int addLink(qint32 inbound, qint32 outbound, const QHostAddress &client, quint16 clientPort);
    void journalLinked(qint32 socket, qint32 other);
    void toTarget(int index, const QByteArray &data);
    void sendToTarget(int index, const QByteArray &data);
    void flushPending(int index);
    void endLink(int index);
    QHostAddress outboundSource() const;
    void touch(int index);
    void closeIdleFlows();

    QPointer<Lab> m_lab;
    ForwardRule m_rule;
    LossyPath *m_path = nullptr;
    qint32 m_listener = -1;
    QList<Link> m_links;
    QHash<qint32, int> m_linkOf; // TCP legs and UDP outbound sockets -> link
    QHash<QString, int> m_linkOfClient; // UDP: client ip:port -> link
    QHash<int, QByteArray> m_pending; // TCP: bytes for a target still connecting
    QHash<qint32, bool> m_seenConnected;
    QList<int> m_closeWhenDrained;
    QTimer *m_idleTimer;
    int m_udpIdleTimeoutMs = kDefaultUdpIdleTimeoutMs;
};

} // namespace SocketScope
