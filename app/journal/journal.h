#pragma once

#include "event.h"
#include "tcpinfo.h"

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace SocketScope {

// The append-only record of everything that happened in a session. Everything the app shows
// is read from here, live or replayed, so a recording replays to the same picture.
class Journal : public QObject
{
    Q_OBJECT

public:
    // Payload previews are kept small and bounded so a flood cannot eat memory.
    static constexpr qsizetype kPayloadPreviewBytes = 256;
    static constexpr qsizetype kPayloadBudgetBytes = qsizetype(32) * 1024 * 1024;

    explicit Journal(QObject *parent = nullptr);
    ~Journal() override;

    qsizetype count() const { return m_count; }
    const Event &at(qsizetype index) const;

    // Nanoseconds on the session's monotonic clock.
    qint64 now() const { return m_clock.nsecsElapsed(); }
    // Where the session started on CLOCK_MONOTONIC (Linux), in nanoseconds: a packet stamped
    // by a helper process on that clock is at `stamp - monotonicStartNs()` on the journal's.
    qint64 monotonicStartNs() const { return m_monotonicStartNs; }

    quint32 intern(QStringView text);
    QString string(quint32 id) const;

    // Stores up to kPayloadPreviewBytes of `data` while the budget lasts; 0 when nothing kept.
    quint32 storePayload(QByteArrayView data);
    QByteArray payload(quint32 id) const;
    qsizetype payloadBytes() const { return m_payloadBytes; }

    // Keeps one tcp_info reading; the tcp_info event names it by the id returned (payload).
    quint32 storeTcpInfo(const TcpInfo &info);
    // The reading `id` names; every number -1 (unknown) for an id that names none.
    TcpInfo tcpInfo(quint32 id) const;

    qsizetype append(const Event &event);

    // Indices of the events about one socket, in order.
    const std::vector<quint32> &eventsOfSocket(qint32 socket) const;

    // Approximate memory held by the events and their indices, for the benchmarks.
    qsizetype memoryBytes() const;

    // Free-form facts about the session, written into a recording's header.
    QString label() const { return m_label; }
    void setLabel(const QString &label) { m_label = label; }

signals:
    void eventsAppended(qsizetype first, qsizetype last);

private:
    static constexpr qsizetype kChunkSize = 8192;

    QElapsedTimer m_clock;
    qint64 m_monotonicStartNs = 0;
    std::vector<std::unique_ptr<Event[]>> m_chunks;
    qsizetype m_count = 0;
    std::vector<QString> m_strings;
    QHash<QString, quint32> m_stringIds;
    std::vector<QByteArray> m_payloads;
    qsizetype m_payloadBytes = 0;
    std::vector<TcpInfo> m_tcpInfos; // index 0: "none"
    std::unordered_map<qint32, std::vector<quint32>> m_bySocket;
    QString m_label;
};

} // namespace SocketScope
