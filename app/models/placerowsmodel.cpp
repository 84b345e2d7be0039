#include "models/placerowsmodel.h"

namespace SocketScope {

PlaceRowsModel::PlaceRowsModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_animation(columns)
{ }

int PlaceRowsModel::appendRows(const std::vector<qint32> &places)
{
    if (places.empty())
        return -1;
    const int firstRow = int(m_rows.size());
    beginInsertRows({}, firstRow, firstRow + int(places.size()) - 1);
    m_rows.insert(m_rows.end(), places.begin(), places.end());
    m_animation.insertRows(firstRow, qsizetype(places.size()));
    endInsertRows();
    return firstRow;
}

void PlaceRowsModel::dropFinishedRows()
{
    for (const auto &[first, count] : m_animation.finishedLeavingRuns())
        removeRun(int(first), int(first + count - 1));
}

void PlaceRowsModel::removeRun(int first, int last)
{
    beginRemoveRows({}, first, last);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    m_animation.removeRows(first, last - first + 1);
    endRemoveRows();
}

void PlaceRowsModel::reconcileRows(const std::vector<qint32> &wanted, const std::function<void()> &between)
{
    // Both lists are sorted: walk them together to find the rows that stay.
    std::vector<bool> stays(m_rows.size(), false);
    for (size_t r = 0, w = 0; r < m_rows.size() && w < wanted.size();) {
        if (m_rows[r] == wanted[w]) {
            stays[r] = true;
            ++r;
            ++w;
        } else if (m_rows[r] < wanted[w]) {
            ++r;
        } else {
            ++w;
        }
    }
    for (int r = int(m_rows.size()) - 1; r >= 0;) {
        if (stays[size_t(r)]) {
            --r;
            continue;
        }
        const int last = r;
        while (r >= 0 && !stays[size_t(r)])
            --r;
        removeRun(r + 1, last);
    }

    between();
    for (size_t row = 0, w = 0; w < wanted.size();) {
        if (row < m_rows.size() && m_rows[row] == wanted[w]) {
            ++row;
            ++w;
            continue;
        }
        size_t end = w;
        while (end < wanted.size() && (row >= m_rows.size() || wanted[end] < m_rows[row]))
            ++end;
        const auto count = qsizetype(end - w);
        beginInsertRows({}, int(row), int(row + size_t(count)) - 1);
        m_rows.insert(
            m_rows.begin() + qsizetype(row), wanted.begin() + qsizetype(w), wanted.begin() + qsizetype(end));
        m_animation.insertRows(qsizetype(row), count);
        endInsertRows();
        row += size_t(count);
        w = end;
    }
}

} // namespace SocketScope
