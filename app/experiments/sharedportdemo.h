#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QStringList>

namespace SocketScope {

class Lab;

// The caveat to the uniqueness rule, on live lab sockets: a listener and the sockets it
// accepted all have the same local ip:port, and the OS tells them apart by the whole
// <protocol, local, remote> tuple. Opens one listener on loopback and `clients` clients.
class SharedPortDemo : public QObject
{
    Q_OBJECT

public:
    explicit SharedPortDemo(Lab *lab, QObject *parent = nullptr);
    ~SharedPortDemo() override;

    // Returns false when the listener could not be opened.
    bool start(int clients = 2);
    void stop();

    qint32 listener() const { return m_listener; }
    const QList<qint32> &accepted() const { return m_accepted; }
    // One line per socket: its full tuple and what it is.
    QStringList tuples() const;

signals:
    // Every client has been accepted.
    void ready();

private:
    void onSocketOpened(qint32 id);

    QPointer<Lab> m_lab;
    qint32 m_listener = -1;
    int m_expected = 0;
    QList<qint32> m_clients;
    QList<qint32> m_accepted;
};

} // namespace SocketScope
