#pragma once

#include "history.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <memory>

namespace SocketScope {

class Journal;

// The instant every view shows: the present (live), or the state after the first
// `shownCount()` events of the journal. The tables read the state from here; the timeline's
// playback moves it. Checkpoints are taken ahead as the journal grows, a slice at a time, so
// the first step into the past of a long session or a large replay is as fast as the next.
class Playhead : public QObject
{
    Q_OBJECT

public:
    // How often, at most, one interval's checkpoint is taken ahead while the journal grows:
    // about 3 ms of folding per slice, so at most about 1% of the window thread's time.
    static constexpr int kAheadMs = 250;

    explicit Playhead(const Journal *journal, QObject *parent = nullptr);

    bool isLive() const { return !m_past; }
    // How many events the views show: the whole journal while live.
    qsizetype shownCount() const;
    // The state shown while in the past; null while live.
    std::shared_ptr<const SessionFold> past() const { return m_past; }
    History &history() { return m_history; }

    // Shows the state after the first `count` events and stops following the present.
    void showAfter(qsizetype count);
    void goLive();

signals:
    // Live or the instant changed.
    void moved();

private:
    // One more checkpoint, while a whole interval of events waits for one.
    void prepareAhead();

    const Journal *m_journal;
    History m_history;
    QTimer m_ahead;
    std::shared_ptr<const SessionFold> m_past;
};

} // namespace SocketScope
