#pragma once

#include "sessionfold.h"

#include <vector>

namespace SocketScope {

class Journal;

// Any instant of a journal, fast: copies of the folded state (checkpoints) every `interval`
// events, so the state after event n is the nearest checkpoint before it folded forward by
// fewer than `interval` events, never a replay from the start. Checkpoints are taken the
// first time a part of the journal is asked for, or ahead of that by prepare() (Playhead
// takes them a slice at a time as the journal grows).
class History
{
public:
    static constexpr qsizetype kDefaultInterval = 32768;

    explicit History(const Journal *journal, qsizetype interval = kDefaultInterval);

    // The state after the first `count` events (clamped to the journal).
    SessionFold stateAfter(qsizetype count);
    // Takes the checkpoints up to `count` events now (a benchmark, or a replay that opens).
    void prepare(qsizetype count);

    qsizetype interval() const { return m_interval; }
    // How many events the checkpoints cover so far.
    qsizetype prepared() const { return m_frontier.eventCount(); }
    qsizetype checkpointCount() const { return qsizetype(m_checkpoints.size()); }
    // What the checkpoints hold, chunks they share counted once.
    qsizetype memoryBytes() const;

private:
    const Journal *m_journal;
    qsizetype m_interval;
    // m_checkpoints[k] is the state after k * m_interval events.
    std::vector<SessionFold> m_checkpoints;
    // Where taking checkpoints has got to.
    SessionFold m_frontier;
};

} // namespace SocketScope
