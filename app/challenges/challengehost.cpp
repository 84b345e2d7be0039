#include "challengehost.h"

#include "capture/capturehelperclient.h"
#include "capture/hostcapture.h"
#include "challengeboard.h"
#include "challengerecord.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"

#include <utility>

namespace SocketScope {

ChallengeHost::ChallengeHost(Lab *lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
{
    m_clock.start();
    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &ChallengeHost::closeIdle);
    connect(lab, &Lab::socketOpened, this, &ChallengeHost::onSocketOpened);
    connect(lab, &Lab::socketChanged, this, &ChallengeHost::onSocketChanged);
    connect(lab, &Lab::socketRemoved, this, &ChallengeHost::forget);
    connect(lab, &Lab::dataReceived, this, &ChallengeHost::onDataReceived);
}

ChallengeHost::~ChallengeHost()
{
    stop();
}

LabError ChallengeHost::start(const Challenge &challenge, const QHostAddress &address)
{
    stop();
    if (!m_lab)
        return {LabError::NoSuchSocket, {}};
    m_challenge = challenge;
    const qsizetype firstEvent = m_lab->journal()->count();
    const bool hold = challenge.check == Challenge::Check::HoldThroughPause;
    const Lab::Opened opened = challenge.proto == Protocol::Udp
        ? m_lab->bindUdp(address, challenge.port)
        : m_lab->listenTcp(address, challenge.port, hold ? kHoldBacklog : Lab::kDefaultBacklog);
    if (opened.error)
        return opened.error;
    m_classSocket = opened.id;
    m_challenge.port = port();
    // The recording says which challenge ran, so a replay can judge it without being told.
    ChallengeRecord::write(
        m_lab->journal(), m_challenge, m_classSocket, formatEndpoint(this->address(), port()));
    m_board = std::make_unique<ChallengeBoard>(m_lab->journal(), m_challenge, firstEvent);
    if (hold) {
        // The class connects while accepting is paused, and sees the queue fill.
        m_lab->setAcceptingPaused(m_classSocket, true);
    }
    m_idleTimer.start();
    emit started();
    return {};
}

void ChallengeHost::stop()
{
    m_idleTimer.stop();
    const bool wasRunning = m_classSocket >= 0;
    if (m_lab && m_classSocket >= 0) {
        QList<qint32> open;
        for (const auto &[id, student] : m_students)
            open.append(id);
        for (const qint32 id : open)
            m_lab->close(id);
        m_lab->close(m_classSocket);
    }
    m_classSocket = -1;
    m_students.clear();
    m_datagramsFrom.clear();
    // The board stays: after class its rows are still shown and exported.
    if (wasRunning)
        emit stopped();
}

bool ChallengeHost::isRunning() const
{
    const SocketInfo *info = m_lab && m_classSocket >= 0 ? m_lab->info(m_classSocket) : nullptr;
    return info && info->isOpen();
}

bool ChallengeHost::isExposed() const
{
    return isRunning() && !address().isLoopback();
}

QHostAddress ChallengeHost::address() const
{
    const SocketInfo *info = m_lab && m_classSocket >= 0 ? m_lab->info(m_classSocket) : nullptr;
    return info ? info->localAddress : QHostAddress();
}

quint16 ChallengeHost::port() const
{
    const SocketInfo *info = m_lab && m_classSocket >= 0 ? m_lab->info(m_classSocket) : nullptr;
    return info ? info->localPort : 0;
}

qint64 ChallengeHost::now() const
{
    return m_lab ? m_lab->journal()->now() : 0;
}

ChallengeHost::UnseenKnocks ChallengeHost::unseenKnocks() const
{
    const SocketInfo *info = m_lab && m_classSocket >= 0 ? m_lab->info(m_classSocket) : nullptr;
    if (!info || !info->host.isEmpty())
        return UnseenKnocks::None;
    const bool capturing = m_capture && m_capture->isEnabled()
        && m_capture->client()->state() == CaptureHelperClient::State::Capturing;
    return capturing ? UnseenKnocks::OutsideCapture : UnseenKnocks::NoCapture;
}

void ChallengeHost::setHostCapture(HostCapture *capture)
{
    if (m_capture) {
        disconnect(m_capture, nullptr, this, nullptr);
        disconnect(m_capture->client(), nullptr, this, nullptr);
    }
    m_capture = capture;
    if (capture) {
        connect(capture, &HostCapture::enabledChanged, this, &ChallengeHost::unseenKnocksChanged);
        connect(
            capture->client(), &CaptureHelperClient::stateChanged, this, &ChallengeHost::unseenKnocksChanged);
    }
    emit unseenKnocksChanged();
}

LabError ChallengeHost::setAcceptingPaused(bool paused)
{
    if (!m_lab || m_classSocket < 0 || m_challenge.proto != Protocol::Tcp)
        return {LabError::NoSuchSocket, {}};
    return m_lab->setAcceptingPaused(m_classSocket, paused);
}

bool ChallengeHost::isAcceptingPaused() const
{
    const SocketInfo *info = m_lab && m_classSocket >= 0 ? m_lab->info(m_classSocket) : nullptr;
    return info && info->acceptingPaused;
}

void ChallengeHost::setIdleMs(int ms)
{
    m_idleMs = qMax(1, ms);
    // Checked a few times within the idle time, and at least once a second for the time limit.
    m_idleTimer.setInterval(qBound(20, qMin(m_idleMs, m_longestMs) / 4, 1000));
}

void ChallengeHost::setLongestMs(int ms)
{
    m_longestMs = qMax(1, ms);
    m_idleTimer.setInterval(qBound(20, qMin(m_idleMs, m_longestMs) / 4, 1000));
}

int ChallengeHost::connectionsFrom(const QHostAddress &address) const
{
    int count = 0;
    for (const auto &[id, student] : m_students)
        count += student.address == address && !student.finished ? 1 : 0;
    return count;
}

void ChallengeHost::onSocketOpened(qint32 id)
{
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (!info || m_classSocket < 0 || info->parent != m_classSocket)
        return;
    Student student;
    student.address = info->remoteAddress;
    student.lastHeard = m_clock.elapsed();
    student.openedAt = student.lastHeard;
    m_students.emplace(id, student);
    int open = 0;
    for (const auto &[other, s] : m_students)
        open += s.finished ? 0 : 1;
    if (connectionsFrom(student.address) > m_maxPerAddress) {
        refuse(id, tr("Challenge: too many connections from one address (at most %n)", "", m_maxPerAddress));
    } else if (open > m_maxConnections) {
        refuse(id, tr("Challenge: the class is full (at most %n connections)", "", m_maxConnections));
    }
}

void ChallengeHost::onDataReceived(
    qint32 id, const QByteArray &data, const QHostAddress &peer, quint16 peerPort)
{
    if (m_classSocket >= 0 && id == m_classSocket && m_challenge.proto == Protocol::Udp) {
        onDatagram(data, peer, peerPort);
        return;
    }
    const auto it = m_students.find(id);
    if (it == m_students.end() || it->second.finished)
        return;
    Student &student = it->second;
    student.lastHeard = m_clock.elapsed();
    const qint64 before = student.bytes;
    student.bytes += data.size();
    if (student.bytes > kMaxMessageBytes) {
        refuse(id, tr("Challenge: more than %n bytes on one connection", "", int(kMaxMessageBytes)));
        return;
    }
    switch (m_challenge.check) {
    case Challenge::Check::Connect:
        // A browser asks for a page: say in one line that the connection worked.
        if (before == 0 && data.startsWith("GET ")) {
            const SocketInfo *info = m_lab->info(id);
            const QByteArray body = tr("Connected. Your socket: %1, the class server: %2\n")
                                        .arg(formatEndpoint(info->remoteAddress, info->remotePort),
                                            formatEndpoint(info->localAddress, info->localPort))
                                        .toUtf8();
            replyAndClose(id,
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        break;
    case Challenge::Check::SendName: {
        const qsizetype newline = data.indexOf('\n');
        // A browser sends its name in the address: a page says what the board read.
        if (before == 0 && newline > 0 && data.startsWith("GET ")) {
            answerBrowser(id, data.left(newline).chopped(data.left(newline).endsWith('\r') ? 1 : 0));
            break;
        }
        if (newline >= 0 && before < ChallengeBoard::kMaxNameBytes
            && !ChallengeBoard::isUtf8Text(
                data.left(newline).chopped(data.left(newline).endsWith('\r') ? 1 : 0)))
            refuse(id, tr("Challenge: the line is not UTF-8 text"));
        break;
    }
    case Challenge::Check::SendText:
        if (!m_challenge.answer.isEmpty() && data.contains(m_challenge.expected))
            m_lab->send(id, m_challenge.answer);
        break;
    default:
        break;
    }
}

void ChallengeHost::onDatagram(const QByteArray &data, const QHostAddress &peer, quint16 peerPort)
{
    // A new minute, a new allowance: a student trying again later is answered again.
    const qint64 now = m_clock.elapsed();
    if (now - m_datagramWindowStart >= m_datagramWindowMs) {
        m_datagramWindowStart = now;
        m_datagramsFrom.clear();
        m_sourcesNoted = false;
    }
    // Spoofed sources could each take an allowance: past a room's worth of addresses in one
    // minute, newcomers get no answer (one note says so).
    if (!m_datagramsFrom.contains(peer) && m_datagramsFrom.size() >= kMaxDatagramSources) {
        if (!std::exchange(m_sourcesNoted, true))
            noteOnClassSocket(
                tr("Challenge: datagrams from more than %n addresses in a minute; no answers to "
                   "new ones this minute",
                    "", kMaxDatagramSources));
        return;
    }
    int &count = m_datagramsFrom[peer];
    ++count;
    if (count == kMaxDatagramsPerAddress + 1) {
        noteOnClassSocket(tr(
            "Challenge: more than %n datagrams from %1; no more answers to it", "", kMaxDatagramsPerAddress)
                              .arg(peer.toString()));
        emit refused(m_classSocket, peer.toString());
    }
    if (count > kMaxDatagramsPerAddress || data.isEmpty())
        return;
    m_lab->sendDatagram(m_classSocket,
        datagramAnswer(data.size(), formatEndpoint(peer, peerPort), isExposed()),
        {UdpEndpoint::Destination {peer, peerPort}});
}

QByteArray ChallengeHost::datagramAnswer(qsizetype received, const QString &endpoint, bool exposed)
{
    QByteArray whole
        = tr("The class server got %n byte(s) from %1\n", "", int(received)).arg(endpoint).toUtf8();
    const qsizetype most = received * kAnswerFactor;
    if (!exposed || whole.size() <= most)
        return whole;
    QByteArray where = endpoint.toUtf8() + '\n';
    if (where.size() <= most)
        return where;
    // Never longer than the datagram times kAnswerFactor: n has fewer than 3n - 1 digits.
    return QByteArray::number(received) + '\n';
}

void ChallengeHost::onSocketChanged(qint32 id)
{
    const auto it = m_students.find(id);
    if (it == m_students.end() || it->second.finished)
        return;
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (!info || !info->isOpen()) {
        it->second.finished = true;
        return;
    }
    // The student shut down sending (Qt lets the socket go, the lab keeps it half-open). The
    // server answers on the next turn of the event loop, never from inside Qt's telling.
    if (info->qtState != QAbstractSocket::UnconnectedState)
        return;
    it->second.finished = true;
    const bool reply = m_challenge.check == Challenge::Check::HalfClose;
    const qint64 bytes = info->bytesIn;
    QMetaObject::invokeMethod(
        this,
        [this, id, reply, bytes] {
            if (!m_lab || !m_lab->info(id))
                return;
            if (!reply) {
                m_lab->close(id);
                return;
            }
            m_lab->send(id,
                tr("The server read %n byte(s), then your FIN. This reply came after it.\n", "", int(bytes))
                    .toUtf8());
            // A student who closed both ways has no socket left to read the reply: their kernel
            // answers it with RST. Closed a moment later, the lab finds that reset pending and
            // journals it, so the board tells a half-close from a full close.
            QTimer::singleShot(kResetWindowMs, this, [this, id] {
                const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
                if (info && info->isOpen())
                    m_lab->close(id);
            });
        },
        Qt::QueuedConnection);
}

void ChallengeHost::answerBrowser(qint32 id, const QByteArray &requestLine)
{
    const SocketInfo *info = m_lab->info(id);
    const std::optional<QByteArray> name = ChallengeBoard::nameInRequest(requestLine);
    const QString where = formatEndpoint(info->localAddress, info->localPort);
    QString text;
    if (!name || name->trimmed().isEmpty())
        text = tr("Write your name after the slash in the address, like http://%1/Ada").arg(where);
    else if (!ChallengeBoard::isUtf8Text(*name) || name->size() > ChallengeBoard::kMaxNameBytes)
        text = tr("That is not a name: a name is text of at most %n bytes. Try again.", "",
            int(ChallengeBoard::kMaxNameBytes));
    else
        text = tr("Hello, %1! The class server read your name from your socket %2.")
                   .arg(QString::fromUtf8(*name), formatEndpoint(info->remoteAddress, info->remotePort));
    // HTML, to say there is no icon (a browser may open another connection to ask for one);
    // the student's name escaped.
    const QByteArray body = "<!doctype html><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><p>"
        + text.toHtmlEscaped().toUtf8() + "</p>\n";
    replyAndClose(id,
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
        "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

void ChallengeHost::replyAndClose(qint32 id, const QByteArray &reply)
{
    const auto it = m_students.find(id);
    if (it != m_students.end())
        it->second.finished = true;
    m_lab->send(id, reply);
    m_lab->close(id);
}

void ChallengeHost::refuse(qint32 id, const QString &reason)
{
    const auto it = m_students.find(id);
    if (it != m_students.end())
        it->second.finished = true;
    emit refused(id, reason);
    // The student reads why in their terminal, not only a bare close. (Not to one who has shut
    // down sending: bytes after their FIN are the half-close challenge's reply.)
    const SocketInfo *info = m_lab->info(id);
    if (info && info->qtState == QAbstractSocket::ConnectedState)
        m_lab->send(id, (reason + QLatin1Char('\n')).toUtf8());
    m_lab->close(id, reason);
}

void ChallengeHost::noteOnClassSocket(const QString &text)
{
    Journal *journal = m_lab->journal();
    const SocketInfo *info = m_lab->info(m_classSocket);
    Event e;
    e.t = journal->now();
    e.kind = EventKind::Error;
    e.source = EventSource::App;
    e.socket = m_classSocket;
    e.proto = m_challenge.proto;
    if (info)
        e.local = journal->intern(formatEndpoint(info->localAddress, info->localPort));
    e.value = LabError::Other;
    e.text = journal->intern(text);
    journal->append(e);
}

void ChallengeHost::closeIdle()
{
    // Holding a silent connection is the backlog challenge's task: nobody is closed for it
    // there, but its time limit runs as any other's.
    if (m_challenge.check != Challenge::Check::HoldThroughPause) {
        const qint64 now = m_clock.elapsed();
        QList<qint32> idle;
        QList<qint32> tooLong;
        for (const auto &[id, student] : m_students) {
            if (student.finished)
                continue;
            if (now - student.openedAt >= m_longestMs)
                tooLong.append(id); // a byte now and then keeps it from being silent
            else if (now - student.lastHeard >= m_idleMs)
                idle.append(id);
        }
        for (const qint32 id : idle)
            refuse(id, tr("Challenge: silent for %n second(s)", "", (m_idleMs + 999) / 1000));
        for (const qint32 id : tooLong)
            refuse(
                id, tr("Challenge: connected for longer than %n second(s)", "", (m_longestMs + 999) / 1000));
    }
    if (m_board && m_lab)
        m_board->applyClock(m_lab->journal()->now());
}

void ChallengeHost::forget(qint32 id)
{
    m_students.erase(id);
}

} // namespace SocketScope
