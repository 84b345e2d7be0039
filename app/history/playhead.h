#pragma once

#include "history.h"

#include <QtCore/QObject>

#include <memory>

namespace SocketScope {

class Journal;

// The instant every view shows: the present (live), or the state after the first
// `shownCount()` events of the journal. The tables read the state from here; the timeline's
// playback moves it.
class Playhead : public QObject
{
    Q_OBJECT

public:
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
    const Journal *m_journal;
    History m_history;
    std::shared_ptr<const SessionFold> m_past;
};

} // namespace SocketScope
