#pragma once

#include <algorithm>
#include <vector>

namespace SocketScope {

// The rows a batch of journal events changed, each with its first and last changed column,
// handed on as runs of neighbouring rows: one dataChanged per run instead of one per row. Under
// load a batch changes thousands of rows (connections closing one after another), and every
// dataChanged costs a signal, the view's bookkeeping and a sort proxy's look at the row.
// Rows far apart stay in runs of their own, so a view is never told about rows that did not
// change.
class ChangedRows
{
public:
    void add(int row, int left, int right) { m_rows.push_back({row, left, right}); }
    bool isEmpty() const { return m_rows.empty(); }

    // Calls `changed(firstRow, lastRow, left, right)` once per run of neighbouring rows, in row
    // order; a run's columns span every column changed in any of its rows. Empties the list.
    template<typename Changed> void emitRuns(Changed &&changed)
    {
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.row < b.row; });
        size_t i = 0;
        while (i < m_rows.size()) {
            Row run = m_rows[i];
            int last = run.row;
            for (++i; i < m_rows.size() && m_rows[i].row <= last + 1; ++i) {
                last = m_rows[i].row;
                run.left = std::min(run.left, m_rows[i].left);
                run.right = std::max(run.right, m_rows[i].right);
            }
            changed(run.row, last, run.left, run.right);
        }
        m_rows.clear();
    }

private:
    struct Row
    {
        int row;
        int left;
        int right;
    };
    std::vector<Row> m_rows;
};

} // namespace SocketScope
