#pragma once

#include "capturefeed.h"
#include "journal/event.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace SocketScope {

// Runs the capture helper program (socketscope-capture), the only part of SocketScope that may
// hold CAP_NET_RAW, and reads what it captures into a CaptureFeed. The app itself never holds
// a privilege: when the helper has no permission, this says so, with the command that grants it.
// The helper captures only the user's own sockets; what it leaves out, and why, is kept here
// from its answers (refusedPorts() and the others), and message() says it in plain words.
class CaptureHelperClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Off, // not started, or stopped
        Starting, // the helper runs; it has not said it is capturing yet
        Capturing, // the helper said Ready
        Unavailable, // no helper program (built without libpcap, or not installed)
        PermissionDenied, // the helper may not capture: it lacks CAP_NET_RAW
        Failed, // the helper refused the request, or stopped for another reason
    };
    Q_ENUM(State)

    struct Port
    {
        Protocol proto = Protocol::Tcp;
        quint16 port = 0;
        bool operator==(const Port &) const = default;
    };

    static constexpr int kMaxPorts = 256;
    static constexpr int kMaxInterfaces = 16;

    explicit CaptureHelperClient(CaptureFeed *feed, QObject *parent = nullptr);
    // Kills the helper: it must never outlive the app (it also dies when its stdin closes).
    ~CaptureHelperClient() override;

    // Next to the app's binary first (a build tree), then ../libexec/socketscope beside it, then
    // the libexec folder the build was configured to install to.
    // Empty when there is none.
    static QString findHelper();
    QString helperPath() const { return m_helperPath; }
    void setHelperPath(const QString &path) { m_helperPath = path; }
    // Runs the helper through this command (tests: run it as an unprivileged user).
    void setLauncher(const QStringList &launcher) { m_launcher = launcher; }

    // The request line for these interfaces and ports (the helper's grammar, see its main.cpp).
    // No ports: the interfaces are opened, so permission is known, but nothing passes yet.
    static QByteArray requestLine(const QStringList &interfaces, const QList<Port> &ports);

    // Starts the helper if it is not running, and asks it for these interfaces and ports;
    // a running helper just gets the new request. Returns false when there is no helper.
    bool capture(const QStringList &interfaces, const QList<Port> &ports);
    void stop();

    State state() const { return m_state; }
    // A sentence for people: what is wrong, in plain words (empty while all is well).
    QString message() const { return m_message; }
    // What the helper or the system said, word for word.
    QString detail() const { return m_detail; }

    // What the helper's last answer left out: ports another user has a socket on, ports no
    // socket of ours uses (yet, or any more), and interfaces none of our sockets uses.
    QList<Port> refusedPorts() const { return m_otherUserPorts; }
    QList<Port> unusedPorts() const { return m_unusedPorts; }
    QStringList unusedInterfaces() const { return m_unusedInterfaces; }

    // Asks the helper to check again now whether ports it found no socket of ours on have one
    // by now, and waits up to `msecs` for its answer (so a connection made next is captured
    // from its first packet). False when there was nothing to ask or no answer came.
    bool recheckNow(int msecs);

    // Reads a Ready answer's message (the helper's grammar, see its main.cpp).
    struct Answer
    {
        QList<Port> capturing;
        QList<Port> noSocket;
        QList<Port> otherUser;
        QStringList unusedInterfaces;
    };
    static Answer parseAnswer(const QString &message);

    // The exact command that lets the helper capture, and how to keep it to some users.
    static QString grantCommand(const QString &helperPath);
    static QString restrictCommands(const QString &helperPath);

signals:
    void stateChanged(SocketScope::CaptureHelperClient::State state);
    // What is left out changed (message() says it).
    void refusalsChanged();

private:
    void setState(State state, const QString &message = {}, const QString &detail = {});
    void onStatus(CaptureFeed::Status status, const QString &message);
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void setRefusals(const Answer &answer);

    QPointer<CaptureFeed> m_feed;
    QProcess *m_process = nullptr;
    QString m_helperPath;
    QStringList m_launcher;
    QByteArray m_lastRequest;
    State m_state = State::Off;
    QString m_message;
    QString m_detail;
    QList<Port> m_otherUserPorts;
    QList<Port> m_unusedPorts;
    QStringList m_unusedInterfaces;
};

} // namespace SocketScope
