#pragma once

#include "history/socketfold.h"
#include "models/placerowsmodel.h"
#include "socketrecord.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QTimer>

#include <memory>
#include <vector>

namespace SocketScope {

class Journal;
class JournalFollower;
class Playhead;
class SessionFold;

// One row per socket, folded from the journal: the five things a socket is made of, what the
// app did with it and what the kernel says. Rows are inserted in batches; a socket the kernel
// has let go of fades out and is then removed (kept, greyed, in a replay). Following a
// Playhead it shows any instant of the past: the sockets that existed then, as they were.
class SocketTableModel : public PlaceRowsModel
{
    Q_OBJECT

public:
    enum Column {
        ColumnId,
        ColumnRole,
        ColumnProtocol,
        ColumnComputer, // which computer the socket is on: this one, or a virtual lab host
        ColumnLocal,
        ColumnRemote,
        ColumnAppState,
        ColumnKernelState,
        ColumnQueue,
        ColumnBytesIn,
        ColumnBytesOut,
        ColumnPacketsIn,
        ColumnPacketsOut,
        ColumnOpened,
        // The kernel's TCP numbers (tcp_info); after the others, so the table still fits.
        ColumnCwnd,
        ColumnRtt,
        ColumnRetransmissions,
        ColumnCount
    };
    enum Role {
        SocketIdRole = Qt::UserRole + 1,
        SortRole,
        HighlightMarkRole, // RowAnimation::Mark as int
        HighlightStrengthRole, // qreal 0..1
        IsOpenRole,
        ParentIdRole,
    };

    SocketTableModel(Journal *journal, QObject *parent = nullptr);
    ~SocketTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAnimated(bool animated);
    bool isAnimating() const { return m_animation.isAnimating(); }
    // Replays keep sockets the kernel let go of, greyed, instead of removing them.
    void setKeepGone(bool keep) { m_keepGone = keep; }

    int rowOfSocket(qint32 id) const;
    const SocketRecord *record(int row) const;
    const SocketRecord *recordOfSocket(qint32 id) const;
    // Folds every event not yet seen, now.
    void catchUp();
    // Shows the instant `playhead` shows from now on (the past, or live again).
    void followPlayhead(Playhead *playhead);
    // The records the rows are read from: the live fold, or the past instant shown.
    const SocketFold &shownSockets() const;

    static QString columnExplained(int column);

private:
    void consume(qsizetype first, qsizetype last);
    void removeFinishedRows();
    // Shows `past` (null: live) in place of what is shown: rows leave and arrive, cells that
    // differ are marked as changed, so stepping back and forth animates both ways.
    void show(std::shared_ptr<const SessionFold> past);
    void markFields(int row, quint32 fields, int *left, int *right);
    int rowOfIndex(qint32 index) const;
    // The record row `row` shows: of the instant shown, or of the one it fades out from.
    const SocketRecord &recordOfRow(int row) const;
    static int columnOfField(quint32 field);
    static quint32 differences(const SocketRecord &before, const SocketRecord &after);
    QString cellToolTip(const SocketRecord &record, int column) const;

    Journal *m_journal;
    JournalFollower *m_follower;
    SocketFold m_live;
    std::shared_ptr<const SessionFold> m_past;
    QTimer m_reaper;
    bool m_keepGone = false;
};

} // namespace SocketScope
