#include "tcpinfostrips.h"

#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timelinepainter.h"
#include "window/theme.h"

#include <QtCore/QLocale>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>
#include <QtGui/QPolygonF>

#include <algorithm>
#include <cmath>

namespace SocketScope {

namespace {

double valueOf(const TcpInfoStrips::Sample &sample, TcpInfoStrips::Series series)
{
    switch (series) {
    case TcpInfoStrips::Series::Cwnd:
        return sample.cwnd;
    case TcpInfoStrips::Series::InFlight:
        // Data bytes where the kernel counts them (Linux 4.19 on), else segments: a lane's
        // readings all come from one kernel, so its strip keeps one unit.
        return sample.bytesInFlight >= 0 ? double(sample.bytesInFlight) : sample.inFlight;
    case TcpInfoStrips::Series::Rtt:
        return sample.rttMs;
    }
    return -1;
}

QColor colorOf(TcpInfoStrips::Series series, const QPalette &palette)
{
    switch (series) {
    case TcpInfoStrips::Series::Cwnd:
        return Theme::color(Theme::Role::Success, palette);
    case TcpInfoStrips::Series::InFlight:
        return Theme::color(Theme::Role::Captured, palette);
    case TcpInfoStrips::Series::Rtt:
        return Theme::color(Theme::Role::Warning, palette);
    }
    return palette.color(QPalette::Text);
}

constexpr TcpInfoStrips::Series kAllSeries[]
    = {TcpInfoStrips::Series::Cwnd, TcpInfoStrips::Series::InFlight, TcpInfoStrips::Series::Rtt};

const std::vector<TcpInfoStrips::Sample> kNoSamples;

} // namespace

TcpInfoStrips::TcpInfoStrips(const TimelineLayout &layout)
    : m_layout(layout)
{ }

bool TcpInfoStrips::update()
{
    const Journal &journal = m_layout.journal();
    const quint64 before = m_revision;
    for (; m_read < journal.count(); ++m_read) {
        const Event &e = journal.at(m_read);
        if (e.kind != EventKind::TcpInfo || e.socket < 0)
            continue;
        const TcpInfo info = journal.tcpInfo(e.payload);
        Sample sample;
        sample.t = e.t;
        sample.cwnd = double(info.cwnd >= 0 ? info.cwnd : e.value);
        sample.inFlight = double(info.inFlight);
        sample.bytesInFlight = info.bytesInFlight;
        const qint64 srtt = info.srttUs >= 0 ? info.srttUs : e.value2;
        sample.rttMs = srtt >= 0 ? double(srtt) / 1000.0 : -1;
        sample.retransmissions = info.retransmissions >= 0 ? info.retransmissions : qint64(e.length);
        Track &track = m_tracks[e.socket];
        if (!track.samples.empty()) {
            // A recording's clock can step back; the strips, like the timeline, never do.
            sample.t = qMax(sample.t, track.samples.back().t);
            sample.most = track.samples.back().most;
        }
        for (const Series which : kAllSeries)
            sample.most[size_t(which)] = qMax(sample.most[size_t(which)], valueOf(sample, which));
        sample.resent = sample.retransmissions > track.mostRetransmissions;
        track.mostRetransmissions = qMax(track.mostRetransmissions, sample.retransmissions);
        if (sample.resent && track.firstResent == std::numeric_limits<qint64>::max())
            track.firstResent = sample.t;
        track.samples.push_back(sample);
        ++m_revision;
    }
    return m_revision != before;
}

const TcpInfoStrips::Track *TcpInfoStrips::trackOf(LaneId lane) const
{
    if (lane < 0 || size_t(lane) >= m_layout.lanes().size())
        return nullptr;
    const qint32 socket = m_layout.lane(lane).socket;
    // Only the socket's own lane: a lane standing for it elsewhere draws no second strip.
    if (socket < 0 || m_layout.laneOfSocket(socket) != lane)
        return nullptr;
    const auto it = m_tracks.find(socket);
    return it == m_tracks.end() ? nullptr : &it->second;
}

const std::vector<TcpInfoStrips::Sample> &TcpInfoStrips::samples(LaneId lane) const
{
    const Track *track = trackOf(lane);
    return track ? track->samples : kNoSamples;
}

qsizetype TcpInfoStrips::laneCount() const
{
    qsizetype count = 0;
    for (const auto &[socket, track] : m_tracks)
        count += m_layout.laneOfSocket(socket) >= 0 ? 1 : 0;
    return count;
}

std::vector<qint64> TcpInfoStrips::retransmissionTimes(const std::vector<Sample> &samples)
{
    std::vector<qint64> times;
    qint64 last = 0;
    for (const Sample &sample : samples) {
        if (sample.retransmissions > last)
            times.push_back(sample.t);
        last = qMax(last, sample.retransmissions);
    }
    return times;
}

qint64 TcpInfoStrips::revealedUntil(const TimelineLayout &layout, qsizetype revealed)
{
    if (revealed >= layout.itemCount())
        return std::numeric_limits<qint64>::max();
    return revealed > 0 ? layout.items()[size_t(revealed - 1)].t : std::numeric_limits<qint64>::min();
}

QString TcpInfoStrips::seriesName(Series series)
{
    switch (series) {
    case Series::Cwnd:
        return tr("cwnd", "strip under a TCP lane: the congestion window");
    case Series::InFlight:
        return tr("in flight", "strip under a TCP lane: data bytes sent and not yet acknowledged");
    case Series::Rtt:
        return tr("RTT", "strip under a TCP lane: round-trip time");
    }
    return {};
}

QString TcpInfoStrips::describe(const Sample &sample)
{
    QStringList parts;
    if (sample.cwnd >= 0)
        parts << tr("cwnd %n segment(s)", "the congestion window at one instant", int(sample.cwnd));
    if (sample.rttMs >= 0)
        parts << tr("RTT %1 ms", "round-trip time at one instant").arg(QString::number(sample.rttMs, 'g', 3));
    if (sample.inFlight >= 0 && sample.bytesInFlight >= 0)
        parts << tr("%n in flight (%1 bytes)", "segments, then bytes, sent and not yet acknowledged",
            int(sample.inFlight))
                     .arg(QLocale().toString(sample.bytesInFlight));
    else if (sample.inFlight >= 0)
        parts << tr("%n in flight", "segments sent and not yet acknowledged", int(sample.inFlight));
    if (sample.retransmissions > 0)
        parts << tr("%n sent again so far", "segments the kernel retransmitted", int(sample.retransmissions));
    return parts.join(QStringLiteral(", "));
}

double TcpInfoStrips::xOfTime(const TimelinePainter &painter, qint64 t) const
{
    // A tcp_info event is no item of the timeline, so it goes between the items around it,
    // in proportion to time: by steps, where the arrows it came between are drawn.
    const qsizetype count = m_layout.itemCount();
    if (count == 0)
        return painter.plotRect().left();
    return xBetweenItems(painter, t, m_layout.firstItemAtOrAfter(t));
}

double TcpInfoStrips::xBetweenItems(const TimelinePainter &painter, qint64 t, qsizetype after) const
{
    const qsizetype count = m_layout.itemCount();
    if (count == 0)
        return painter.plotRect().left();
    if (after <= 0)
        return painter.xOfItem(0);
    if (after >= count)
        return painter.xOfItem(count - 1);
    const qint64 t0 = m_layout.items()[size_t(after - 1)].t;
    const qint64 t1 = m_layout.items()[size_t(after)].t;
    const double x0 = painter.xOfItem(after - 1);
    const double x1 = painter.xOfItem(after);
    if (t1 <= t0)
        return x1;
    return x0 + (x1 - x0) * double(t - t0) / double(t1 - t0);
}

bool TcpInfoStrips::bandOf(const TimelinePainter &painter, LaneId lane, Band *band) const
{
    const double scale = painter.scale();
    const double rowHeight = painter.laneHeight();
    const double y = painter.laneY(lane);
    band->bottom = y + rowHeight / 2 - 2 * scale;
    // The strips keep to the bottom fifth of the lane: the markers and their labels stay
    // readable above them. They never get thinner than a readable strip each; where a
    // squeezed lane has less room under its markers' labels, they go under those labels,
    // which are drawn over them on a box of the page's colour.
    const double least = kMinimumHeight * scale;
    double height = qMin(18 * scale, qMax(least, rowHeight * 0.2));
    if (m_clearOfLabels)
        height = qMax(least, qMin(height, band->bottom - (y + painter.markerLabelReach())));
    // Never up to the lane's line, where the markers are.
    height = qMin(height, band->bottom - (y + 6 * scale));
    band->top = band->bottom - height;
    return height >= 6;
}

TcpInfoStrips::Band TcpInfoStrips::seriesBand(const Band &band, Series which)
{
    // Each number has a third of the band to itself, so a flat line of one is never hidden
    // under another's.
    const double third = (band.bottom - band.top) / 3;
    const double top = band.top + third * double(which);
    return {top + 0.5, top + third - 0.5};
}

void TcpInfoStrips::paint(
    QPainter &p, const TimelinePainter &painter, const QPalette &palette, qint64 until) const
{
    paintStrips(p, painter, palette, until);
    paintKey(p, painter, palette, until);
}

void TcpInfoStrips::paintStrips(
    QPainter &p, const TimelinePainter &painter, const QPalette &palette, qint64 until) const
{
    if (m_tracks.empty() || m_layout.itemCount() == 0)
        return;
    const QRectF plot = painter.plotRect();
    const qreal scale = painter.scale();
    // Only the samples between the items in view are walked: the one before the left edge,
    // where the step line comes in from, to the one after the right edge.
    const qsizetype count = m_layout.itemCount();
    const auto [firstItem, lastItem] = painter.visibleItems({count, 0});
    const qint64 from
        = firstItem > 0 ? m_layout.items()[size_t(firstItem - 1)].t : std::numeric_limits<qint64>::min();
    const qint64 to
        = lastItem < count ? m_layout.items()[size_t(lastItem)].t : std::numeric_limits<qint64>::max();
    const auto later = [](qint64 t, const Sample &sample) { return t < sample.t; };
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(plot);
    m_columnTimes.clear();
    for (const LaneId lane : painter.rows().lanes()) {
        const Track *track = trackOf(lane);
        if (!track)
            continue;
        const std::vector<Sample> &series = track->samples;
        Band band;
        if (!bandOf(painter, lane, &band) || band.bottom < plot.top() || band.top > plot.bottom())
            continue;
        const auto shown = std::upper_bound(series.begin(), series.end(), until, later);
        if (shown == series.begin())
            continue;
        auto begin = std::upper_bound(series.begin(), shown, from, later);
        if (begin != series.begin())
            --begin;
        auto end = std::upper_bound(begin, shown, to, later);
        if (end != shown)
            ++end;
        const double tail = tailX(painter, (shown - 1)->t, until);
        // Each reading's x once for the three strips and the marks.
        m_xs.clear();
        const std::vector<TimelineItem> &items = m_layout.items();
        const bool byColumn = double(end - begin) > plot.width();
        if (byColumn) {
            // More readings than pixels: each goes to the pixel column of the item after it,
            // found in a table of one time per column rather than among all the items.
            if (m_columnTimes.empty())
                fillColumnTimes(painter, firstItem);
            for (auto it = begin; it != end; ++it)
                m_xs.push_back(plot.left()
                    + double(std::lower_bound(m_columnTimes.begin(), m_columnTimes.end(), it->t)
                        - m_columnTimes.begin()));
        }
        // The readings go forward in time, so the item after each is searched for from the one
        // before, not from the start.
        qsizetype after = m_layout.firstItemAtOrAfter(begin->t);
        for (auto it = begin + qsizetype(m_xs.size()); it != end; ++it) {
            if (after < count && items[size_t(after)].t < it->t) {
                qsizetype step = 1;
                while (after + step < count && items[size_t(after + step)].t < it->t)
                    step *= 2;
                after = qsizetype(std::lower_bound(items.begin() + (after + step / 2),
                                      items.begin() + qMin(after + step, count), it->t,
                                      [](const TimelineItem &item, qint64 t) { return item.t < t; })
                    - items.begin());
            }
            m_xs.push_back(xBetweenItems(painter, it->t, after));
        }
        // Each strip's track, faintly tinted from the first reading to the last one's end, so
        // a strip is seen even where its number never changes: there it is a flat line.
        if (m_xs.empty())
            continue;
        const double trackLeft = qMax(plot.left(), m_xs.front());
        const double trackRight = end == shown ? tail : plot.right();
        for (const Series which : kAllSeries) {
            const Band strip = seriesBand(band, which);
            QColor tint = colorOf(which, palette);
            tint.setAlpha(40);
            if (trackRight > trackLeft)
                p.fillRect(
                    QRectF(trackLeft, strip.top, trackRight - trackLeft, strip.bottom - strip.top), tint);
        }
        for (const Series which : kAllSeries) {
            // Scaled to the largest value so far, as the timeline shows it up to `until`.
            const double most = (shown - 1)->most[size_t(which)];
            const Band strip = seriesBand(band, which);
            const double height = strip.bottom - strip.top;
            if (most <= 0) {
                // Nothing yet (no segment in flight): a line along the strip's floor says so.
                if (trackRight > trackLeft) {
                    QPen pen(colorOf(which, palette), qMax(1.0, 1.2 * scale));
                    p.setPen(pen);
                    p.drawLine(QPointF(trackLeft, strip.bottom), QPointF(trackRight, strip.bottom));
                }
                continue;
            }
            if (byColumn) {
                columnStrokes(begin, end, which, strip.bottom, height / most, end == shown ? tail : -1,
                    &m_columnLines[size_t(which)]);
                continue;
            }
            // Each value holds until the next reading: a step line, as the kernel was polled.
            // Readings closer than a pixel share one column, drawn as one stroke from their
            // least to their largest value, so a dense stretch costs a few points a pixel.
            QPolygonF path;
            bool dense = false;
            bool started = false;
            double lastY = 0;
            double columnX = 0;
            double low = 0;
            double high = 0;
            bool crowded = false;
            const auto closeColumn = [&] {
                if (!crowded)
                    return;
                path << QPointF(columnX, low) << QPointF(columnX, high) << QPointF(columnX, lastY);
                crowded = false;
                dense = true;
            };
            for (auto it = begin; it != end; ++it) {
                const double value = valueOf(*it, which);
                if (value < 0)
                    continue;
                const double x = m_xs[size_t(it - begin)];
                const double vy = strip.bottom - height * value / most;
                if (!started) {
                    path << QPointF(x, vy);
                    started = true;
                    columnX = x;
                    low = high = vy;
                } else if (x - columnX < 1) {
                    low = qMin(low, vy);
                    high = qMax(high, vy);
                    crowded = true;
                } else {
                    closeColumn();
                    path << QPointF(x, lastY) << QPointF(x, vy);
                    columnX = x;
                    low = high = vy;
                }
                lastY = vy;
            }
            if (!started)
                continue;
            closeColumn();
            if (end == shown)
                path << QPointF(tail, lastY);
            // A line that doubles back on itself in every column costs the smooth stroke a
            // quarter of a second a strip; there a plain one-pixel line reads just as well.
            QPen pen(colorOf(which, palette), dense ? 0 : qMax(1.0, 1.2 * scale));
            pen.setCosmetic(dense);
            p.setPen(pen);
            p.setRenderHint(QPainter::Antialiasing, !dense);
            p.drawPolyline(path);
        }
        // A segment sent again: a short cross stroke through the lane's line. Crosses closer
        // than their own size would only cover one another: one stands for them.
        const double y = painter.laneY(lane);
        const double r = 4 * scale;
        m_crosses.clear();
        double lastMark = -1e9;
        for (auto it = begin; it != end; ++it) {
            if (!it->resent)
                continue;
            const double x = m_xs[size_t(it - begin)];
            if (x - lastMark < 2 * r)
                continue;
            lastMark = x;
            m_crosses.append(QLineF(x - r, y - r, x + r, y + r));
            m_crosses.append(QLineF(x - r, y + r, x + r, y - r));
        }
        if (!m_crosses.isEmpty()) {
            // Smooth where they are few; where a lane is crowded, plain ones cost a tenth.
            p.setRenderHint(QPainter::Antialiasing, !byColumn);
            p.setPen(QPen(Theme::color(Theme::Role::Error, palette), qMax(1.5, 2 * scale)));
            p.drawLines(m_crosses);
        }
    }
    // The lanes drawn by column: one plain pixel-wide line per column and number, all lanes at
    // once. A smooth line doubling back on itself in every column cost a quarter of a second.
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const Series which : kAllSeries) {
        QList<QLineF> &lines = m_columnLines[size_t(which)];
        if (lines.isEmpty())
            continue;
        QPen pen(colorOf(which, palette), 0);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawLines(lines);
        lines.clear();
    }
    p.restore();
}

void TcpInfoStrips::columnStrokes(std::vector<Sample>::const_iterator begin,
    std::vector<Sample>::const_iterator end, Series which, double bottom, double pixelsPerUnit, double tail,
    QList<QLineF> *lines) const
{
    // Each column spans its readings' least and largest value and the value it came in with,
    // so the columns join into one line.
    bool open = false;
    double column = 0;
    double low = 0;
    double high = 0;
    double lastY = 0;
    const auto close = [&] { lines->append(QLineF(column, low - 0.5, column, high + 0.5)); };
    for (auto it = begin; it != end; ++it) {
        const double value = valueOf(*it, which);
        if (value < 0)
            continue;
        const double x = m_xs[size_t(it - begin)];
        const double y = bottom - pixelsPerUnit * value;
        if (!open || x != column) {
            if (open)
                close();
            low = high = open ? lastY : y;
            column = x;
            open = true;
        }
        low = qMin(low, y);
        high = qMax(high, y);
        lastY = y;
    }
    if (!open)
        return;
    close();
    if (tail > column)
        lines->append(QLineF(column, lastY, tail, lastY));
}

double TcpInfoStrips::tailX(const TimelinePainter &painter, qint64 lastT, qint64 until) const
{
    // The last reading holds until the next: its line runs on to the newest item shown, or a
    // little past the reading where that comes first.
    const qsizetype count = m_layout.itemCount();
    const qsizetype newest = until == std::numeric_limits<qint64>::max()
        ? count - 1
        : qMin(count - 1, m_layout.firstItemAtOrAfter(until));
    const double x = xOfTime(painter, lastT);
    return qMin(painter.plotRect().right() + 1, qMax(x + 24 * painter.scale(), painter.xOfItem(newest)));
}

void TcpInfoStrips::fillColumnTimes(const TimelinePainter &painter, qsizetype firstItem) const
{
    const QRectF plot = painter.plotRect();
    const std::vector<TimelineItem> &items = m_layout.items();
    const qsizetype count = m_layout.itemCount();
    const int columns = int(std::ceil(plot.width()));
    m_columnTimes.resize(size_t(columns) + 1);
    qsizetype item = qMax<qsizetype>(0, firstItem - 1);
    for (int c = 0; c <= columns; ++c) {
        const double x = plot.left() + c;
        // The first item at or right of x, by doubling steps from the last column's.
        if (item < count && painter.xOfItem(item) < x) {
            qsizetype step = 1;
            while (item + step < count && painter.xOfItem(item + step) < x)
                step *= 2;
            qsizetype low = item + step / 2 + 1;
            qsizetype high = qMin(item + step, count);
            while (low < high) {
                const qsizetype mid = low + (high - low) / 2;
                if (painter.xOfItem(mid) < x)
                    low = mid + 1;
                else
                    high = mid;
            }
            item = low;
        }
        m_columnTimes[size_t(c)] = item < count ? items[size_t(item)].t : std::numeric_limits<qint64>::max();
    }
}

bool TcpInfoStrips::anyResent(qint64 until) const
{
    return std::any_of(m_tracks.cbegin(), m_tracks.cend(), [&](const auto &track) {
        return track.second.firstResent != std::numeric_limits<qint64>::max()
            && track.second.firstResent <= until;
    });
}

std::vector<std::pair<QString, QColor>> TcpInfoStrips::keyWords(const QPalette &palette, bool resent)
{
    std::vector<std::pair<QString, QColor>> words;
    for (const Series which : kAllSeries)
        words.emplace_back(seriesName(which), colorOf(which, palette));
    if (resent)
        words.emplace_back(tr("× resent", "key of the mark on a TCP lane: a segment sent again"),
            Theme::color(Theme::Role::Error, palette));
    return words;
}

double TcpInfoStrips::keyWidth(const QFont &font, bool resent)
{
    const QFontMetricsF metrics(font);
    const QPalette palette;
    double width = 0;
    for (const auto &[word, color] : keyWords(palette, resent))
        width += metrics.horizontalAdvance(word) + metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
    return width;
}

void TcpInfoStrips::paintKeyLine(
    QPainter &p, const QPointF &baselineStart, const QFont &font, const QPalette &palette, bool resent)
{
    const QFontMetricsF metrics(font);
    p.save();
    p.setFont(font);
    double x = baselineStart.x();
    for (const auto &[word, color] : keyWords(palette, resent)) {
        p.setPen(color);
        p.drawText(QPointF(x, baselineStart.y()), word);
        x += metrics.horizontalAdvance(word) + metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
    }
    p.restore();
}

void TcpInfoStrips::paintKey(
    QPainter &p, const TimelinePainter &painter, const QPalette &palette, qint64 until) const
{
    if (m_tracks.empty())
        return;
    // One line for the whole plot, in the corner over the lane heads, in the labels' type:
    // which colour is which number.
    const QRectF plot = painter.plotRect();
    const QRectF corner(painter.rect().left(), painter.rect().top(), plot.left() - painter.rect().left(),
        plot.top() - painter.rect().top());
    // The labels' type (TimelinePainter's small one), whatever font the painter was left with.
    QFont font;
    font.setPointSizeF((font.pointSizeF() > 0 ? font.pointSizeF() : 9) * painter.scale() * 0.88);
    const QFontMetricsF metrics(font);
    p.save();
    p.setClipRect(corner);
    paintKeyLine(p,
        QPointF(corner.left() + 8 * painter.scale(),
            corner.top() + (corner.height() - metrics.height()) / 2 + metrics.ascent()),
        font, palette, anyResent(until));
    p.restore();
}

qsizetype TcpInfoStrips::sampleAt(const TimelinePainter &painter, LaneId lane, double x, qint64 until) const
{
    const Track *track = trackOf(lane);
    if (!track || m_layout.itemCount() == 0)
        return -1;
    const std::vector<Sample> &series = track->samples;
    const auto shown = std::upper_bound(
        series.begin(), series.end(), until, [](qint64 t, const Sample &sample) { return t < sample.t; });
    // x grows with time, so the reading in force at `x` is the last one drawn left of it.
    const auto after = std::partition_point(
        series.begin(), shown, [&](const Sample &sample) { return xOfTime(painter, sample.t) <= x; });
    if (after == series.begin())
        return -1;
    const auto at = after - 1;
    if (after == shown && x > tailX(painter, at->t, until))
        return -1; // past where the last reading's line ends
    return qsizetype(at - series.begin());
}

QString TcpInfoStrips::textAt(const TimelinePainter &painter, const QPointF &pos, qint64 until) const
{
    if (m_tracks.empty() || !painter.plotRect().contains(pos))
        return {};
    const LaneId lane = painter.laneAt(pos);
    if (lane < 0)
        return {};
    Band band;
    const double slack = 2 * painter.scale();
    if (!bandOf(painter, lane, &band) || pos.y() < band.top - slack || pos.y() > band.bottom + slack)
        return {};
    const qsizetype index = sampleAt(painter, lane, pos.x(), until);
    if (index < 0)
        return {};
    return describe(samples(lane)[size_t(index)]);
}

} // namespace SocketScope
