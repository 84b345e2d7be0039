#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#include <deque>
#include <map>
#include <optional>
#include <set>

namespace SocketScope {

class ChallengeBoard;
class ChallengeHost;
class Lab;
class Journal;

// Each student's own sockets, live in their browser: the classroom page's script asks for
// /live and keeps that connection open; from then on this feed pushes, as Server-Sent Events,
// the sockets of that student and what happens to them.
//
// A student is an address. A socket belongs to the student at its far end (an accepted
// socket's remote address) or, for a lab client, at its near end. A stream carries only the
// sockets of the address that opened it: a student never sees another's ports or data. (Two
// students behind one NAT share an address and so see each other's sockets: the page says so.)
//
// Updates are grouped: at most one every kUpdateMs per student, so a flood of events costs
// a handful of small writes a second, not one per event. The stream is language-free data
// (kinds, states and numbers); the page's script puts it into the browser's language.
//
// While the teacher runs a class challenge (followChallenges), each update also carries the
// student's own row of the challenge board: the verdict, why not yet, and the time left.
//
// Guard rails: at most maxStreams() streams in all and kMaxStreamsPerAddress from one
// address (a newcomer replaces that address's oldest stream); a browser that stops reading
// is let go once kMaxPendingBytes wait for it; anything a stream's browser sends after its
// request is read past, and one that keeps sending is let go.
class ClassroomFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxStreams = 128;
    static constexpr int kMaxStreamsPerAddress = 2;
    static constexpr int kUpdateMs = 200;
    static constexpr int kKeepAliveMs = 15000;
    static constexpr qint64 kMaxPendingBytes = qint64(256) * 1024;
    static constexpr qint64 kMaxIncomingBytes = qint64(16) * 1024;
    // What a student's history keeps: their latest sockets and events.
    static constexpr qsizetype kSocketsKept = 24;
    static constexpr qsizetype kEventsKept = 60;

    explicit ClassroomFeed(Lab *lab, QObject *parent = nullptr);

    // Takes over socket `id`, whose request for /live was just read: answers with the stream's
    // headers and a first update. Returns false when every place is taken by a stream that is
    // still reading (the caller then refuses with 503).
    bool addStream(qint32 id, const QHostAddress &student);
    bool isStream(qint32 id) const { return m_streams.contains(id); }
    int streamCount() const { return int(m_streams.size()); }
    void setMaxStreams(int count) { m_maxStreams = qMax(1, count); }
    int maxStreams() const { return m_maxStreams; }
    qint64 updatesSent() const { return m_updatesSent; }
    // Closes every stream.
    void stop();
    // From now on every update carries the student's verdict in the challenge `host` runs
    // (whichever it starts next, too).
    void followChallenges(ChallengeHost *host);

    // The stream's headers (exposed for the tests).
    static QByteArray headers();

signals:
    void streamCountChanged(int count);

private:
    struct Stream
    {
        QHostAddress student;
        qsizetype lastEvent = -1; // the newest journal index already sent
        qint64 incoming = 0;
    };
    struct Student
    {
        std::deque<qint32> sockets; // oldest first
        std::deque<qsizetype> events; // journal indices, oldest first
        bool dirty = false;
    };

    void onEventsAppended(qsizetype first, qsizetype last);
    // A socket becomes part of its student's view, with what the journal already said of it.
    void adopt(Student &student, qint32 socketId);
    // Something of the student's changed: an update goes out at the next grouping.
    void markDirty(Student &student);
    void onSocketOpened(qint32 id);
    void onSocketChanged(qint32 id);
    void onDataReceived(qint32 id, qsizetype bytes);
    void flush();
    void watchBoard(ChallengeBoard *board);
    void onChallengeRowChanged(int row);
    QJsonObject challengeJson(const QHostAddress &student) const;
    void keepAlive();
    void send(qint32 stream, Stream &s);
    QByteArray update(const Student &student, Stream &s, qint32 streamId) const;
    void letGo(qint32 id, const QString &reason);
    void forget(qint32 id);
    // The student a socket belongs to, from the lab's facts about it (null for the teacher's
    // own sockets); nothing while the lab does not know the socket yet.
    std::optional<QHostAddress> ownerOf(qint32 socketId) const;

    QPointer<Lab> m_lab;
    QPointer<ChallengeHost> m_challenges;
    QPointer<ChallengeBoard> m_board;
    Journal *m_journal = nullptr;
    std::map<qint32, Stream> m_streams; // in order of arrival: the oldest first
    QHash<QHostAddress, Student> m_students; // only addresses with a stream
    QHash<qint32, QHostAddress> m_ownerOfSocket; // sockets of students with a stream
    QTimer m_flushTimer;
    QTimer m_keepAliveTimer;
    int m_maxStreams = kDefaultMaxStreams;
    qint64 m_updatesSent = 0;
};

} // namespace SocketScope
