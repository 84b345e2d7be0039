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
            const Syn syn {e.t, seq, e.windowScale};
            const auto at = std::upper_bound(d.syns.begin(), d.syns.end(), syn.t,
                [](qint64 time, const Syn &other) { return time < other.t; });
            d.syns.insert(at, syn);
        }
    }
}

const SequenceOrigins::Syn *SequenceOrigins::lastSyn(quint32 from, quint32 to, qint64 t) const
{
    const auto it = m_directions.find(key(from, to));
    if (it == m_directions.end())
        return nullptr;
    const std::vector<Syn> &syns = it->second.syns;
    const auto after = std::upper_bound(
        syns.begin(), syns.end(), t, [](qint64 time, const Syn &syn) { return time < syn.t; });
    return after == syns.begin() ? nullptr : &*std::prev(after);
}

std::optional<quint32> SequenceOrigins::origin(quint32 from, quint32 to, qint64 t) const
{
    if (const Syn *syn = lastSyn(from, to, t))
        return syn->seq;
    const auto it = m_directions.find(key(from, to));
    if (it == m_directions.end())
        return std::nullopt;
    return it->second.firstSeq;
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

SequenceOrigins::Window SequenceOrigins::window(const Event &segment) const
{
    Window shown;
    shown.bytes = segment.window;
    shown.field = segment.window;
    if (segment.kind != EventKind::Segment || segment.source == EventSource::Inferred)
        return shown;
    // A SYN's own window is never scaled: the shift is only being agreed on.
    if (segment.flags & FlagSyn) {
        shown.scaleKnown = true;
        shown.scale = Window::Scale::InSyn;
        return shown;
    }
    const Syn *own = lastSyn(segment.local, segment.remote, segment.t);
    const Syn *peer = lastSyn(segment.remote, segment.local, segment.t);
    // Either side that did not offer scaling switches it off for both.
    if ((own && own->windowScale == Event::kNoWindowScale)
        || (peer && peer->windowScale == Event::kNoWindowScale)) {
        shown.scaleKnown = true;
        shown.scale = Window::Scale::Off;
        return shown;
    }
    if (!own || !peer) {
        shown.scale = own || peer ? Window::Scale::OneSynSeen : Window::Scale::NoHandshake;
        return shown;
    }
    // The journal holds shifts of at most 14; the bound keeps a foreign value harmless.
    shown.shift = qMin(own->windowScale, quint8(14));
    shown.bytes = quint64(segment.window) << shown.shift;
    shown.scaleKnown = true;
    shown.scale = Window::Scale::Applied;
    return shown;
}

} // namespace SocketScope
