#pragma once

#include "labsocket.h"

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

    LabError bind(const QHostAddress &address, quint16 port, bool allowBroadcast);
    // One datagram to each destination; stops at the first the OS refuses.
    LabError sendTo(const QByteArray &data, const QList<Destination> &destinations);

    void close() override;
    void abort() override { close(); }

private:
    void onReadyRead();

    QUdpSocket *m_socket;
    bool m_allowBroadcast = false;
};

} // namespace SocketScope
