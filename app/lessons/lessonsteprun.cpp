#include "lessonsteprun.h"

#include "lab/endpoint.h"
#include "lab/lab.h"
#include "lessonactions.h"
#include "lessonplayer.h"

#include <QtCore/QTimer>

namespace SocketScope {

LessonStepRun::LessonStepRun(
    LessonPlayer *player, Lab *lab, const LessonStep &step, int index, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_lab(lab)
    , m_step(step)
    , m_index(index)
{ }

Lab *LessonStepRun::lab() const
{
    return m_lab;
}

QString LessonStepRun::argString(const QString &key, const QString &fallback) const
{
    const QJsonValue value = arg(key);
    return value.isString() ? value.toString() : fallback;
}

int LessonStepRun::argInt(const QString &key, int fallback) const
{
    return arg(key).toInt(fallback);
}

bool LessonStepRun::argBool(const QString &key, bool fallback) const
{
    return arg(key).toBool(fallback);
}

QList<qint32> LessonStepRun::socketsOf(const QString &key)
{
    const QString reference = argString(key);
    QList<qint32> ids = m_player->socketsNamed(reference);
    if (ids.isEmpty())
        fail(LessonActions::tr("This step needs the socket \"%1\", which an earlier step could not open.")
                 .arg(reference));
    return ids;
}

std::optional<qint32> LessonStepRun::socketOf(const QString &key)
{
    const QList<qint32> ids = socketsOf(key);
    if (ids.isEmpty())
        return std::nullopt;
    return ids.constFirst();
}

std::optional<QHostAddress> LessonStepRun::addressOf(const QString &key, const QString &fallback)
{
    const QString text = argString(key, fallback);
    QHostAddress address;
    if (!address.setAddress(text)) {
        fail(LessonActions::tr("\"%1\" is not an IP address.").arg(text));
        return std::nullopt;
    }
    return address;
}

std::optional<quint16> LessonStepRun::portOf(const QString &key, quint16 fallback)
{
    const QJsonValue value = arg(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isDouble()) {
        const int port = value.toInt(-1);
        if (port < 0 || port > 65535) {
            fail(LessonActions::tr("%1 is not a port number: ports go from 0 to 65535.")
                     .arg(value.toDouble()));
            return std::nullopt;
        }
        return quint16(port);
    }
    const auto id = socketOf(key);
    if (!id)
        return std::nullopt;
    const SocketInfo *info = m_lab ? m_lab->info(*id) : nullptr;
    if (!info || !info->localPort) {
        fail(LessonActions::tr("The socket \"%1\" has no port yet.").arg(value.toString()));
        return std::nullopt;
    }
    return info->localPort;
}

bool LessonStepRun::endpointOf(const QJsonValue &value, QHostAddress *address, quint16 *port)
{
    const QString text = value.toString();
    if (LessonActions::isEndpoint(text)) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        QString host = text.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const auto parsedPort = parsePort(QStringView(text).mid(colon + 1));
        if (colon < 0 || !address->setAddress(host) || !parsedPort) {
            fail(LessonActions::tr("\"%1\" is not written as ip:port.").arg(text));
            return false;
        }
        *port = *parsedPort;
        return true;
    }
    const QList<qint32> ids = m_player->socketsNamed(text);
    const SocketInfo *info = ids.isEmpty() || !m_lab ? nullptr : m_lab->info(ids.constFirst());
    if (!info || !info->localPort) {
        fail(LessonActions::tr("This step needs the socket \"%1\", which an earlier step could not open.")
                 .arg(text));
        return false;
    }
    *address = info->localAddress;
    // A socket bound to "any address" is reached through loopback.
    if (address->isNull() || *address == QHostAddress::AnyIPv4 || *address == QHostAddress::Any)
        *address = QHostAddress::LocalHost;
    else if (*address == QHostAddress::AnyIPv6)
        *address = QHostAddress::LocalHostIPv6;
    *port = info->localPort;
    return true;
}

void LessonStepRun::adopt(const QList<qint32> &ids)
{
    m_player->nameSockets(m_step.name, ids);
}

void LessonStepRun::note(const QString &text)
{
    m_notes << text;
}

void LessonStepRun::succeed(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    QStringList parts = m_notes;
    if (!message.isEmpty())
        parts << message;
    emit completed(true, parts.join(QLatin1Char(' ')));
}

void LessonStepRun::succeed(const BindProbe::Result &probe, const QString &message)
{
    if (m_done)
        return;
    m_bindProbe = probe;
    succeed(message);
}

void LessonStepRun::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_failure.message = message;
    emit completed(false, message);
}

void LessonStepRun::fail(LessonFailure::Attempt attempt, const QString &target, const LabError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_failure.attempt = attempt;
    m_failure.target = target;
    m_failure.error = error;
    emit completed(false, {});
}

void LessonStepRun::failAfter(int ms, const QString &message)
{
    QTimer::singleShot(ms, this, [this, message] { fail(message); });
}

} // namespace SocketScope
