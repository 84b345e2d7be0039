#pragma once

#include "challenge.h"
#include "challengeverdict.h"
#include "journal/event.h"
#include "ports/systemportsettings.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <map>
#include <memory>
#include <optional>

namespace SocketScope {

class Journal;

// Judges a challenge from the journal alone: it reads the events of the class socket and of
// every student connection (or datagram) and keeps one row per student address. Because it
// reads only events, a recording of a challenge session judges the same when replayed, and it
// needs no window.
//
// The class socket is the one a challenge_started event at or after `firstEvent` names, or
// the first TCP listener (or UDP socket) from there whose local port is the challenge's port
// (recordings made before challenges were recorded).
class ChallengeBoard : public QObject
{
    Q_OBJECT

public:
    // How much of what a student sent is kept and looked at; a name or a short message fits.
    static constexpr qsizetype kKeptBytes = 1024;
    // A name longer than this is not a name.
    static constexpr qsizetype kMaxNameBytes = 64;
    // A room, and a lecture hall, with room to spare: addresses past this many get no row (a
    // spoofed flood of sources must not grow the board and its memory without end); they are
    // counted (unlistedCount()) and the summary says so.
    static constexpr int kMaxRows = 500;
    // IANA's dynamic ports, where most systems other than Linux pick a client's port.
    static constexpr quint16 kDynamicFirst = 49152;
    // HoldThroughPause: a connection accepted this soon after accepting resumed, while the
    // kernel counted connections in the queue, had waited there.
    static constexpr qint64 kQueuedWithinNs = qint64(1500) * 1000 * 1000;

    struct Row
    {
        QString address; // the student, "127.0.0.5"
        quint16 port = 0; // their latest connection's local port
        qint32 socket = -1; // the lab socket of that connection (our side); -1 for UDP
        TcpState kernelState = TcpState::Unknown;
        QByteArray sent; // the first kKeptBytes they sent on it
        ChallengeVerdict verdict = ChallengeVerdict::Waiting;
        ChallengeProblem problem = ChallengeProblem::None;
        QString note; // the server's reason when it let them go
        qint64 doneAfterNs = -1; // from the start of the challenge
        int connections = 0;
        bool inferred = false; // the verdict rests on captured packets or timing, not a socket
    };

    // UTF-8 with no control characters but tab: text a person typed.
    static bool isUtf8Text(QByteArrayView bytes);
    // A browser's first line, "GET /Ada%20Lovelace HTTP/1.1", carries a name in its path: the
    // path without its slash, decoded ("Ada Lovelace"); nothing when `line` is no such line.
    static std::optional<QByteArray> nameInRequest(QByteArrayView line);

    ChallengeBoard(
        Journal *journal, const Challenge &challenge, qsizetype firstEvent = 0, QObject *parent = nullptr);
    // A board over a recording, at an instant: it has read the events from `firstEvent` up to
    // `count` and reads more only through readUpTo(), never by following the journal. A
    // board that starts at a challenge_started event judges that start's class socket.
    static std::unique_ptr<ChallengeBoard> atInstant(Journal *journal, const Challenge &challenge,
        qsizetype count, qsizetype firstEvent = 0, QObject *parent = nullptr);

    // Reads the events before `count` not read yet. A board only goes forward: an earlier
    // instant needs a new board (atInstant).
    void readUpTo(qsizetype count);
    // The events read so far, from the start of the journal.
    qsizetype readCount() const { return m_read; }

    const Challenge &challenge() const { return m_challenge; }
    // The ports the OS picks from (ChosenPort); read from the OS by default.
    void setPortSettings(const SystemPortSettings &settings) { m_ports = settings; }

    qint32 classSocket() const { return m_classSocket; }
    qint64 startedAt() const { return m_startedAt; }
    bool acceptingPaused() const { return m_paused; }
    int queueLength() const { return m_queueLength; }
    int queueLimit() const { return m_queueLimit; }

    int rowCount() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows.at(index); }
    int rowOf(const QString &address) const { return m_rowOf.value(address, -1); }
    int doneCount() const;
    // Knocks, connections and datagrams from addresses that found the board full (kMaxRows).
    int unlistedCount() const { return m_unlisted; }

    // Nanoseconds left of the time limit at `nowNs` (journal clock), never below 0; -1 when
    // there is no limit or the class socket has not opened.
    qint64 timeLeftNs(qint64 nowNs) const;

    // Rows still not done when the time limit has passed at `nowNs` (journal clock) turn
    // TimeUp; returns the rows that changed.
    QList<int> applyClock(qint64 nowNs);

signals:
    void rowAdded(int row);
    void rowChanged(int row);
    // The class socket's state: paused, queue length.
    void classChanged();

private:
    ChallengeBoard(Journal *journal, const Challenge &challenge, qsizetype firstEvent, qsizetype count,
        bool follow, QObject *parent);

    struct Connection
    {
        QString address;
        quint16 port = 0;
        QByteArray received;
        qint64 acceptedAt = 0;
        TcpState kernelState = TcpState::Unknown;
        bool peerFinished = false;
        bool repliedAfterFinish = false;
        bool reset = false;
        bool closed = false;
        bool queued = false;
        QString refusal;
        ChallengeVerdict verdict = ChallengeVerdict::Connected;
        ChallengeProblem problem = ChallengeProblem::None;
        qint64 doneAt = -1;
    };

    void onEventsAppended(qsizetype first, qsizetype last);
    void read(const Event &event);
    void readClassEvent(const Event &event);
    void readSegment(const Event &event);
    void readDatagram(const Event &event);
    void judge(Connection &connection, qint64 t);
    void judgeText(Connection &connection, qint64 t);
    void judgeLengthPrefixed(Connection &connection, qint64 t);
    // The row of `address`, made when new; -1 when the board is full (counted as unlisted).
    int touchRow(const QString &address);
    // A student's closed connections other than the one their row shows are read no more.
    void forgetClosed(const QString &address);
    // `t`: the time of the event that changed the connection; past the time limit, a student
    // not done by then stays "time is up" whatever comes after (the teacher's Stop closing
    // every socket too).
    void showConnection(qint32 socket, const Connection &connection, qint64 t);
    bool isPastLimit(qint64 t) const;
    void setRow(int index, const Row &row);
    // A SYN or a refusal seen for row `index`, from or to `port`, before any accepted socket.
    void showKnock(int index, quint16 port, ChallengeVerdict verdict, const QString &note, qint64 t);

    Journal *m_journal;
    Challenge m_challenge;
    SystemPortSettings m_ports;
    qsizetype m_read = 0;
    qint32 m_classSocket = -1;
    QString m_classAddress;
    qint64 m_startedAt = 0;
    qint64 m_resumedAt = -1;
    bool m_paused = false;
    // The accept queue's length (the kernel's last word) when accepting resumed: that many
    // of the connections accepted next had waited in it.
    int m_queuedAtResume = 0;
    int m_queueLength = 0;
    int m_queueLimit = 0;
    std::map<qint32, Connection> m_connections;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    // UDP: one "connection" per student endpoint, keyed by it.
    std::map<QString, Connection> m_datagrams;
    // Captured SYNs per student endpoint: a second one is a retransmission.
    QHash<QString, int> m_synsSeen;
    // Every connection of an address, for forgetClosed().
    QHash<QString, QList<qint32>> m_socketsOf;
    int m_unlisted = 0;
};

} // namespace SocketScope
