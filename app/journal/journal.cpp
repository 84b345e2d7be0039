#include "journal.h"

#include <time.h>

namespace SocketScope {

namespace {
const std::vector<quint32> kNoEvents;
}

Journal::Journal(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    // QElapsedTimer reads CLOCK_MONOTONIC on Linux; read it once more to place our zero on it.
    timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    m_monotonicStartNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec - m_clock.nsecsElapsed();
    m_strings.emplace_back(); // id 0 is "no string"
    m_payloads.emplace_back();
    m_tcpInfos.emplace_back();
}

Journal::~Journal() = default;

const Event &Journal::at(qsizetype index) const
{
    Q_ASSERT(index >= 0 && index < m_count);
    return m_chunks[size_t(index / kChunkSize)][size_t(index % kChunkSize)];
}

quint32 Journal::intern(QStringView text)
{
    if (text.isEmpty())
        return 0;
    const QString key = text.toString();
    const auto it = m_stringIds.constFind(key);
    if (it != m_stringIds.cend())
        return *it;
    const auto id = quint32(m_strings.size());
    m_strings.push_back(key);
    m_stringIds.insert(key, id);
    return id;
}

QString Journal::string(quint32 id) const
{
    return id < m_strings.size() ? m_strings[id] : QString();
}

quint32 Journal::storePayload(QByteArrayView data)
{
    if (data.isEmpty() || m_payloadBytes >= kPayloadBudgetBytes)
        return 0;
    const QByteArray kept = data.first(qMin(data.size(), kPayloadPreviewBytes)).toByteArray();
    m_payloadBytes += kept.size();
    m_payloads.push_back(kept);
    return quint32(m_payloads.size() - 1);
}

QByteArray Journal::payload(quint32 id) const
{
    return id < m_payloads.size() ? m_payloads[id] : QByteArray();
}

quint32 Journal::storeTcpInfo(const TcpInfo &info)
{
    m_tcpInfos.push_back(info);
    return quint32(m_tcpInfos.size() - 1);
}

TcpInfo Journal::tcpInfo(quint32 id) const
{
    return id < m_tcpInfos.size() ? m_tcpInfos[id] : TcpInfo();
}

qsizetype Journal::append(const Event &event)
{
    // Chunks never move, so references handed out by at() stay valid and growing the
    // journal never copies a million events at once.
    if (m_count % kChunkSize == 0)
        m_chunks.push_back(std::make_unique<Event[]>(kChunkSize));
    const qsizetype index = m_count;
    m_chunks.back()[size_t(index % kChunkSize)] = event;
    ++m_count;
    if (event.socket >= 0)
        m_bySocket[event.socket].push_back(quint32(index));
    emit eventsAppended(index, index);
    return index;
}

const std::vector<quint32> &Journal::eventsOfSocket(qint32 socket) const
{
    const auto it = m_bySocket.find(socket);
    return it == m_bySocket.end() ? kNoEvents : it->second;
}

qsizetype Journal::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_chunks.size()) * kChunkSize * qsizetype(sizeof(Event));
    for (const auto &[socket, events] : m_bySocket)
        bytes += qsizetype(events.capacity() * sizeof(quint32));
    bytes += qsizetype(m_tcpInfos.capacity() * sizeof(TcpInfo));
    return bytes;
}

} // namespace SocketScope
