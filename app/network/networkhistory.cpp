#include "networkhistory.h"

#include "journal/journal.h"

#include <algorithm>

namespace SocketScope {

NetworkHistory::NetworkHistory(const Journal *journal)
    : m_journal(journal)
{ }

void NetworkHistory::setJournal(const Journal *journal)
{
    m_journal = journal;
    m_scanned = 0;
    m_changes.clear();
}

void NetworkHistory::catchUp()
{
    if (!m_journal)
        return;
    const qsizetype end = m_journal->count();
    for (; m_scanned < end; ++m_scanned) {
        const EventKind kind = m_journal->at(m_scanned).kind;
        if (kind == EventKind::NetworkBuilt || kind == EventKind::LinkFault)
            m_changes.push_back(m_scanned);
    }
}

bool NetworkHistory::hasNetwork()
{
    catchUp();
    return std::any_of(m_changes.begin(), m_changes.end(),
        [this](qsizetype index) { return m_journal->at(index).kind == EventKind::NetworkBuilt; });
}

RecordedNetwork NetworkHistory::after(qsizetype count)
{
    catchUp();
    // A network that changed (a computer or a rule added) keeps its faults; one built anew
    // after being taken down starts without them.
    // Only the last network event before the instant is read whole; before it, whether the
    // network went down (no topology) is all the faults need.
    qsizetype built = -1;
    QMap<QString, LinkFault> faults;
    // A network built before anything else happened (--network lab) is there from the start:
    // a replay that opens before its first event still draws it.
    if (count == 0 && !m_changes.empty() && m_changes.front() == 0)
        count = 1;
    const auto end = std::lower_bound(m_changes.begin(), m_changes.end(), count);
    for (auto it = m_changes.begin(); it != end; ++it) {
        const Event &e = m_journal->at(*it);
        if (e.kind == EventKind::NetworkBuilt) {
            built = *it;
            if (!e.text)
                faults.clear();
            continue;
        }
        QString ignored;
        const std::optional<LinkFault> applied = LinkFault::parse(m_journal->string(e.remote), &ignored);
        const QString link = m_journal->string(e.text);
        if (applied && !applied->isEmpty())
            faults.insert(link, *applied);
        else
            faults.remove(link);
    }
    if (built < 0)
        return {};
    RecordedNetwork network
        = RecordedNetwork::fromJson(m_journal->string(m_journal->at(built).text).toUtf8());
    if (network.running)
        network.faults = faults;
    return network;
}

RecordedNetwork NetworkHistory::latestRunning()
{
    catchUp();
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
        const Event &e = m_journal->at(*it);
        if (e.kind == EventKind::NetworkBuilt && e.text)
            return RecordedNetwork::fromJson(m_journal->string(e.text).toUtf8());
    }
    return {};
}

} // namespace SocketScope
