#pragma once

#include <QtCore/QAbstractTableModel>

namespace SocketScope {

class Journal;
class JournalFollower;

// The journal as a table, one row per event, appended in batches. Rows are never copied: the
// model only counts how many of the journal's events it has announced.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ColumnTime, ColumnSocket, ColumnSource, ColumnKind, ColumnDetails, ColumnCount };
    enum Role { SocketIdRole = Qt::UserRole + 1, EventIndexRole, SourceRole, KindRole };

    explicit EventLogModel(Journal *journal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void catchUp();

private:
    void consume(qsizetype first, qsizetype last);

    Journal *m_journal;
    JournalFollower *m_follower;
    qsizetype m_rows = 0;
};

} // namespace SocketScope
