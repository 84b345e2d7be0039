#pragma once

#include "models/rowanimation.h"

#include <QtCore/QAbstractTableModel>

#include <functional>
#include <vector>

namespace SocketScope {

// A table whose rows are places in a fold of the journal (a socket's or a connection's index in
// the order it first appeared), kept sorted, with a RowAnimation that moves in step with them.
// The socket and connection tables share how their rows arrive, leave and are brought to
// another instant of the session.
class PlaceRowsModel : public QAbstractTableModel
{
public:
    explicit PlaceRowsModel(int columns, QObject *parent = nullptr);

protected:
    // New places, all after every row shown, arrive at the end in one run. Returns the first
    // new row, or -1 when there is none.
    int appendRows(const std::vector<qint32> &places);
    // Rows whose leaving glow has finished go, in runs.
    void dropFinishedRows();
    // Brings the rows to `wanted` (sorted places) with the fewest moves: rows that are not
    // wanted leave first, in runs from the end, while the old instant is still shown; then
    // `between` runs (the model switches to the new instant) and the wanted rows that are
    // missing arrive, in runs.
    void reconcileRows(const std::vector<qint32> &wanted, const std::function<void()> &between);

    std::vector<qint32> m_rows;
    RowAnimation m_animation;

private:
    void removeRun(int first, int last);
};

} // namespace SocketScope
