#pragma once

#include "recordednetwork.h"

#include <vector>

namespace SocketScope {

class Journal;

// The lab network at any instant of a journal, live or replayed: the last network event before
// that instant, with the link_fault events after it folded in. The journal is read as it grows,
// and only its network and link_fault events are kept (a session has a handful), so asking for
// an instant walks those, never the whole journal.
class NetworkHistory
{
public:
    explicit NetworkHistory(const Journal *journal = nullptr);

    // Starts over on another journal (or none).
    void setJournal(const Journal *journal);
    // Whether the journal says anything about a lab network (a recording made before network
    // events existed, or one without the lab, says nothing).
    bool hasNetwork();
    // The network after the first `count` events of the journal. A network event that opens
    // the journal counts from its very start (count 0).
    RecordedNetwork after(qsizetype count);
    // The last running network the journal describes (not running when it describes none):
    // its computers that an earlier instant did not have yet are drawn greyed, "not there yet".
    RecordedNetwork latestRunning();

private:
    // Notes the network and link_fault events appended since the last call.
    void catchUp();

    const Journal *m_journal = nullptr;
    qsizetype m_scanned = 0;
    // Journal indices of network and link_fault events, in order.
    std::vector<qsizetype> m_changes;
};

} // namespace SocketScope
