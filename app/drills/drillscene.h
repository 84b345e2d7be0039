#pragma once

#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

// Where a mystery-fault drill happens, in the lab's home network (LabTopology::homeNetwork):
// a web server on pc-b, published on the router's public address, and the learner out on
// "the internet", on the computer called remote.
struct DrillScene
{
    static inline const QString kServerHost = QStringLiteral("pc-b");
    static inline const QString kLearnerHost = QStringLiteral("remote");
    static QHostAddress serverAddress() { return QHostAddress(QStringLiteral("192.168.0.11")); }
    static QHostAddress publicAddress() { return QHostAddress(QStringLiteral("203.0.113.1")); }
    static QHostAddress learnerAddress() { return QHostAddress(QStringLiteral("203.0.113.50")); }
    // The computers on the home network that fill a full backlog.
    static QHostAddress neighbourAddress() { return QHostAddress(QStringLiteral("192.168.0.10")); }
    static constexpr quint16 kPort = 8080;
    // Where the wrong forwarding rule sends the public port: nothing listens there.
    static constexpr quint16 kWrongPort = 8081;
    // The server's receive buffer when it stops reading: small, so a few kilobytes close it.
    static constexpr int kSmallReceiveBuffer = 2048;
};

} // namespace SocketScope
