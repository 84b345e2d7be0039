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
    row.changedAt.assign(size_t(m_columns), -1);
    if (!m_quiet)
        row.insertedAt = m_lastMark = now();
    m_rows.insert(m_rows.begin() + first, size_t(count), row);
}

void RowAnimation::removeRows(qsizetype first, qsizetype count)
{
    const auto begin = m_rows.begin() + first;
    const auto end = begin + count;
    m_leaving -= std::count_if(begin, end, [](const Row &r) { return r.leavingSince >= 0; });
    m_rows.erase(begin, end);
}

void RowAnimation::markChanged(qsizetype row, int column)
{
    if (!m_quiet)
        m_rows[size_t(row)].changedAt[size_t(column)] = m_lastMark = now();
}

void RowAnimation::markLeaving(qsizetype row)
{
    Row &r = m_rows[size_t(row)];
    if (r.leavingSince >= 0)
        return;
    ++m_leaving;
    r.leavingSince = now();
    // A quiet row has no fade: it goes with the next removal.
    r.quiet = m_quiet;
    if (!m_quiet)
        m_lastMark = r.leavingSince;
}

void RowAnimation::markBack(qsizetype row)
{
    if (!isLeaving(row))
        return;
    stopLeaving(row);
    if (!m_quiet)
        m_rows[size_t(row)].insertedAt = m_lastMark = now();
}

void RowAnimation::stopLeaving(qsizetype row)
{
    Row &r = m_rows[size_t(row)];
    if (r.leavingSince < 0)
        return;
    --m_leaving;
    r.leavingSince = -1;
    r.quiet = false;
}

std::vector<qsizetype> RowAnimation::finishedLeaving() const
{
    std::vector<qsizetype> rows;
    const qint64 t = now();
    for (qsizetype i = qsizetype(m_rows.size()) - 1; i >= 0; --i) {
        const Row &r = m_rows[size_t(i)];
        if (r.leavingSince >= 0 && (!m_enabled || r.quiet || t - r.leavingSince >= kLeavingMs))
            rows.push_back(i);
    }
    return rows;
}

std::vector<std::pair<qsizetype, qsizetype>> RowAnimation::finishedLeavingRuns(
    const std::function<bool(qsizetype)> &only) const
{
    std::vector<std::pair<qsizetype, qsizetype>> runs;
    for (const qsizetype row : finishedLeaving()) {
        if (only && !only(row))
            continue;
        if (!runs.empty() && runs.back().first == row + 1) {
            --runs.back().first;
            ++runs.back().second;
        } else {
            runs.emplace_back(row, 1);
        }
    }
    return runs;
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
    if (r.leavingSince >= 0 && r.quiet)
        return {};
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
    if (!m_enabled)
        return false;
    if (m_lastMark >= 0 && now() - m_lastMark < std::max({kNewMs, kChangedMs, kLeavingMs}))
        return true;
    return m_leaving > 0;
}

} // namespace SocketScope
