#pragma once

#include "lessonfailure.h"
#include "lessonstep.h"
#include "ports/bindprobe.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtNetwork/QHostAddress>

#include <optional>

namespace SocketScope {

class Lab;
class LessonPlayer;

// One running step. It is the context object of every connection and timer an action makes,
// so deleting it (the player moves on or restarts) cancels whatever the action still waits for.
class LessonStepRun : public QObject
{
    Q_OBJECT

public:
    LessonStepRun(
        LessonPlayer *player, Lab *lab, const LessonStep &step, int index, QObject *parent = nullptr);

    Lab *lab() const;
    LessonPlayer *player() const { return m_player; }
    const LessonStep &step() const { return m_step; }
    int index() const { return m_index; }

    QJsonValue arg(const QString &key) const { return m_step.args.value(key); }
    QString argString(const QString &key, const QString &fallback = {}) const;
    int argInt(const QString &key, int fallback) const;
    bool argBool(const QString &key, bool fallback) const;

    // The sockets `key` names; fails the step and returns an empty list when there are none.
    QList<qint32> socketsOf(const QString &key);
    // One socket: the first of the group `key` names.
    std::optional<qint32> socketOf(const QString &key);
    // An address argument ("127.0.0.1"); fails the step when it is not one.
    std::optional<QHostAddress> addressOf(const QString &key, const QString &fallback);
    // A port argument: a number, or a socket name standing for that socket's local port.
    std::optional<quint16> portOf(const QString &key, quint16 fallback);
    // Where to reach a socket: a name (a listener or UDP socket: its local address and port;
    // "any address" is reached on loopback) or "ip:port".
    bool endpointOf(const QJsonValue &value, QHostAddress *address, quint16 *port);

    // Gives the step's name to `ids` and makes them the player's to clean up.
    void adopt(const QList<qint32> &ids);

    // A note for the step's message even when it succeeds (a port taken, another chosen).
    void note(const QString &text);
    void succeed(const QString &message = {});
    // A bind probe answered: the window words `probe` (BindPanel::outcomeText), then `message`.
    void succeed(const BindProbe::Result &probe, const QString &message);
    const std::optional<BindProbe::Result> &bindProbe() const { return m_bindProbe; }
    void fail(const QString &message);
    // A lab call failed: `attempt` on `target` (may be empty), refused with `error`.
    void fail(LessonFailure::Attempt attempt, const QString &target, const LabError &error);
    // Why the step failed, once it has.
    const LessonFailure &failure() const { return m_failure; }
    // Fails with `message` unless the step ended within `ms`.
    void failAfter(int ms, const QString &message);
    bool isDone() const { return m_done; }

signals:
    void completed(bool ok, const QString &message);

private:
    LessonPlayer *m_player;
    QPointer<Lab> m_lab;
    LessonStep m_step;
    int m_index;
    QStringList m_notes;
    LessonFailure m_failure;
    std::optional<BindProbe::Result> m_bindProbe;
    bool m_done = false;
};

} // namespace SocketScope
