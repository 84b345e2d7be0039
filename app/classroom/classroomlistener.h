#pragma once

#include "lab/laberror.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtNetwork/QHostAddress>

namespace SocketScope {

class Lab;

// Students join live: a tiny web server whose listening socket and every visitor's connection
// are lab sockets, so each visitor appears in the tables and on the timeline. It answers a GET
// with a page showing the visitor their own connection (ClassroomPage), then closes.
//
// Guard rails, because it may face a whole room of laptops: loopback unless an address is
// given on purpose (isExposed() tells the window to show a warning), requests over 8 KiB and
// requests with a body are refused, everything echoed is HTML-escaped, at most maxVisitors()
// connections are accepted at once (more wait in the kernel's queue), and a visitor that sends
// nothing for a few seconds is closed.
class ClassroomListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxVisitors = 64;
    static constexpr int kIdleTimeoutMs = 10000;

    explicit ClassroomListener(Lab *lab, QObject *parent = nullptr);
    ~ClassroomListener() override;

    // Listens through the lab. Port 0 lets the OS pick. Returns the lab's error when it cannot.
    LabError start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    void stop();

    bool isListening() const;
    // True when it listens on anything but a loopback address: other machines can reach it.
    bool isExposed() const;
    qint32 listenerId() const { return m_listener; }
    QHostAddress address() const;
    quint16 port() const;
    // "http://127.0.0.1:8080/" ("http://[::1]:8080/"); for "any address" the host is this
    // machine's first non-loopback IPv4 address, the one students would type.
    QString url() const;

    int visitorCount() const { return int(m_visitors.size()); }
    void setMaxVisitors(int count);
    int maxVisitors() const { return m_maxVisitors; }
    qint64 pagesServed() const { return m_pagesServed; }

signals:
    void visitorCountChanged(int count);
    // `visitor` is the visitor's ip:port.
    void pageServed(qint32 socketId, const QString &visitor);
    void requestRefused(qint32 socketId, int httpStatus);

private:
    struct Visitor
    {
        QByteArray buffer;
        bool answered = false;
    };

    void onSocketOpened(qint32 id);
    void onDataReceived(qint32 id, const QByteArray &data);
    void onSocketChanged(qint32 id);
    void answer(qint32 id, int status, const QByteArray &response);
    void forget(qint32 id);

    QPointer<Lab> m_lab;
    qint32 m_listener = -1;
    QHash<qint32, Visitor> m_visitors;
    int m_maxVisitors = kDefaultMaxVisitors;
    qint64 m_pagesServed = 0;
};

} // namespace SocketScope
