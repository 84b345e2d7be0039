#pragma once

#include "laberror.h"
#include "socketinfo.h"

#include "journal/tcpinfo.h"
#include "sockopts/optionrequest.h"

#include <QtNetwork/QHostAddress>

#include <QtCore/QObject>

#include <functional>
#include <map>

namespace SocketScope {

class Journal;

// The part every lab socket shares: its facts and the way it writes them into the journal.
class LabSocket : public QObject
{
    Q_OBJECT

public:
    LabSocket(Journal *journal, qint32 id, SocketRole role, Protocol proto, QObject *parent);

    const SocketInfo &info() const { return m_info; }
    qint32 id() const { return m_info.id; }

    // The kernel's word on this socket, from the lab's poll.
    void applyKernelState(TcpState state);
    void applyQueue(int length, int limit);
    // The kernel's TCP numbers: journalled when they changed, at most every 100 ms.
    void applyTcpInfo(const TcpInfo &info);
    // The same numbers asked of the socket's own descriptor (getsockopt TCP_INFO), for a kernel
    // view that reads /proc/net and so gives none; the queues are that view's. Nothing happens
    // where the descriptor gives none.
    void applyOwnTcpInfo(qint64 sendQueue, qint64 receiveQueue);
    // A socket bound to "any address" gets its real local address from the kernel once it
    // connects; taking it from the kernel's list shows it while the handshake still runs.
    void applyKernelLocalAddress(const QHostAddress &address);
    // True once the socket had a descriptor of its own; a socket whose bind() failed never
    // appears in the kernel's lists, even where another socket holds the same address.
    bool hadDescriptor() const { return m_hadDescriptor; }

    // Writes one event about this socket; `fill` sets the kind-specific fields.
    void record(EventKind kind, EventSource source, const std::function<void(Event &)> &fill = {});
    void recordError(const LabError &error, EventSource source = EventSource::Qt);

    // The lab host the socket lives on (empty: this machine); set before anything is recorded.
    void setHost(const QString &host);

    // Sets a socket option now and journals what the kernel reports back (option_set).
    LabError setOption(SocketOption option, qint64 value);
    // What the kernel reports for `option` now (kOptionUnread: no descriptor, or it cannot say).
    qint64 kernelOption(SocketOption option) const;
    // The value last asked for, if any was.
    std::optional<qint64> askedOption(SocketOption option) const;
    // An accepted socket is a clone of its listener and starts with the listener's options:
    // each one the listener was asked for is journalled again here, with this socket's value.
    void inheritOptions(const LabSocket &listener);

    virtual void close() = 0;
    virtual void abort() = 0;
    // Why the next close() happens (empty: the user asked); written as its event's note.
    void setCloseReason(const QString &reason) { m_closeReason = reason; }

signals:
    void changed(qint32 id);
    void failed(qint32 id, const SocketScope::LabError &error);
    void finished(qint32 id); // closed, and its descriptor released
    // Every read (TCP) or datagram (UDP) whole, for the parts of SocketScope that answer on a
    // lab socket (forwarders, the classroom page). `peer` is the sender.
    void received(qint32 id, const QByteArray &data, const QHostAddress &peer, quint16 peerPort);

protected:
    void setEndpoints(
        const QHostAddress &local, quint16 localPort, const QHostAddress &remote, quint16 remotePort);
    void markClosed(EventKind kind, EventSource source);
    // The descriptor options are set on; -1 when the socket has none (not made, or closed).
    virtual qintptr optionDescriptor() const = 0;
    // The options asked for when the socket was opened, on its fresh descriptor before bind();
    // each one journalled. A refused option is said in its event, and the socket goes on.
    void applyOptions(qintptr descriptor, const QList<OptionRequest> &options);
    // The inode that names a descriptor's socket in the kernel's lists; 0 when unknown.
    static quint64 inodeOf(qintptr descriptor);

    Journal *m_journal;
    SocketInfo m_info;
    bool m_hadDescriptor = false;
    quint32 m_hostId = 0;
    // The journal's ids of the endpoints as last set (setEndpoints marks them stale).
    quint32 m_localId = 0;
    quint32 m_remoteId = 0;
    bool m_endpointsStale = true;
    QString m_closeReason;
    TcpInfoThrottle m_tcpInfoThrottle;
    std::map<SocketOption, qint64> m_askedOptions;
};

} // namespace SocketScope
