#include "timemapper.h"

#include <QtCore/QtMath>

#include <algorithm>

namespace SocketScope {

void TimeMapper::setPlot(double left, double width)
{
    m_left = left;
    m_width = qMax(1.0, width);
}

void TimeMapper::setView(double startUnits, double unitsPerPixel)
{
    const double floor = m_spacing == Spacing::Steps ? kMinUnitsPerPixelSteps : kMinUnitsPerPixelTime;
    m_start = startUnits;
    m_unitsPerPixel = qMax(floor, unitsPerPixel);
}

void TimeMapper::fit(double first, double last, double margin)
{
    const double usable = qMax(1.0, m_width - 2 * margin);
    const double span = qMax(last - first, m_spacing == Spacing::Steps ? 1.0 : 1e-6);
    double perPixel = span / usable;
    // A short journal by step would stretch one step across the screen; cap the step width
    // so a three-event session still reads like a sequence.
    if (m_spacing == Spacing::Steps)
        perPixel = qMax(perPixel, 1.0 / 110);
    setView(first
            - margin
                * qMax(
                    perPixel, m_spacing == Spacing::Steps ? kMinUnitsPerPixelSteps : kMinUnitsPerPixelTime),
        perPixel);
}

void TimeMapper::zoomAt(double x, double factor)
{
    if (factor <= 0)
        return;
    const double anchor = unitsAt(x);
    setView(m_start, m_unitsPerPixel / factor);
    m_start = anchor - (x - m_left) * m_unitsPerPixel;
    keepInRange();
}

void TimeMapper::panPixels(double dx)
{
    m_start -= dx * m_unitsPerPixel;
    keepInRange();
}

void TimeMapper::setRange(double first, double last)
{
    m_hasRange = true;
    m_rangeFirst = first;
    m_rangeLast = qMax(first, last);
}

void TimeMapper::keepInRange()
{
    if (!m_hasRange)
        return;
    // No further out than the whole session in half the plot (a short session by step keeps
    // its readable step width, as fit() gives it).
    const double span = m_rangeLast - m_rangeFirst;
    const double widest
        = qMax(2 * span / m_width, m_spacing == Spacing::Steps ? 2.0 / 110 : 2 * kMinUnitsPerPixelTime);
    if (m_unitsPerPixel > widest) {
        const double middle = m_start + m_width * m_unitsPerPixel / 2;
        m_unitsPerPixel = widest;
        m_start = middle - m_width * m_unitsPerPixel / 2;
    }
    const double half = m_width * m_unitsPerPixel / 2;
    m_start = qBound(m_rangeFirst - half, m_start, m_rangeLast - half);
}

namespace {

// Seconds removed by all folds that end at or before `ns`, plus the part of a fold `ns` lies in.
double removedBefore(const std::vector<TimeFold> &folds, qint64 ns)
{
    const auto end = std::upper_bound(
        folds.begin(), folds.end(), ns, [](qint64 value, const TimeFold &f) { return value < f.from; });
    double removed = 0;
    for (auto it = folds.begin(); it != end; ++it) {
        const double gap = double(it->to - it->from) / 1e9;
        if (ns >= it->to) {
            removed += gap - TimeMapper::kFoldedGapSeconds;
        } else {
            // Inside the gap: squeeze it linearly so positions stay in order.
            const double into = double(ns - it->from) / 1e9;
            removed += into - into * TimeMapper::kFoldedGapSeconds / gap;
        }
    }
    return removed;
}

} // namespace

double TimeMapper::unitsOfTime(qint64 ns) const
{
    const double seconds = double(ns) / 1e9;
    if (!m_folds || m_folds->empty())
        return seconds;
    return seconds - removedBefore(*m_folds, ns);
}

qint64 TimeMapper::timeOfUnits(double units) const
{
    if (!m_folds || m_folds->empty())
        return qint64(std::llround(units * 1e9));
    // Walk the folds in order; each one shifts everything after it.
    double removed = 0;
    for (const TimeFold &f : *m_folds) {
        const double foldStart = double(f.from) / 1e9 - removed;
        if (units <= foldStart)
            break;
        const double gap = double(f.to - f.from) / 1e9;
        const double foldEnd = foldStart + kFoldedGapSeconds;
        if (units < foldEnd) {
            const double fraction = (units - foldStart) / kFoldedGapSeconds;
            return f.from + qint64(std::llround(fraction * gap * 1e9));
        }
        removed += gap - kFoldedGapSeconds;
    }
    return qint64(std::llround((units + removed) * 1e9));
}

} // namespace SocketScope
