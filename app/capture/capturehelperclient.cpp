#include "capturehelperclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFileInfo>
#include <QtCore/QTimer>

namespace SocketScope {

namespace {

const QLatin1StringView kHelperName("socketscope-capture");

QList<CaptureHelperClient::Port> portsOf(QStringView list)
{
    QList<CaptureHelperClient::Port> ports;
    for (const QStringView part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool tcp = part.startsWith(QLatin1String("tcp:"));
        if (!tcp && !part.startsWith(QLatin1String("udp:")))
            continue;
        bool ok = false;
        const uint number = part.mid(4).toUInt(&ok);
        if (ok && number > 0 && number <= 65535)
            ports.append({tcp ? Protocol::Tcp : Protocol::Udp, quint16(number)});
    }
    return ports;
}

QString portsText(const QList<CaptureHelperClient::Port> &ports)
{
    QStringList parts;
    for (const CaptureHelperClient::Port &p : ports)
        parts << (p.proto == Protocol::Udp ? QStringLiteral("UDP %1") : QStringLiteral("TCP %1")).arg(p.port);
    return parts.join(QStringLiteral(", "));
}

} // namespace

CaptureHelperClient::CaptureHelperClient(CaptureFeed *feed, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_helperPath(findHelper())
{
    if (feed)
        connect(feed, &CaptureFeed::statusReceived, this, &CaptureHelperClient::onStatus);
}

CaptureHelperClient::~CaptureHelperClient()
{
    stop();
}

QString CaptureHelperClient::findHelper()
{
    QString besideApp = QDir(QCoreApplication::applicationDirPath()).filePath(kHelperName);
    if (QFileInfo(besideApp).isExecutable())
        return besideApp;
    // An installed tree moved elsewhere (cmake --install --prefix): bin/ and libexec/ side by side.
    const QString relative = QDir(QCoreApplication::applicationDirPath())
                                 .filePath(QStringLiteral("../libexec/socketscope/") + kHelperName);
    if (QFileInfo(relative).isExecutable())
        return QFileInfo(relative).canonicalFilePath();
#ifdef SOCKETSCOPE_LIBEXEC_DIR
    const QString installed = QDir(QStringLiteral(SOCKETSCOPE_LIBEXEC_DIR)).filePath(kHelperName);
    if (QFileInfo(installed).isExecutable())
        return installed;
#endif
    return {};
}

QByteArray CaptureHelperClient::requestLine(const QStringList &interfaces, const QList<Port> &ports)
{
    QByteArray line("capture iface=");
    line += interfaces.mid(0, kMaxInterfaces).join(QLatin1Char(',')).toLatin1();
    line += " ports=";
    if (ports.isEmpty()) {
        line += "none";
    } else {
        QByteArrayList parts;
        for (const Port &p : ports.mid(0, kMaxPorts)) {
            if (p.port != 0)
                parts += (p.proto == Protocol::Udp ? "udp:" : "tcp:") + QByteArray::number(p.port);
        }
        line += parts.isEmpty() ? QByteArray("none") : parts.join(',');
    }
    line += '\n';
    return line;
}

bool CaptureHelperClient::capture(const QStringList &interfaces, const QList<Port> &ports)
{
    if (m_helperPath.isEmpty() || !QFileInfo(m_helperPath).isExecutable()) {
        setState(State::Unavailable,
            tr("Packet capture is not available: the capture helper program (socketscope-capture) "
               "is not installed. SocketScope draws the packets the protocol implies instead."));
        return false;
    }
    const QByteArray line = requestLine(interfaces, ports);
    if (m_process && m_process->state() != QProcess::NotRunning) {
        if (line != m_lastRequest) {
            m_lastRequest = line;
            m_process->write(line);
            // Hand it over now, not on the next turn of the event loop: a connect() made right
            // after this should find the helper already asked.
            m_process->waitForBytesWritten(0);
        }
        return true;
    }
    if (m_state == State::PermissionDenied)
        return false; // asking again would get the same answer; stop() and capture() to retry
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // The helper's own messages (stderr) are for people running it by hand; ours come as Status.
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, &CaptureHelperClient::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            setState(State::Failed, tr("The capture helper could not be started."), m_process->errorString());
    });
    if (m_feed)
        m_feed->attach(m_process);
    m_lastRequest = line;
    setState(State::Starting);
    if (m_launcher.isEmpty())
        m_process->start(m_helperPath, {});
    else
        m_process->start(m_launcher.first(), m_launcher.mid(1) + QStringList {m_helperPath});
    m_process->write(line);
    return true;
}

bool CaptureHelperClient::recheckNow(int msecs)
{
    if (!m_process || m_process->state() != QProcess::Running || m_unusedPorts.isEmpty() || !m_feed)
        return false;
    // The same request again: the helper checks who owns what and answers at once.
    m_process->write(m_lastRequest);
    m_process->waitForBytesWritten(0);
    QEventLoop wait;
    bool answered = false;
    QTimer::singleShot(msecs, &wait, &QEventLoop::quit);
    connect(m_feed, &CaptureFeed::statusReceived, &wait, [&] {
        answered = true;
        wait.quit();
    });
    connect(m_process, &QProcess::finished, &wait, &QEventLoop::quit);
    wait.exec();
    return answered;
}

CaptureHelperClient::Answer CaptureHelperClient::parseAnswer(const QString &message)
{
    Answer answer;
    for (const QString &line : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList words = line.split(QLatin1Char(' '));
        if (words.size() == 2 && words[0] == QLatin1String("capturing"))
            answer.capturing = portsOf(words[1]);
        else if (words.size() == 3 && words[0] == QLatin1String("refused")
            && words[1] == QLatin1String("no-socket"))
            answer.noSocket = portsOf(words[2]);
        else if (words.size() == 3 && words[0] == QLatin1String("refused")
            && words[1] == QLatin1String("other-user"))
            answer.otherUser = portsOf(words[2]);
        else if (words.size() == 3 && words[0] == QLatin1String("refused")
            && words[1] == QLatin1String("unused-interface"))
            answer.unusedInterfaces = words[2].split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return answer;
}

void CaptureHelperClient::setRefusals(const Answer &answer)
{
    if (answer.otherUser == m_otherUserPorts && answer.noSocket == m_unusedPorts
        && answer.unusedInterfaces == m_unusedInterfaces)
        return;
    m_otherUserPorts = answer.otherUser;
    m_unusedPorts = answer.noSocket;
    m_unusedInterfaces = answer.unusedInterfaces;
    emit refusalsChanged();
}

void CaptureHelperClient::stop()
{
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        if (m_feed)
            m_feed->attach(nullptr);
        // Closing its stdin asks it to go; kill() makes sure it has.
        process->closeWriteChannel();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
        process->deleteLater();
    }
    m_lastRequest.clear();
    setRefusals({});
    // Off, whatever went wrong before: the next capture() tries again (after a setcap, say).
    setState(State::Off);
}

QString CaptureHelperClient::grantCommand(const QString &helperPath)
{
    return QStringLiteral("sudo setcap cap_net_raw+ep %1").arg(helperPath);
}

QString CaptureHelperClient::restrictCommands(const QString &helperPath)
{
    return QStringLiteral("sudo groupadd -f socketscope && sudo chgrp socketscope %1 && sudo chmod 750 %1 "
                          "&& sudo usermod -aG socketscope $USER")
        .arg(helperPath);
}

void CaptureHelperClient::setState(State state, const QString &message, const QString &detail)
{
    m_message = message;
    m_detail = detail;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CaptureHelperClient::onStatus(CaptureFeed::Status status, const QString &message)
{
    switch (status) {
    case CaptureFeed::Status::Ready: {
        // Ports no socket of ours uses come and go as sockets close; another user's port is
        // worth a sentence: it is what the helper exists to keep out.
        const Answer answer = parseAnswer(message);
        const QString sentence = answer.otherUser.isEmpty()
            ? QString()
            : tr("Not captured: %1 (another user's program uses the port). The capture helper captures "
                 "only the sockets of your own programs.")
                  .arg(portsText(answer.otherUser));
        setState(State::Capturing, sentence, message);
        setRefusals(answer);
        break;
    }
    case CaptureFeed::Status::PermissionDenied:
        setState(State::PermissionDenied,
            tr("Packet capture is off: the capture helper is not allowed to capture packets. "
               "To allow it, run: %1")
                .arg(grantCommand(m_helperPath)),
            message);
        break;
    case CaptureFeed::Status::BadRequest:
        setState(
            State::Failed, tr("Packet capture is off: the capture helper refused the request."), message);
        break;
    case CaptureFeed::Status::InterfaceFailed:
        // One interface is gone or would not open; the others go on.
        m_detail = message;
        break;
    case CaptureFeed::Status::Failed:
    case CaptureFeed::Status::Unknown:
        setState(State::Failed, tr("Packet capture stopped: %1").arg(message), message);
        break;
    }
}

void CaptureHelperClient::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    // A Status record usually said why already; this covers a helper that just died.
    if (m_state == State::Starting || m_state == State::Capturing) {
        const QString detail = exitStatus == QProcess::CrashExit
            ? QStringLiteral("crashed")
            : QStringLiteral("exit status %1").arg(exitCode);
        setState(
            State::Failed, tr("Packet capture stopped: the capture helper ended (%1).").arg(detail), detail);
    }
    if (m_process) {
        if (m_feed)
            m_feed->attach(nullptr);
        m_process->deleteLater();
        m_process = nullptr;
    }
}

} // namespace SocketScope
