#include "classroomfeed.h"

#include "challenges/challengeboard.h"
#include "challenges/challengehost.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace SocketScope {

namespace {

// One key per student however the address was written: an IPv4 student reaching a dual-stack
// listener shows up as ::ffff:a.b.c.d.
QHostAddress studentKey(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : address;
}

// What a student sent or got, shown as text: printable ASCII and valid UTF-8 kept, the rest
// a middle dot. The page puts it in with textContent, never as markup.
QString preview(const QByteArray &bytes)
{
    constexpr qsizetype kShown = 48;
    QString text = QString::fromUtf8(bytes.left(kShown));
    for (QChar &c : text) {
        if (c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f)
            c = QChar(0x00b7);
        else if (c == u'\n')
            c = QChar(0x21b5); // a visible "new line"
    }
    if (bytes.size() > kShown)
        text += QChar(0x2026);
    return text;
}

// The server's reason for letting a student go is the app's own sentence: kept whole up to this.
constexpr qsizetype kNoteShown = 200;

// Journal time (ns) as milliseconds, to the microsecond.
double milliseconds(qint64 ns)
{
    return double(ns / 1000) / 1000.0; // NOLINT(bugprone-integer-division): cut to whole microseconds
}

QJsonObject eventJson(const Journal &journal, const Event &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("t"), milliseconds(e.t));
    o.insert(QStringLiteral("s"), e.socket);
    o.insert(QStringLiteral("k"), QString(kindName(e.kind)));
    o.insert(QStringLiteral("src"), QString(sourceName(e.source)));
    if (e.kind == EventKind::Segment)
        o.insert(QStringLiteral("f"), segmentFlagsName(e.flags));
    // Data events count their bytes in `value`; a segment its payload in `length`.
    const bool data = e.kind == EventKind::DataReceived || e.kind == EventKind::DataSent
        || e.kind == EventKind::DatagramReceived || e.kind == EventKind::DatagramSent;
    if (data)
        o.insert(QStringLiteral("len"), e.value);
    else if (e.length > 0)
        o.insert(QStringLiteral("len"), qint64(e.length));
    if (e.kind == EventKind::State) {
        o.insert(QStringLiteral("from"), QString(tcpStateName(e.fromState)));
        o.insert(QStringLiteral("to"), QString(tcpStateName(e.toState)));
    }
    if ((e.kind == EventKind::DataReceived || e.kind == EventKind::DataSent) && e.payload != 0)
        o.insert(QStringLiteral("data"), preview(journal.payload(e.payload)));
    return o;
}

} // namespace

ClassroomFeed::ClassroomFeed(Lab *lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_journal(lab ? lab->journal() : nullptr)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kUpdateMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ClassroomFeed::flush);
    m_keepAliveTimer.setInterval(kKeepAliveMs);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &ClassroomFeed::keepAlive);
    if (!lab)
        return;
    connect(lab, &Lab::socketOpened, this, &ClassroomFeed::onSocketOpened);
    connect(lab, &Lab::socketChanged, this, &ClassroomFeed::onSocketChanged);
    connect(lab, &Lab::socketRemoved, this, &ClassroomFeed::forget);
    connect(lab, &Lab::dataReceived, this,
        [this](qint32 id, const QByteArray &data, const QHostAddress &, quint16) {
            onDataReceived(id, data.size());
        });
    if (m_journal)
        connect(m_journal, &Journal::eventsAppended, this, &ClassroomFeed::onEventsAppended);
}

QByteArray ClassroomFeed::headers()
{
    return "HTTP/1.1 200 OK\r\n"
           "Content-Type: text/event-stream; charset=utf-8\r\n"
           "Cache-Control: no-store\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "\r\n"
           // The browser waits this long before it asks again after a lost connection.
           "retry: 2000\n\n";
}

std::optional<QHostAddress> ClassroomFeed::ownerOf(qint32 socketId) const
{
    const SocketInfo *info = m_lab ? m_lab->info(socketId) : nullptr;
    if (!info)
        return std::nullopt;
    if (info->role == SocketRole::Accepted)
        return studentKey(info->remoteAddress);
    if (info->role == SocketRole::Client)
        return studentKey(info->localAddress);
    return QHostAddress();
}

bool ClassroomFeed::addStream(qint32 id, const QHostAddress &address)
{
    if (!m_lab || !m_journal)
        return false;
    const QHostAddress student = studentKey(address);
    // A newcomer from an address with its streams taken replaces that address's oldest one
    // (a reloaded page leaves its old stream behind until the browser notices).
    QList<qint32> sameAddress;
    for (const auto &[streamId, stream] : m_streams) {
        if (stream.student == student)
            sameAddress.append(streamId);
    }
    if (sameAddress.size() >= kMaxStreamsPerAddress)
        letGo(sameAddress.constFirst(),
            tr("Classroom page: a newer live page from the same address took its place"));
    if (streamCount() >= m_maxStreams)
        return false;

    if (!m_students.contains(student)) {
        // The student's history so far: their sockets, and the latest events of each.
        Student fresh;
        std::vector<qsizetype> events;
        for (const qint32 socketId : m_lab->socketIds()) {
            if (ownerOf(socketId) != std::optional(student))
                continue;
            fresh.sockets.push_back(socketId);
            m_ownerOfSocket.insert(socketId, student);
            const std::vector<quint32> &mine = m_journal->eventsOfSocket(socketId);
            const size_t from = mine.size() > size_t(kEventsKept) ? mine.size() - size_t(kEventsKept) : 0;
            events.insert(events.end(), mine.begin() + qsizetype(from), mine.end());
        }
        while (fresh.sockets.size() > size_t(kSocketsKept))
            fresh.sockets.pop_front();
        std::sort(events.begin(), events.end());
        const size_t from = events.size() > size_t(kEventsKept) ? events.size() - size_t(kEventsKept) : 0;
        fresh.events.assign(events.begin() + qsizetype(from), events.end());
        m_students.insert(student, fresh);
    }

    Stream stream;
    stream.student = student;
    auto [it, inserted] = m_streams.emplace(id, stream);
    Q_UNUSED(inserted)
    if (!m_keepAliveTimer.isActive())
        m_keepAliveTimer.start();
    emit streamCountChanged(streamCount());
    if (m_lab->send(id, headers()))
        return true; // refused on the spot: the socket is going, and forget() follows
    send(id, it->second);
    return true;
}

void ClassroomFeed::onEventsAppended(qsizetype first, qsizetype last)
{
    if (m_students.isEmpty())
        return;
    for (qsizetype i = first; i <= last; ++i) {
        const qint32 socketId = m_journal->at(i).socket;
        // A stream's own writes are the updates: telling of them would call for another.
        if (socketId < 0 || m_streams.contains(socketId))
            continue;
        auto owner = m_ownerOfSocket.constFind(socketId);
        if (owner == m_ownerOfSocket.constEnd()) {
            // First word of this socket: whose is it? (Remembered, so the lab is asked once.)
            // The lab tells of a socket it opens before it lists it: then socketOpened tells.
            const std::optional<QHostAddress> whose = ownerOf(socketId);
            if (!whose)
                continue;
            owner = m_ownerOfSocket.insert(socketId, *whose);
            if (const auto student = m_students.find(*owner); student != m_students.end())
                adopt(*student, socketId); // with this event and the rest of the batch
        }
        if (owner->isNull())
            continue;
        const auto student = m_students.find(*owner);
        if (student == m_students.end())
            continue;
        // Events are kept in journal order; one adopt() took already is not taken twice.
        if (student->events.empty() || student->events.back() < i) {
            student->events.push_back(i);
            while (student->events.size() > size_t(kEventsKept))
                student->events.pop_front();
        }
        markDirty(*student);
    }
}

void ClassroomFeed::adopt(Student &student, qint32 socketId)
{
    student.sockets.push_back(socketId);
    while (student.sockets.size() > size_t(kSocketsKept))
        student.sockets.pop_front();
    // What the journal said of it before it was known to be theirs (its opening, the accept).
    const std::vector<quint32> &said = m_journal->eventsOfSocket(socketId);
    student.events.insert(student.events.end(), said.begin(), said.end());
    std::sort(student.events.begin(), student.events.end());
    student.events.erase(std::unique(student.events.begin(), student.events.end()), student.events.end());
    while (student.events.size() > size_t(kEventsKept))
        student.events.pop_front();
    markDirty(student);
}

void ClassroomFeed::markDirty(Student &student)
{
    student.dirty = true;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ClassroomFeed::onSocketOpened(qint32 id)
{
    if (m_students.isEmpty() || m_ownerOfSocket.contains(id))
        return;
    const QHostAddress owner = ownerOf(id).value_or(QHostAddress());
    m_ownerOfSocket.insert(id, owner);
    if (const auto student = m_students.find(owner); student != m_students.end())
        adopt(*student, id);
}

void ClassroomFeed::onSocketChanged(qint32 id)
{
    if (const auto stream = m_streams.find(id); stream != m_streams.end()) {
        const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
        if (!info || !info->isOpen() || info->qtState == QAbstractSocket::UnconnectedState) {
            letGo(id, tr("Classroom page: the live page was closed"));
            return;
        }
        if (info->bytesPending > kMaxPendingBytes) {
            letGo(id, tr("Classroom page: a live page stopped reading its updates"));
            return;
        }
        return; // its byte counts grow with every update it is sent: not news for the student
    }
    const auto owner = m_ownerOfSocket.constFind(id);
    if (owner == m_ownerOfSocket.constEnd())
        return;
    if (const auto student = m_students.find(*owner); student != m_students.end())
        markDirty(*student);
}

void ClassroomFeed::onDataReceived(qint32 id, qsizetype bytes)
{
    const auto stream = m_streams.find(id);
    if (stream == m_streams.end())
        return;
    // A browser says nothing more on a stream; something that keeps talking is not one.
    stream->second.incoming += bytes;
    if (stream->second.incoming > kMaxIncomingBytes)
        letGo(id, tr("Classroom page: a live page's connection kept sending; it was let go"));
}

void ClassroomFeed::followChallenges(ChallengeHost *host)
{
    if (m_challenges)
        disconnect(m_challenges, nullptr, this, nullptr);
    m_challenges = host;
    watchBoard(nullptr);
    if (!host)
        return;
    // A board lives until the next start replaces it; the pages follow the new one.
    connect(host, &ChallengeHost::started, this, [this] {
        if (m_challenges)
            watchBoard(m_challenges->board());
    });
    connect(host, &ChallengeHost::stopped, this, [this] { watchBoard(m_board); });
    if (host->board())
        watchBoard(host->board());
}

void ClassroomFeed::watchBoard(ChallengeBoard *board)
{
    if (m_board && m_board != board)
        disconnect(m_board, nullptr, this, nullptr);
    if (board && m_board != board) {
        connect(board, &ChallengeBoard::rowAdded, this, &ClassroomFeed::onChallengeRowChanged);
        connect(board, &ChallengeBoard::rowChanged, this, &ClassroomFeed::onChallengeRowChanged);
    }
    m_board = board;
    // A challenge started, stopped or changed: every page says so.
    for (auto &student : m_students)
        markDirty(student);
}

void ClassroomFeed::onChallengeRowChanged(int row)
{
    if (!m_board || row < 0 || row >= m_board->rowCount())
        return;
    const QHostAddress address(m_board->row(row).address);
    if (address.isNull())
        return;
    if (const auto student = m_students.find(studentKey(address)); student != m_students.end())
        markDirty(*student);
}

QJsonObject ClassroomFeed::challengeJson(const QHostAddress &student) const
{
    QJsonObject o;
    if (!m_board)
        return o;
    const Challenge &challenge = m_board->challenge();
    o.insert(QStringLiteral("key"), challenge.key);
    if (!challenge.customTitle.isEmpty())
        o.insert(QStringLiteral("title"), challenge.customTitle);
    if (challenge.check == Challenge::Check::SendText && !challenge.expected.isEmpty())
        o.insert(QStringLiteral("expected"), preview(challenge.expected));
    o.insert(QStringLiteral("proto"), QString(protocolName(challenge.proto)));
    o.insert(QStringLiteral("port"), challenge.port);
    o.insert(QStringLiteral("running"),
        m_challenges && m_challenges->board() == m_board && m_challenges->isRunning());
    if (challenge.timeLimitS > 0 && m_board->classSocket() >= 0) {
        o.insert(QStringLiteral("limit_s"), challenge.timeLimitS);
        o.insert(QStringLiteral("elapsed_ms"), milliseconds(m_journal->now() - m_board->startedAt()));
    }
    // The board writes an address as the listener saw it: an IPv4 student on a dual-stack
    // listener is ::ffff:a.b.c.d there.
    int row = m_board->rowOf(student.toString());
    if (row < 0 && student.protocol() == QAbstractSocket::IPv4Protocol)
        row = m_board->rowOf(QStringLiteral("::ffff:") + student.toString());
    if (row < 0)
        return o;
    const ChallengeBoard::Row &r = m_board->row(row);
    o.insert(QStringLiteral("verdict"), QString(challengeVerdictName(r.verdict)));
    if (r.problem != ChallengeProblem::None)
        o.insert(QStringLiteral("problem"), QString(challengeProblemName(r.problem)));
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note.left(kNoteShown));
    if (r.doneAfterNs >= 0)
        o.insert(QStringLiteral("done_ms"), milliseconds(r.doneAfterNs));
    if (r.port != 0)
        o.insert(QStringLiteral("your_port"), r.port);
    if (!r.sent.isEmpty())
        o.insert(QStringLiteral("sent"), preview(r.sent));
    o.insert(QStringLiteral("tries"), r.connections);
    if (r.inferred)
        o.insert(QStringLiteral("inferred"), true);
    return o;
}

void ClassroomFeed::flush()
{
    QList<qint32> due;
    for (auto &[id, stream] : m_streams) {
        const auto student = m_students.constFind(stream.student);
        if (student != m_students.constEnd() && student->dirty)
            due.append(id);
    }
    for (auto &student : m_students)
        student.dirty = false;
    // Sending may end a stream on the spot (a reset): look each one up again.
    for (const qint32 id : due) {
        const auto it = m_streams.find(id);
        if (it != m_streams.end())
            send(id, it->second);
    }
}

void ClassroomFeed::keepAlive()
{
    QList<qint32> ids;
    for (const auto &[id, stream] : m_streams)
        ids.append(id);
    for (const qint32 id : ids) {
        if (m_streams.contains(id))
            m_lab->send(id, ": still here\n\n");
    }
}

QByteArray ClassroomFeed::update(const Student &student, Stream &s, qint32 streamId) const
{
    QJsonArray sockets;
    for (const qint32 socketId : student.sockets) {
        const SocketInfo *info = m_lab->info(socketId);
        if (!info)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("id"), socketId);
        o.insert(QStringLiteral("role"), QString(roleName(info->role)));
        o.insert(QStringLiteral("proto"), QString(protocolName(info->proto)));
        o.insert(QStringLiteral("local"), formatEndpoint(info->localAddress, info->localPort));
        o.insert(QStringLiteral("remote"), formatEndpoint(info->remoteAddress, info->remotePort));
        o.insert(QStringLiteral("state"), QString(tcpStateName(info->kernelState)));
        o.insert(QStringLiteral("in"), info->bytesIn);
        o.insert(QStringLiteral("out"), info->bytesOut);
        o.insert(QStringLiteral("open"), info->isOpen());
        if (socketId == streamId)
            o.insert(QStringLiteral("page"), true);
        sockets.append(o);
    }
    QJsonArray events;
    for (const qsizetype index : student.events) {
        if (index > s.lastEvent)
            events.append(eventJson(*m_journal, m_journal->at(index)));
    }
    if (!student.events.empty())
        s.lastEvent = qMax(s.lastEvent, student.events.back());
    QJsonObject root;
    root.insert(QStringLiteral("you"), s.student.toString());
    root.insert(QStringLiteral("sockets"), sockets);
    root.insert(QStringLiteral("events"), events);
    root.insert(QStringLiteral("now"), milliseconds(m_journal->now()));
    if (m_board)
        root.insert(QStringLiteral("challenge"), challengeJson(s.student));
    return "event: update\ndata: " + QJsonDocument(root).toJson(QJsonDocument::Compact) + "\n\n";
}

void ClassroomFeed::send(qint32 streamId, Stream &s)
{
    const auto student = m_students.constFind(s.student);
    if (student == m_students.constEnd())
        return;
    const QByteArray bytes = update(*student, s, streamId);
    ++m_updatesSent;
    m_lab->send(streamId, bytes);
}

void ClassroomFeed::letGo(qint32 id, const QString &reason)
{
    if (!m_streams.contains(id))
        return;
    forget(id);
    if (m_lab)
        m_lab->close(id, reason);
}

void ClassroomFeed::forget(qint32 id)
{
    m_ownerOfSocket.remove(id);
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    const QHostAddress student = it->second.student;
    m_streams.erase(it);
    const bool stillWatched = std::any_of(
        m_streams.begin(), m_streams.end(), [&](const auto &s) { return s.second.student == student; });
    if (!stillWatched) {
        // Nobody from that address is watching: drop what was kept for them.
        m_students.remove(student);
        for (auto o = m_ownerOfSocket.begin(); o != m_ownerOfSocket.end();) {
            if (*o == student)
                o = m_ownerOfSocket.erase(o);
            else
                ++o;
        }
    }
    if (m_streams.empty())
        m_keepAliveTimer.stop();
    emit streamCountChanged(streamCount());
}

void ClassroomFeed::stop()
{
    QList<qint32> ids;
    for (const auto &[id, stream] : m_streams)
        ids.append(id);
    for (const qint32 id : ids)
        letGo(id, tr("Classroom page: the classroom page was closed"));
    m_students.clear();
    m_ownerOfSocket.clear();
}

} // namespace SocketScope
