#pragma once

#include "lab/laberror.h"

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#include <map>
#include <set>

namespace SocketScope {

class ClassroomFeed;
class Lab;

// Students join live: a tiny web server whose listening socket and every visitor's connection
// are lab sockets, so each visitor appears in the tables and on the timeline. It answers a GET
// with a page showing the visitor their own connection (ClassroomPage), then closes; the
// page's script then asks for /live, a connection that stays open and carries the student's
// own sockets as they change (ClassroomFeed, with its own places and guard rails).
//
// Guard rails, because it may face a whole room of laptops and anyone else on the network:
// - loopback unless an address is given on purpose (isExposed() tells the window to warn);
// - requests over 8 KiB and requests with a body are refused; everything echoed is escaped;
// - the whole request must arrive within requestDeadlineMs() of connecting, however slowly
//   it trickles in (a deadline, not an idle timeout);
// - a visitor that closes its side before asking is let go at once, not at the deadline;
// - at most maxPerAddress() connections from one address and maxVisitors() in all. A
//   newcomer over either cap takes the place of the oldest visitor still silent (from that
//   address, or from anywhere), so silent connections can hold no place a real browser needs:
//   a real browser asks within milliseconds of connecting and is served before it is the
//   oldest. Only when every place holds a visitor already being answered does a newcomer
//   wait in the kernel's accept queue.
class ClassroomListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxVisitors = 64;
    // A browser opens up to six connections to one server; a few more leave room for a
    // second tab. Several students behind one address still get in: only silent ones yield.
    static constexpr int kDefaultMaxPerAddress = 8;
    static constexpr int kDefaultRequestDeadlineMs = 10000;

    // Why a visitor was let go without a page (see visitorLetGo).
    enum class LetGo : quint8 {
        ClosedFirst, // closed its side before a whole request arrived
        AddressFull, // its address had too many connections; it was the oldest silent one
        RoomFull, // every place was taken; it was the oldest silent visitor
    };
    Q_ENUM(LetGo)

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

    // Connections open now, silent or being answered.
    int visitorCount() const { return int(m_visitors.size()); }
    // Connections open now from one address.
    int visitorCount(const QHostAddress &from) const;
    void setMaxVisitors(int count);
    int maxVisitors() const { return m_maxVisitors; }
    void setMaxPerAddress(int count) { m_maxPerAddress = qMax(1, count); }
    int maxPerAddress() const { return m_maxPerAddress; }
    void setRequestDeadlineMs(int ms) { m_requestDeadlineMs = qMax(1, ms); }
    int requestDeadlineMs() const { return m_requestDeadlineMs; }
    qint64 pagesServed() const { return m_pagesServed; }
    // The live streams of the students' pages.
    ClassroomFeed *feed() const { return m_feed; }

signals:
    void visitorCountChanged(int count);
    // `visitor` is the visitor's ip:port.
    void pageServed(qint32 socketId, const QString &visitor);
    void requestRefused(qint32 socketId, int httpStatus);
    void visitorLetGo(qint32 socketId, SocketScope::ClassroomListener::LetGo why);

private:
    struct Visitor
    {
        QHostAddress address;
        QByteArray buffer;
        qint64 deadline = 0; // on m_clock, ms
        bool answered = false;
    };

    void onSocketOpened(qint32 id);
    void onDataReceived(qint32 id, const QByteArray &data);
    void onSocketChanged(qint32 id);
    void answer(qint32 id, int status, const QByteArray &response, const QString &reason = {});
    void letGo(qint32 id, LetGo why);
    void makeRoomFor(qint32 newcomer);
    qint32 oldestSilent(const std::set<qint32> &among, qint32 except) const;
    void enforceDeadlines();
    void forget(qint32 id);

    QPointer<Lab> m_lab;
    ClassroomFeed *m_feed;
    qint32 m_listener = -1;
    // Lab socket ids grow with every accept, so this map is in order of arrival: the oldest
    // visitor is first, and so is the nearest deadline.
    std::map<qint32, Visitor> m_visitors;
    QHash<QHostAddress, std::set<qint32>> m_byAddress;
    QElapsedTimer m_clock;
    QTimer m_deadlineTimer;
    int m_maxVisitors = kDefaultMaxVisitors;
    int m_maxPerAddress = kDefaultMaxPerAddress;
    int m_requestDeadlineMs = kDefaultRequestDeadlineMs;
    qint64 m_pagesServed = 0;
};

} // namespace SocketScope
