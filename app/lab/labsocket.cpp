#include "labsocket.h"

#include "endpoint.h"
#include "journal/journal.h"
#include "kernel/tcpinforeading.h"
#include "sockopts/kerneloption.h"

#include <sys/stat.h>

#include <cstring>
#include <limits>
#include <utility>

namespace SocketScope {

LabSocket::LabSocket(Journal *journal, qint32 id, SocketRole role, Protocol proto, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_info.id = id;
    m_info.role = role;
    m_info.proto = proto;
    m_info.openedAt = journal->now();
}

void LabSocket::record(EventKind kind, EventSource source, const std::function<void(Event &)> &fill)
{
    Event e;
    e.t = m_journal->now();
    e.kind = kind;
    e.source = source;
    e.socket = m_info.id;
    e.proto = m_info.proto;
    if (m_endpointsStale) {
        // Written out and interned once per change of address, not once per event: under
        // load, formatting two addresses for every event was a tenth of the window's work.
        m_endpointsStale = false;
        m_localId = m_info.localPort || !m_info.localAddress.isNull()
            ? m_journal->intern(formatEndpoint(m_info.localAddress, m_info.localPort))
            : 0;
        m_remoteId = m_info.remotePort
            ? m_journal->intern(formatEndpoint(m_info.remoteAddress, m_info.remotePort))
            : 0;
    }
    e.local = m_localId;
    e.remote = m_remoteId;
    e.host = m_hostId;
    if (kind == EventKind::CloseCalled && !m_closeReason.isEmpty())
        e.text = m_journal->intern(std::exchange(m_closeReason, QString()));
    if (fill)
        fill(e);
    m_journal->append(e);
}

void LabSocket::setHost(const QString &host)
{
    m_info.host = host;
    m_hostId = host.isEmpty() ? 0 : m_journal->intern(host);
}

void LabSocket::recordError(const LabError &error, EventSource source)
{
    record(EventKind::Error, source, [&](Event &e) {
        e.value = error.kind;
        e.text = m_journal->intern(error.detail);
    });
    emit failed(m_info.id, error);
}

void LabSocket::applyKernelState(TcpState state)
{
    if (state == m_info.kernelState)
        return;
    const TcpState from = m_info.kernelState;
    m_info.kernelState = state;
    record(EventKind::State, EventSource::Kernel, [&](Event &e) {
        e.fromState = from;
        e.toState = state;
    });
    emit changed(m_info.id);
}

void LabSocket::applyKernelLocalAddress(const QHostAddress &address)
{
    const bool unspecified = m_info.localAddress.isNull() || m_info.localAddress == QHostAddress::AnyIPv4
        || m_info.localAddress == QHostAddress::AnyIPv6 || m_info.localAddress == QHostAddress::Any;
    if (!unspecified || address.isNull() || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6)
        return;
    setEndpoints(address, m_info.localPort, m_info.remoteAddress, m_info.remotePort);
    emit changed(m_info.id);
}

void LabSocket::applyQueue(int length, int limit)
{
    if (length == m_info.queueLength && limit == m_info.queueLimit)
        return;
    m_info.queueLength = length;
    m_info.queueLimit = limit;
    record(EventKind::Queue, EventSource::Kernel, [&](Event &e) {
        e.value = length;
        e.value2 = limit;
    });
    emit changed(m_info.id);
}

void LabSocket::applyTcpInfo(const TcpInfo &info)
{
    if (!m_tcpInfoThrottle.admit(info, m_journal->now()))
        return;
    record(EventKind::TcpInfo, EventSource::Kernel, [&](Event &e) {
        e.value = info.cwnd;
        e.value2 = info.srttUs;
        e.length = quint32(qBound<qint64>(0, info.retransmissions, std::numeric_limits<quint32>::max()));
        e.payload = m_journal->storeTcpInfo(info);
    });
}

void LabSocket::applyOwnTcpInfo(qint64 sendQueue, qint64 receiveQueue)
{
    TcpInfo info = readTcpInfo(int(optionDescriptor()));
    if (info.cwnd < 0)
        return;
    info.sendQueue = sendQueue;
    info.receiveQueue = receiveQueue;
    applyTcpInfo(info);
}

void LabSocket::setEndpoints(
    const QHostAddress &local, quint16 localPort, const QHostAddress &remote, quint16 remotePort)
{
    m_info.localAddress = displayAddress(local);
    m_info.localPort = localPort;
    m_info.remoteAddress = displayAddress(remote);
    m_info.remotePort = remotePort;
    m_endpointsStale = true;
}

void LabSocket::markClosed(EventKind kind, EventSource source)
{
    if (!m_info.isOpen())
        return;
    m_info.closedAt = m_journal->now();
    m_info.qtState = QAbstractSocket::UnconnectedState;
    m_info.inode = 0;
    record(kind, source);
    emit changed(m_info.id);
    emit finished(m_info.id);
}

LabError LabSocket::setOption(SocketOption option, qint64 value)
{
    const qintptr fd = m_info.isOpen() ? optionDescriptor() : -1;
    if (fd < 0)
        return {LabError::WrongState, tr("The socket is closed")};
    if (OptionRules::isTcpOnly(option) && m_info.proto != Protocol::Tcp)
        return {LabError::WrongState, tr("%1 is for TCP sockets only").arg(socketOptionName(option))};
    applyOptions(fd, {{option, value}});
    emit changed(m_info.id);
    return {};
}

void LabSocket::applyOptions(qintptr descriptor, const QList<OptionRequest> &options)
{
    for (const OptionRequest &request : options) {
        const KernelOption::Outcome outcome = KernelOption::set(descriptor, request.option, request.value);
        m_askedOptions[request.option] = request.value;
        record(EventKind::OptionSet, EventSource::App, [&](Event &e) {
            e.flags = quint8(request.option);
            e.value = outcome.asked;
            e.value2 = outcome.kernel;
            if (outcome.error)
                e.text = m_journal->intern(QString::fromLocal8Bit(std::strerror(outcome.error)));
        });
    }
}

void LabSocket::inheritOptions(const LabSocket &listener)
{
    const qintptr fd = optionDescriptor();
    for (const auto &entry : listener.m_askedOptions) {
        const SocketOption option = entry.first;
        const qint64 asked = entry.second;
        m_askedOptions[option] = asked;
        const qint64 kernel = KernelOption::read(fd, option);
        record(EventKind::OptionSet, EventSource::Kernel, [&](Event &e) {
            e.flags = quint8(option);
            e.value = asked;
            e.value2 = kernel;
            e.text = m_journal->intern(QStringLiteral("inherited from listener #%1").arg(listener.id()));
        });
    }
}

qint64 LabSocket::kernelOption(SocketOption option) const
{
    return KernelOption::read(m_info.isOpen() ? optionDescriptor() : -1, option);
}

std::optional<qint64> LabSocket::askedOption(SocketOption option) const
{
    const auto it = m_askedOptions.find(option);
    if (it == m_askedOptions.end())
        return std::nullopt;
    return it->second;
}

quint64 LabSocket::inodeOf(qintptr descriptor)
{
    struct stat status
    {
    };
    if (descriptor < 0 || ::fstat(int(descriptor), &status) != 0)
        return 0;
    return quint64(status.st_ino);
}

} // namespace SocketScope
