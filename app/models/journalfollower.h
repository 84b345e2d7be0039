#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <functional>

namespace SocketScope {

class Journal;

// Collects a burst of journal appends and hands them on in one batch on a short timer, so a
// model inserts rows once per batch instead of once per event.
class JournalFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchIntervalMs = 30;
    // While events pour in (a batch larger than kBusyBatch), batches are gathered for longer:
    // each batch costs the window a layout and a repaint whatever its size, and under load
    // that cost, not the events, is what kept the GUI thread busy. Four batches a second is
    // still a table that visibly fills.
    static constexpr int kBusyIntervalMs = 250;
    static constexpr qsizetype kBusyBatch = 32;
    using Consumer = std::function<void(qsizetype first, qsizetype last)>;

    JournalFollower(Journal *journal, Consumer consumer, QObject *parent);

    // Hands on everything not yet seen, now (tests, and a model's first fill).
    void catchUp();
    qsizetype seen() const { return m_seen; }

private:
    Journal *m_journal;
    Consumer m_consumer;
    QTimer m_timer;
    qsizetype m_seen = 0;
};

} // namespace SocketScope
