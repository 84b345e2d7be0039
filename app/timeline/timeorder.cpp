#include "timeorder.h"

#include "journal/journal.h"

#include <algorithm>

namespace SocketScope {

TimeOrder::Rank TimeOrder::rankOf(const Event &event)
{
    switch (event.kind) {
    case EventKind::SocketOpened:
    case EventKind::Bound:
    case EventKind::Listening:
    case EventKind::ConnectStarted:
    case EventKind::DataSent:
    case EventKind::DatagramSent:
    case EventKind::Shutdown:
    case EventKind::CloseCalled:
    case EventKind::Aborted:
    case EventKind::AcceptingPaused:
    case EventKind::AcceptingResumed:
    case EventKind::Linked:
    case EventKind::GroupJoined:
    case EventKind::GroupLeft:
        return Rank::Cause;
    case EventKind::Segment:
    case EventKind::Impaired:
        return Rank::Packet;
    default:
        // connected, accepted, received, closed, kernel states and queues: what packets did.
        return Rank::Effect;
    }
}

bool TimeOrder::before(const Event &a, qsizetype ia, const Event &b, qsizetype ib)
{
    if (a.t != b.t)
        return a.t < b.t;
    const Rank ra = rankOf(a);
    const Rank rb = rankOf(b);
    if (ra != rb)
        return ra < rb;
    return ia < ib;
}

qsizetype TimeOrder::update(const Journal &journal)
{
    const qsizetype known = count();
    const qsizetype total = journal.count();
    qsizetype changed = known;
    if (total <= known)
        return changed;
    m_order.reserve(size_t(total));
    for (qsizetype i = known; i < total; ++i) {
        const Event &e = journal.at(i);
        if (m_order.empty()) {
            m_order.push_back(quint32(i));
            continue;
        }
        const qsizetype last = qsizetype(m_order.back());
        if (!before(e, i, journal.at(last), last)) {
            m_order.push_back(quint32(i));
            continue;
        }
        // Late: after everything that happened no later than it (upper bound keeps arrival
        // order among equals), before what happened after.
        const auto it = std::upper_bound(m_order.begin(), m_order.end(), quint32(i),
            [&journal](quint32 x, quint32 y) { return before(journal.at(x), x, journal.at(y), y); });
        changed = qMin(changed, qsizetype(it - m_order.begin()));
        m_order.insert(it, quint32(i));
        ++m_late;
    }
    return changed;
}

} // namespace SocketScope
