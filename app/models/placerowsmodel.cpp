#include "models/placerowsmodel.h"

#include "history/sessionfold.h"

#include <algorithm>

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

bool PlaceRowsModel::isFadingOut(int row) const
{
    return fadingFrom(row) != nullptr;
}

const std::shared_ptr<const SessionFold> *PlaceRowsModel::fadingFrom(int row) const
{
    if (m_fading.empty() || row < 0 || row >= int(m_rows.size()))
        return nullptr;
    const auto it = m_fading.find(m_rows[size_t(row)]);
    return it == m_fading.end() ? nullptr : &it->second;
}

void PlaceRowsModel::dropFinishedRows(bool fadingOnly)
{
    std::function<bool(qsizetype)> only;
    if (fadingOnly)
        only = [this](qsizetype row) { return isFadingOut(int(row)); };
    for (const auto &[first, count] : m_animation.finishedLeavingRuns(only))
        removeRun(int(first), int(first + count - 1));
}

void PlaceRowsModel::removeRun(int first, int last)
{
    // A fading row is read from its instant until it is gone (views ask while it leaves).
    const std::vector<qint32> places = m_fading.empty()
        ? std::vector<qint32>()
        : std::vector<qint32>(m_rows.begin() + first, m_rows.begin() + last + 1);
    beginRemoveRows({}, first, last);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    m_animation.removeRows(first, last - first + 1);
    endRemoveRows();
    for (const qint32 place : places)
        m_fading.erase(place);
}

void PlaceRowsModel::reconcileRows(const std::vector<qint32> &wanted,
    const std::shared_ptr<const SessionFold> &from, const std::function<void()> &between)
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
    // A row fading out that is wanted again stays, glowing as new.
    for (size_t r = 0; r < m_rows.size() && !m_fading.empty(); ++r) {
        if (stays[r] && m_fading.erase(m_rows[r]) > 0)
            m_animation.markBack(qsizetype(r));
    }
    // The rows that leave fade out, as rows do live, while there are not too many of them.
    const auto leaving = size_t(std::count(stays.begin(), stays.end(), false));
    if (m_animation.isEnabled() && !m_animation.isQuiet() && leaving <= kMostFading) {
        for (size_t r = 0; r < m_rows.size(); ++r) {
            if (stays[r] || m_fading.count(m_rows[r]) > 0)
                continue;
            m_fading.emplace(m_rows[r], from);
            m_animation.markLeaving(qsizetype(r));
        }
        std::fill(stays.begin(), stays.end(), true);
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
        if (row < m_rows.size() && m_rows[row] < wanted[w]) {
            ++row; // a row fading out
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
