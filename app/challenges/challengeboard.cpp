#include "challengeboard.h"

#include "journal/journal.h"
#include "lab/laberror.h"

#include <QtCore/QStringDecoder>

#include <utility>

namespace SocketScope {

namespace {

// "127.0.0.5:41234" or "[::1]:80" into address and port.
std::pair<QString, quint16> splitEndpoint(const QString &endpoint)
{
    const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {endpoint, 0};
    QString address = endpoint.left(colon);
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    return {address, quint16(endpoint.mid(colon + 1).toUInt())};
}

} // namespace

bool ChallengeBoard::isUtf8Text(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\t'))
            return false;
    }
    return true;
}

namespace {

bool isHexText(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ':')
            return false;
    }
    return true;
}

bool isAnyAddress(const QString &address)
{
    return address.isEmpty() || address == QLatin1StringView("0.0.0.0") || address == QLatin1StringView("::");
}

} // namespace

ChallengeBoard::ChallengeBoard(
    Journal *journal, const Challenge &challenge, qsizetype firstEvent, QObject *parent)
    : ChallengeBoard(journal, challenge, firstEvent, journal->count(), true, parent)
{ }

ChallengeBoard::ChallengeBoard(Journal *journal, const Challenge &challenge, qsizetype firstEvent,
    qsizetype count, bool follow, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_challenge(challenge)
    , m_ports(SystemPortSettings::read())
    , m_read(qBound<qsizetype>(0, firstEvent, journal->count()))
{
    if (follow)
        connect(journal, &Journal::eventsAppended, this, &ChallengeBoard::onEventsAppended);
    readUpTo(count);
}

std::unique_ptr<ChallengeBoard> ChallengeBoard::atInstant(
    Journal *journal, const Challenge &challenge, qsizetype count, qsizetype firstEvent, QObject *parent)
{
    return std::unique_ptr<ChallengeBoard>(
        new ChallengeBoard(journal, challenge, firstEvent, count, false, parent));
}

void ChallengeBoard::readUpTo(qsizetype count)
{
    count = qMin(count, m_journal->count());
    if (count > m_read)
        onEventsAppended(m_read, count - 1);
}

int ChallengeBoard::doneCount() const
{
    int done = 0;
    for (const Row &row : m_rows)
        done += row.verdict == ChallengeVerdict::Done ? 1 : 0;
    return done;
}

void ChallengeBoard::onEventsAppended(qsizetype first, qsizetype last)
{
    // Never an event twice, nor one before where the board starts. Knocks past the cap are
    // counted one by one but told once per batch: a forged flood must not redo the summary
    // for every datagram.
    const int unlistedBefore = m_unlisted;
    for (qsizetype i = qMax(first, m_read); i <= last; ++i)
        read(m_journal->at(i));
    m_read = qMax(m_read, last + 1);
    if (m_unlisted != unlistedBefore)
        emit classChanged();
}

void ChallengeBoard::read(const Event &event)
{
    if (event.kind == EventKind::ChallengeStarted) {
        // The challenge names its class socket: a board that starts at this event (a replay of
        // the challenge the recording names) takes it; one that started before has it already.
        if (m_classSocket < 0 && event.socket >= 0) {
            const auto [address, port] = splitEndpoint(m_journal->string(event.local));
            m_classSocket = event.socket;
            m_classAddress = address;
            m_challenge.port = port;
            m_startedAt = event.t;
            emit classChanged();
        }
        return;
    }
    if (m_classSocket < 0) {
        const bool tcp = m_challenge.proto == Protocol::Tcp;
        const EventKind opening = tcp ? EventKind::Listening : EventKind::Bound;
        if (event.kind != opening || event.proto != m_challenge.proto)
            return;
        const auto [address, port] = splitEndpoint(m_journal->string(event.local));
        if (m_challenge.port != 0 && port != m_challenge.port)
            return;
        m_classSocket = event.socket;
        m_classAddress = address;
        m_challenge.port = port;
        m_startedAt = event.t;
        emit classChanged();
        return;
    }
    // A captured segment before the class socket's own events: the capture tags a SYN to the
    // class port with the listener's socket, and that SYN is a student knocking.
    if (event.kind == EventKind::Segment && event.source == EventSource::Capture) {
        readSegment(event);
        return;
    }
    if (event.socket == m_classSocket) {
        readClassEvent(event);
        return;
    }
    if (event.kind == EventKind::SocketOpened && event.role == SocketRole::Accepted
        && event.value == m_classSocket) {
        Connection connection;
        const auto [address, port] = splitEndpoint(m_journal->string(event.remote));
        connection.address = address;
        connection.port = port;
        connection.acceptedAt = event.t;
        // Accepted soon after a resume, while the kernel still counted connections in the
        // queue: one of those that waited.
        connection.queued = m_queuedAtResume > 0 && event.t - m_resumedAt <= kQueuedWithinNs;
        if (connection.queued)
            --m_queuedAtResume;
        const int index = touchRow(connection.address);
        if (index < 0)
            return;
        ++m_rows[index].connections;
        forgetClosed(connection.address);
        m_socketsOf[connection.address].append(event.socket);
        auto &stored = m_connections[event.socket] = std::move(connection);
        judge(stored, event.t);
        showConnection(event.socket, stored, event.t);
        return;
    }
    const auto it = m_connections.find(event.socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it->second;
    switch (event.kind) {
    case EventKind::DataReceived:
        if (connection.received.size() < kKeptBytes)
            connection.received
                += m_journal->payload(event.payload).left(kKeptBytes - connection.received.size());
        break;
    case EventKind::DataSent:
        if (connection.peerFinished)
            connection.repliedAfterFinish = true;
        break;
    case EventKind::Shutdown:
        if (event.source == EventSource::Qt)
            connection.peerFinished = true;
        break;
    case EventKind::CloseCalled:
        if (event.text)
            connection.refusal = m_journal->string(event.text);
        break;
    case EventKind::Error:
        if (event.value == LabError::ConnectionReset)
            connection.reset = true;
        break;
    case EventKind::State:
        connection.kernelState = event.toState;
        break;
    case EventKind::Closed:
    case EventKind::Aborted:
        connection.closed = true;
        break;
    default:
        return;
    }
    judge(connection, event.t);
    showConnection(event.socket, connection, event.t);
}

void ChallengeBoard::readClassEvent(const Event &event)
{
    switch (event.kind) {
    case EventKind::AcceptingPaused:
        m_paused = true;
        break;
    case EventKind::AcceptingResumed:
        m_paused = false;
        m_resumedAt = event.t;
        m_queuedAtResume = m_queueLength;
        break;
    case EventKind::Queue:
        m_queueLength = int(event.value);
        m_queueLimit = int(event.value2);
        break;
    case EventKind::DatagramReceived:
    case EventKind::DatagramSent:
        readDatagram(event);
        return;
    default:
        return;
    }
    emit classChanged();
}

void ChallengeBoard::readDatagram(const Event &event)
{
    const QString endpoint = m_journal->string(event.remote);
    const auto [address, port] = splitEndpoint(endpoint);
    auto it = m_datagrams.find(endpoint);
    if (it == m_datagrams.end()) {
        if (event.kind != EventKind::DatagramReceived)
            return;
        const int index = touchRow(address);
        if (index < 0)
            return;
        Connection connection;
        connection.address = address;
        connection.port = port;
        connection.acceptedAt = event.t;
        ++m_rows[index].connections;
        it = m_datagrams.emplace(endpoint, std::move(connection)).first;
    }
    Connection &connection = it->second;
    if (event.kind == EventKind::DatagramReceived) {
        if (connection.received.size() < kKeptBytes)
            connection.received
                += m_journal->payload(event.payload).left(kKeptBytes - connection.received.size());
        if (event.value == 0 && connection.doneAt < 0) {
            connection.verdict = ChallengeVerdict::WrongContent;
            connection.problem = ChallengeProblem::EmptyLine;
        } else if (m_challenge.check == Challenge::Check::SendText && connection.doneAt < 0) {
            if (connection.received.contains(m_challenge.expected)) {
                connection.verdict = ChallengeVerdict::Done;
                connection.problem = ChallengeProblem::None;
                connection.doneAt = event.t;
            } else {
                connection.verdict = ChallengeVerdict::WrongContent;
                connection.problem = ChallengeProblem::NotExpected;
            }
        }
    } else if (event.kind == EventKind::DatagramSent && connection.doneAt < 0
        && !connection.received.isEmpty() && m_challenge.check == Challenge::Check::UdpAnswer) {
        connection.verdict = ChallengeVerdict::Done;
        connection.problem = ChallengeProblem::None;
        connection.doneAt = event.t;
    }
    showConnection(-1, connection, event.t);
}

void ChallengeBoard::readSegment(const Event &event)
{
    if (m_challenge.proto != Protocol::Tcp)
        return;
    const QString from = m_journal->string(event.local);
    const QString to = m_journal->string(event.remote);
    const auto [toAddress, toPort] = splitEndpoint(to);
    const auto [fromAddress, fromPort] = splitEndpoint(from);
    const bool syn = (event.flags & FlagSyn) && !(event.flags & FlagAck);
    const bool ourAddress = isAnyAddress(m_classAddress) || toAddress == m_classAddress;
    if (syn && toPort == m_challenge.port && ourAddress) {
        const int index = touchRow(fromAddress);
        if (index < 0)
            return;
        // A SYN sent again means the first went unanswered: the queue is full.
        const int seen = ++m_synsSeen[from];
        showKnock(index, fromPort, seen > 1 ? ChallengeVerdict::StuckSynSent : ChallengeVerdict::Waiting, {},
            event.t);
        return;
    }
    const bool fromUs = isAnyAddress(m_classAddress) || fromAddress == m_classAddress;
    if ((event.flags & FlagRst) && fromUs && fromPort != m_challenge.port && toAddress != fromAddress) {
        const int index = touchRow(toAddress);
        if (index >= 0)
            showKnock(index, toPort, ChallengeVerdict::WrongPort, QString::number(fromPort), event.t);
    }
}

void ChallengeBoard::showKnock(
    int index, quint16 port, ChallengeVerdict verdict, const QString &note, qint64 t)
{
    // A knock only says more while the student has not got further than knocking.
    const ChallengeVerdict now = m_rows.at(index).verdict;
    if (now != ChallengeVerdict::Waiting && now != ChallengeVerdict::StuckSynSent
        && now != ChallengeVerdict::WrongPort)
        return;
    Row row = m_rows.at(index);
    row.port = port;
    row.socket = -1;
    row.verdict = isPastLimit(t) ? ChallengeVerdict::TimeUp : verdict;
    row.note = note;
    row.inferred = true;
    row.kernelState = verdict == ChallengeVerdict::WrongPort ? TcpState::Close : TcpState::SynSent;
    setRow(index, row);
}

void ChallengeBoard::judge(Connection &connection, qint64 t)
{
    if (connection.doneAt >= 0) {
        // Only a reset after the reply undoes a half-close: the student had closed both ways.
        if (m_challenge.check == Challenge::Check::HalfClose && connection.reset) {
            connection.doneAt = -1;
            connection.verdict = ChallengeVerdict::WrongContent;
            connection.problem = ChallengeProblem::ClosedBoth;
        }
        return;
    }
    // Refused by the server (a cap, hostile input, silence): judged on nothing after that, not
    // even on the close that ends their half-sent line.
    if (!connection.refusal.isEmpty()) {
        connection.verdict = ChallengeVerdict::Refused;
        return;
    }
    const auto done = [&] {
        connection.verdict = ChallengeVerdict::Done;
        connection.problem = ChallengeProblem::None;
        connection.doneAt = t;
    };
    switch (m_challenge.check) {
    case Challenge::Check::Connect:
        done();
        break;
    case Challenge::Check::ChosenPort:
        // The port is the student's computer's pick if it lies in this computer's ephemeral
        // range or in IANA's dynamic range (49152-65535), where Windows and macOS pick theirs;
        // the challenge asks for one below both (20000 plus a seat number).
        if (m_ports.isEphemeral(connection.port) || connection.port >= kDynamicFirst) {
            connection.verdict = ChallengeVerdict::WrongContent;
            connection.problem = ChallengeProblem::EphemeralPort;
        } else {
            done();
        }
        break;
    case Challenge::Check::HoldThroughPause:
        if (connection.queued)
            done();
        else
            connection.problem = ChallengeProblem::NotQueued;
        break;
    case Challenge::Check::SendName:
    case Challenge::Check::SendText:
        judgeText(connection, t);
        break;
    case Challenge::Check::LengthPrefixedHex:
        judgeLengthPrefixed(connection, t);
        break;
    case Challenge::Check::HalfClose:
        if (connection.reset) {
            // A reset after their FIN answers the server's reply: they had closed both ways.
            connection.verdict = ChallengeVerdict::WrongContent;
            connection.problem
                = connection.peerFinished ? ChallengeProblem::ClosedBoth : ChallengeProblem::Reset;
        } else if (connection.peerFinished && connection.repliedAfterFinish) {
            done();
        }
        break;
    case Challenge::Check::UdpAnswer:
        break;
    }
    if (connection.doneAt >= 0)
        return;
    if (!connection.refusal.isEmpty()) {
        connection.verdict = ChallengeVerdict::Refused;
    } else if (connection.reset && connection.verdict != ChallengeVerdict::WrongContent) {
        connection.verdict = ChallengeVerdict::WrongContent;
        connection.problem = ChallengeProblem::Reset;
    }
}

void ChallengeBoard::judgeText(Connection &connection, qint64 t)
{
    const QByteArray &data = connection.received;
    const qsizetype newline = data.indexOf('\n');
    const bool whole = newline >= 0 || connection.peerFinished || connection.closed;
    QByteArray line = newline >= 0 ? data.left(newline) : data;
    if (line.endsWith('\r'))
        line.chop(1);
    const auto wrong = [&](ChallengeProblem problem) {
        connection.verdict = ChallengeVerdict::WrongContent;
        connection.problem = problem;
    };
    if (m_challenge.check == Challenge::Check::SendText) {
        if (m_challenge.expected.isEmpty() ? !data.isEmpty() : data.contains(m_challenge.expected)) {
            connection.verdict = ChallengeVerdict::Done;
            connection.problem = ChallengeProblem::None;
            connection.doneAt = t;
        } else if ((whole && !data.isEmpty()) || data.size() >= kKeptBytes) {
            wrong(ChallengeProblem::NotExpected);
        }
        return;
    }
    if (!whole) {
        if (data.size() > kMaxNameBytes)
            wrong(ChallengeProblem::TooLong);
        else if (!data.isEmpty() && !isUtf8Text(data.left(qMax<qsizetype>(0, data.size() - 3))))
            wrong(ChallengeProblem::NotText); // a split character may still be finishing
        return;
    }
    if (data.isEmpty())
        return;
    // From a browser: the name is the address's path.
    if (const std::optional<QByteArray> name = nameInRequest(line))
        line = *name;
    if (!isUtf8Text(line))
        wrong(ChallengeProblem::NotText);
    else if (line.trimmed().isEmpty())
        wrong(ChallengeProblem::EmptyLine);
    else if (line.size() > kMaxNameBytes)
        wrong(ChallengeProblem::TooLong);
    else {
        connection.verdict = ChallengeVerdict::Done;
        connection.problem = ChallengeProblem::None;
        connection.doneAt = t;
    }
}

std::optional<QByteArray> ChallengeBoard::nameInRequest(QByteArrayView line)
{
    if (!line.startsWith("GET /") || !(line.endsWith(" HTTP/1.1") || line.endsWith(" HTTP/1.0")))
        return std::nullopt;
    QByteArrayView path = line.sliced(5, line.size() - 5 - 9);
    // What comes after a ? or # is no part of the name.
    const qsizetype end = qMin(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'),
        path.indexOf('#') < 0 ? path.size() : path.indexOf('#'));
    QByteArray name = QByteArray::fromPercentEncoding(path.first(end).toByteArray());
    name.replace('+', ' ');
    return name;
}

void ChallengeBoard::judgeLengthPrefixed(Connection &connection, qint64 t)
{
    const QByteArray &data = connection.received;
    const bool finished = connection.peerFinished || connection.closed;
    const auto wrong = [&](ChallengeProblem problem) {
        connection.verdict = ChallengeVerdict::WrongContent;
        connection.problem = problem;
    };
    QByteArray message = data;
    const bool written = !data.isEmpty() && isHexText(data);
    if (written) {
        // Written in hex: judged once the line is whole.
        if (!data.contains('\n') && !finished)
            return;
        QByteArray digits;
        for (const char c : data.left(data.contains('\n') ? data.indexOf('\n') : data.size())) {
            if (c != ' ' && c != '\t' && c != '\r' && c != ':')
                digits += c;
        }
        if (digits.size() % 2) {
            wrong(ChallengeProblem::BadHex);
            return;
        }
        message = QByteArray::fromHex(digits);
        if (message.size() < 2) {
            wrong(ChallengeProblem::BadLength);
            return;
        }
    } else if (message.size() < 2) {
        if (finished && !message.isEmpty())
            wrong(ChallengeProblem::BadLength);
        return;
    }
    const qsizetype declared = (qsizetype(quint8(message.at(0))) << 8) | quint8(message.at(1));
    const qsizetype body = message.size() - 2;
    if (declared > 0 && body == declared) {
        connection.verdict = ChallengeVerdict::Done;
        connection.problem = ChallengeProblem::None;
        connection.doneAt = t;
    } else if (body > declared || declared == 0 || finished || message.size() >= kKeptBytes || written) {
        wrong(ChallengeProblem::BadLength);
    }
}

int ChallengeBoard::touchRow(const QString &address)
{
    const int existing = rowOf(address);
    if (existing >= 0)
        return existing;
    if (m_rows.size() >= kMaxRows) {
        ++m_unlisted;
        return -1;
    }
    Row row;
    row.address = address;
    m_rows.append(row);
    const int index = int(m_rows.size()) - 1;
    m_rowOf.insert(address, index);
    emit rowAdded(index);
    return index;
}

void ChallengeBoard::forgetClosed(const QString &address)
{
    const int index = rowOf(address);
    const qint32 shown = index >= 0 ? m_rows.at(index).socket : -1;
    QList<qint32> &sockets = m_socketsOf[address];
    sockets.removeIf([&](qint32 socket) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return true;
        if (socket == shown || !it->second.closed)
            return false;
        m_connections.erase(it);
        return true;
    });
}

bool ChallengeBoard::isPastLimit(qint64 t) const
{
    return m_challenge.timeLimitS > 0 && m_classSocket >= 0
        && t - m_startedAt > qint64(m_challenge.timeLimitS) * 1000000000;
}

void ChallengeBoard::showConnection(qint32 socket, const Connection &connection, qint64 t)
{
    const int index = touchRow(connection.address);
    Row row = m_rows.at(index);
    // A student done once stays done; their row keeps showing the connection that did it.
    if (row.verdict == ChallengeVerdict::Done && row.socket != socket)
        return;
    if (row.verdict == ChallengeVerdict::Done && socket < 0 && row.port != connection.port)
        return;
    row.port = connection.port;
    row.socket = socket;
    row.kernelState = socket < 0 ? TcpState::Bound : connection.kernelState;
    row.sent = connection.received;
    row.verdict = connection.verdict;
    row.problem = connection.problem;
    row.note = connection.refusal;
    row.inferred = m_challenge.check == Challenge::Check::HoldThroughPause && connection.doneAt >= 0;
    row.doneAfterNs = connection.doneAt >= 0 ? connection.doneAt - m_startedAt : -1;
    // Done after the limit, or anything else once it has passed: time is up.
    const bool doneInTime = row.doneAfterNs >= 0 && !isPastLimit(connection.doneAt);
    if (m_challenge.timeLimitS > 0 && !doneInTime && (row.doneAfterNs >= 0 || isPastLimit(t)))
        row.verdict = ChallengeVerdict::TimeUp;
    setRow(index, row);
}

void ChallengeBoard::setRow(int index, const Row &row)
{
    m_rows[index] = row;
    emit rowChanged(index);
}

qint64 ChallengeBoard::timeLeftNs(qint64 nowNs) const
{
    if (m_challenge.timeLimitS <= 0 || m_classSocket < 0)
        return -1;
    return qMax<qint64>(0, qint64(m_challenge.timeLimitS) * 1000000000 - (nowNs - m_startedAt));
}

QList<int> ChallengeBoard::applyClock(qint64 nowNs)
{
    QList<int> changed;
    if (!isPastLimit(nowNs))
        return changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.verdict != ChallengeVerdict::Done && row.verdict != ChallengeVerdict::TimeUp) {
            row.verdict = ChallengeVerdict::TimeUp;
            changed.append(i);
            emit rowChanged(i);
        }
    }
    return changed;
}

} // namespace SocketScope
