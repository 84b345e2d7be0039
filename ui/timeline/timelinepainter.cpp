#include "timelinepainter.h"

#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timelinetext.h"
#include "timemapper.h"

#include <QtCore/QLocale>
#include <QtCore/QVarLengthArray>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace SocketScope {

namespace {

constexpr double kRulerHeight = 24;
constexpr double kLegendRowHeight = 30;
constexpr double kMinLane = 58;
constexpr double kMaxLane = 130;
constexpr double kNaturalLane = 76; // a lane's height in an exported picture

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

qreal ease(qreal t)
{
    return t < 0 ? 0 : t > 1 ? 1 : 1 - (1 - t) * (1 - t);
}

} // namespace

TimelinePainter::TimelinePainter(const TimelineLayout &layout, const TimeMapper &mapper)
    : m_layout(layout)
    , m_mapper(mapper)
    , m_rows(layout)
{
    setPalette(QPalette());
    setFont(QFont());
}

void TimelinePainter::setPalette(const QPalette &palette)
{
    m_base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_dark = m_base.lightnessF() < 0.5;
    m_faint = mix(m_base, m_text, 0.55);
    m_line = mix(m_base, m_text, 0.35);
    m_highlight = palette.color(QPalette::Highlight);
    m_headBase = palette.color(QPalette::Window);
}

void TimelinePainter::setFont(const QFont &font)
{
    m_baseFont = font;
    m_font = font;
    m_font.setPointSizeF((font.pointSizeF() > 0 ? font.pointSizeF() : 9) * m_scale);
    m_small = m_font;
    m_small.setPointSizeF(m_font.pointSizeF() * 0.88);
    m_bold = m_font;
    m_bold.setBold(true);
    m_legendWidth = -1;
    m_shortestLabel = QFontMetricsF(m_small).horizontalAdvance(QStringLiteral("ab\u2026"));
}

void TimelinePainter::setScale(qreal scale)
{
    m_scale = qBound(0.5, scale, 4.0);
    setFont(m_baseFont);
}

void TimelinePainter::setRect(const QRectF &rect)
{
    m_rect = rect;
}

QRectF TimelinePainter::plotRect() const
{
    return QRectF(m_rect.left() + headWidth(), m_rect.top() + kRulerHeight * m_scale,
                  qMax(1.0, m_rect.width() - headWidth()),
                  qMax(1.0, m_rect.height() - kRulerHeight * m_scale - legendHeight(m_rect.width())));
}

double TimelinePainter::laneHeight() const
{
    const qsizetype lines = qMax<qsizetype>(1, m_rows.lineCount());
    return qBound(kMinLane * m_scale, plotRect().height() / double(lines), kMaxLane * m_scale);
}

double TimelinePainter::overflowY() const
{
    return qMax(0.0, laneHeight() * double(m_rows.lineCount()) - plotRect().height());
}

double TimelinePainter::laneY(LaneId lane) const
{
    const int row = m_rows.rowOf(lane);
    return plotRect().top() + (row + 0.5) * laneHeight() - m_scrollY;
}

QSizeF TimelinePainter::naturalSize(double stepPixels) const
{
    const double rows = double(qMax<qsizetype>(1, m_rows.lineCount()));
    const double width = headWidth() + double(m_layout.itemCount() + 1) * stepPixels * m_scale + 48 * m_scale;
    const double height = kRulerHeight * m_scale + legendHeight(width) + rows * kNaturalLane * m_scale;
    return {width, height};
}

qsizetype TimelinePainter::rowsThatFit(double height) const
{
    // The narrowest picture has the tallest legend.
    const double room = height - kRulerHeight * m_scale - legendHeight(headWidth() + 640);
    return qMax<qsizetype>(1, qsizetype(room / (kNaturalLane * m_scale)) - 1);
}

double TimelinePainter::stepPixels() const
{
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps)
        return 1.0 / m_mapper.unitsPerPixel();
    // By real time there is no step; labels get the room an average item has.
    const auto [first, last] = visibleItems({m_layout.itemCount(), 0}, 0);
    return plotRect().width() / double(qMax<qsizetype>(1, last - first));
}

double TimelinePainter::xOfItem(qsizetype index) const
{
    const qsizetype count = m_layout.itemCount();
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps || count == 0)
        return m_mapper.xOf(double(index));
    const qsizetype i = qBound<qsizetype>(0, index, count - 1);
    return m_mapper.xOf(m_mapper.unitsOfTime(m_layout.items()[size_t(i)].t));
}

std::pair<qsizetype, qsizetype> TimelinePainter::visibleItems(const Reveal &reveal, double pad) const
{
    const QRectF plot = plotRect();
    const qsizetype limit = qMin(reveal.count + (reveal.progress > 0 ? 1 : 0), m_layout.itemCount());
    const double from = m_mapper.unitsAt(plot.left() - pad);
    const double to = m_mapper.unitsAt(plot.right() + pad);
    qsizetype first = 0;
    qsizetype last = 0;
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps) {
        first = qsizetype(std::max(0.0, std::ceil(from)));
        last = qsizetype(std::max(0.0, std::floor(to) + 1));
    } else {
        // Binary search: painting never walks the items it skips.
        first = m_layout.firstItemAtOrAfter(m_mapper.timeOfUnits(from));
        last = m_layout.firstItemAtOrAfter(m_mapper.timeOfUnits(to) + 1);
    }
    return {qMin(first, limit), qMin(last, limit)};
}

QColor TimelinePainter::arrowColor(const TimelineItem &item) const
{
    int hue = 215;
    int saturation = 170;
    if (item.kind == TimelineItem::Datagram) {
        hue = 285;
    } else if (item.code & FlagRst) {
        hue = 0;
        saturation = 210;
    } else if (item.code & FlagSyn) {
        hue = 215;
    } else if (item.code & FlagFin) {
        hue = 28;
        saturation = 210;
    } else if (item.code & FlagPsh || item.value > 0) {
        hue = 135;
    } else {
        saturation = 60; // a bare ACK: quiet
    }
    return QColor::fromHsv(hue, saturation, m_dark ? 235 : 165);
}

QColor TimelinePainter::stateColor(int state) const
{
    int hue = -1;
    switch (TcpState(state)) {
    case TcpState::SynSent:
    case TcpState::SynRecv:
    case TcpState::NewSynRecv: hue = 215; break;
    case TcpState::Established: hue = 135; break;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::LastAck:
    case TcpState::Closing: hue = 28; break;
    case TcpState::Listen: hue = 285; break;
    default: break;
    }
    if (hue < 0)
        return withAlpha(m_faint, 45);
    return QColor::fromHsv(hue, 150, m_dark ? 200 : 225, m_dark ? 70 : 60);
}

void TimelinePainter::paintBackground(QPainter &p, LaneId selectedLane) const
{
    p.fillRect(m_rect, m_base);
    if (selectedLane >= 0 && m_rows.rowOf(selectedLane) >= 0) {
        const double y = laneY(selectedLane);
        const double h = laneHeight();
        p.fillRect(QRectF(m_rect.left(), y - h / 2, m_rect.width(), h), withAlpha(m_highlight, 45));
    }
    paintRuler(p);
}

void TimelinePainter::paintRuler(QPainter &p) const
{
    const QRectF plot = plotRect();
    const QRectF ruler(plot.left(), m_rect.top(), plot.width(), kRulerHeight * m_scale);
    p.setPen(QPen(m_line, 1));
    p.drawLine(QPointF(ruler.left(), ruler.bottom()), QPointF(ruler.right(), ruler.bottom()));
    p.setFont(m_small);
    const QFontMetricsF fm(m_small);
    const double per = m_mapper.unitsPerPixel();
    // A tick every "nice" distance that leaves room for its label.
    const double want = 90 * m_scale * per;
    const double magnitude = std::pow(10.0, std::floor(std::log10(want)));
    double tick = magnitude;
    for (const double f : {1.0, 2.0, 5.0, 10.0}) {
        if (magnitude * f >= want) {
            tick = magnitude * f;
            break;
        }
    }
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps)
        tick = qMax(1.0, std::round(tick));
    const double start = std::ceil(m_mapper.unitsAt(plot.left()) / tick) * tick;
    const double end = m_mapper.unitsAt(plot.right());
    const QLocale locale;
    for (double u = start; u <= end && tick > 0; u += tick) {
        const double x = m_mapper.xOf(u);
        p.setPen(QPen(m_line, 1));
        p.drawLine(QPointF(x, ruler.bottom() - 5 * m_scale), QPointF(x, ruler.bottom()));
        QString label;
        if (m_mapper.spacing() == TimeMapper::Spacing::Steps)
            label = tr("step %1", "ruler").arg(locale.toString(qint64(u) + 1));
        else
            label = TimelineText::duration(m_mapper.timeOfUnits(u));
        p.setPen(m_faint);
        p.drawText(QPointF(x + 3 * m_scale, ruler.bottom() - 7 * m_scale), label);
    }
    if (m_mapper.spacing() == TimeMapper::Spacing::RealTime) {
        // Folded gaps: a zigzag on the ruler and a label saying how much time was left out.
        for (const TimeFold &fold : m_layout.folds()) {
            const double x0 = m_mapper.xOf(m_mapper.unitsOfTime(fold.from));
            const double x1 = m_mapper.xOf(m_mapper.unitsOfTime(fold.to));
            if (x1 < plot.left() || x0 > plot.right())
                continue;
            const QRectF band(x0, plot.top(), x1 - x0, plot.height());
            p.fillRect(band, QBrush(withAlpha(m_faint, 40), Qt::BDiagPattern));
            const QString text = tr("+%1 quiet", "a folded gap in real-time spacing").arg(TimelineText::duration(fold.to - fold.from));
            p.setPen(m_text);
            p.drawText(QPointF(x0 + 2, ruler.top() + fm.ascent()), text);
        }
    }
}

double TimelinePainter::laneEndX(LaneId id, const Reveal &reveal, bool *kernelOnly, double *appEndX) const
{
    const TimelineLane &lane = m_layout.lane(id);
    const qsizetype shown = qMin(reveal.count, m_layout.itemCount());
    const double contentEnd = shown >= m_layout.itemCount() && shown > 0
                                  ? xOfItem(shown - 1) + qMin(stepPixels(), 60 * m_scale)
                                  : xOfItem(shown) - (reveal.progress > 0 ? 0 : stepPixels() * 0.5);
    *kernelOnly = false;
    if (lane.closedItem < 0 || lane.closedItem >= shown) {
        *appEndX = contentEnd;
        return contentEnd;
    }
    *appEndX = xOfItem(lane.closedItem);
    if (lane.goneItem >= 0 && lane.goneItem < shown) {
        *kernelOnly = true;
        return xOfItem(lane.goneItem);
    }
    // After close() the kernel may keep the socket (TIME_WAIT): draw it thin until it lets go.
    const TcpState last = m_layout.stateAt(id, shown - 1);
    if (last != TcpState::Unknown && last != TcpState::Close && last != TcpState::Gone) {
        *kernelOnly = true;
        return contentEnd;
    }
    return *appEndX;
}

void TimelinePainter::paintLanes(QPainter &p, const Reveal &reveal) const
{
    const QRectF plot = plotRect();
    const auto [firstRow, lastRow] = visibleRows();
    const std::vector<LaneId> &rows = m_rows.lanes();
    for (size_t row = firstRow; row < lastRow; ++row) {
        const LaneId id = rows[row];
        const TimelineLane &lane = m_layout.lane(id);
        if (qsizetype(lane.openedItem) >= reveal.count)
            continue;
        const double y = laneY(id);
        if (y < plot.top() - laneHeight() || y > plot.bottom() + laneHeight())
            continue;
        double x0 = xOfItem(lane.openedItem);
        if (lane.parent >= 0 && m_rows.rowOf(lane.parent) >= 0) {
            // accept() clones the listener: the new lane grows out of the listener's line.
            const double py = laneY(lane.parent);
            const double w = qBound(16.0 * m_scale, stepPixels() * 0.6, 60.0 * m_scale);
            QPainterPath split(QPointF(x0, py));
            split.cubicTo(QPointF(x0 + w * 0.5, py), QPointF(x0 + w * 0.5, y), QPointF(x0 + w, y));
            p.setPen(QPen(m_text, 2 * m_scale));
            p.setBrush(Qt::NoBrush);
            p.drawPath(split);
            x0 += w;
        }
        bool kernelOnly = false;
        double appEnd = 0;
        const double x1 = laneEndX(id, reveal, &kernelOnly, &appEnd);
        const QPen solid(lane.isOutside() ? m_faint : m_text, (lane.isOutside() ? 1.5 : 2.5) * m_scale,
                         lane.isOutside() ? Qt::DashDotLine : Qt::SolidLine, Qt::FlatCap);
        p.setPen(solid);
        const double left = qMax(x0, plot.left() - 10);
        const double right = qMin(kernelOnly ? appEnd : x1, plot.right() + 10);
        if (right > left)
            p.drawLine(QPointF(left, y), QPointF(right, y));
        if (kernelOnly && x1 > appEnd) {
            p.setPen(QPen(m_faint, 1.2 * m_scale, Qt::DotLine));
            p.drawLine(QPointF(qMax(appEnd, plot.left() - 10), y), QPointF(qMin(x1, plot.right() + 10), y));
        }
    }
}

void TimelinePainter::paintStates(QPainter &p, const Reveal &reveal) const
{
    const QRectF plot = plotRect();
    const qsizetype shown = qMin(reveal.count, m_layout.itemCount());
    const QFontMetricsF fm(m_small);
    p.setFont(m_small);
    const auto [firstRow, lastRow] = visibleRows();
    const std::vector<LaneId> &rows = m_rows.lanes();
    // The first visible item once, not once per lane.
    const qsizetype firstVisible = visibleItems(reveal, 0).first;
    for (size_t row = firstRow; row < lastRow; ++row) {
        const LaneId id = rows[row];
        const TimelineLane &lane = m_layout.lane(id);
        const double y = laneY(id);
        if (y < plot.top() - laneHeight() || y > plot.bottom() + laneHeight())
            continue;
        bool kernelOnly = false;
        double appEnd = 0;
        const double laneEnd = laneEndX(id, reveal, &kernelOnly, &appEnd);
        const auto &states = lane.states;
        // Start from the last change before the left edge; stop past the right edge.
        auto it = std::upper_bound(states.begin(), states.end(), firstVisible,
                                   [](qsizetype s, const TimelineLane::StateChange &c) { return s < qsizetype(c.item); });
        if (it != states.begin())
            --it;
        for (; it != states.end() && qsizetype(it->item) < shown; ++it) {
            const double x0 = xOfItem(it->item);
            if (x0 > plot.right())
                break;
            const auto next = std::next(it);
            const bool nextShown = next != states.end() && qsizetype(next->item) < shown;
            const double x1 = nextShown ? xOfItem(next->item) : laneEnd;
            if (x1 < plot.left() || it->state == TcpState::Gone || it->state == TcpState::Unknown)
                continue;
            const double h = 16 * m_scale;
            p.fillRect(QRectF(x0, y - h / 2, x1 - x0, h), stateColor(int(it->state)));
            QString text = TimelineText::callLabel({it->t, 0, 0, id, -1, 0, TimelineItem::State, quint8(it->state)});
            if (nextShown)
                text += QStringLiteral(" \u00b7 ") + TimelineText::duration(next->t - it->t);
            const double room = x1 - x0 - 6 * m_scale;
            if (room > 24 * m_scale) {
                p.setPen(m_faint);
                const double textX = qMax(x0, plot.left()) + 3 * m_scale;
                p.drawText(QPointF(textX, y - h / 2 - 3 * m_scale),
                           fm.elidedText(text, Qt::ElideRight, qMin(room, x1 - textX)));
            }
        }
        // The accept queue: one small box per connection waiting for accept().
        if (lane.role == SocketRole::Listener) {
            for (auto q = lane.queue.begin(); q != lane.queue.end() && qsizetype(q->item) < shown; ++q) {
                const auto next = std::next(q);
                const double x0 = xOfItem(q->item);
                const double x1 = next != lane.queue.end() && qsizetype(next->item) < shown ? xOfItem(next->item) : laneEnd;
                if (x1 < plot.left() || x0 > plot.right() || q->length <= 0)
                    continue;
                const double box = 8 * m_scale;
                const int boxes = qMin(q->length, 6);
                double x = x0 + 3 * m_scale;
                p.setPen(QPen(m_text, 1));
                p.setBrush(QColor::fromHsv(285, 160, m_dark ? 230 : 170));
                for (int b = 0; b < boxes && x + box < x1; ++b) {
                    p.drawRect(QRectF(x, y + 9 * m_scale, box, box));
                    x += box + 2 * m_scale;
                }
                p.setBrush(Qt::NoBrush);
                const QString text = TimelineText::callLabel({0, 0, q->length, id, -1, quint16(q->limit), TimelineItem::Queue});
                if (x1 - x > fm.horizontalAdvance(text) + 4) {
                    p.setPen(m_text);
                    p.drawText(QPointF(x + 2 * m_scale, y + 9 * m_scale + box), text);
                }
            }
        }
    }
}

void TimelinePainter::paintItems(QPainter &p, const Reveal &reveal) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF plot = plotRect();
    p.setClipRect(plot.adjusted(0, -kRulerHeight * m_scale, 0, 0));
    const Reveal shown{qMin(reveal.count, m_layout.itemCount()), 0};
    const auto [first, last] = visibleItems(shown);
    if (TimeMapper::aggregates(last - first, plot.width())) {
        p.setRenderHint(QPainter::Antialiasing, false);
        paintLanes(p, shown);
        paintAggregates(p, first, last);
        p.restore();
        return;
    }
    paintStates(p, shown);
    paintLanes(p, shown);
    const bool labels = stepPixels() >= 34 * m_scale;
    for (qsizetype i = first; i < last; ++i)
        paintItem(p, i, 1, labels);
    p.restore();
}

void TimelinePainter::paintAggregates(QPainter &p, qsizetype first, qsizetype last) const
{
    // Columns where a lane is busy merge into one bar per run, so a dense stretch costs one
    // rectangle instead of a line per pixel.
    const QRectF plot = plotRect();
    const double tick = 5 * m_scale;
    const size_t laneCount = qMin<size_t>(m_layout.lanes().size(), 64);
    std::vector<int> runStart(laneCount, -1);
    // Each lane's y once, not once per column; NaN for lanes not drawn.
    std::vector<double> ys(laneCount, std::numeric_limits<double>::quiet_NaN());
    for (size_t lane = 0; lane < laneCount; ++lane) {
        if (m_rows.rowOf(LaneId(lane)) >= 0)
            ys[lane] = laneY(LaneId(lane));
    }
    QVarLengthArray<QRectF, 512> marks;
    QVarLengthArray<QRectF, 512> arrows;
    const auto flushLane = [&](size_t lane, int px) {
        if (runStart[lane] >= 0 && !std::isnan(ys[lane])) {
            const double y = ys[lane];
            marks.append(QRectF(runStart[lane], y - tick, px - runStart[lane], 2 * tick));
        }
        runStart[lane] = -1;
    };
    int arrowStart = -1;
    double arrowTop = 0;
    double arrowBottom = 0;
    const auto flushArrows = [&](int px) {
        if (arrowStart >= 0)
            arrows.append(QRectF(arrowStart, arrowTop, px - arrowStart, arrowBottom - arrowTop));
        arrowStart = -1;
    };

    const int left = int(std::floor(plot.left()));
    const int right = int(std::ceil(plot.right()));
    const bool steps = m_mapper.spacing() == TimeMapper::Spacing::Steps;
    qsizetype a = first;
    int px = left;
    quint64 busyLanes = 0;
    for (; px < right && a < last; ++px) {
        qsizetype b = 0;
        if (steps)
            b = qsizetype(std::max(0.0, std::ceil(m_mapper.unitsAt(px + 1))));
        else
            b = m_layout.firstItemAtOrAfter(m_mapper.timeOfUnits(m_mapper.unitsAt(px + 1)));
        b = qMin(b, last);
        TimelineLayout::Bucket bucket;
        if (b > a) {
            bucket = m_layout.aggregate(a, b);
            a = b;
        }
        // Only lanes whose state changed between this column and the last are touched.
        for (quint64 changed = bucket.marks ^ busyLanes; changed; changed &= changed - 1) {
            const auto lane = size_t(std::countr_zero(changed));
            if (lane >= laneCount)
                break;
            if (bucket.marks & (quint64(1) << lane))
                runStart[lane] = px;
            else
                flushLane(lane, px);
        }
        busyLanes = bucket.marks;
        double top = 1e9;
        double bottom = -1e9;
        for (quint64 bits = bucket.arrows; bits; bits &= bits - 1) {
            const auto lane = size_t(std::countr_zero(bits));
            if (lane >= laneCount || std::isnan(ys[lane]))
                continue;
            const double y = ys[lane];
            top = qMin(top, y);
            bottom = qMax(bottom, y);
        }
        if (bottom > top) {
            if (arrowStart >= 0 && (top != arrowTop || bottom != arrowBottom))
                flushArrows(px);
            if (arrowStart < 0) {
                arrowStart = px;
                arrowTop = top;
                arrowBottom = bottom;
            }
        } else {
            flushArrows(px);
        }
    }
    for (size_t lane = 0; lane < laneCount; ++lane)
        flushLane(lane, px);
    flushArrows(px);
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(arrowColor({}), 60));
    p.drawRects(arrows.constData(), int(arrows.size()));
    p.setBrush(withAlpha(m_text, 150));
    p.drawRects(marks.constData(), int(marks.size()));
    p.setBrush(Qt::NoBrush);
}

void TimelinePainter::paintArrow(QPainter &p, const TimelineItem &item, double x, qreal progress, bool labels) const
{
    if (m_rows.rowOf(item.lane) < 0 || m_rows.rowOf(item.toLane) < 0)
        return;
    const double y0 = laneY(item.lane);
    const double y1full = laneY(item.toLane);
    const double y1 = y0 + (y1full - y0) * ease(progress);
    const QColor color = arrowColor(item);
    const bool dashed = item.isInferred();
    const double dir = y1full > y0 ? 1 : -1;
    const double head = 7 * m_scale;
    QPen pen(color, 2 * m_scale, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    p.setPen(pen);
    p.drawLine(QPointF(x, y0 + dir * 4 * m_scale), QPointF(x, y1 - dir * head));
    const bool lost = item.isNotReceived();
    const QColor lostColor = QColor::fromHsv(0, 210, m_dark ? 240 : 190);
    if (lost) {
        // A cross where the arrow head would be: it was sent to this socket and never got there.
        const double c = head * 0.75;
        const QPointF centre(x, y1 - dir * head * 0.8);
        p.setPen(QPen(lostColor, 2.5 * m_scale, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(centre + QPointF(-c, -c), centre + QPointF(c, c));
        p.drawLine(centre + QPointF(-c, c), centre + QPointF(c, -c));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const QPointF tip(x, y1 - dir * 2 * m_scale);
        const QPointF triangle[3] = {tip, QPointF(x - head * 0.6, tip.y() - dir * head), QPointF(x + head * 0.6, tip.y() - dir * head)};
        p.drawPolygon(triangle, 3);
        p.setBrush(Qt::NoBrush);
    }
    if (!labels || progress < 0.6)
        return;
    const QString name = TimelineText::arrowLabel(item);
    const QFontMetricsF fm(m_small);
    // Near the sender rather than half way, where another lane's line may run.
    const double mid = y0 + (y1full - y0) * 0.3;
    const double room = qMax(20.0, stepPixels() * 1.8 - 10 * m_scale);
    p.setFont(m_small);
    // A label box in the page colour keeps the text readable where it crosses a lane.
    const QString second = lost ? TimelineText::notReceivedLabel() : dashed ? TimelineText::inferredLabel() : QString();
    const double w = qMin(room, qMax(fm.horizontalAdvance(name), fm.horizontalAdvance(second)) + 4 * m_scale);
    const double h = fm.height() * (second.isEmpty() ? 1 : 2);
    const QRectF box(x + 4 * m_scale, mid - h / 2, w, h);
    p.fillRect(box, withAlpha(m_base, 215));
    p.setPen(color);
    QFont nameFont = m_small;
    nameFont.setBold(true);
    p.setFont(nameFont);
    p.drawText(QPointF(box.left() + 2 * m_scale, box.top() + fm.ascent()), fm.elidedText(name, Qt::ElideRight, w));
    if (!second.isEmpty()) {
        QFont italic = m_small;
        italic.setItalic(!lost);
        italic.setBold(lost);
        p.setFont(italic);
        p.setPen(lost ? lostColor : m_faint);
        p.drawText(QPointF(box.left() + 2 * m_scale, box.top() + fm.height() + fm.ascent()),
                   fm.elidedText(second, Qt::ElideRight, w));
    }
}

void TimelinePainter::paintItem(QPainter &p, qsizetype index, qreal progress, bool labels) const
{
    const TimelineItem &item = m_layout.items()[size_t(index)];
    if (item.isHidden())
        return;
    const double x = xOfItem(index);
    if (item.isArrow()) {
        paintArrow(p, item, x, progress, labels);
        return;
    }
    if (item.lane < 0 || m_rows.rowOf(item.lane) < 0)
        return;
    const double y = laneY(item.lane);
    const qreal s = m_scale * (0.4 + 0.6 * ease(progress));
    switch (item.kind) {
    case TimelineItem::State:
        p.setPen(QPen(m_text, 1.5 * m_scale));
        p.drawLine(QPointF(x, y - 8 * s), QPointF(x, y + 8 * s));
        return;
    case TimelineItem::Queue:
        p.setPen(QPen(m_faint, 1 * m_scale));
        p.drawLine(QPointF(x, y + 6 * s), QPointF(x, y + 16 * s));
        return;
    case TimelineItem::LaneOpened:
        if (item.toLane >= 0) {
            // The split itself is drawn with the lanes; mark where accept() made it.
            const double py = laneY(item.toLane);
            p.setPen(QPen(m_text, 1.5 * m_scale));
            p.setBrush(m_base);
            p.drawEllipse(QPointF(x, py), 4.5 * s, 4.5 * s);
        } else {
            p.setPen(QPen(m_text, 1.5 * m_scale));
            p.setBrush(m_base);
            p.drawRect(QRectF(x - 5 * s, y - 5 * s, 10 * s, 10 * s));
        }
        break;
    default: {
        const Event &e = m_layout.journal().at(item.event);
        const bool error = item.itemFlags & TimelineItem::Error;
        const QColor color = error ? QColor::fromHsv(0, 210, m_dark ? 240 : 190) : m_text;
        p.setPen(QPen(color, 1.5 * m_scale));
        // Calls the app made are filled; what Qt or the kernel reported is hollow.
        p.setBrush(e.source == EventSource::App ? QBrush(color) : QBrush(m_base));
        p.drawEllipse(QPointF(x, y), 4.5 * s, 4.5 * s);
        break;
    }
    }
    p.setBrush(Qt::NoBrush);
    if (!labels || progress < 0.5)
        return;
    const QString text = TimelineText::callLabel(item);
    const QFontMetricsF fm(m_small);
    // A label may reach past its step, but never into the label of the next or the previous
    // call on the same lane (socket(), bind(), listen() come one right after another).
    double room = qMax(30.0, stepPixels() * 1.6);
    for (const qsizetype other : {index - 1, index + 1}) {
        if (other < 0 || other >= m_layout.itemCount())
            continue;
        const TimelineItem &next = m_layout.items()[size_t(other)];
        const bool labelledBelow = next.kind == TimelineItem::Call
                                   || (next.kind == TimelineItem::LaneOpened && next.toLane < 0);
        if (labelledBelow && next.lane == item.lane && !next.isHidden())
            room = qMin(room, std::abs(xOfItem(other) - x) - 6 * m_scale);
    }
    if (room < m_shortestLabel)
        return;
    const QString shown = fm.elidedText(text, Qt::ElideRight, room);
    const double w = fm.horizontalAdvance(shown);
    p.setFont(m_small);
    p.setPen((item.itemFlags & TimelineItem::Error) ? QColor::fromHsv(0, 210, m_dark ? 240 : 190) : m_text);
    if (item.kind == TimelineItem::LaneOpened && item.toLane >= 0) {
        // Beside the split curve, between the listener and its new clone.
        const double split = qBound(16.0 * m_scale, stepPixels() * 0.6, 60.0 * m_scale);
        const double midY = (laneY(item.toLane) + y) / 2;
        p.drawText(QPointF(x + split * 0.5 + 6 * m_scale, midY + fm.ascent() / 2), shown);
        return;
    }
    p.drawText(QPointF(x - w / 2, y + 12 * m_scale + fm.ascent()), shown);
}

void TimelinePainter::paintMoving(QPainter &p, const Reveal &reveal) const
{
    if (reveal.progress <= 0 || reveal.count >= m_layout.itemCount())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(plotRect());
    const TimelineItem &item = m_layout.items()[size_t(reveal.count)];
    if (item.kind == TimelineItem::LaneOpened && item.toLane >= 0) {
        // The clone slides out of the listener's lane.
        const double x = xOfItem(reveal.count);
        const double py = laneY(item.toLane);
        const double y = py + (laneY(item.lane) - py) * ease(reveal.progress);
        const double w = qBound(16.0 * m_scale, stepPixels() * 0.6, 60.0 * m_scale) * ease(reveal.progress);
        QPainterPath split(QPointF(x, py));
        split.cubicTo(QPointF(x + w * 0.5, py), QPointF(x + w * 0.5, y), QPointF(x + w, y));
        p.setPen(QPen(m_highlight, 3 * m_scale));
        p.drawPath(split);
    }
    paintItem(p, reveal.count, reveal.progress, stepPixels() >= 34 * m_scale);
    p.restore();
}

void TimelinePainter::paintPlayhead(QPainter &p, const Reveal &reveal) const
{
    if (m_layout.itemCount() == 0)
        return;
    const QRectF plot = plotRect();
    double x = 0;
    if (reveal.count >= m_layout.itemCount())
        x = xOfItem(m_layout.itemCount() - 1) + stepPixels() * 0.5;
    else
        x = reveal.progress > 0 ? xOfItem(reveal.count) : xOfItem(reveal.count) - stepPixels() * 0.5;
    if (x < plot.left() || x > plot.right())
        return;
    p.setPen(QPen(withAlpha(m_highlight, 200), 2 * m_scale));
    p.drawLine(QPointF(x, m_rect.top()), QPointF(x, plot.bottom()));
}

void TimelinePainter::paintHeads(QPainter &p, const Reveal &reveal, LaneId selectedLane) const
{
    const QRectF plot = plotRect();
    const QRectF column(m_rect.left(), m_rect.top(), headWidth(), m_rect.height() - legendHeight(m_rect.width()));
    p.fillRect(column, m_headBase);
    p.setPen(QPen(m_line, 1));
    p.drawLine(column.topRight(), column.bottomRight());
    p.save();
    p.setClipRect(QRectF(column.left(), plot.top(), column.width(), plot.height()));
    const double h = laneHeight();
    const qsizetype shown = qMin(reveal.count, m_layout.itemCount());
    const QFontMetricsF fm(m_font);
    const QFontMetricsF smallFm(m_small);
    const auto [firstRow, lastRow] = visibleRows();
    const std::vector<LaneId> &rows = m_rows.lanes();
    for (size_t row = firstRow; row < lastRow; ++row) {
        const LaneId id = rows[row];
        const TimelineLane &lane = m_layout.lane(id);
        const double y = laneY(id);
        if (y + h / 2 < plot.top() || y - h / 2 > plot.bottom())
            continue;
        const bool opened = qsizetype(lane.openedItem) < shown
                            || (qsizetype(lane.openedItem) == shown && reveal.progress > 0);
        const QRectF cell(column.left() + 8 * m_scale, y - h / 2, column.width() - 14 * m_scale, h);
        if (id == selectedLane)
            p.fillRect(QRectF(column.left(), cell.top(), column.width(), h), withAlpha(m_highlight, 70));
        QColor ink = opened ? m_text : withAlpha(m_faint, 120);
        QFont role = m_bold;
        role.setItalic(lane.isOutside());
        p.setFont(role);
        p.setPen(ink);
        double line = cell.top() + (h - fm.height() * 2.6) / 2 + fm.ascent();
        QString title = TimelineText::laneRole(lane);
        if (lane.parent >= 0)
            title += QStringLiteral("  \u2190 #") + QString::number(m_layout.lane(lane.parent).socket);
        p.drawText(QPointF(cell.left(), line), fm.elidedText(title, Qt::ElideRight, cell.width()));
        p.setFont(m_font);
        line += fm.height();
        p.drawText(QPointF(cell.left(), line), fm.elidedText(TimelineText::laneEndpoint(lane), Qt::ElideMiddle, cell.width()));
        // Third line: what the kernel says now, or the listener's queue.
        QString now;
        if (lane.role == SocketRole::Listener) {
            const auto [length, limit] = m_layout.queueAt(id, shown - 1);
            if (limit > 0 || length > 0)
                now = tr("accept queue %1 of %2").arg(length).arg(limit);
        }
        if (now.isEmpty() && shown > 0) {
            const TcpState state = m_layout.stateAt(id, shown - 1);
            if (state != TcpState::Unknown)
                now = TimelineText::callLabel({0, 0, 0, id, -1, 0, TimelineItem::State, quint8(state)});
        }
        if (!now.isEmpty() && h > fm.height() * 2.4) {
            p.setFont(m_small);
            p.setPen(opened ? m_faint : withAlpha(m_faint, 120));
            p.drawText(QPointF(cell.left(), line + smallFm.height()), smallFm.elidedText(now, Qt::ElideRight, cell.width()));
        }
        p.setPen(QPen(withAlpha(m_line, 90), 1));
        p.drawLine(QPointF(column.left(), y + h / 2), QPointF(column.right(), y + h / 2));
    }
    p.restore();
    paintFoldedLine(p);
}

void TimelinePainter::paintFoldedLine(QPainter &p) const
{
    const qsizetype folded = m_rows.folded();
    if (folded <= 0)
        return;
    const QRectF plot = plotRect();
    const double h = laneHeight();
    const double top = plot.top() + double(m_rows.lineCount() - 1) * h - m_scrollY;
    const QRectF line(m_rect.left(), top, m_rect.width(), h);
    if (line.bottom() < plot.top() || line.top() > plot.bottom())
        return;
    p.save();
    p.setClipRect(QRectF(m_rect.left(), plot.top(), m_rect.width(), plot.height()));
    // Across the whole width, so it reads as the last lane and cannot be missed.
    p.fillRect(line, QBrush(withAlpha(m_faint, 40), Qt::BDiagPattern));
    QFont font = m_bold;
    font.setItalic(true);
    p.setFont(font);
    p.setPen(m_text);
    p.drawText(line.adjusted(8 * m_scale, 0, -8 * m_scale, 0), Qt::AlignLeft | Qt::AlignVCenter,
               TimelineRows::foldedText(folded));
    p.restore();
}

std::pair<size_t, size_t> TimelinePainter::visibleRows() const
{
    // Rows from the scroll position, so painting never walks the lanes it skips.
    const size_t count = m_rows.lanes().size();
    const double h = laneHeight();
    const double height = plotRect().height();
    const double first = std::floor(m_scrollY / h) - 1;
    const double last = std::ceil((m_scrollY + height) / h) + 1;
    const auto clamp = [&](double row) { return size_t(qBound(0.0, row, double(count))); };
    return {clamp(first), clamp(last)};
}

std::vector<TimelinePainter::LegendEntry> TimelinePainter::legendEntries()
{
    return {
        {LegendMark::Solid, tr("seen: a captured packet")},
        {LegendMark::Dashed, tr("inferred: implied by the protocol, not seen (hover for why)")},
        {LegendMark::Call, tr("a call the app made")},
        {LegendMark::QtReport, tr("reported by Qt")},
        {LegendMark::StateBand, tr("kernel state and how long it lasted")},
        {LegendMark::Queue, tr("waiting in the accept queue")},
    };
}

double TimelinePainter::legendMarkWidth(LegendMark mark) const
{
    switch (mark) {
    case LegendMark::Solid:
    case LegendMark::Dashed:
    case LegendMark::StateBand: return 32 * m_scale;
    case LegendMark::Call:
    case LegendMark::QtReport:
    case LegendMark::Queue: return 14 * m_scale;
    }
    return 0;
}

std::vector<TimelinePainter::LegendPlace> TimelinePainter::placeLegend(const std::vector<LegendEntry> &entries,
                                                                      double width) const
{
    const QFontMetricsF fm(m_small);
    const int maxRows = m_scale > 1 ? 1 : int(entries.size());
    const double left = 10 * m_scale;
    double x = left;
    int row = 0;
    std::vector<LegendPlace> places;
    places.reserve(entries.size());
    for (const LegendEntry &entry : entries) {
        const double w = legendMarkWidth(entry.mark) + fm.horizontalAdvance(entry.text);
        if (row >= 0 && x > left && x + w > width) {
            x = left;
            row = row + 1 < maxRows ? row + 1 : -1;
        }
        places.push_back({row, x});
        x += w + 18 * m_scale;
    }
    return places;
}

int TimelinePainter::legendRows(double width) const
{
    if (width == m_legendWidth)
        return m_legendRows;
    int rows = 1;
    for (const LegendPlace &place : placeLegend(legendEntries(), width))
        rows = qMax(rows, place.row + 1);
    m_legendWidth = width;
    m_legendRows = rows;
    return rows;
}

double TimelinePainter::legendHeight(double width) const
{
    return legendRows(width) * kLegendRowHeight * m_scale;
}

void TimelinePainter::paintLegend(QPainter &p) const
{
    const double height = legendHeight(m_rect.width());
    const QRectF bar(m_rect.left(), m_rect.bottom() - height, m_rect.width(), height);
    p.fillRect(bar, m_headBase);
    p.setPen(QPen(m_line, 1));
    p.drawLine(bar.topLeft(), bar.topRight());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(m_small);
    const QFontMetricsF fm(m_small);
    const double rowHeight = kLegendRowHeight * m_scale;
    const QColor arrow = arrowColor({0, 0, 0, 0, 0, 0, TimelineItem::Segment, FlagSyn});
    const std::vector<LegendEntry> entries = legendEntries();
    const std::vector<LegendPlace> places = placeLegend(entries, bar.width());
    for (size_t i = 0; i < entries.size(); ++i) {
        const LegendEntry &entry = entries[i];
        if (places[i].row < 0)
            break;
        double x = bar.left() + places[i].x;
        const double y = bar.top() + rowHeight * (places[i].row + 0.5);
        switch (entry.mark) {
        case LegendMark::Solid:
        case LegendMark::Dashed:
            p.setPen(QPen(arrow, 2 * m_scale, entry.mark == LegendMark::Solid ? Qt::SolidLine : Qt::DashLine));
            p.drawLine(QPointF(x, y), QPointF(x + 26 * m_scale, y));
            break;
        case LegendMark::Call:
        case LegendMark::QtReport:
            p.setPen(QPen(m_text, 1.5 * m_scale));
            p.setBrush(entry.mark == LegendMark::Call ? m_text : m_base);
            p.drawEllipse(QPointF(x + 5 * m_scale, y), 4.5 * m_scale, 4.5 * m_scale);
            break;
        case LegendMark::StateBand:
            p.fillRect(QRectF(x, y - 7 * m_scale, 26 * m_scale, 14 * m_scale), stateColor(int(TcpState::Established)));
            break;
        case LegendMark::Queue:
            p.setBrush(QColor::fromHsv(285, 160, m_dark ? 230 : 170));
            p.setPen(QPen(m_text, 1));
            p.drawRect(QRectF(x, y - 4 * m_scale, 8 * m_scale, 8 * m_scale));
            break;
        }
        x += legendMarkWidth(entry.mark);
        p.setPen(m_text);
        p.drawText(QPointF(x, y + fm.ascent() / 2 - 1), entry.text);
    }
    p.restore();
}

void TimelinePainter::paintAll(QPainter &p, const Reveal &reveal, LaneId selectedLane) const
{
    paintBackground(p, selectedLane);
    paintItems(p, reveal);
    paintMoving(p, reveal);
    paintHeads(p, reveal, selectedLane);
    paintLegend(p);
}

LaneId TimelinePainter::laneAt(const QPointF &pos) const
{
    const QRectF plot = plotRect();
    if (pos.y() < plot.top() || pos.y() > plot.bottom())
        return -1;
    const int row = int(std::floor((pos.y() - plot.top() + m_scrollY) / laneHeight()));
    const auto &rows = m_rows.lanes();
    return row >= 0 && size_t(row) < rows.size() ? rows[size_t(row)] : LaneId(-1);
}

qsizetype TimelinePainter::itemAt(const QPointF &pos, const Reveal &reveal) const
{
    const double slack = 7 * m_scale;
    const qsizetype limit = qMin(reveal.count, m_layout.itemCount());
    qsizetype first = 0;
    qsizetype last = 0;
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps) {
        first = qsizetype(std::max(0.0, std::ceil(m_mapper.unitsAt(pos.x() - slack))));
        last = qsizetype(std::max(0.0, std::floor(m_mapper.unitsAt(pos.x() + slack)) + 1));
    } else {
        first = m_layout.firstItemAtOrAfter(m_mapper.timeOfUnits(m_mapper.unitsAt(pos.x() - slack)));
        last = m_layout.firstItemAtOrAfter(m_mapper.timeOfUnits(m_mapper.unitsAt(pos.x() + slack)) + 1);
    }
    last = qMin(last, limit);
    qsizetype best = -1;
    double bestDistance = slack * 1.5;
    for (qsizetype i = first; i < last && i < first + 400; ++i) {
        const TimelineItem &item = m_layout.items()[size_t(i)];
        if (item.isHidden() || item.lane < 0 || m_rows.rowOf(item.lane) < 0)
            continue;
        const double x = xOfItem(i);
        double distance = 0;
        if (item.isArrow() && m_rows.rowOf(item.toLane) >= 0) {
            const double y0 = qMin(laneY(item.lane), laneY(item.toLane));
            const double y1 = qMax(laneY(item.lane), laneY(item.toLane));
            const double dy = pos.y() < y0 ? y0 - pos.y() : pos.y() > y1 ? pos.y() - y1 : 0;
            distance = std::hypot(pos.x() - x, dy);
        } else {
            const LaneId lane = item.kind == TimelineItem::LaneOpened && item.toLane >= 0 ? item.toLane : item.lane;
            distance = std::hypot(pos.x() - x, pos.y() - laneY(lane));
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace SocketScope
