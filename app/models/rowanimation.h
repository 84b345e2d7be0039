#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QtGlobal>

#include <functional>
#include <utility>
#include <vector>

namespace SocketScope {

// Remembers when each row appeared, when each cell last changed and when a row began to
// leave, so a view can mark new, changed and closing rows the way TCPView does. It only keeps
// times; the colours belong to the view.
class RowAnimation
{
public:
    enum class Mark : quint8 { None, New, Changed, Leaving };
    struct Highlight
    {
        Mark mark = Mark::None;
        qreal strength = 0; // 1 at the start, fading to 0
    };

    static constexpr qint64 kNewMs = 1500;
    static constexpr qint64 kChangedMs = 1000;
    static constexpr qint64 kLeavingMs = 1500;

    explicit RowAnimation(int columns);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // While a large batch is applied (rows pouring in under load), nothing is marked: rows
    // arrive without a glow, changes without a flash, and leaving rows are finished at once.
    // A glow per row means a repaint of the whole table many times a second, and with hundreds
    // of rows a second nobody can follow them anyway.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }

    void insertRows(qsizetype first, qsizetype count);
    void removeRow(qsizetype row) { removeRows(row, 1); }
    void removeRows(qsizetype first, qsizetype count);
    void markChanged(qsizetype row, int column);
    void markLeaving(qsizetype row);
    // A row that was leaving is wanted again (the playhead came back before it went): it
    // stays, glowing as new.
    void markBack(qsizetype row);
    // A row marked leaving (its socket closed live) shown at an instant it was still open: no
    // longer leaving, without a glow.
    void stopLeaving(qsizetype row);
    bool isLeaving(qsizetype row) const { return m_rows[size_t(row)].leavingSince >= 0; }
    // Rows whose fade-out has ended, highest first, ready to be removed.
    std::vector<qsizetype> finishedLeaving() const;
    // The same as runs of adjacent rows (first, count), highest first: removing a run at once
    // costs a view and a sorting proxy one update instead of one per row. With `only`, just
    // the rows it accepts.
    std::vector<std::pair<qsizetype, qsizetype>> finishedLeavingRuns(
        const std::function<bool(qsizetype)> &only = {}) const;

    Highlight highlight(qsizetype row, int column) const;
    // True while anything still fades; the view repaints only then.
    bool isAnimating() const;

private:
    struct Row
    {
        qint64 insertedAt = -1;
        qint64 leavingSince = -1;
        std::vector<qint64> changedAt;
        bool quiet = false; // began to leave while quiet: no fade
    };

    qint64 now() const { return m_clock.elapsed(); }

    int m_columns;
    bool m_enabled = true;
    bool m_quiet = false;
    qsizetype m_leaving = 0; // rows with leavingSince >= 0
    QElapsedTimer m_clock;
    std::vector<Row> m_rows;
    qint64 m_lastMark = -1;
};

} // namespace SocketScope
