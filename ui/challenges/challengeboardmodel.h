#pragma once

#include "challenges/challengeboard.h"
#include "window/theme.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

namespace SocketScope {

// The projector's table: one row per student, as the board judges them. Rows arrive and
// change in bursts (a class connecting at once), so they are shown in batches on a short timer.
class ChallengeBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StudentColumn, KernelStateColumn, SentColumn, VerdictColumn, SecondsColumn, ColumnCount };
    // The verdict's value, for sorting and colouring.
    static constexpr int VerdictRole = Qt::UserRole;

    explicit ChallengeBoardModel(QObject *parent = nullptr);

    // What a verdict's colour means: done, a mistake, running out of time, waiting.
    static Theme::Role verdictRole(ChallengeVerdict verdict);

    // Null: empty. The board is not owned.
    void setBoard(ChallengeBoard *board);
    ChallengeBoard *board() const { return m_board; }
    // Shows what is waiting now instead of on the timer (tests, export).
    void flush();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onRowChanged(int row);

    QPointer<ChallengeBoard> m_board;
    int m_shown = 0;
    QSet<int> m_changed;
    QTimer m_batch;
};

} // namespace SocketScope
