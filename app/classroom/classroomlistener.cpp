#include "classroomlistener.h"

#include "classroompage.h"
#include "classroomrequest.h"
#include "lab/endpoint.h"
#include "lab/lab.h"

#include <QtCore/QTimer>
#include <QtNetwork/QNetworkInterface>

namespace SocketScope {

ClassroomListener::ClassroomListener(Lab *lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
{
    connect(lab, &Lab::socketOpened, this, &ClassroomListener::onSocketOpened);
    connect(lab, &Lab::socketChanged, this, &ClassroomListener::onSocketChanged);
    connect(lab, &Lab::socketRemoved, this, &ClassroomListener::forget);
    connect(lab, &Lab::dataReceived, this,
            [this](qint32 id, const QByteArray &data, const QHostAddress &, quint16) { onDataReceived(id, data); });
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
    m_lab->setMaxConnections(m_listener, m_maxVisitors);
    return {};
}

void ClassroomListener::stop()
{
    if (m_lab && m_listener >= 0) {
        const QList<qint32> visitors = m_visitors.keys();
        for (const qint32 id : visitors)
            m_lab->close(id);
        m_lab->close(m_listener);
    }
    m_listener = -1;
    if (!m_visitors.isEmpty()) {
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

void ClassroomListener::setMaxVisitors(int count)
{
    m_maxVisitors = qMax(1, count);
    if (m_lab && m_listener >= 0)
        m_lab->setMaxConnections(m_listener, m_maxVisitors);
}

void ClassroomListener::onSocketOpened(qint32 id)
{
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (!info || m_listener < 0 || info->parent != m_listener)
        return;
    m_visitors.insert(id, {});
    emit visitorCountChanged(visitorCount());
    // A visitor that connects and says nothing would hold a place under the cap forever.
    QTimer::singleShot(kIdleTimeoutMs, this, [this, id] {
        const auto it = m_visitors.constFind(id);
        if (it != m_visitors.constEnd() && !it->answered) {
            emit requestRefused(id, 408);
            answer(id, 408, ClassroomPage::response(408, ClassroomPage::errorHtml(408)));
        }
    });
}

void ClassroomListener::onDataReceived(qint32 id, const QByteArray &data)
{
    const auto it = m_visitors.find(id);
    if (it == m_visitors.end() || it->answered)
        return;
    // Keep at most one byte past the limit: enough to know the request is too large.
    it->buffer += data.left(ClassroomRequest::kMaxBytes + 1 - it->buffer.size());
    const ClassroomRequest request = ClassroomRequest::parse(it->buffer);
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
    if (request.path != QLatin1StringView("/") && !request.path.startsWith(QLatin1StringView("/?"))) {
        // Browsers also ask for /favicon.ico; there is one page only.
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

void ClassroomListener::answer(qint32 id, int status, const QByteArray &response)
{
    Q_UNUSED(status)
    const auto it = m_visitors.find(id);
    if (it == m_visitors.end())
        return;
    it->answered = true;
    it->buffer.clear();
    m_lab->send(id, response);
    // close() sends what is queued, then FIN: the browser gets the whole page.
    m_lab->close(id);
}

void ClassroomListener::onSocketChanged(qint32 id)
{
    if (!m_visitors.contains(id))
        return;
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (!info || !info->isOpen())
        forget(id);
}

void ClassroomListener::forget(qint32 id)
{
    if (m_visitors.remove(id))
        emit visitorCountChanged(visitorCount());
}

} // namespace SocketScope
