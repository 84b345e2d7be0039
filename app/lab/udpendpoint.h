#pragma once

#include "labsocket.h"
#include "socketplacement.h"

#include <QtNetwork/QUdpSocket>

namespace SocketScope {

// A datagram socket: bound, no connection, each datagram kept whole.
class UdpEndpoint : public LabSocket
{
    Q_OBJECT

public:
    struct Destination
    {
        QHostAddress address;
        quint16 port = 0;
    };

    UdpEndpoint(Journal *journal, qint32 id, QObject *parent);
    ~UdpEndpoint() override;

    // `shareAddress` lets several sockets hold one port (SO_REUSEADDR), the way every receiver
    // of a broadcast or a multicast group must.
    // `options` are set on the placed descriptor before bind() (the lab makes one when they
    // are asked for).
    LabError bind(const QHostAddress &address, quint16 port, bool allowBroadcast, bool shareAddress = false,
        const SocketPlacement::Place &place = {}, const QList<OptionRequest> &options = {});
    // One datagram to each destination; stops at the first the OS refuses.
    LabError sendTo(const QByteArray &data, const QList<Destination> &destinations);

    // Multicast membership on the interface named `interfaceName` (the OS's choice when
    // empty). Loopback delivery is switched on, so this host's own senders reach the group.
    LabError joinGroup(const QHostAddress &group, const QString &interfaceName);
    LabError leaveGroup(const QHostAddress &group, const QString &interfaceName);
    // The interface this socket's multicast datagrams leave by (the OS's choice when empty).
    LabError setMulticastInterface(const QString &interfaceName);

    void close() override;
    void abort() override { close(); }

protected:
    qintptr optionDescriptor() const override { return m_socket->socketDescriptor(); }

private:
    void onReadyRead();

    QUdpSocket *m_socket;
    bool m_allowBroadcast = false;
};

} // namespace SocketScope
