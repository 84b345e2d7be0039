#pragma once

#include "descriptorreserve.h"
#include "laberror.h"
#include "socketinfo.h"
#include "socketplacement.h"
#include "tcpsegmentcounts.h"
#include "udpendpoint.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <map>
#include <set>

class QTcpSocket;

namespace SocketScope {

class Journal;
class KernelView;
class LabSocket;
class QuietSockets;

// The real sockets. Windows and the command line command them through this small API; what
// happens to them is written into the journal, and the kernel's view of them is polled in.
class Lab : public QObject
{
    Q_OBJECT

public:
    struct Opened
    {
        qint32 id = -1;
        LabError error;
    };

    // What Linux long used as its largest backlog (SOMAXCONN); enough that a busy moment in the
    // window does not make the kernel drop new connections.
    static constexpr int kDefaultBacklog = 128;
    static constexpr int kDefaultConnectTimeoutMs = 10000;

    // `kernel` may be null (no kernel view on this system).
    Lab(Journal *journal, KernelView *kernel, QObject *parent = nullptr);
    ~Lab() override;

    Journal *journal() const { return m_journal; }
    KernelView *kernelView() const { return m_kernel; }

    // `options`: socket options set before bind() (reuseport and buffer sizes only work there),
    // each journalled as option_set with the value the kernel reports back.
    Opened listenTcp(const QHostAddress &address, quint16 port, int backlog = kDefaultBacklog,
        const QList<OptionRequest> &options = {});
    Opened connectTcp(const QHostAddress &remote, quint16 port, const QHostAddress &source = {},
        const QList<OptionRequest> &options = {});
    // `shareAddress`: SO_REUSEADDR, so several receivers of a broadcast or group share a port.
    Opened bindUdp(const QHostAddress &address, quint16 port, bool allowBroadcast = false,
        bool shareAddress = false, const QList<OptionRequest> &options = {});

    // A socket option on an open socket, now; journalled as option_set with the kernel's value.
    // Options that only work before bind() are still set (the kernel takes them), but change
    // nothing for a socket already bound: the workbench says so.
    LabError setOption(qint32 id, SocketOption option, qint64 value);
    // What the kernel reports for the option now (kOptionUnread when it cannot say), and the
    // value last asked for through the lab, if any.
    qint64 kernelOption(qint32 id, SocketOption option) const;
    std::optional<qint64> askedOption(qint32 id, SocketOption option) const;

    LabError send(qint32 id, const QByteArray &data);
    LabError sendDatagram(
        qint32 id, const QByteArray &data, const QList<UdpEndpoint::Destination> &destinations);
    // Multicast on a UDP socket; an empty interface name leaves the choice to the OS.
    LabError joinGroup(qint32 id, const QHostAddress &group, const QString &interfaceName = {});
    LabError leaveGroup(qint32 id, const QHostAddress &group, const QString &interfaceName = {});
    LabError setMulticastInterface(qint32 id, const QString &interfaceName);
    LabError shutdownWrite(qint32 id);
    LabError close(qint32 id);
    // The same, with a sentence saying why; it becomes the `close_called` event's note.
    LabError close(qint32 id, const QString &reason);
    LabError abort(qint32 id);
    LabError setAcceptingPaused(qint32 id, bool paused);
    LabError setMaxConnections(qint32 id, int count);
    // A TCP connection's program stops reading (true) or reads again (false): arriving bytes
    // wait in the kernel, the receive buffer fills and the window it advertises closes. Each
    // change is journalled (reading_paused) unless `hidden`: a mystery drill's fault to find.
    LabError setReadingPaused(qint32 id, bool paused, bool hidden = false);
    // The kernel's segment counts for a TCP connection now; all -1 for any other socket.
    TcpSegmentCounts segmentCounts(qint32 id) const;
    void closeAll();

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    // Where new sockets are made from now on (the virtual lab network); null: this machine.
    void setPlacement(SocketPlacement *placement) { m_placement = placement; }
    SocketPlacement *placement() const { return m_placement; }

    // True while the process is too short of descriptors for new sockets: listeners do not
    // accept and new sockets are refused (TooManyOpenFiles), so that the last few stay free
    // for the rest of the program. It ends by itself once sockets close.
    bool isShortOfDescriptors() const { return m_shortOfDescriptors; }
    // How often, while short, the lab looked whether descriptors were back.
    quint64 shortageChecks() const { return m_shortageChecks; }
    // Before it runs short, the lab closes connections only their peers had closed (CLOSE_WAIT,
    // waiting for a close() nobody was going to call), oldest first, a batch at a time: a
    // server whose clients come and go keeps accepting however many came before. A batch is a
    // 32nd of the descriptor limit, at most this many.
    static constexpr int kMakeRoomBatch = 512;
    // How many connections were closed so, since the lab began.
    quint64 closedToMakeRoom() const { return m_closedToMakeRoom; }
    // The process's limit on open descriptors (RLIMIT_NOFILE), and how many of them the lab
    // leaves to the rest of the program.
    qint64 descriptorLimit() const { return m_descriptors.limit(); }
    int descriptorsReserved() const { return m_descriptors.reserved(); }

    // With this many sockets or more, connections quiet for a while are parked so that each
    // turn of the event loop does not ask the kernel about every one of them (QuietSockets).
    static constexpr int kParkFrom = 64;
    // How often the lab looks for quiet connections to park.
    static constexpr int kQuietSweepMs = 250;
    // Tests park with fewer sockets; 0 turns parking off.
    void setParkFrom(int sockets);
    // Connections parked now.
    qsizetype parkedConnections() const;

    // Sockets the lab still tracks: open ones, and closed ones the kernel still lists.
    QList<qint32> socketIds() const;
    // Of those, the listeners and datagram sockets, in id order: the few that wait for others.
    // Kept as the sockets come and go, so asking costs nothing however many connections there are.
    QList<qint32> waitingSocketIds() const;
    const SocketInfo *info(qint32 id) const;

signals:
    void socketChanged(qint32 id);
    void socketFailed(qint32 id, const SocketScope::LabError &error);
    // The kernel no longer lists the socket and the lab forgot it.
    void socketRemoved(qint32 id);
    // A socket joined the lab: opened by a call, or made by a listener's accept().
    void socketOpened(qint32 id);
    // See LabSocket::received.
    void dataReceived(qint32 id, const QByteArray &data, const QHostAddress &peer, quint16 peerPort);
    // The lab ran out of descriptors (true) or has some again (false); see isShortOfDescriptors.
    void descriptorShortageChanged(bool shortOfDescriptors);
    // `count` connections the peers had left in CLOSE_WAIT were closed to make room; see
    // kMakeRoomBatch.
    void roomMade(int closed);

private:
    template<typename T> T *find(qint32 id) const;
    void adopt(LabSocket *socket);
    // `descriptors`: how many the new socket will hold (a TCP connection keeps a second one).
    SocketPlacement::Place placeFor(Protocol proto, const QHostAddress &local, int descriptors);
    // With options asked for, the socket must exist before bind(): a place with no descriptor
    // (this machine) gets one made here, of the family of `address`.
    static void makeDescriptorFor(
        SocketPlacement::Place &place, Protocol proto, const QHostAddress &address, bool options);
    void beginShortage(const LabError &error);
    // Closes up to `wanted` connections left by their peers (isLeftByPeer), oldest first; true
    // when `descriptors` more then fit (DescriptorReserve::hasRoom; 0: any closed).
    bool makeRoom(qint64 wanted, int descriptors);
    int roomBatch() const;
    void tryEndShortage();
    void noticeSilentShortage();
    void onAccepted(qint32 listenerId, QTcpSocket *socket);
    void onSocketFinished(qint32 id);
    void onKernelPolled();
    void countConnections(qint32 listenerId);
    void parkQuietConnections();

    Journal *m_journal;
    KernelView *m_kernel;
    std::map<qint32, LabSocket *> m_sockets;
    std::set<qint32> m_waiting; // see waitingSocketIds
    // Closed sockets, with the number of the last read of the kernel's list started before
    // they closed: only a list read after the close can say the kernel let one go.
    std::map<qint32, quint64> m_closedAtRead;
    qint32 m_nextId = 1;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    SocketPlacement *m_placement = nullptr;
    DescriptorReserve m_descriptors;
    bool m_shortOfDescriptors = false;
    // While short of descriptors: when to count them again.
    QTimer m_shortageRetry;
    quint64 m_shortageChecks = 0;
    quint64 m_closedToMakeRoom = 0;
    // Since when no connection left by its peer was found (invalid: one was, or never looked).
    QElapsedTimer m_noneLeftSince;
    // When the lab last looked for such connections before it had to (near the limit).
    QElapsedTimer m_lastEaseLook;
    QuietSockets *m_quiet;
    QTimer m_quietSweep;
    int m_parkFrom = kParkFrom;
};

} // namespace SocketScope
