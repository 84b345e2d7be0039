#include "sharedportdemo.h"

#include "lab/endpoint.h"
#include "lab/lab.h"

namespace SocketScope {

SharedPortDemo::SharedPortDemo(Lab *lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
{
    connect(lab, &Lab::socketOpened, this, &SharedPortDemo::onSocketOpened);
}

SharedPortDemo::~SharedPortDemo()
{
    if (m_lab) {
        m_lab->disconnect(this);
        stop();
    }
}

bool SharedPortDemo::start(int clients)
{
    stop();
    const Lab::Opened listener = m_lab->listenTcp(QHostAddress(QHostAddress::LocalHost), 0);
    if (listener.error)
        return false;
    m_listener = listener.id;
    m_expected = clients;
    const quint16 port = m_lab->info(m_listener)->localPort;
    for (int i = 0; i < clients; ++i)
        m_clients.append(m_lab->connectTcp(QHostAddress(QHostAddress::LocalHost), port).id);
    return true;
}

void SharedPortDemo::stop()
{
    if (!m_lab)
        return;
    for (const qint32 id : std::as_const(m_clients))
        m_lab->close(id);
    for (const qint32 id : std::as_const(m_accepted))
        m_lab->close(id);
    if (m_listener >= 0)
        m_lab->close(m_listener);
    m_clients.clear();
    m_accepted.clear();
    m_listener = -1;
}

void SharedPortDemo::onSocketOpened(qint32 id)
{
    if (m_listener < 0)
        return;
    const SocketInfo *info = m_lab->info(id);
    if (!info || info->parent != m_listener)
        return;
    m_accepted.append(id);
    if (m_accepted.size() == m_expected)
        emit ready();
}

QStringList SharedPortDemo::tuples() const
{
    QStringList lines;
    if (!m_lab || m_listener < 0)
        return lines;
    const auto line = [&](qint32 id, const QString &what) {
        const SocketInfo *info = m_lab->info(id);
        if (!info)
            return;
        const QString remote = info->remotePort ? formatEndpoint(info->remoteAddress, info->remotePort)
                                                : QStringLiteral("*:*");
        lines.append(tr("#%1 <TCP, %2, %3>  %4")
                         .arg(id)
                         .arg(formatEndpoint(info->localAddress, info->localPort), remote, what));
    };
    line(m_listener, tr("the listening socket"));
    for (const qint32 id : m_accepted)
        line(id, tr("accepted: same local ip:port, its own remote side"));
    return lines;
}

} // namespace SocketScope
