#include "sequenceorigins.h"

#include "journal/journal.h"

#include <algorithm>

namespace SocketScope {

SequenceOrigins::SequenceOrigins(const Journal *journal)
    : m_journal(journal)
{ }

void SequenceOrigins::update()
{
    const qsizetype count = m_journal->count();
    for (; m_read < count; ++m_read) {
        const Event &e = m_journal->at(m_read);
        if (e.kind != EventKind::Segment || e.proto == Protocol::Udp || !e.local || !e.remote
            || e.source == EventSource::Inferred)
            continue;
        const auto seq = quint32(e.value);
        auto [it, added] = m_directions.try_emplace(key(e.local, e.remote));
        Direction &d = it->second;
        if (added || e.t < d.firstT) {
            d.firstT = e.t;
            d.firstSeq = seq;
        }
        if (e.flags & FlagSyn) {
            // Captured on several cables, or read late: keep them in time order.
            const std::pair<qint64, quint32> syn {e.t, seq};
            d.syns.insert(std::upper_bound(d.syns.begin(), d.syns.end(), syn), syn);
        }
    }
}

std::optional<quint32> SequenceOrigins::origin(quint32 from, quint32 to, qint64 t) const
{
    const auto it = m_directions.find(key(from, to));
    if (it == m_directions.end())
        return std::nullopt;
    const Direction &d = it->second;
    // The last SYN at or before `t`: that connection's start.
    const auto after = std::upper_bound(d.syns.begin(), d.syns.end(), t,
        [](qint64 time, const std::pair<qint64, quint32> &syn) { return time < syn.first; });
    if (after != d.syns.begin())
        return std::prev(after)->second;
    return d.firstSeq;
}

std::optional<quint32> SequenceOrigins::relativeSeq(const Event &segment) const
{
    if (segment.kind != EventKind::Segment || segment.source == EventSource::Inferred)
        return std::nullopt;
    const auto isn = origin(segment.local, segment.remote, segment.t);
    if (!isn)
        return std::nullopt;
    return quint32(segment.value) - *isn;
}

std::optional<quint32> SequenceOrigins::relativeAck(const Event &segment) const
{
    if (segment.kind != EventKind::Segment || segment.source == EventSource::Inferred
        || !(segment.flags & FlagAck))
        return std::nullopt;
    const auto isn = origin(segment.remote, segment.local, segment.t);
    if (!isn)
        return std::nullopt;
    return quint32(segment.value2) - *isn;
}

} // namespace SocketScope
