#include "tcpinfostrips.h"

#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timelinepainter.h"
#include "window/theme.h"

#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>

namespace SocketScope {

namespace {

double valueOf(const TcpInfoStrips::Sample &sample, TcpInfoStrips::Series series)
{
    switch (series) {
    case TcpInfoStrips::Series::Cwnd:
        return sample.cwnd;
    case TcpInfoStrips::Series::InFlight:
        return sample.inFlight;
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

void TcpInfoStrips::update()
{
    const Journal &journal = m_layout.journal();
    for (; m_read < journal.count(); ++m_read) {
        const Event &e = journal.at(m_read);
        if (e.kind != EventKind::TcpInfo || e.socket < 0)
            continue;
        const LaneId lane = m_layout.laneOfSocket(e.socket);
        if (lane < 0)
            continue;
        const TcpInfo info = journal.tcpInfo(e.payload);
        Sample sample;
        sample.t = e.t;
        sample.cwnd = double(info.cwnd >= 0 ? info.cwnd : e.value);
        sample.inFlight = double(info.inFlight);
        const qint64 srtt = info.srttUs >= 0 ? info.srttUs : e.value2;
        sample.rttMs = srtt >= 0 ? double(srtt) / 1000.0 : -1;
        sample.retransmissions = info.retransmissions >= 0 ? info.retransmissions : qint64(e.length);
        std::vector<Sample> &series = m_samples[lane];
        // A recording's clock can step back; the strips, like the timeline, never do.
        if (!series.empty())
            sample.t = qMax(sample.t, series.back().t);
        series.push_back(sample);
    }
}

const std::vector<TcpInfoStrips::Sample> &TcpInfoStrips::samples(LaneId lane) const
{
    const auto it = m_samples.find(lane);
    return it == m_samples.end() ? kNoSamples : it->second;
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

QString TcpInfoStrips::seriesName(Series series)
{
    switch (series) {
    case Series::Cwnd:
        return tr("cwnd", "strip under a TCP lane: the congestion window");
    case Series::InFlight:
        return tr("in flight", "strip under a TCP lane: segments sent and not yet acknowledged");
    case Series::Rtt:
        return tr("RTT", "strip under a TCP lane: round-trip time");
    }
    return {};
}

double TcpInfoStrips::xOfTime(const TimelinePainter &painter, qint64 t) const
{
    // A tcp_info event is no item of the timeline, so it goes between the items around it,
    // in proportion to time: by steps, where the arrows it came between are drawn.
    const qsizetype count = m_layout.itemCount();
    if (count == 0)
        return painter.plotRect().left();
    const qsizetype after = m_layout.firstItemAtOrAfter(t);
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

void TcpInfoStrips::paint(
    QPainter &p, const TimelinePainter &painter, const QPalette &palette, qint64 until) const
{
    if (m_samples.empty())
        return;
    const QRectF plot = painter.plotRect();
    const qreal scale = painter.scale();
    const double rowHeight = painter.laneHeight();
    // The strips keep to the bottom fifth of the lane: the markers and their labels stay
    // readable above them.
    const double band = qMin(18 * scale, rowHeight * 0.2);
    if (band < 4)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont small = p.font();
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.75));
    const QFontMetricsF metrics(small);
    for (const LaneId lane : painter.rows().lanes()) {
        const std::vector<Sample> &series = samples(lane);
        if (series.empty())
            continue;
        const double y = painter.laneY(lane);
        const double bottom = y + rowHeight / 2 - 2 * scale;
        const double top = bottom - band;
        if (bottom < plot.top() || top > plot.bottom())
            continue;
        const auto shown = std::upper_bound(
            series.begin(), series.end(), until, [](qint64 t, const Sample &sample) { return t < sample.t; });
        if (shown == series.begin())
            continue;
        p.save();
        p.setClipRect(plot);
        for (const Series which : kAllSeries) {
            double most = 0;
            for (auto it = series.begin(); it != shown; ++it)
                most = qMax(most, valueOf(*it, which));
            if (most <= 0)
                continue;
            // Each value holds until the next reading: a step line, as the kernel was polled.
            QPainterPath path;
            bool started = false;
            double lastY = 0;
            for (auto it = series.begin(); it != shown; ++it) {
                const double value = valueOf(*it, which);
                if (value < 0)
                    continue;
                const double x = xOfTime(painter, it->t);
                const double vy = bottom - band * value / most;
                if (!started) {
                    path.moveTo(x, vy);
                    started = true;
                } else {
                    path.lineTo(x, lastY);
                    path.lineTo(x, vy);
                }
                lastY = vy;
            }
            if (!started)
                continue;
            path.lineTo(qMin(plot.right(), xOfTime(painter, (shown - 1)->t) + 24 * scale), lastY);
            p.setPen(QPen(colorOf(which, palette), qMax(1.0, 1.2 * scale)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
        // A segment sent again: a short cross stroke through the lane's line.
        p.setPen(QPen(Theme::color(Theme::Role::Error, palette), qMax(1.5, 2 * scale)));
        for (const qint64 t : retransmissionTimes(series)) {
            if (t > until)
                break;
            const double x = xOfTime(painter, t);
            const double r = 4 * scale;
            p.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r));
            p.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r));
        }
        p.restore();
        // Which colour is which number: in the lane's head, under its lines, so the key never
        // covers a label of the plot.
        p.save();
        p.setClipRect(QRectF(painter.rect().left(), top - metrics.height(),
            plot.left() - painter.rect().left(), bottom - top + metrics.height() + 2 * scale));
        p.setFont(small);
        double x = painter.rect().left() + 8 * scale;
        const double baseline = bottom - metrics.descent();
        for (const Series which : kAllSeries) {
            const QString name = seriesName(which);
            p.setPen(colorOf(which, palette));
            p.drawText(QPointF(x, baseline), name);
            x += metrics.horizontalAdvance(name) + 6 * scale;
        }
        if (!retransmissionTimes(series).empty()) {
            p.setPen(Theme::color(Theme::Role::Error, palette));
            p.drawText(
                QPointF(x, baseline), tr("× resent", "key of the mark on a TCP lane: a segment sent again"));
        }
        p.restore();
    }
    p.restore();
}

} // namespace SocketScope
