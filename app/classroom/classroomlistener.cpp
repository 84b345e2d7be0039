#include "classroomlistener.h"

#include "classroomfeed.h"
#include "classroompage.h"
#include "classroomrequest.h"
#include "lab/endpoint.h"
#include "lab/lab.h"

#include <QtNetwork/QNetworkInterface>

namespace SocketScope {

ClassroomListener::ClassroomListener(Lab *lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_feed(new ClassroomFeed(lab, this))
{
    m_clock.start();
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ClassroomListener::enforceDeadlines);
    connect(lab, &Lab::socketOpened, this, &ClassroomListener::onSocketOpened);
    connect(lab, &Lab::socketChanged, this, &ClassroomListener::onSocketChanged);
    connect(lab, &Lab::socketRemoved, this, &ClassroomListener::forget);
    connect(lab, &Lab::dataReceived, this,
        [this](
            qint32 id, const QByteArray &data, const QHostAddress &, quint16) { onDataReceived(id, data); });
}

ClassroomListener::~ClassroomListener()
{
    stop();
}

LabError ClassroomListener::start(const QHostAddress &address, quint16 port)
{
    stop();
    if (!m_lab)
        return {LabError::NoSuchSocket, {}};
    const Lab::Opened opened = m_lab->listenTcp(address, port);
    if (opened.error)
        return opened.error;
    m_listener = opened.id;
    setMaxVisitors(m_maxVisitors);
    return {};
}

void ClassroomListener::stop()
{
    m_deadlineTimer.stop();
    m_feed->stop();
    if (m_lab && m_listener >= 0) {
        QList<qint32> visitors;
        for (const auto &[id, visitor] : m_visitors)
            visitors.append(id);
        for (const qint32 id : visitors)
            m_lab->close(id);
        m_lab->close(m_listener);
    }
    m_listener = -1;
    m_byAddress.clear();
    if (!m_visitors.empty()) {
        m_visitors.clear();
        emit visitorCountChanged(0);
    }
}

bool ClassroomListener::isListening() const
{
    const SocketInfo *info = m_lab && m_listener >= 0 ? m_lab->info(m_listener) : nullptr;
    return info && info->isOpen();
}

bool ClassroomListener::isExposed() const
{
    return isListening() && !address().isLoopback();
}

QHostAddress ClassroomListener::address() const
{
    const SocketInfo *info = m_lab && m_listener >= 0 ? m_lab->info(m_listener) : nullptr;
    return info ? info->localAddress : QHostAddress();
}

quint16 ClassroomListener::port() const
{
    const SocketInfo *info = m_lab && m_listener >= 0 ? m_lab->info(m_listener) : nullptr;
    return info ? info->localPort : 0;
}

QString ClassroomListener::url() const
{
    QHostAddress host = address();
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any || host == QHostAddress::AnyIPv6) {
        host = QHostAddress(QHostAddress::LocalHost);
        for (const QHostAddress &candidate : QNetworkInterface::allAddresses()) {
            if (candidate.protocol() == QAbstractSocket::IPv4Protocol && !candidate.isLoopback()) {
                host = candidate;
                break;
            }
        }
    }
    return QStringLiteral("http://%1/").arg(formatEndpoint(host, port()));
}

int ClassroomListener::visitorCount(const QHostAddress &from) const
{
    const auto it = m_byAddress.constFind(from);
    return it == m_byAddress.constEnd() ? 0 : int(it->size());
}

void ClassroomListener::setMaxVisitors(int count)
{
    m_maxVisitors = qMax(1, count);
    // One place more than the room holds: a newcomer is always accepted and takes the place
    // of the oldest silent visitor, rather than waiting in the kernel's queue behind them.
    // Live streams have places of their own.
    if (m_lab && m_listener >= 0)
        m_lab->setMaxConnections(m_listener, m_maxVisitors + 1 + m_feed->maxStreams());
}

void ClassroomListener::onSocketOpened(qint32 id)
{
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (!info || m_listener < 0 || info->parent != m_listener)
        return;
    Visitor visitor;
    visitor.address = info->remoteAddress;
    visitor.deadline = m_clock.elapsed() + m_requestDeadlineMs;
    m_byAddress[visitor.address].insert(id);
    m_visitors.emplace(id, std::move(visitor));
    emit visitorCountChanged(visitorCount());
    if (!m_deadlineTimer.isActive())
        m_deadlineTimer.start(m_requestDeadlineMs);
    makeRoomFor(id);
}

qint32 ClassroomListener::oldestSilent(const std::set<qint32> &among, qint32 except) const
{
    for (const qint32 id : among) {
        const auto it = m_visitors.find(id);
        if (id != except && it != m_visitors.end() && !it->second.answered)
            return id;
    }
    return -1;
}

void ClassroomListener::makeRoomFor(qint32 newcomer)
{
    const auto it = m_visitors.find(newcomer);
    if (it == m_visitors.end())
        return;
    const QHostAddress from = it->second.address;
    // Letting a visitor go marks it answered at once, so each pass picks another one even
    // while the lab is still closing the last.
    int excess = visitorCount(from) - m_maxPerAddress;
    while (excess-- > 0) {
        const qint32 victim = oldestSilent(m_byAddress.value(from), newcomer);
        if (victim < 0)
            break;
        letGo(victim, LetGo::AddressFull);
    }
    excess = visitorCount() - m_maxVisitors;
    while (excess-- > 0) {
        qint32 victim = -1;
        for (const auto &[id, visitor] : m_visitors) {
            if (id != newcomer && !visitor.answered) {
                victim = id;
                break;
            }
        }
        if (victim < 0)
            break;
        letGo(victim, LetGo::RoomFull);
    }
}

void ClassroomListener::letGo(qint32 id, LetGo why)
{
    const auto it = m_visitors.find(id);
    if (it == m_visitors.end() || it->second.answered)
        return;
    emit visitorLetGo(id, why);
    // The close's note in the journal says why: one line a connection, on an event that
    // connection has anyway, and one string in the journal's pool however many there are.
    QString reason;
    int status = 0;
    switch (why) {
    case LetGo::ClosedFirst:
        reason = tr("Classroom page: the visitor closed its side before asking for a page");
        break;
    case LetGo::AddressFull:
        reason
            = tr("Classroom page: too many connections from one address; the oldest silent one was let go");
        status = 429;
        break;
    case LetGo::RoomFull:
        reason = tr("Classroom page: every place was taken; the oldest silent visitor was let go");
        status = 503;
        break;
    }
    if (status && !it->second.buffer.isEmpty()) {
        // It had begun a request: tell it why in words. One that said nothing gets a plain
        // close, which a browser takes as "open a new connection" for a spare one it kept.
        answer(id, status, ClassroomPage::response(status, ClassroomPage::errorHtml(status)), reason);
        return;
    }
    it->second.answered = true;
    it->second.buffer.clear();
    m_lab->close(id, reason);
}

void ClassroomListener::enforceDeadlines()
{
    const qint64 now = m_clock.elapsed();
    QList<qint32> late;
    qint64 next = -1;
    for (const auto &[id, visitor] : m_visitors) {
        if (visitor.answered)
            continue;
        if (visitor.deadline <= now)
            late.append(id);
        else if (next < 0 || visitor.deadline < next)
            next = visitor.deadline;
    }
    for (const qint32 id : late) {
        emit requestRefused(id, 408);
        answer(id, 408, ClassroomPage::response(408, ClassroomPage::errorHtml(408)),
            tr("Classroom page: no whole request within %n second(s)", "",
                (m_requestDeadlineMs + 999) / 1000));
    }
    if (next >= 0)
        m_deadlineTimer.start(int(qMax<qint64>(0, next - m_clock.elapsed())));
}

void ClassroomListener::onDataReceived(qint32 id, const QByteArray &data)
{
    const auto it = m_visitors.find(id);
    if (it == m_visitors.end() || it->second.answered)
        return;
    QByteArray &buffer = it->second.buffer;
    const qsizetype before = buffer.size();
    // Keep at most one byte past the limit: enough to know the request is too large.
    buffer += data.left(ClassroomRequest::kMaxBytes + 1 - before);
    // Look for the blank line only in what is new (and the two bytes before it), so a request
    // trickled in byte by byte costs no more than one sent whole.
    if (ClassroomRequest::headerEnd(buffer, qMax<qsizetype>(0, before - 2)) < 0
        && buffer.size() <= ClassroomRequest::kMaxBytes)
        return;
    const ClassroomRequest request = ClassroomRequest::parse(buffer);
    if (request.status == ClassroomRequest::Incomplete)
        return;
    if (request.status != ClassroomRequest::Ok) {
        const int status = request.httpStatus();
        emit requestRefused(id, status);
        answer(id, status, ClassroomPage::response(status, ClassroomPage::errorHtml(status)));
        return;
    }
    const SocketInfo *info = m_lab->info(id);
    if (!info)
        return;
    if (request.path == QLatin1StringView("/live.js")) {
        answer(id, 200,
            ClassroomPage::response(
                200, ClassroomPage::script(), request.isHead(), "text/javascript; charset=utf-8"));
        return;
    }
    if (request.path == QLatin1StringView("/live") || request.path.startsWith(QLatin1StringView("/live?"))) {
        if (request.isHead() || m_feed->streamCount() >= m_feed->maxStreams()) {
            const int status = request.isHead() ? 405 : 503;
            emit requestRefused(id, status);
            answer(id, status, ClassroomPage::response(status, ClassroomPage::errorHtml(status)),
                request.isHead() ? QString() : tr("Classroom page: every live page's place was taken"));
            return;
        }
        // The connection is the feed's from now on: it stays open, with no deadline.
        const QHostAddress from = it->second.address;
        forget(id);
        m_feed->addStream(id, from);
        return;
    }
    if (request.path != QLatin1StringView("/") && !request.path.startsWith(QLatin1StringView("/?"))) {
        // Browsers also ask for /favicon.ico; there is one page only, and no file is ever read.
        answer(id, 404, ClassroomPage::response(404, ClassroomPage::errorHtml(404), request.isHead()));
        return;
    }
    ClassroomPage::Visit visit;
    visit.visitor = formatEndpoint(info->remoteAddress, info->remotePort);
    visit.server = formatEndpoint(info->localAddress, info->localPort);
    visit.others = qMax(0, visitorCount() - 1);
    visit.path = request.path;
    const QByteArray body = ClassroomPage::html(visit, ClassroomPage::chooseLanguage(request.acceptLanguage));
    ++m_pagesServed;
    answer(id, 200, ClassroomPage::response(200, body, request.isHead()));
    emit pageServed(id, visit.visitor);
}

void ClassroomListener::answer(qint32 id, int status, const QByteArray &response, const QString &reason)
{
    Q_UNUSED(status)
    const auto it = m_visitors.find(id);
    if (it == m_visitors.end())
        return;
    it->second.answered = true;
    it->second.buffer.clear();
    // Either call may end the connection on the spot (a reset) and forget the visitor.
    m_lab->send(id, response);
    // close() sends what is queued, then FIN: the browser gets the whole page.
    m_lab->close(id, reason);
}

void ClassroomListener::onSocketChanged(qint32 id)
{
    const auto it = m_visitors.find(id);
    if (it == m_visitors.end())
        return;
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (!info || !info->isOpen()) {
        forget(id);
        return;
    }
    // Qt lets go of a connection whose peer has closed its sending side, while the lab keeps
    // it half-open. A request can no longer be finished, so the place is freed now rather
    // than at the deadline. (Bytes that came before the close were handed over first.)
    // It is let go on the next turn of the event loop, once Qt has finished telling of the
    // close, never from inside that telling.
    if (!it->second.answered && info->qtState == QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(
            this, [this, id] { letGo(id, LetGo::ClosedFirst); }, Qt::QueuedConnection);
}

void ClassroomListener::forget(qint32 id)
{
    const auto it = m_visitors.find(id);
    if (it == m_visitors.end())
        return;
    const auto from = m_byAddress.find(it->second.address);
    if (from != m_byAddress.end()) {
        from->erase(id);
        if (from->empty())
            m_byAddress.erase(from);
    }
    m_visitors.erase(it);
    emit visitorCountChanged(visitorCount());
}

} // namespace SocketScope
