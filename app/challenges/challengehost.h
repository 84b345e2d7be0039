#pragma once

#include "challenge.h"
#include "lab/laberror.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#include <map>
#include <memory>

namespace SocketScope {

class ChallengeBoard;
class HostCapture;
class Lab;

// The teacher's side of a challenge, live: the class socket (a lab listener, or a lab UDP
// socket) and what the server does for each student (answer a datagram, reply after a
// half-close, answer a browser), within caps, because it faces a whole room and whoever else
// is on the network:
// - loopback unless an address is given on purpose (isExposed() tells the window to warn);
// - at most maxPerAddress() connections from one address and maxConnections() in all; a
//   newcomer over a cap is closed at once, the reason written into the journal;
// - at most kMaxMessageBytes from one connection, and an answer to at most
//   kMaxDatagramsPerAddress datagrams from one address and to kMaxDatagramSources addresses
//   in a minute; when exposed, an answer is at most kAnswerFactor times the datagram's size
//   (datagramAnswer()), so a forged source address cannot make the class server a loudspeaker
//   aimed at someone else;
// - a connection silent for idleMs() is closed, and one open for longestMs() (a student
//   sending a byte now and then is never silent);
// - SendName: a line that is not UTF-8 text is refused.
// Every refusal is a close with a reason (sent to the student as a line first, and the
// close_called event's note) or, for datagrams,
// one error event per address, so the class goes on and the recording says what happened.
// The verdicts are the board's, read from the journal (ChallengeBoard).
class ChallengeHost : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxPerAddress = 4;
    static constexpr int kDefaultMaxConnections = 200;
    static constexpr int kDefaultIdleMs = 120000;
    static constexpr int kDefaultLongestMs = 600000;
    static constexpr qsizetype kMaxMessageBytes = 4096;
    static constexpr int kMaxDatagramsPerAddress = 20; // in a minute
    static constexpr int kDatagramWindowMs = 60000;
    static constexpr int kMaxDatagramSources = 256; // addresses answered in a minute
    // When exposed: an answer's bytes at most this many times the datagram's.
    static constexpr int kAnswerFactor = 3;
    // HoldThroughPause: a small accept queue, so the class sees it fill.
    static constexpr int kHoldBacklog = 4;
    // Half-close: how long after its reply the server waits before it closes, so that the
    // reset of a student who closed both ways has come (on a class network, milliseconds).
    static constexpr int kResetWindowMs = 300;

    explicit ChallengeHost(Lab *lab, QObject *parent = nullptr);
    ~ChallengeHost() override;

    // Opens the class socket and a fresh board. Returns the lab's error when it cannot.
    LabError start(
        const Challenge &challenge, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    void stop();

    bool isRunning() const;
    bool isExposed() const;
    QHostAddress address() const;
    quint16 port() const;
    qint32 classSocket() const { return m_classSocket; }
    // Null until started; replaced by every start.
    ChallengeBoard *board() const { return m_board.get(); }
    const Challenge &challenge() const { return m_challenge; }

    // The journal's clock (ns since the session started), the one the board's times are on.
    qint64 now() const;

    // What the board cannot see: a student who knocks on another port of this computer gets
    // the kernel's answer at once (RST for TCP, ICMP "port unreachable" for UDP), and no
    // socket of the app is involved. Only a packet capture sees that answer; on this
    // computer's own network the capture watches only ports the app holds a socket on
    // (it must not become a sniffer), so there it is never seen. On the virtual lab network
    // the lab's capture sees the whole network, and the board shows such a knock.
    enum class UnseenKnocks : quint8 {
        None, // not running, or on the lab network: wrong-port knocks show
        NoCapture, // no packet capture runs here (off, or no CAP_NET_RAW)
        OutsideCapture, // the capture runs, but only on the app's own ports
    };
    UnseenKnocks unseenKnocks() const;
    // The capture on this computer's own network, to tell which of the above holds.
    void setHostCapture(HostCapture *capture);

    LabError setAcceptingPaused(bool paused);
    bool isAcceptingPaused() const;

    void setMaxPerAddress(int count) { m_maxPerAddress = qMax(1, count); }
    int maxPerAddress() const { return m_maxPerAddress; }
    void setMaxConnections(int count) { m_maxConnections = qMax(1, count); }
    int maxConnections() const { return m_maxConnections; }
    void setIdleMs(int ms);
    int idleMs() const { return m_idleMs; }
    void setLongestMs(int ms);
    int longestMs() const { return m_longestMs; }
    // The length of the "minute" the datagram allowances count in (tests shorten it).
    void setDatagramWindowMs(int ms) { m_datagramWindowMs = qMax(1, ms); }
    int datagramWindowMs() const { return m_datagramWindowMs; }

    // The answer to a datagram of `received` bytes from `endpoint` ("127.0.0.5:41234"): the
    // whole sentence, or, when exposed and it is longer than kAnswerFactor times the datagram,
    // the first that fits of the endpoint alone and the byte count alone.
    static QByteArray datagramAnswer(qsizetype received, const QString &endpoint, bool exposed);

signals:
    void started();
    void stopped();
    // unseenKnocks() may say something else now.
    void unseenKnocksChanged();
    // A student's connection (or datagram) was refused; `reason` is what the journal says.
    void refused(qint32 socket, const QString &reason);

private:
    struct Student
    {
        QHostAddress address;
        qint64 lastHeard = 0; // on m_clock, ms
        qint64 openedAt = 0; // on m_clock, ms
        qint64 bytes = 0;
        bool finished = false; // the server has answered and closed, or refused
    };

    void onSocketOpened(qint32 id);
    void onDataReceived(qint32 id, const QByteArray &data, const QHostAddress &peer, quint16 peerPort);
    void onSocketChanged(qint32 id);
    void onDatagram(const QByteArray &data, const QHostAddress &peer, quint16 peerPort);
    void refuse(qint32 id, const QString &reason);
    // SendName from a browser: a page with what the board reads, then the close.
    void answerBrowser(qint32 id, const QByteArray &requestLine);
    void replyAndClose(qint32 id, const QByteArray &reply);
    void noteOnClassSocket(const QString &text);
    void closeIdle();
    void forget(qint32 id);
    int connectionsFrom(const QHostAddress &address) const;

    QPointer<Lab> m_lab;
    QPointer<HostCapture> m_capture;
    Challenge m_challenge;
    qint32 m_classSocket = -1;
    std::unique_ptr<ChallengeBoard> m_board;
    std::map<qint32, Student> m_students;
    QHash<QHostAddress, int> m_datagramsFrom; // in the current minute
    qint64 m_datagramWindowStart = 0; // on m_clock, ms
    bool m_sourcesNoted = false;
    QElapsedTimer m_clock;
    QTimer m_idleTimer;
    int m_maxPerAddress = kDefaultMaxPerAddress;
    int m_maxConnections = kDefaultMaxConnections;
    int m_idleMs = kDefaultIdleMs;
    int m_longestMs = kDefaultLongestMs;
    int m_datagramWindowMs = kDatagramWindowMs;
};

} // namespace SocketScope
