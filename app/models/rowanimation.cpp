#include "rowanimation.h"

#include <algorithm>

namespace SocketScope {

RowAnimation::RowAnimation(int columns)
    : m_columns(columns)
{
    m_clock.start();
}

void RowAnimation::insertRows(qsizetype first, qsizetype count)
{
    Row row;
    row.insertedAt = now();
    row.changedAt.assign(size_t(m_columns), -1);
    m_rows.insert(m_rows.begin() + first, size_t(count), row);
    m_lastMark = row.insertedAt;
}

void RowAnimation::removeRow(qsizetype row)
{
    m_rows.erase(m_rows.begin() + row);
}

void RowAnimation::markChanged(qsizetype row, int column)
{
    m_rows[size_t(row)].changedAt[size_t(column)] = m_lastMark = now();
}

void RowAnimation::markLeaving(qsizetype row)
{
    Row &r = m_rows[size_t(row)];
    if (r.leavingSince < 0)
        r.leavingSince = m_lastMark = now();
}

std::vector<qsizetype> RowAnimation::finishedLeaving() const
{
    std::vector<qsizetype> rows;
    const qint64 t = now();
    for (qsizetype i = qsizetype(m_rows.size()) - 1; i >= 0; --i) {
        const Row &r = m_rows[size_t(i)];
        if (r.leavingSince >= 0 && (!m_enabled || t - r.leavingSince >= kLeavingMs))
            rows.push_back(i);
    }
    return rows;
}

RowAnimation::Highlight RowAnimation::highlight(qsizetype row, int column) const
{
    if (!m_enabled || row < 0 || row >= qsizetype(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(row)];
    const qint64 t = now();
    const auto fade = [&](qint64 since, qint64 duration) {
        return since < 0 ? 0.0 : std::clamp(1.0 - qreal(t - since) / qreal(duration), 0.0, 1.0);
    };
    if (r.leavingSince >= 0)
        // Leaving grows stronger as the row goes, so the eye is drawn to it before it vanishes.
        return {Mark::Leaving, std::clamp(qreal(t - r.leavingSince) / qreal(kLeavingMs), 0.3, 1.0)};
    if (const qreal s = fade(r.insertedAt, kNewMs); s > 0)
        return {Mark::New, s};
    if (const qreal s = fade(r.changedAt[size_t(column)], kChangedMs); s > 0)
        return {Mark::Changed, s};
    return {};
}

bool RowAnimation::isAnimating() const
{
    if (!m_enabled || m_lastMark < 0)
        return false;
    if (now() - m_lastMark < std::max({kNewMs, kChangedMs, kLeavingMs}))
        return true;
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.leavingSince >= 0; });
}

} // namespace SocketScope
