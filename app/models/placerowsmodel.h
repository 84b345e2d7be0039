#pragma once

#include "models/rowanimation.h"

#include <QtCore/QAbstractTableModel>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace SocketScope {

class SessionFold;

// A table whose rows are places in a fold of the journal (a socket's or a connection's index in
// the order it first appeared), kept sorted, with a RowAnimation that moves in step with them.
// The socket and connection tables share how their rows arrive, leave and are brought to
// another instant of the session.
class PlaceRowsModel : public QAbstractTableModel
{
public:
    explicit PlaceRowsModel(int columns, QObject *parent = nullptr);

    // True while `row` shows a place of an instant the playhead has just left, fading out.
    bool isFadingOut(int row) const;

    // At most this many rows fade out on one move of the playhead; more go at once.
    static constexpr size_t kMostFading = 200;

protected:
    // New places, all after every row shown, arrive at the end in one run. Returns the first
    // new row, or -1 when there is none.
    int appendRows(const std::vector<qint32> &places);
    // Rows whose leaving glow has finished go, in runs; with `fadingOnly`, only the rows that
    // fade out after a move of the playhead.
    void dropFinishedRows(bool fadingOnly = false);
    // Brings the rows to `wanted` (sorted places) with the fewest moves: rows that are not
    // wanted leave, then `between` runs (the model switches to the new instant) and the wanted
    // rows that are missing arrive, in runs. `from` is the instant shown until now (null: the
    // live one). With the animation on, a row that leaves fades out as rows do live, still
    // showing `from` (fadingFrom()), and goes when its fade ends; otherwise rows leave at once,
    // in runs from the end.
    void reconcileRows(const std::vector<qint32> &wanted, const std::shared_ptr<const SessionFold> &from,
        const std::function<void()> &between);
    // The instant a fading row shows (its pointer null: the live one), or nullptr when `row`
    // is not fading.
    const std::shared_ptr<const SessionFold> *fadingFrom(int row) const;
    bool hasFading() const { return !m_fading.empty(); }

    std::vector<qint32> m_rows;
    RowAnimation m_animation;

private:
    void removeRun(int first, int last);

    // The places fading out, each with the instant it shows.
    std::unordered_map<qint32, std::shared_ptr<const SessionFold>> m_fading;
};

} // namespace SocketScope
