#pragma once

#include "timeline/timelineitem.h"

#include <vector>

namespace SocketScope {

// Converts between a place on the time axis and an x position, with no widget involved, so
// the view, the exporters and the tests share one rule.
//
// The axis is measured in "units": by step, one unit is one item (item i sits at i); by real
// time, one unit is one second, with long quiet gaps folded to kFoldedGapSeconds so a session
// with minutes of idling still shows its microsecond handshakes side by side.
class TimeMapper
{
public:
    enum class Spacing { Steps, RealTime };

    // Gaps longer than this are folded; a folded gap is drawn as kFoldedGapSeconds.
    static constexpr qint64 kFoldThresholdNs = TimeFold::kThresholdNs;
    static constexpr double kFoldedGapSeconds = 0.25;

    Spacing spacing() const { return m_spacing; }
    void setSpacing(Spacing spacing) { m_spacing = spacing; }

    // The folds of the journal, in time order (TimelineLayout keeps them).
    void setFolds(const std::vector<TimeFold> *folds) { m_folds = folds; }

    // Where the plot starts on screen and how wide it is, in pixels.
    void setPlot(double left, double width);
    double plotLeft() const { return m_left; }
    double plotWidth() const { return m_width; }

    // The axis position at the plot's left edge and how many units one pixel spans.
    void setView(double startUnits, double unitsPerPixel);
    double startUnits() const { return m_start; }
    double endUnits() const { return m_start + m_width * m_unitsPerPixel; }
    double unitsPerPixel() const { return m_unitsPerPixel; }
    // Shows [first, last] across the plot with `margin` pixels either side.
    void fit(double first, double last, double margin = 24);
    // Zooms by `factor` (> 1 zooms in) keeping the axis position under `x` where it is.
    void zoomAt(double x, double factor);
    void panPixels(double dx);

    // The session's extent on the axis. Once set, zooming and panning never leave it: the
    // middle of the view stays on the session, and zooming out stops at twice the whole of it,
    // so no key, wheel or drag shows an empty plot far from every event.
    void setRange(double first, double last);
    bool hasRange() const { return m_hasRange; }
    double rangeFirst() const { return m_rangeFirst; }
    double rangeLast() const { return m_rangeLast; }

    double xOf(double units) const { return m_left + (units - m_start) / m_unitsPerPixel; }
    double unitsAt(double x) const { return m_start + (x - m_left) * m_unitsPerPixel; }

    // Real-time axis: seconds since the session started, with folds taken out.
    double unitsOfTime(qint64 ns) const;
    qint64 timeOfUnits(double units) const;
    // The axis position of item `index` at time `ns` under the current spacing.
    double unitsOfItem(qsizetype index, qint64 ns) const
    {
        return m_spacing == Spacing::Steps ? double(index) : unitsOfTime(ns);
    }

    // True when more than one item would share a pixel, so painting should draw per-pixel
    // aggregates instead of single items.
    static bool aggregates(qsizetype itemsInView, double widthPixels)
    {
        return widthPixels > 0 && double(itemsInView) > widthPixels;
    }

    static constexpr double kMinUnitsPerPixelSteps = 1.0 / 400; // one step at most 400 px
    static constexpr double kMinUnitsPerPixelTime = 1e-9; // one nanosecond per pixel

private:
    Spacing m_spacing = Spacing::Steps;
    const std::vector<TimeFold> *m_folds = nullptr;
    double m_left = 0;
    double m_width = 1;
    double m_start = 0;
    double m_unitsPerPixel = 1.0 / 80;
    bool m_hasRange = false;
    double m_rangeFirst = 0;
    double m_rangeLast = 0;
    void keepInRange();
};

} // namespace SocketScope
