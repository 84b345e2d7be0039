#pragma once

#include "rowanimation.h"
#include "socketrecord.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QTimer>

#include <vector>

namespace SocketScope {

class Journal;
class JournalFollower;

// One row per socket, folded from the journal: the five things a socket is made of, what the
// app did with it and what the kernel says. Rows are inserted in batches; a socket the kernel
// has let go of fades out and is then removed (kept, greyed, in a replay).
class SocketTableModel : public QAbstractTableModel
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

    static QString columnExplained(int column);

private:
    void consume(qsizetype first, qsizetype last);
    void removeFinishedRows();
    static int columnOfField(quint32 field);
    static QString cellToolTip(const SocketRecord &record, int column);

    Journal *m_journal;
    JournalFollower *m_follower;
    std::vector<SocketRecord> m_rows;
    QHash<qint32, int> m_rowOfSocket;
    RowAnimation m_animation;
    QTimer m_reaper;
    bool m_keepGone = false;
};

} // namespace SocketScope
