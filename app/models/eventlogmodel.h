#pragma once

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace SocketScope {

class Journal;
class JournalFollower;

// The journal as a table, one row per event, appended in batches. Rows are never copied: the
// model only counts how many of the journal's events it has announced.
//
// The kernel's TCP numbers (a tcp_info reading per socket at every poll) can be left out: they
// outnumber the calls and packets many times over and push them out of sight. Then the model
// keeps the journal index of each row it shows, and counts the readings it left out.
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

    // Whether the kernel's TCP numbers have rows of their own (they do unless told otherwise).
    bool showsKernelNumbers() const { return m_showKernelNumbers; }
    void setShowKernelNumbers(bool show);
    // How many kernel readings have no row because they are left out.
    qsizetype hiddenCount() const { return m_hidden; }

    // The journal index of the event on `row`.
    qsizetype eventOfRow(int row) const;
    // The last row whose event comes at or before journal index `event` (-1: none does).
    int rowAtOrBefore(qsizetype event) const;

signals:
    void hiddenCountChanged(qsizetype hidden);

private:
    void consume(qsizetype first, qsizetype last);
    bool isShown(qsizetype event) const;

    Journal *m_journal;
    JournalFollower *m_follower;
    qsizetype m_rows = 0; // events announced (all of them while nothing is left out)
    bool m_showKernelNumbers = true;
    // While kernel numbers are left out: the journal index of each row.
    std::vector<quint32> m_shown;
    qsizetype m_hidden = 0;
};

} // namespace SocketScope
