#include "timelinepainter.h"

#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timelinetext.h"
#include "timemapper.h"
#include "window/theme.h"

#include <QtCore/QLocale>
#include <QtCore/QVarLengthArray>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPaintEngine>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_set>
#include <utility>

namespace SocketScope {

namespace {

constexpr double kRulerHeight = 24;
constexpr double kLegendRowHeight = 30;
constexpr double kMinLane = 58;
constexpr double kMaxLane = 130;
constexpr double kNaturalLane = 76; // a lane's height in an exported picture
// Lanes that must scroll are squeezed (down to the least that holds them) to show this many.
constexpr double kLanesInView = 6;
// Lanes that scroll share the plot evenly, each at least this share of the least height.
constexpr double kLeastShare = 0.85;
// The least room under a lane for the strips, where lanes are squeezed to fit the plot.
constexpr double kMinimumLaneRoom = 16;
// How far a packet's arrow slants by real time while its arrival is not known apart from its
// send (host sockets: one capture point, or an arrow inferred from a call).
constexpr double kHostSlant = 10;
// The least slant of a lab arrow whose arrival is known, so its direction always shows.
constexpr double kMinimumSlant = 3;
// A lost packet's arrow stops this far along its way, at a cross.
constexpr double kLostAt = 0.7;
// The least room between a label and any lane's line.
constexpr double kLaneClear = 5;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
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

double distanceToSegment(const QPointF &pos, const QLineF &line)
{
    const QPointF d = line.p2() - line.p1();
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t
        = lengthSquared > 0 ? qBound(0.0, QPointF::dotProduct(pos - line.p1(), d) / lengthSquared, 1.0) : 0;
    const QPointF nearest = line.p1() + d * t;
    return std::hypot(pos.x() - nearest.x(), pos.y() - nearest.y());
}

// Whether the segment passes through the rectangle (Liang-Barsky clipping).
bool crosses(const QLineF &line, const QRectF &r)
{
    double t0 = 0;
    double t1 = 1;
    const auto clip = [&](double p, double q) {
        if (p == 0)
            return q >= 0;
        const double t = q / p;
        if (p < 0) {
            if (t > t1)
                return false;
            t0 = qMax(t0, t);
        } else {
            if (t < t0)
                return false;
            t1 = qMin(t1, t);
        }
        return true;
    };
    return clip(-line.dx(), line.x1() - r.left()) && clip(line.dx(), r.right() - line.x1())
        && clip(-line.dy(), line.y1() - r.top()) && clip(line.dy(), r.bottom() - line.y1());
}

// The boxes placed so far, kept in a coarse grid so checking a candidate looks only at its
// neighbours: a frame may hold a label for each of a thousand items.
class Occupancy
{
public:
    explicit Occupancy(const QRectF &area)
        : m_area(area)
        , m_cols(qMax(1, int(std::ceil(area.width() / kCellWidth))))
        , m_rows(qMax(1, int(std::ceil(area.height() / kCellHeight))))
        , m_cells(size_t(m_cols) * size_t(m_rows))
    { }

    bool isFree(const QRectF &r) const
    {
        bool free = true;
        visit(r, [&](const std::vector<int> &cell) {
            for (const int i : cell) {
                if (m_rects[size_t(i)].intersects(r))
                    free = false;
            }
        });
        return free;
    }

    void add(const QRectF &r)
    {
        const int index = int(m_rects.size());
        m_rects.push_back(r);
        visit(r, [&](std::vector<int> &cell) { cell.push_back(index); });
    }

    // Calls `f(index)` for each box added whose cell `r` touches (a box may come more than once).
    template<typename F> void forEachNear(const QRectF &r, F &&f) const
    {
        visit(r, [&](const std::vector<int> &cell) {
            for (const int i : cell)
                f(i);
        });
    }

    // Whether the segment passes through no box placed so far.
    bool isClear(const QLineF &line) const
    {
        bool clear = true;
        forEachNear(QRectF(line.p1(), line.p2()).normalized(), [&](int i) {
            if (clear && crosses(line, m_rects[size_t(i)]))
                clear = false;
        });
        return clear;
    }

private:
    static constexpr double kCellWidth = 64;
    static constexpr double kCellHeight = 20;

    template<typename Cells, typename F> static void visitCells(Cells &self, const QRectF &r, F &&f)
    {
        const auto col = [&](double x) {
            return qBound(0, int((x - self.m_area.left()) / kCellWidth), self.m_cols - 1);
        };
        const auto row = [&](double y) {
            return qBound(0, int((y - self.m_area.top()) / kCellHeight), self.m_rows - 1);
        };
        for (int y = row(r.top()); y <= row(r.bottom()); ++y) {
            for (int x = col(r.left()); x <= col(r.right()); ++x)
                f(self.m_cells[size_t(y) * size_t(self.m_cols) + size_t(x)]);
        }
    }
    template<typename F> void visit(const QRectF &r, F &&f) const
    {
        visitCells(*this, r, std::forward<F>(f));
    }
    template<typename F> void visit(const QRectF &r, F &&f) { visitCells(*this, r, std::forward<F>(f)); }

    QRectF m_area;
    int m_cols;
    int m_rows;
    std::vector<std::vector<int>> m_cells;
    std::vector<QRectF> m_rects;
};

} // namespace

TimelinePainter::TimelinePainter(const TimelineLayout &layout, const TimeMapper &mapper)
    : m_layout(layout)
    , m_mapper(mapper)
    , m_rows(layout)
    , m_origins(&layout.journal())
{
    setPalette(QPalette());
    setFont(QFont());
}

void TimelinePainter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_faint = mix(m_base, m_text, 0.55);
    m_line = mix(m_base, m_text, 0.35);
    m_highlight = palette.color(QPalette::Highlight);
    m_headBase = palette.color(QPalette::Window);
    m_stamps.clear();
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
    m_brief = {};
    m_smallTexts.setFont(m_small);
    QFont boldSmall = m_small;
    boldSmall.setBold(true);
    m_boldTexts.setFont(boldSmall);
    m_headTexts.setFont(m_font);
    m_headBoldTexts.setFont(m_bold);
    m_stamps.clear();
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
        qMax(1.0, m_rect.height() - kRulerHeight * m_scale - shownLegendHeight()));
}

double TimelinePainter::minimumLaneHeight() const
{
    // What a lane holds: its head's first two lines (the role and the address; the third, the
    // state, is drawn where there is room for it), and a label under and over its markers.
    const double head = 2 * m_headTexts.metrics().height() + 6 * m_scale;
    const double labels = 2 * (9 * m_scale + m_smallTexts.metrics().height()) + 4 * m_scale;
    return std::ceil(qMax(head, labels));
}

double TimelinePainter::minimumLaneRoom() const
{
    return qMin(m_laneRoom, kMinimumLaneRoom * m_scale);
}

double TimelinePainter::groupTitleHeight() const
{
    return std::ceil(m_boldTexts.metrics().height() + 4 * m_scale);
}

double TimelinePainter::laneHeight() const
{
    const qsizetype lines = qMax<qsizetype>(1, m_rows.lineCount());
    const double plot = plotRect().height();
    const double share = plot / double(lines);
    // Where every lane fits whole once squeezed to what it holds, it is squeezed rather than
    // scrolled, so no arrow comes from a lane out of sight (a server and two clients in large
    // type, the lab's six lanes in three computers' bands on a projector). The strips' room
    // under each lane gives way first; squeezed further, they go under the markers' labels
    // (TcpInfoStrips draws them there). Where the lanes must scroll anyway, they are squeezed
    // only as far as it takes to show kLanesInView of them: a lesson beside the timeline on a
    // projector leaves room for three or four, and a tall plot keeps the comfortable height
    // (more lanes in a frame would cost more than they tell).
    const double comfortable = kMinLane * m_scale + m_laneRoom;
    const double least = minimumLaneHeight();
    if (share >= comfortable)
        return qMin(share, kMaxLane * m_scale + m_laneRoom);
    if (share >= least)
        return share;
    // Scrolled, the lanes tile the plot: a whole number of them fills it, so a lane scrolled
    // into view from above or below is whole and the one beside it is not cut half under the
    // ruler (its head's name gone). Each a little taller than it would be; but where they are
    // already squeezed to the least height, the nearest whole number: a little under the least
    // (the labels over and under the markers a little closer) rather than a lane fewer.
    const double height = qBound(least, plot / kLanesInView, comfortable);
    double lanes = qMax(1.0, std::floor(plot / height + 1e-6));
    if (height <= least) {
        lanes = qMax(1.0, std::round(plot / height));
        if (lanes > 1 && plot / lanes < kLeastShare * least)
            lanes -= 1;
    }
    return plot / lanes;
}

double TimelinePainter::markerLabelReach() const
{
    // As labelCandidates() places a call's label under its marker.
    return 9 * m_scale + m_smallTexts.metrics().height() + 2 * m_scale;
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
    qsizetype first = 0;
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps) {
        first = qsizetype(std::max(0.0, std::ceil(from)));
    } else {
        // Binary search: painting never walks the items it skips.
        first = m_layout.firstItemAtOrAfter(m_mapper.timeOfUnits(from));
    }
    return {qMin(first, limit), qMin(itemsUpTo(plot.right() + pad), limit)};
}

qsizetype TimelinePainter::itemsUpTo(double x) const
{
    const double units = m_mapper.unitsAt(x);
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps)
        return qMin(m_layout.itemCount(), qsizetype(std::max(0.0, std::floor(units) + 1)));
    return m_layout.firstItemAtOrAfter(m_mapper.timeOfUnits(units) + 1);
}

QColor TimelinePainter::arrowColor(const TimelineItem &item) const
{
    // What a segment does, by the theme's roles: opening is blue like a captured packet, data
    // green like success, closing and resets in the colours of warning and error, a bare ACK
    // quiet. Datagrams take the palette's link colour, apart from TCP's.
    using R = Theme::Role;
    if (item.kind == TimelineItem::Datagram)
        return m_palette.color(QPalette::Link);
    if (item.code & FlagRst)
        return Theme::color(R::Error, m_palette);
    if (item.code & FlagSyn)
        return Theme::color(R::Captured, m_palette);
    if (item.code & FlagFin)
        return Theme::color(R::Warning, m_palette);
    if (item.code & FlagPsh || item.value > 0)
        return Theme::color(R::Success, m_palette);
    return Theme::color(R::Inferred, m_palette);
}

QColor TimelinePainter::errorColor() const
{
    return Theme::color(Theme::Role::Error, m_palette);
}

QColor TimelinePainter::stateColor(int state) const
{
    using R = Theme::Role;
    switch (TcpState(state)) {
    case TcpState::SynSent:
    case TcpState::SynRecv:
    case TcpState::NewSynRecv:
        return Theme::background(R::Captured, m_palette);
    case TcpState::Established:
        return Theme::background(R::Success, m_palette);
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::LastAck:
    case TcpState::Closing:
        return Theme::background(R::Warning, m_palette);
    case TcpState::Listen:
        return Theme::background(R::AcceptQueue, m_palette);
    default:
        break;
    }
    return withAlpha(m_faint, 45);
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

std::vector<TimelinePainter::RulerLabel> TimelinePainter::rulerLabels() const
{
    const QRectF plot = plotRect();
    const double baseline = m_rect.top() + (kRulerHeight - 7) * m_scale;
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
    std::vector<RulerLabel> labels;
    for (double u = start; u <= end && tick > 0; u += tick) {
        RulerLabel label;
        label.x = m_mapper.xOf(u);
        if (m_mapper.spacing() == TimeMapper::Spacing::Steps)
            label.text = tr("step %1", "ruler").arg(locale.toString(qint64(u) + 1));
        else
            label.text = TimelineText::duration(m_mapper.timeOfUnits(u));
        label.rect = QRectF(label.x + 3 * m_scale, baseline - fm.ascent(), fm.horizontalAdvance(label.text),
            fm.ascent() + fm.descent());
        // Whole or not at all: a label cut by the plot's edge, or under the control that
        // covers the ruler's end, reads as another number.
        label.shown = label.rect.right() <= plot.right() - m_rulerCover;
        labels.push_back(label);
    }
    return labels;
}

void TimelinePainter::paintRuler(QPainter &p) const
{
    const QRectF plot = plotRect();
    const QRectF ruler(plot.left(), m_rect.top(), plot.width(), kRulerHeight * m_scale);
    p.setPen(QPen(m_line, 1));
    p.drawLine(QPointF(ruler.left(), ruler.bottom()), QPointF(ruler.right(), ruler.bottom()));
    p.setFont(m_small);
    const QFontMetricsF fm(m_small);
    for (const RulerLabel &label : rulerLabels()) {
        p.setPen(QPen(m_line, 1));
        p.drawLine(QPointF(label.x, ruler.bottom() - 5 * m_scale), QPointF(label.x, ruler.bottom()));
        if (!label.shown)
            continue;
        p.setPen(m_faint);
        m_smallTexts.draw(p, QPointF(label.rect.left(), ruler.bottom() - 7 * m_scale), label.text);
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
            const QString text = tr("+%1 quiet", "a folded gap in real-time spacing")
                                     .arg(TimelineText::duration(fold.to - fold.from));
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

TimelinePainter::NowStateName TimelinePainter::nowStateName(LaneId id, const Reveal &reveal) const
{
    NowStateName out;
    const QRectF plot = plotRect();
    const qsizetype shown = qMin(reveal.count, m_layout.itemCount());
    const TimelineLane &lane = m_layout.lane(id);
    const auto &states = lane.states;
    const QFontMetricsF &fm = m_smallTexts.metrics();
    const double y = laneY(id);
    const double h = 16 * m_scale;
    const double baseline = y - h / 2 - 3 * m_scale;
    const auto takenByLabel = [&](const QRectF &r) {
        for (const PlacedLabel &label : m_lastLabels.labels) {
            if (label.rect.intersects(r))
                return true;
        }
        for (const LabelBadge &badge : m_lastLabels.badges) {
            if (badge.rect.intersects(r))
                return true;
        }
        return false;
    };
    const auto shownEnd = std::lower_bound(states.begin(), states.end(), shown,
        [](const TimelineLane::StateChange &c, qsizetype s) { return qsizetype(c.item) < s; });
    if (shownEnd == states.begin())
        return out;
    const TimelineLane::StateChange &now = *std::prev(shownEnd);
    bool kernelOnly = false;
    double appEnd = 0;
    const double laneEnd = laneEndX(id, reveal, &kernelOnly, &appEnd);
    const double x0 = xOfItem(now.item);
    if (now.state == TcpState::Gone || now.state == TcpState::Unknown || x0 > plot.right()
        || laneEnd < plot.left())
        return out;
    const QString text
        = TimelineText::callLabel({now.t, 0, 0, id, -1, 0, TimelineItem::State, quint8(now.state)});
    const double w = m_smallTexts.width(text);
    const double textX = qMax(x0, plot.left()) + 3 * m_scale;
    const double end = qMin(laneEnd, plot.right()) - 3 * m_scale;
    const double left = qMax(plot.left() + 3 * m_scale, plot.right() - 3 * m_scale - w);
    const double under = y + h / 2 + 3 * m_scale + fm.ascent();
    // Where it starts, as every other state's name; else ending at the plot's right edge, or
    // a little further left where a label is there; else under the band, unless the kernel's
    // strips take the bottom of the lane: the name never lies on them.
    std::vector<QPointF> spots;
    if (textX + w <= end)
        spots.emplace_back(textX, baseline);
    for (int shift = 0; shift <= 4; ++shift)
        spots.emplace_back(qMax(plot.left() + 3 * m_scale, left - shift * w / 3), baseline);
    spots.emplace_back(left, under);
    const double stripsTop = y + laneHeight() / 2 - m_laneRoom;
    for (const QPointF &at : spots) {
        const QRectF r(at.x(), at.y() - fm.ascent(), w, fm.height());
        if (m_laneRoom > 0 && at.y() == under && r.bottom() > stripsTop)
            continue;
        if (plot.contains(r) && !takenByLabel(r)) {
            out.text = text;
            out.rect = r;
            out.onLine = at.y() == baseline;
            break;
        }
    }
    return out;
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
        const double h = 16 * m_scale;
        const double baseline = y - h / 2 - 3 * m_scale;
        // The names before the lane's present state stop short of it.
        const NowStateName now = nowStateName(id, reveal);
        const double nowLeft = now.onLine ? now.rect.left() : std::numeric_limits<double>::max();
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
            p.fillRect(QRectF(x0, y - h / 2, x1 - x0, h), stateColor(int(it->state)));
            if (!nextShown && !now.text.isEmpty())
                continue;
            QString text
                = TimelineText::callLabel({it->t, 0, 0, id, -1, 0, TimelineItem::State, quint8(it->state)});
            if (nextShown)
                text += QStringLiteral(" \u00b7 ") + TimelineText::duration(next->t - it->t);
            const double textX = qMax(x0, plot.left()) + 3 * m_scale;
            // The state's name gives way to the labels of arrows and calls: it stops short of
            // the first one on its line rather than showing from under it in pieces.
            double room = qMin(qMin(x1 - x0 - 6 * m_scale, x1 - textX), nowLeft - 6 * m_scale - textX);
            const QRectF line(textX, baseline - fm.ascent(), room, fm.height());
            for (const PlacedLabel &label : m_lastLabels.labels) {
                if (label.rect.intersects(line))
                    room = qMin(room, label.rect.left() - textX - 2 * m_scale);
            }
            for (const LabelBadge &badge : m_lastLabels.badges) {
                if (badge.rect.intersects(line))
                    room = qMin(room, badge.rect.left() - textX - 2 * m_scale);
            }
            // Nor on the ruler: a lane squeezed under it has no room above its line for a name.
            if (room > 24 * m_scale && line.top() >= plot.top()) {
                p.setPen(m_faint);
                m_smallTexts.draw(p, QPointF(textX, baseline), m_smallTexts.elided(text, room));
            }
        }
        if (!now.text.isEmpty()) {
            p.setPen(m_faint);
            m_smallTexts.draw(p, QPointF(now.rect.left(), now.rect.top() + fm.ascent()), now.text);
        }
        // The accept queue: one small box per connection waiting for accept().
        if (lane.role == SocketRole::Listener) {
            for (auto q = lane.queue.begin(); q != lane.queue.end() && qsizetype(q->item) < shown; ++q) {
                const auto next = std::next(q);
                const double x0 = xOfItem(q->item);
                const double x1 = next != lane.queue.end() && qsizetype(next->item) < shown
                    ? xOfItem(next->item)
                    : laneEnd;
                if (x1 < plot.left() || x0 > plot.right() || q->length <= 0)
                    continue;
                const double box = 8 * m_scale;
                const int boxes = qMin(q->length, 6);
                double x = x0 + 3 * m_scale;
                p.setPen(QPen(m_text, 1));
                p.setBrush(Theme::color(Theme::Role::AcceptQueue, m_palette));
                for (int b = 0; b < boxes && x + box < x1; ++b) {
                    p.drawRect(QRectF(x, y + 9 * m_scale, box, box));
                    x += box + 2 * m_scale;
                }
                p.setBrush(Qt::NoBrush);
                const QString text = TimelineText::callLabel(
                    {0, 0, q->length, id, -1, quint16(q->limit), TimelineItem::Queue});
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
    // Lanes scrolled up out of the plot stay out of the ruler: only arrows cut at its edge show
    // that they come from there.
    p.setClipRect(plot.adjusted(0, m_scrollY > 0 ? 0 : -kRulerHeight * m_scale, 0, 0));
    const Reveal shown {qMin(reveal.count, m_layout.itemCount()), 0};
    const auto [first, last] = visibleItems(shown);
    if (TimeMapper::aggregates(last - first, plot.width())) {
        p.setRenderHint(QPainter::Antialiasing, false);
        paintAggregates(p, first, last, shown);
        // A session of a few dozen connections at Fit is drawn merged too; its marks still
        // say what they are where there is room, and the rest are counted in "+N" badges.
        m_lastLabels = layoutLabels(shown);
        p.setRenderHint(QPainter::Antialiasing, true);
        paintLabels(p, m_lastLabels);
        p.restore();
        return;
    }
    m_lastLabels = layoutLabels(shown);
    paintStates(p, shown);
    paintLanes(p, shown);
    const bool fine = isFine();
    // Arrows reach one step on, so the one before the left edge may still cross into view.
    for (qsizetype i = qMax<qsizetype>(0, first - 1); i < last; ++i)
        paintItem(p, i, 1, fine);
    m_spotlight.paint(p, *this, m_layout, first, last, m_palette);
    paintLabels(p, m_lastLabels);
    p.restore();
}

void TimelinePainter::paintAggregates(QPainter &p, qsizetype first, qsizetype last, const Reveal &shown) const
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
    // Runs a pixel or two wide, as a crowd of connections gives in nearly every column, go as
    // one-pixel lines: the many tall translucent rectangles they were cost more than the rest
    // of the frame together (each was filled as a shape of its own).
    QVarLengthArray<QLineF, 2048> arrowColumns;
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
        if (arrowStart >= 0 && px - arrowStart <= 2) {
            for (int column = arrowStart; column < px; ++column)
                arrowColumns.append(QLineF(column + 0.5, arrowTop, column + 0.5, arrowBottom));
        } else if (arrowStart >= 0) {
            arrows.append(QRectF(arrowStart, arrowTop, px - arrowStart, arrowBottom - arrowTop));
        }
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
    // The arrows' shade is opaque, mixed with the page's colour beforehand, and the lanes are
    // drawn over it: a translucent one was blended pixel by pixel over most of the plot and
    // cost more than the rest of the frame together.
    const QColor shade = mix(m_base, arrowColor({}), 60.0 / 255.0);
    if (!arrowColumns.isEmpty()) {
        QPen column(shade, 0);
        column.setCosmetic(true);
        column.setCapStyle(Qt::FlatCap);
        p.setPen(column);
        p.drawLines(arrowColumns.constData(), int(arrowColumns.size()));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(shade);
    p.drawRects(arrows.constData(), int(arrows.size()));
    paintLanes(p, shown);
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(m_text, 150));
    p.drawRects(marks.constData(), int(marks.size()));
    p.setBrush(Qt::NoBrush);
}

QLineF TimelinePainter::arrowLine(qsizetype index) const
{
    const TimelineItem &item = m_layout.items()[size_t(index)];
    const QLineF full(xOfItem(index), laneY(item.lane), arrivalX(index), laneY(item.toLane));
    // A lost packet never reached the receiver's lane: its arrow stops where it was last seen.
    return item.isLost() ? QLineF(full.p1(), full.pointAt(kLostAt)) : full;
}

bool TimelinePainter::isFine() const
{
    return stepPixels() < kFineStepPixels * m_scale;
}

const QImage &TimelinePainter::markerStamp(const QColor &ink, const QColor &fill, qreal dpr) const
{
    for (const MarkerStamp &stamp : m_stamps) {
        if (stamp.ink == ink.rgba() && stamp.fill == fill.rgba() && stamp.dpr == dpr)
            return stamp.image;
    }
    // The marker paintItem() draws, once, on a clear square of its size.
    const double side = std::ceil(12 * m_scale);
    QImage image(QSize(int(side * dpr), int(side * dpr)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter q(&image);
        q.setRenderHint(QPainter::Antialiasing, true);
        q.setPen(QPen(ink, 1.5 * m_scale));
        q.setBrush(fill);
        q.drawEllipse(QPointF(side / 2, side / 2), 4.5 * m_scale, 4.5 * m_scale);
    }
    m_stamps.push_back({ink.rgba(), fill.rgba(), dpr, image});
    return m_stamps.back().image;
}

void TimelinePainter::paintArrow(QPainter &p, qsizetype index, qreal progress, bool fine) const
{
    const TimelineItem &item = m_layout.items()[size_t(index)];
    if (m_rows.rowOf(item.lane) < 0 || m_rows.rowOf(item.toLane) < 0)
        return;
    const QLineF full = arrowLine(index);
    if (full.length() < 1)
        return;
    const QPointF unit = (full.p2() - full.p1()) / full.length();
    const QPointF end = full.pointAt(ease(progress));
    const QColor color = arrowColor(item);
    const double head = 7 * m_scale;
    QPen pen(color, fine ? 0 : 2 * m_scale, item.isInferred() ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    if (fine) {
        // A hairline, one device pixel wide at any scale; its dashes keep the same length.
        pen.setCosmetic(true);
        pen.setDashPattern({8 * m_scale, 4 * m_scale});
    }
    if (!fine) {
        // An arrow between lanes that are not neighbours passes over the lanes between: a gap
        // in the page colour where it crosses them shows it goes over, not to, them.
        const double gap = std::abs(laneY(item.toLane) - laneY(item.lane));
        const double h = laneHeight();
        if (gap > 1.5 * h) {
            const double from = 0.5 * h / gap;
            const QLineF over(full.pointAt(from), full.pointAt(qMin(1.0 - from, ease(progress))));
            if (over.dy() * full.dy() > 0) {
                p.setPen(QPen(m_base, 6 * m_scale, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(over);
            }
        }
    }
    p.setPen(pen);
    p.drawLine(full.p1() + unit * 4 * m_scale, end - unit * head);
    if (item.isLost()) {
        // A cross where it was last seen: sent towards this socket, and it never got there.
        const double c = head * 0.75;
        p.setPen(QPen(errorColor(), 2.5 * m_scale, Qt::SolidLine, Qt::RoundCap));
        const QPointF centre = end - unit * head * 0.4;
        p.drawLine(centre + QPointF(-c, -c), centre + QPointF(c, c));
        p.drawLine(centre + QPointF(-c, c), centre + QPointF(c, -c));
        return;
    }
    const QPointF normal(-unit.y(), unit.x());
    const QPointF tip = end - unit * 2 * m_scale;
    const QPointF base = tip - unit * head;
    const QPointF triangle[3] = {tip, base + normal * head * 0.6, base - normal * head * 0.6};
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(triangle, 3);
    p.setBrush(Qt::NoBrush);
}

void TimelinePainter::paintItem(QPainter &p, qsizetype index, qreal progress, bool fine) const
{
    const TimelineItem &item = m_layout.items()[size_t(index)];
    if (item.isHidden())
        return;
    const double x = xOfItem(index);
    if (item.isArrow()) {
        paintArrow(p, index, progress, fine);
        return;
    }
    if (item.lane < 0 || m_rows.rowOf(item.lane) < 0)
        return;
    const double y = laneY(item.lane);
    const qreal s = m_scale * (0.4 + 0.6 * ease(progress));
    switch (item.kind) {
    case TimelineItem::State:
        p.setPen(fine ? QPen(m_text, 0) : QPen(m_text, 1.5 * m_scale));
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
        const QColor color = error ? errorColor() : m_text;
        const QColor fill = e.source == EventSource::App ? color : m_base;
        if (fine && p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster) {
            const QImage &stamp = markerStamp(color, fill, p.device()->devicePixelRatio());
            const QSizeF size = stamp.deviceIndependentSize();
            p.drawImage(QPointF(x - size.width() / 2, y - size.height() / 2), stamp);
            return;
        }
        p.setPen(QPen(color, 1.5 * m_scale));
        // Calls the app made are filled; what Qt or the kernel reported is hollow.
        p.setBrush(e.source == EventSource::App ? QBrush(color) : QBrush(m_base));
        p.drawEllipse(QPointF(x, y), 4.5 * s, 4.5 * s);
        break;
    }
    }
    p.setBrush(Qt::NoBrush);
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
    paintItem(p, reveal.count, reveal.progress);
    // Its label once it is mostly there, in the first spot the labels standing still leave.
    if (reveal.progress >= 0.6 && isLabelled(item)) {
        const QRectF plot = plotRect();
        for (const PlacedLabel &candidate : labelCandidates(reveal.count)) {
            const auto over = [&](const QRectF &r) { return r.intersects(candidate.rect); };
            const bool free = plot.contains(candidate.rect)
                && std::none_of(m_lastLabels.labels.begin(), m_lastLabels.labels.end(),
                    [&](const PlacedLabel &l) { return over(l.rect); })
                && std::none_of(m_lastLabels.badges.begin(), m_lastLabels.badges.end(),
                    [&](const LabelBadge &b) { return over(b.rect); });
            if (free) {
                paintLabel(p, candidate);
                break;
            }
        }
    }
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

TcpState TimelinePainter::freshestState(const TimelineLane &lane, qsizetype step) const
{
    // The kernel is polled and misses states that last a moment; the arrows imply each one.
    // Whichever changed last up to `step` is what holds now (a FIN drawn after the last poll
    // makes CLOSE_WAIT, though the kernel was last seen ESTABLISHED).
    const auto lastChange = [step](const std::vector<TimelineLane::StateChange> &changes) {
        const auto it = std::upper_bound(changes.begin(), changes.end(), step,
            [](qsizetype s, const TimelineLane::StateChange &c) { return s < qsizetype(c.item); });
        return it == changes.begin() ? nullptr : &*std::prev(it);
    };
    const TimelineLane::StateChange *kernel = lastChange(lane.states);
    const TimelineLane::StateChange *implied = lastChange(lane.implied);
    if (!kernel)
        return implied ? implied->state : TcpState::Unknown;
    if (!implied || kernel->item >= implied->item)
        return kernel->state;
    return implied->state;
}

std::vector<QRectF> TimelinePainter::groupTitleRects() const
{
    // At the band's top; while the band is scrolled up past the plot's top, held there as a
    // table's header is, until the band's end pushes it away.
    const QRectF plot = plotRect();
    const double h = laneHeight();
    const double titleHeight = groupTitleHeight();
    std::vector<QRectF> out;
    for (const TimelineRows::Group &group : m_rows.groups()) {
        const double top = plot.top() + group.firstRow * h - m_scrollY;
        const double bottom = top + group.rowCount * h;
        const double titleTop = qMax(top, qMin(plot.top(), bottom - titleHeight));
        out.emplace_back(m_rect.left(), titleTop, headWidth(), titleHeight);
    }
    return out;
}

QRectF TimelinePainter::headCell(LaneId id) const
{
    const double h = laneHeight();
    const double y = laneY(id);
    const int row = m_rows.rowOf(id);
    // The lane under its band's title gives that part of its head to it.
    double top = y - h / 2;
    const std::vector<TimelineRows::Group> &groups = m_rows.groups();
    const std::vector<QRectF> titles = groupTitleRects();
    for (size_t g = 0; g < groups.size(); ++g) {
        if (row >= groups[g].firstRow && row < groups[g].firstRow + groups[g].rowCount)
            top = qMax(top, titles[g].bottom());
    }
    return {m_rect.left() + 8 * m_scale, top, headWidth() - 14 * m_scale, qMax(0.0, y + h / 2 - top)};
}

int TimelinePainter::headLines(double cellHeight) const
{
    // Three lines where they fit whole, else the first two; where not even two fit (a squeezed
    // lane under its band's title), the address goes after the role on one line rather than
    // half under the next lane.
    const QFontMetricsF fm(m_font);
    if (2 * fm.height() + QFontMetricsF(m_small).height() <= cellHeight)
        return 3;
    if (2 * fm.height() <= cellHeight + 0.5)
        return 2;
    return cellHeight < fm.height() ? 0 : 1;
}

void TimelinePainter::paintHeads(QPainter &p, const Reveal &reveal, LaneId selectedLane) const
{
    const QRectF plot = plotRect();
    const QRectF column(m_rect.left(), m_rect.top(), headWidth(), m_rect.height() - shownLegendHeight());
    p.fillRect(column, m_headBase);
    p.setPen(QPen(m_line, 1));
    p.drawLine(column.topRight(), column.bottomRight());
    p.save();
    p.setClipRect(QRectF(column.left(), plot.top(), column.width(), plot.height()));
    const double h = laneHeight();
    // In the lab, one band per computer: every other one tinted, a firm line between them,
    // and the computer's name at the band's top, so the lane heads below need not repeat it.
    const std::vector<TimelineRows::Group> &groups = m_rows.groups();
    const std::vector<QRectF> titles = groupTitleRects();
    for (size_t g = 0; g < groups.size(); ++g) {
        const TimelineRows::Group &group = groups[g];
        const double top = plot.top() + group.firstRow * h - m_scrollY;
        if (g % 2)
            p.fillRect(QRectF(column.left(), top, column.width(), group.rowCount * h), withAlpha(m_line, 28));
        if (g > 0)
            p.fillRect(QRectF(column.left(), top - m_scale, m_rect.width(), 2 * m_scale), m_line);
    }
    // The titles go over the lane heads, drawn after them.
    const auto paintTitles = [&] {
        for (size_t g = 0; g < groups.size(); ++g) {
            const TimelineRows::Group &group = groups[g];
            if (titles[g].bottom() < plot.top() || titles[g].top() > plot.bottom())
                continue;
            const QRectF title = titles[g].adjusted(0, m_scale, 0, 0);
            p.fillRect(title, m_headBase);
            p.fillRect(title, withAlpha(m_line, 70));
            p.setFont(m_boldTexts.font());
            p.setPen(m_text);
            const QFontMetricsF &titleFm = m_boldTexts.metrics();
            m_boldTexts.draw(p,
                QPointF(title.left() + 6 * m_scale,
                    title.top() + (title.height() - titleFm.height()) / 2 + titleFm.ascent()),
                m_boldTexts.elided(TimelineRows::groupTitle(group), title.width() - 12 * m_scale));
        }
    };
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
        const QRectF cell = headCell(id);
        if (id == selectedLane)
            p.fillRect(
                QRectF(column.left(), cell.top(), column.width(), cell.height()), withAlpha(m_highlight, 70));
        if (cell.height() < fm.height())
            continue; // all but a sliver under the band's title
        QColor ink = opened ? m_text : withAlpha(m_faint, 120);
        QFont role = m_bold;
        role.setItalic(lane.isOutside());
        p.setFont(role);
        p.setPen(ink);
        const int lines = headLines(cell.height());
        const bool third = lines == 3;
        const bool second = lines >= 2;
        const double block = second ? 2 * fm.height() + (third ? smallFm.height() : 0) : fm.height();
        double line = cell.top() + qMax(0.0, (cell.height() - block) / 2) + fm.ascent();
        QString title = TimelineText::laneRole(lane, groups.empty());
        if (lane.parent >= 0)
            title += QStringLiteral("  \u2190 #") + QString::number(m_layout.lane(lane.parent).socket);
        double titleWidth = 0;
        if (lane.isOutside()) {
            const QString shownTitle = QFontMetricsF(role).elidedText(title, Qt::ElideRight, cell.width());
            p.drawText(QPointF(cell.left(), line), shownTitle);
            titleWidth = QFontMetricsF(role).horizontalAdvance(shownTitle);
        } else {
            const QString shownTitle = m_headBoldTexts.elided(title, cell.width());
            m_headBoldTexts.draw(p, QPointF(cell.left(), line), shownTitle);
            titleWidth = m_headBoldTexts.width(shownTitle);
        }
        p.setFont(m_font);
        const double gap = fm.horizontalAdvance(QStringLiteral("  "));
        const QRectF endpointAt = second
            ? QRectF(cell.left(), line + fm.height(), cell.width(), 0)
            : QRectF(cell.left() + titleWidth + gap, line, qMax(0.0, cell.width() - titleWidth - gap), 0);
        line = endpointAt.top();
        if (endpointAt.width() >= fm.horizontalAdvance(QStringLiteral("0000\u2026")))
            m_headTexts.draw(p, endpointAt.topLeft(),
                m_headTexts.elided(TimelineText::laneEndpoint(lane), endpointAt.width(), Qt::ElideMiddle));
        // Third line: what the kernel says now, or the listener's queue.
        QString now;
        if (lane.role == SocketRole::Listener) {
            const auto [length, limit] = m_layout.queueAt(id, shown - 1);
            if (limit > 0 || length > 0)
                now = tr("accept queue %1 of %2").arg(length).arg(limit);
        }
        if (now.isEmpty() && shown > 0) {
            const TcpState state = freshestState(lane, shown - 1);
            if (state != TcpState::Unknown)
                now = TimelineText::callLabel({0, 0, 0, id, -1, 0, TimelineItem::State, quint8(state)});
        }
        if (!now.isEmpty() && third) {
            p.setFont(m_small);
            p.setPen(opened ? m_faint : withAlpha(m_faint, 120));
            m_smallTexts.draw(
                p, QPointF(cell.left(), line + smallFm.height()), m_smallTexts.elided(now, cell.width()));
        }
        p.setPen(QPen(withAlpha(m_line, 90), 1));
        p.drawLine(QPointF(column.left(), y + h / 2), QPointF(column.right(), y + h / 2));
    }
    paintTitles();
    p.restore();
    paintFoldedLine(p);
    paintLaneScrollMarks(p);
}

int TimelinePainter::lanesOutOfView(bool up) const
{
    const double h = laneHeight();
    const double hidden = up ? m_scrollY : overflowY() - m_scrollY;
    return h > 0 && hidden > 0.5 ? int(std::ceil(hidden / h - 0.01)) : 0;
}

QString TimelinePainter::laneScrollText(bool up) const
{
    return QStringLiteral("%1 %2")
        .arg(up ? QStringLiteral("\u25b2") : QStringLiteral("\u25bc"))
        .arg(lanesOutOfView(up));
}

QRectF TimelinePainter::laneScrollMark(bool up) const
{
    if (lanesOutOfView(up) == 0)
        return {};
    const QRectF plot = plotRect();
    const double pad = 3 * m_scale;
    const QSizeF size(
        m_smallTexts.width(laneScrollText(up)) + 2 * pad, m_smallTexts.metrics().height() + pad);
    const double right = m_rect.left() + headWidth() - 2 * m_scale;
    const double top = up ? plot.top() + 2 * m_scale : plot.bottom() - 2 * m_scale - size.height();
    return QRectF(QPointF(right - size.width(), top), size);
}

void TimelinePainter::paintLaneScrollMarks(QPainter &p) const
{
    for (const bool up : {true, false}) {
        const QRectF mark = laneScrollMark(up);
        if (mark.isEmpty())
            continue;
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(m_line, 1));
        p.setBrush(m_base);
        p.drawRoundedRect(mark, 3 * m_scale, 3 * m_scale);
        p.setFont(m_small);
        p.setPen(m_text);
        const QFontMetricsF &fm = m_smallTexts.metrics();
        m_smallTexts.draw(p,
            QPointF(mark.left() + 3 * m_scale, mark.top() + (mark.height() - fm.height()) / 2 + fm.ascent()),
            laneScrollText(up));
        p.restore();
    }
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

std::vector<TimelinePainter::LegendEntry> TimelinePainter::legendEntries(bool brief)
{
    // Each mark with its two texts: the brief word for a crowded plot, the whole sentence
    // otherwise and in the brief legend's tooltip.
    struct Text
    {
        LegendMark mark;
        const char *brief;
        const char *whole;
    };
    static constexpr Text kTexts[] = {
        {LegendMark::Solid, QT_TR_NOOP("seen"), QT_TR_NOOP("seen: a captured packet")},
        {LegendMark::Dashed, QT_TR_NOOP("inferred"),
            QT_TR_NOOP("inferred: implied by the protocol, not seen (hover for why)")},
        {LegendMark::Call, QT_TR_NOOP("app's call"), QT_TR_NOOP("a call the app made")},
        {LegendMark::QtReport, QT_TR_NOOP("Qt's report"), QT_TR_NOOP("reported by Qt")},
        {LegendMark::StateBand, QT_TR_NOOP("kernel state"),
            QT_TR_NOOP("kernel state and how long it lasted")},
        {LegendMark::Queue, QT_TR_NOOP("accept queue"), QT_TR_NOOP("waiting in the accept queue")},
    };
    std::vector<LegendEntry> entries;
    entries.reserve(std::size(kTexts));
    for (const Text &text : kTexts)
        entries.push_back({text.mark, tr(brief ? text.brief : text.whole)});
    return entries;
}

double TimelinePainter::legendMarkWidth(LegendMark mark) const
{
    switch (mark) {
    case LegendMark::Solid:
    case LegendMark::Dashed:
    case LegendMark::StateBand:
        return 32 * m_scale;
    case LegendMark::Call:
    case LegendMark::QtReport:
    case LegendMark::Queue:
        return 14 * m_scale;
    }
    return 0;
}

std::vector<TimelinePainter::LegendPlace> TimelinePainter::placeLegend(
    const std::vector<LegendEntry> &entries, double width, bool oneRow) const
{
    const QFontMetricsF fm(m_small);
    const int maxRows = oneRow || m_scale > 1 ? 1 : int(entries.size());
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

int TimelinePainter::legendRows(double width, bool brief) const
{
    if (brief)
        return 1;
    if (width == m_legendWidth)
        return m_legendRows;
    int rows = 1;
    for (const LegendPlace &place : placeLegend(legendEntries(), width, false))
        rows = qMax(rows, place.row + 1);
    m_legendWidth = width;
    m_legendRows = rows;
    return rows;
}

double TimelinePainter::legendHeight(double width, bool brief) const
{
    return legendRows(width, brief) * kLegendRowHeight * m_scale;
}

bool TimelinePainter::briefLegend() const
{
    // Asked for every lane's y: worked out once per size and number of rows.
    const qsizetype lines = qMax<qsizetype>(1, m_rows.lineCount());
    if (m_brief.width == m_rect.width() && m_brief.height == m_rect.height() && m_brief.lines == lines)
        return m_brief.brief;
    const double whole = legendHeight(m_rect.width());
    bool brief = false;
    if (whole <= kLegendRowHeight * m_scale) {
        // One row already (presenting keeps one): brief words where whole ones leave entries out.
        const std::vector<LegendPlace> places = placeLegend(legendEntries(), m_rect.width(), true);
        brief = std::any_of(places.cbegin(), places.cend(), [](const LegendPlace &p) { return p.row < 0; });
    } else {
        const double plot = m_rect.height() - kRulerHeight * m_scale - whole;
        brief = plot / double(lines) < minimumLaneHeight() + minimumLaneRoom();
    }
    m_brief = {m_rect.width(), m_rect.height(), lines, brief};
    return brief;
}

QRectF TimelinePainter::legendRect() const
{
    const double height = shownLegendHeight();
    return {m_rect.left(), m_rect.bottom() - height, m_rect.width(), height};
}

QString TimelinePainter::legendTooltip() const
{
    QStringList lines;
    for (const LegendEntry &entry : legendEntries())
        lines << entry.text;
    return lines.join(QLatin1Char('\n'));
}

void TimelinePainter::paintLegend(QPainter &p) const
{
    const QRectF bar = legendRect();
    const bool brief = briefLegend();
    p.fillRect(bar, m_headBase);
    p.setPen(QPen(m_line, 1));
    p.drawLine(bar.topLeft(), bar.topRight());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(m_small);
    const QFontMetricsF fm(m_small);
    const double rowHeight = kLegendRowHeight * m_scale;
    const QColor arrow
        = arrowColor({0, 0, 0, 0, 0, 0, TimelineItem::Segment, FlagSyn, InferenceReason::None, 0});
    const std::vector<LegendEntry> entries = legendEntries(brief);
    const std::vector<LegendPlace> places = placeLegend(entries, bar.width(), brief);
    for (size_t i = 0; i < entries.size(); ++i) {
        const LegendEntry &entry = entries[i];
        if (places[i].row < 0)
            break;
        double x = bar.left() + places[i].x;
        const double y = bar.top() + rowHeight * (places[i].row + 0.5);
        switch (entry.mark) {
        case LegendMark::Solid:
        case LegendMark::Dashed:
            p.setPen(
                QPen(arrow, 2 * m_scale, entry.mark == LegendMark::Solid ? Qt::SolidLine : Qt::DashLine));
            p.drawLine(QPointF(x, y), QPointF(x + 26 * m_scale, y));
            break;
        case LegendMark::Call:
        case LegendMark::QtReport:
            p.setPen(QPen(m_text, 1.5 * m_scale));
            p.setBrush(entry.mark == LegendMark::Call ? m_text : m_base);
            p.drawEllipse(QPointF(x + 5 * m_scale, y), 4.5 * m_scale, 4.5 * m_scale);
            break;
        case LegendMark::StateBand:
            p.fillRect(QRectF(x, y - 7 * m_scale, 26 * m_scale, 14 * m_scale),
                stateColor(int(TcpState::Established)));
            break;
        case LegendMark::Queue:
            p.setBrush(Theme::color(Theme::Role::AcceptQueue, m_palette));
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

double TimelinePainter::arrivalX(qsizetype index) const
{
    // The host sees a packet at one point at most, so when it arrived is not known apart
    // from when it left; it took some time all the same, and the slant says so and shows
    // which way it went, as the textbook figure of the handshake does.
    const double x = xOfItem(index);
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps)
        return x + 1.0 / m_mapper.unitsPerPixel();
    // In the lab each packet is captured on every cable it crosses: it reaches the other lane
    // when it was last captured (never less than a sliver of slant, so its direction shows).
    const TimelineItem &item = m_layout.items()[size_t(index)];
    if (item.arrive > item.t)
        return qMax(m_mapper.xOf(m_mapper.unitsOfTime(item.arrive)), x + kMinimumSlant * m_scale);
    return x + kHostSlant * m_scale;
}

bool TimelinePainter::isLabelled(const TimelineItem &item) const
{
    if (item.isHidden() || item.lane < 0 || m_rows.rowOf(item.lane) < 0)
        return false;
    if (item.isArrow())
        return m_rows.rowOf(item.toLane) >= 0;
    if (item.kind == TimelineItem::LaneOpened)
        return item.toLane < 0 || m_rows.rowOf(item.toLane) >= 0;
    return item.kind == TimelineItem::Call;
}

void TimelinePainter::arrowText(const TimelineItem &item, QString *name, QString *second) const
{
    *name = TimelineText::arrowName(item);
    second->clear();
    if (item.isLost()) {
        *second = TimelineText::notReceivedLabel();
        return;
    }
    const Event &e = m_layout.journal().at(item.event);
    if (item.kind != TimelineItem::Segment || e.kind != EventKind::Segment
        || e.source == EventSource::Inferred)
        return;
    // Seen on the wire: its numbers, counted from each side's first as Wireshark does.
    std::optional<quint32> seq = quint32(e.value);
    std::optional<quint32> ack;
    if (e.flags & FlagAck)
        ack = quint32(e.value2);
    if (!m_labelOptions.absoluteNumbers) {
        if (const auto relative = m_origins.relativeSeq(e))
            seq = relative;
        if (const auto relative = m_origins.relativeAck(e))
            ack = relative;
    }
    std::optional<quint64> window;
    bool windowScaleKnown = true;
    if (m_labelOptions.window) {
        const SequenceOrigins::Window shown = m_origins.window(e);
        window = shown.bytes;
        windowScaleKnown = shown.scaleKnown;
    }
    *second = TimelineText::segmentNumbers(*seq, ack, window, windowScaleKnown);
    if (item.isDuplicate())
        *second = TimelineText::sentAgainLabel() + QStringLiteral(", ") + *second;
}

QString TimelinePainter::itemLabel(qsizetype index) const
{
    if (index < 0 || index >= m_layout.itemCount())
        return {};
    const TimelineItem &item = m_layout.items()[size_t(index)];
    if (!item.isArrow())
        return TimelineText::callLabel(m_layout, item);
    m_origins.update();
    QString name;
    QString second;
    arrowText(item, &name, &second);
    return second.isEmpty() ? name : name + QLatin1Char(' ') + second;
}

QString TimelinePainter::itemTooltip(qsizetype index) const
{
    if (index < 0 || index >= m_layout.itemCount())
        return {};
    const TimelineItem &item = m_layout.items()[size_t(index)];
    QString text = TimelineText::tooltip(m_layout.journal(), item);
    const Event &e = m_layout.journal().at(item.event);
    if (item.kind == TimelineItem::Segment && e.kind == EventKind::Segment
        && e.source != EventSource::Inferred) {
        m_origins.update();
        text += QLatin1Char('\n') + TimelineText::windowExplained(m_origins.window(e));
    }
    return text;
}

std::vector<TimelinePainter::LabelForm> TimelinePainter::labelForms(qsizetype index) const
{
    std::vector<LabelForm> forms;
    if (index < 0 || index >= m_layout.itemCount())
        return forms;
    const TimelineItem &item = m_layout.items()[size_t(index)];
    if (!item.isArrow())
        return forms;
    m_origins.update();
    QString name;
    QString second;
    arrowText(item, &name, &second);
    const auto add = [&](const QString &text, const QString &under) {
        for (const LabelForm &form : forms) {
            if (form.text == text && form.second == under)
                return;
        }
        const double width = qMax(m_boldTexts.width(text), under.isEmpty() ? 0.0 : m_smallTexts.width(under));
        forms.push_back({text, under, width});
    };
    // The whole label; its flags and length; its flags alone.
    if (!second.isEmpty())
        add(name, second);
    add(name, {});
    add(TimelineText::arrowFlags(item), {});
    return forms;
}

QString TimelinePainter::labelFormFor(qsizetype index, double width) const
{
    for (const LabelForm &form : labelForms(index)) {
        if (form.width + 4 * m_scale <= width)
            return form.second.isEmpty() ? form.text : form.text + QLatin1Char(' ') + form.second;
    }
    return {};
}

QPointF TimelinePainter::labelAnchor(qsizetype index) const
{
    const TimelineItem &item = m_layout.items()[size_t(index)];
    if (item.isArrow())
        return arrowLine(index).pointAt(0.5);
    const LaneId lane = item.kind == TimelineItem::LaneOpened && item.toLane >= 0 ? item.toLane : item.lane;
    return {xOfItem(index), laneY(lane) + 9 * m_scale + QFontMetricsF(m_small).height() / 2};
}

std::vector<TimelinePainter::PlacedLabel> TimelinePainter::labelCandidates(
    qsizetype index, bool flagsOnly) const
{
    std::vector<PlacedLabel> out;
    const TimelineItem &item = m_layout.items()[size_t(index)];
    const double s = m_scale;
    const double lineHeight = m_smallTexts.metrics().height();
    if (item.isArrow()) {
        // Spots along its line, right of it and then left, for each form of the label from
        // the longest: the whole label, then shorter ones, so an arrow on a short stretch
        // still says what it is.
        const QLineF line = arrowLine(index);
        const double gap = 4 * s;
        // An arrow that passes other lanes keeps its label in the stretch next to the lane
        // it left or the one it reached, never beside a lane it only passes.
        const double dy = std::abs(line.dy());
        const double lane = laneHeight();
        std::vector<double> spots {0.3, 0.5, 0.7, 0.15, 0.85, 0.4, 0.6};
        const bool passes = dy > 1.5 * lane;
        std::vector<LabelForm> forms;
        if (flagsOnly) {
            const QString flags = TimelineText::arrowFlags(item);
            forms.push_back({flags, {}, m_boldTexts.width(flags)});
        } else {
            forms = labelForms(index);
        }
        for (const LabelForm &form : forms) {
            const double w = form.width + 4 * s;
            const double h = lineHeight * (form.second.isEmpty() ? 1 : 2);
            if (passes) {
                // Close along the line of the lane it left or the one it reached, just clear
                // of it: halfway to the next lane a reader could take it for that lane's.
                // From there on to just short of halfway to the next lane, in steps of half
                // a line, by each end in turn.
                spots.clear();
                const double step = qMax(2 * s, h / 2);
                for (double d = kLaneClear * s + h / 2 + 2 * s; d < lane / 2 - s; d += step) {
                    spots.push_back(d / dy);
                    spots.push_back(1 - d / dy);
                }
            }
            for (const double f : spots) {
                const QPointF at = line.pointAt(f);
                for (const bool right : {true, false})
                    out.push_back(
                        {index, QRectF(right ? at.x() + gap : at.x() - gap - w, at.y() - h / 2, w, h),
                            form.text, form.second});
            }
        }
        return out;
    }
    // A call: under its marker, or above it where that is taken.
    const QString text = TimelineText::callLabel(m_layout, item);
    const double x = xOfItem(index);
    const double w = m_smallTexts.width(text) + 4 * s;
    const double h = lineHeight;
    const bool clone = item.kind == TimelineItem::LaneOpened && item.toLane >= 0;
    if (clone) {
        // Beside the curve accept()'s clone grows along, between the listener and the clone:
        // halfway down, yet below the listener's own labels (accept()'s sits right there),
        // then over the clone's line where the curve ends, then left of the curve.
        const double split = qBound(16.0 * s, stepPixels() * 0.6, 60.0 * s);
        const double from = laneY(item.toLane);
        const double to = laneY(item.lane);
        const double down = to >= from ? 1 : -1;
        const double belowListener = from + down * (9 * s + h + 2 * s) - (down > 0 ? 0 : h);
        const double middle = (from + to) / 2 - h / 2;
        const double top = down > 0 ? qMax(middle, belowListener) : qMin(middle, belowListener);
        out.push_back({index, QRectF(x + split * 0.5 + 6 * s, top, w, h), text, {}});
        out.push_back(
            {index, QRectF(x + split + 4 * s, to - down * (9 * s) - (down > 0 ? h : 0), w, h), text, {}});
        out.push_back({index, QRectF(x + split * 0.5 - 6 * s - w, top, w, h), text, {}});
    }
    const double y = laneY(clone ? item.toLane : item.lane);
    for (const double top : {y + 9 * s, y - 9 * s - h}) {
        for (const double left : {x - w / 2, x - 3 * s, x + 3 * s - w})
            out.push_back({index, QRectF(left, top, w, h), text, {}});
    }
    return out;
}

namespace {

// The spots, each with its distance from what it names, nearest first (in the order given
// where two are as near).
std::vector<TimelinePainter::PlacedLabel> nearestFirst(
    std::vector<std::pair<double, TimelinePainter::PlacedLabel>> spots)
{
    std::stable_sort(
        spots.begin(), spots.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<TimelinePainter::PlacedLabel> out;
    out.reserve(spots.size());
    for (auto &spot : spots)
        out.push_back(std::move(spot.second));
    return out;
}

} // namespace

std::vector<TimelinePainter::PlacedLabel> TimelinePainter::asideCandidates(qsizetype index) const
{
    const TimelineItem &item = m_layout.items()[size_t(index)];
    if (item.kind == TimelineItem::LaneOpened && item.toLane >= 0)
        return {};
    if (item.isArrow())
        return asideArrowCandidates(index);
    const double s = m_scale;
    const QString text = TimelineText::callLabel(m_layout, item);
    const double x = xOfItem(index);
    const double w = m_smallTexts.width(text) + 4 * s;
    const double h = m_smallTexts.metrics().height();
    const double y = laneY(item.lane);
    // Along the lane, under it and over it, a few letters at a time up to about a label's width
    // (its own width) from the spots beside the marker; then a line further out, under or over it.
    const double step = 6 * s;
    const double reach = w;
    const double lift = h + 2 * s;
    std::vector<std::pair<double, PlacedLabel>> spots;
    const QPointF marker(x, y);
    const auto add = [&](double distance, double left, double top) {
        spots.push_back({distance, {index, QRectF(left, top, w, h), text, {}, true, marker}});
    };
    for (const double top : {y + 9 * s, y - 9 * s - h}) {
        // Its near edge at most its own width from the marker.
        for (double d = step; d + 3 * s <= reach; d += step) {
            add(d, x + 3 * s + d, top);
            add(d, x - 3 * s - w - d, top);
        }
    }
    for (const double top : {y + 9 * s + lift, y - 9 * s - h - lift}) {
        add(lift, x - w / 2, top);
        for (double d = step; d <= reach; d += step) {
            add(d + lift, x + 3 * s + d - w / 2, top);
            add(d + lift, x - 3 * s - d - w / 2, top);
        }
    }
    return nearestFirst(std::move(spots));
}

std::vector<TimelinePainter::PlacedLabel> TimelinePainter::asideArrowCandidates(qsizetype index) const
{
    // The arrow's name alone, then its flags, level with a point near the arrow's middle and
    // moved sideways a few letters at a time, past its close neighbours (a handshake through
    // the router: six arrows within a few steps) up to about two labels' width.
    const double s = m_scale;
    const double h = m_smallTexts.metrics().height();
    const QLineF line = arrowLine(index);
    std::vector<LabelForm> forms = labelForms(index);
    std::erase_if(forms, [](const LabelForm &form) { return !form.second.isEmpty(); });
    std::vector<std::pair<double, PlacedLabel>> spots;
    const double step = 6 * s;
    for (const LabelForm &form : forms) {
        const double w = form.width + 4 * s;
        const double reach = 2 * w + 24 * s;
        for (const double f : {0.5, 0.35, 0.65, 0.2, 0.8}) {
            const QPointF at = line.pointAt(f);
            const double along = std::abs(f - 0.5) * 40 * s; // the middle first
            for (double d = step; d <= reach; d += step) {
                for (const double dy : {0.0, -h / 2, h / 2}) {
                    const double top = at.y() - h / 2 + dy;
                    const double distance
                        = d + along + std::abs(dy) + (form.width > forms.back().width ? 0 : 8 * s);
                    spots.push_back(
                        {distance, {index, QRectF(at.x() + 4 * s + d, top, w, h), form.text, {}, true, at}});
                    spots.push_back({distance,
                        {index, QRectF(at.x() - 4 * s - d - w, top, w, h), form.text, {}, true, at}});
                }
            }
        }
    }
    return nearestFirst(std::move(spots));
}

QLineF TimelinePainter::asideLine(const PlacedLabel &label) const
{
    const TimelineItem &item = m_layout.items()[size_t(label.item)];
    const QPointF marker = label.to;
    const QRectF &r = label.rect;
    const QPointF near(qBound(r.left(), marker.x(), r.right()), qBound(r.top(), marker.y(), r.bottom()));
    // From just outside a call's marker, so the line does not draw over it; to an arrow's own
    // line.
    QLineF line(marker, near);
    const double clear = item.isArrow() ? 0 : 6 * m_scale;
    if (line.length() <= clear)
        return {};
    line.setP1(line.pointAt(clear / line.length()));
    return line;
}

TimelinePainter::LabelLayout TimelinePainter::layoutLabels(const Reveal &reveal) const
{
    LabelLayout out;
    const QRectF plot = plotRect();
    const Reveal shown {qMin(reveal.count, m_layout.itemCount()), 0};
    const auto [first, last] = visibleItems(shown, 0);
    if (first >= last)
        return out;
    // Past a few items a pixel (a whole long session) no label could be read, and looking
    // at each item would cost more than a frame has: the stretches are counted instead.
    if (double(last - first) > kLabelledItemsPerPixel * plot.width())
        return countedBadges(first, last);
    m_origins.update();
    const double s = m_scale;
    const QFontMetricsF &fm = m_smallTexts.metrics();
    const double lineHeight = fm.height();
    const double laneClear = kLaneClear * s;

    // The lines of the lanes in view, top to bottom: no label may lie across one.
    std::vector<double> laneLines;
    {
        const auto [firstRow, lastRow] = visibleRows();
        for (size_t row = firstRow; row < lastRow; ++row)
            laneLines.push_back(laneY(m_rows.lanes()[row]));
        std::sort(laneLines.begin(), laneLines.end());
    }
    const auto crossesLane = [&](const QRectF &r) {
        const auto it = std::lower_bound(laneLines.begin(), laneLines.end(), r.top() - laneClear);
        return it != laneLines.end() && *it <= r.bottom() + laneClear;
    };
    // A label (or a "+N") is read as the label of the lane whose line is nearest: it must be
    // nearer the line of the lane that sent it or the one that got it than to any other's (a
    // call's: its own lane's; accept()'s clone: the listener's or the clone's).
    const auto onAnotherLane = [&](const QRectF &r, const TimelineItem &item) {
        const bool spans = item.isArrow() || (item.kind == TimelineItem::LaneOpened && item.toLane >= 0);
        const LaneId other = spans ? item.toLane : item.lane;
        const double y = r.center().y();
        const double own = qMin(std::abs(y - laneY(item.lane)), std::abs(y - laneY(other)));
        const auto it = std::lower_bound(laneLines.begin(), laneLines.end(), y - own);
        for (auto line = it; line != laneLines.end() && *line <= y + own; ++line) {
            if (std::abs(*line - y) < own - 0.01)
                return true;
            // Exactly as near as its own: halfway between two lanes says nothing.
            if (std::abs(std::abs(*line - y) - own) <= 0.01 && std::abs(*line - laneY(item.lane)) > 0.01
                && std::abs(*line - laneY(other)) > 0.01)
                return true;
        }
        return false;
    };
    Occupancy taken(plot);
    const auto fits = [&](const QRectF &r) {
        return r.left() >= plot.left() && r.right() <= plot.right() && r.top() >= plot.top()
            && r.bottom() <= plot.bottom() && !crossesLane(r) && taken.isFree(r);
    };
    // Only what the plot shows gets a label or a place in a badge: an arrow or accept()'s
    // curve that reaches into the plot, a call on a lane in it. Lanes scrolled away keep
    // theirs to themselves rather than heaping them into badges on the lanes in view.
    const auto inView = [&](const TimelineItem &item) {
        const bool spans = item.isArrow() || (item.kind == TimelineItem::LaneOpened && item.toLane >= 0);
        const double y0 = laneY(item.lane);
        const double y1 = spans ? laneY(item.toLane) : y0;
        return qMax(y0, y1) >= plot.top() && qMin(y0, y1) <= plot.bottom();
    };
    struct Unplaced
    {
        qsizetype item;
        QPointF anchor;
        quint64 group; // the lanes it belongs between: its badge collects only its neighbours
    };
    std::vector<Unplaced> unplaced;
    // Where items stand closer than a short label is wide, a stretch of a lane pair where one
    // label found no room is full: the rest of its items go to its badge untried. (A label that
    // found room leaves the stretch open: accept()'s clone labels the curve, and the report on
    // the clone's line beside it still has room under its marker.) Tries stay bounded: each one
    // either fills a stretch or takes room on the plot.
    const bool merged = TimeMapper::aggregates(last - first, plot.width());
    const bool dense = double(last - first) * 12 * s > plot.width() || merged;
    const double stretch = 24 * s;
    std::unordered_set<quint64> full;
    const auto stretchKey = [&](quint64 group, double x) {
        return group * 0x9E3779B97F4A7C15ull + quint64(qMax(0.0, (x - plot.left()) / stretch));
    };

    // The arrows' lines in view. A label first looks for a spot across no other arrow, so it
    // reads as the label of the arrow it touches; only where there is none it may cross one.
    std::vector<QLineF> lines;
    std::vector<qsizetype> lineItems;
    Occupancy lineIndex(plot);
    if (!dense) {
        for (qsizetype i = first; i < last; ++i) {
            const TimelineItem &item = m_layout.items()[size_t(i)];
            if (!item.isArrow() || !isLabelled(item))
                continue;
            const QLineF line = arrowLine(i);
            lines.push_back(line);
            lineItems.push_back(i);
            lineIndex.add(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1));
        }
    }
    const auto crossesAnotherArrow = [&](const QRectF &r, qsizetype own) {
        bool crossed = false;
        lineIndex.forEachNear(r, [&](int k) {
            if (!crossed && lineItems[size_t(k)] != own && crosses(lines[size_t(k)], r))
                crossed = true;
        });
        return crossed;
    };

    // Each arrow's shortest label first, where it would go if the arrows alone were placed
    // that way: those spots are kept for them, so an earlier arrow's long label never takes
    // the only room a close neighbour had (the handshake's ACK beside SYN+ACK's numbers, in
    // large type).
    std::vector<QRectF> reserved;
    std::vector<qsizetype> reservedFor;
    Occupancy reservations(plot);
    if (!dense) {
        Occupancy shortest(plot);
        for (qsizetype i = first; i < last; ++i) {
            const TimelineItem &item = m_layout.items()[size_t(i)];
            if (!item.isArrow() || !isLabelled(item))
                continue;
            const std::vector<PlacedLabel> candidates = labelCandidates(i);
            const QString shortestText = candidates.empty() ? QString() : candidates.back().text;
            for (const bool clear : {true, false}) {
                const auto spot
                    = std::find_if(candidates.begin(), candidates.end(), [&](const PlacedLabel &c) {
                          return c.text == shortestText && c.second.isEmpty() && plot.contains(c.rect)
                              && !crossesLane(c.rect) && !onAnotherLane(c.rect, item)
                              && shortest.isFree(c.rect) && !(clear && crossesAnotherArrow(c.rect, i));
                      });
                if (spot != candidates.end()) {
                    shortest.add(spot->rect);
                    reservations.add(spot->rect);
                    reserved.push_back(spot->rect);
                    reservedFor.push_back(i);
                    break;
                }
            }
        }
    }
    // Whether `r` would take the spot kept for an arrow after `own`.
    const auto takesReserved = [&](const QRectF &r, qsizetype own) {
        bool taken = false;
        reservations.forEachNear(r, [&](int k) {
            if (!taken && reservedFor[size_t(k)] > own && reserved[size_t(k)].intersects(r))
                taken = true;
        });
        return taken;
    };

    // Arrows first: a packet's name is what the picture is for. Then the calls.
    for (const bool arrows : {true, false}) {
        for (qsizetype i = first; i < last; ++i) {
            const TimelineItem &item = m_layout.items()[size_t(i)];
            if (item.isArrow() != arrows || !isLabelled(item) || !inView(item))
                continue;
            const quint64 group = item.isArrow() ? (quint64(quint32(qMin(item.lane, item.toLane))) << 32)
                    | quint32(qMax(item.lane, item.toLane))
                                                 : (quint64(1) << 63) | quint32(item.lane);
            bool done = false;
            const quint64 key = dense ? stretchKey(group, xOfItem(i)) : 0;
            if (!dense || !full.contains(key)) {
                std::vector<PlacedLabel> candidates = labelCandidates(i, merged);
                for (const bool clear : {true, false}) {
                    if (clear && lines.empty())
                        continue;
                    for (PlacedLabel &candidate : candidates) {
                        if (fits(candidate.rect) && !onAnotherLane(candidate.rect, item)
                            && !(clear && crossesAnotherArrow(candidate.rect, i))
                            && !(arrows && takesReserved(candidate.rect, i))) {
                            taken.add(candidate.rect);
                            out.labels.push_back(std::move(candidate));
                            done = true;
                            break;
                        }
                    }
                    if (done)
                        break;
                }
            }
            if (!done) {
                if (dense)
                    full.insert(key);
                unplaced.push_back({i, labelAnchor(i), group});
            }
        }
    }

    // A label that found no room beside its marker or its arrow may still have room a little
    // to the side (listen() between bind()'s label and the handshake's first arrow; a packet
    // through the router beside its close neighbours), joined to it by a line that crosses no
    // other label, and for an arrow's, where it can, no other arrow. Only after every label
    // beside its own item is placed, so none is pushed aside by another's; arrows first; two
    // dozen at most per frame, and none where items stand closer than a few pixels (no label
    // beside them could be read).
    constexpr int kMostAside = 24;
    int asideTries = double(last - first) * 3 > plot.width() ? kMostAside : 0;
    const auto lineCrossesAnotherArrow = [&](const QLineF &line, qsizetype own) {
        bool crossed = false;
        lineIndex.forEachNear(QRectF(line.p1(), line.p2()).normalized(), [&](int k) {
            if (!crossed && lineItems[size_t(k)] != own
                && line.intersects(lines[size_t(k)], nullptr) == QLineF::BoundedIntersection)
                crossed = true;
        });
        return crossed;
    };
    std::erase_if(unplaced, [&](const Unplaced &u) {
        const TimelineItem &item = m_layout.items()[size_t(u.item)];
        if (asideTries >= kMostAside)
            return false;
        ++asideTries;
        std::vector<PlacedLabel> candidates = asideCandidates(u.item);
        for (const bool clear : {true, false}) {
            if (clear && !item.isArrow())
                continue;
            for (PlacedLabel &candidate : candidates) {
                if (!fits(candidate.rect) || onAnotherLane(candidate.rect, item)
                    || crossesAnotherArrow(candidate.rect, u.item))
                    continue;
                const QLineF line = asideLine(candidate);
                if (!line.isNull()
                    && (!taken.isClear(line) || (clear && lineCrossesAnotherArrow(line, u.item))))
                    continue;
                taken.add(candidate.rect);
                // The line too, as small boxes along it, so no badge is put across it.
                const int dots = int(std::ceil(line.length() / (3 * s)));
                for (int k = 0; k <= dots && !line.isNull(); ++k)
                    taken.add(QRectF(line.pointAt(double(k) / dots) - QPointF(s, s), QSizeF(2 * s, 2 * s)));
                out.labels.push_back(std::move(candidate));
                return true;
            }
        }
        return false;
    });

    // What found no room: one "+N" for neighbours between the same lanes, each in a free spot
    // near them, or else counted in the nearest badge, so every label is accounted for.
    if (unplaced.empty())
        return out;
    // As wide as "+99" needs: most hold a few labels, and a narrow one finds room between
    // close labels; one holding more grows where it is painted.
    const QSizeF badgeSize(m_boldTexts.width(QStringLiteral("+99")) + 6 * s, lineHeight);
    std::vector<std::pair<QPointF, quint64>> badgeAnchors;
    for (const Unplaced &u : unplaced) {
        bool added = false;
        for (size_t b = 0; b < out.badges.size(); ++b) {
            if (badgeAnchors[b].second == u.group
                && std::abs(badgeAnchors[b].first.x() - u.anchor.x()) <= 3 * badgeSize.width()) {
                out.badges[b].items.push_back(u.item);
                added = true;
                break;
            }
        }
        if (added)
            continue;
        const double bw = badgeSize.width();
        const double bh = badgeSize.height();
        const TimelineItem &item = m_layout.items()[size_t(u.item)];
        // The nearest badge within `within`; with `ownBand`, only one nearer its own lanes.
        const auto nearestBadge = [&](double within, bool ownBand = false) -> qsizetype {
            qsizetype nearest = -1;
            double best = within * within;
            for (size_t b = 0; b < out.badges.size(); ++b) {
                if (ownBand && onAnotherLane(out.badges[b].rect, item))
                    continue;
                const QPointF d = out.badges[b].rect.center() - u.anchor;
                const double distance = QPointF::dotProduct(d, d);
                if (distance < best) {
                    best = distance;
                    nearest = qsizetype(b);
                }
            }
            return nearest;
        };
        // Off the lanes' lines first (a badge must not hide a marker), then merged into a
        // badge nearby, then anywhere free, then into the nearest badge of all.
        const bool call = u.group >> 63;
        const std::vector<QPointF> offsets = call
            ? std::vector<QPointF> {QPointF(0, 0), QPointF(bw, 0), QPointF(-bw, 0), QPointF(0, -bh - 18 * s),
                QPointF(bw, -bh - 18 * s), QPointF(-bw, -bh - 18 * s), QPointF(0, bh), QPointF(2 * bw, 0)}
            : std::vector<QPointF> {QPointF(0, 0), QPointF(0, -bh), QPointF(0, bh), QPointF(bw, 0),
                QPointF(-bw, 0), QPointF(0, -2 * bh), QPointF(0, 2 * bh), QPointF(bw, -bh), QPointF(bw, bh)};
        const auto newBadge = [&](const QRectF &r) {
            taken.add(r);
            out.badges.push_back({r, {u.item}});
            badgeAnchors.emplace_back(u.anchor, u.group);
        };
        // The nearest spot ring by ring around `home`, `step` badges apart, that `ok` accepts.
        const auto ringSearch
            = [&](const QRectF &home, int rings, auto &&ok, double step = 1) -> std::optional<QRectF> {
            for (int ring = 0; ring <= rings; ++ring) {
                for (int dy = -ring; dy <= ring; ++dy) {
                    for (int dx = -ring; dx <= ring; ++dx) {
                        if (qAbs(dx) != ring && qAbs(dy) != ring)
                            continue;
                        const QRectF c = home.translated(dx * bw * step, dy * bh * step);
                        if (ok(c))
                            return c;
                    }
                }
            }
            return std::nullopt;
        };
        // Off the lanes' lines, so a badge never hides a marker, and nearer its own lanes than
        // any other's, so it is not read as another lane's (a client's calls counted on the
        // listener's band): next to its items, or in a badge nearby, or a little further off
        // (finely, then by whole badges), or in a badge on its own band; only then anywhere
        // off the lines, in any badge at all, and where the plot is full, anywhere free.
        const double clear = (m_spotlight.hasArrows() ? 7 : 3) * s; // a lit arrow's halo, a head
        const auto near = [&](const QRectF &r) {
            return fits(r) && !onAnotherLane(r, item)
                && !crossesAnotherArrow(r.adjusted(-clear, -clear, clear, clear), -1);
        };
        for (const QPointF &offset : offsets) {
            const QRectF r(u.anchor + offset - QPointF(bw / 2, bh / 2), badgeSize);
            if (near(r)) {
                newBadge(r);
                added = true;
                break;
            }
        }
        if (added)
            continue;
        if (const qsizetype b = nearestBadge(120 * s); b >= 0) {
            out.badges[size_t(b)].items.push_back(u.item);
            continue;
        }
        QRectF home(u.anchor - QPointF(bw / 2, bh / 2), badgeSize);
        home.moveLeft(qBound(plot.left(), home.left(), qMax(plot.left(), plot.right() - bw)));
        home.moveTop(qBound(plot.top(), home.top(), qMax(plot.top(), plot.bottom() - bh)));
        // A call's badge: just under or over its own lane's line, nearest its items first,
        // a quarter of a badge at a time (a grid of whole badges around the label's spot
        // under the line stepped over the room above it).
        if (call) {
            const LaneId own
                = item.kind == TimelineItem::LaneOpened && item.toLane >= 0 ? item.toLane : item.lane;
            const double line = laneY(own);
            const double tops[] = {line + laneClear + 1, line - laneClear - 1 - bh, line + laneClear + 1 + bh,
                line - laneClear - 1 - 2 * bh};
            std::optional<QRectF> spot;
            for (int k = 0; !spot && k <= 24; ++k) {
                for (const int side : {1, -1}) {
                    for (const double top : tops) {
                        const QRectF r(u.anchor.x() - bw / 2 + side * k * bw / 4, top, bw, bh);
                        if (!spot && (k > 0 || side > 0) && near(r))
                            spot = r;
                    }
                }
            }
            if (spot) {
                newBadge(*spot);
                continue;
            }
        }
        if (const auto r = ringSearch(home, dense ? 4 : 12, near, 0.25)) {
            newBadge(*r);
            continue;
        }
        if (const auto r = ringSearch(home, 6, near)) {
            newBadge(*r);
            continue;
        }
        if (const qsizetype b = nearestBadge(std::numeric_limits<double>::max() / 4, true); b >= 0) {
            out.badges[size_t(b)].items.push_back(u.item);
            continue;
        }
        if (const auto r = ringSearch(home, dense ? 2 : 6, fits)) {
            newBadge(*r);
            continue;
        }
        if (const qsizetype b = nearestBadge(std::numeric_limits<double>::max() / 4); b >= 0) {
            out.badges[size_t(b)].items.push_back(u.item);
            continue;
        }
        const auto free = [&](const QRectF &c) { return plot.contains(c) && taken.isFree(c); };
        newBadge(ringSearch(home, 16, free).value_or(home));
    }
    return out;
}

TimelinePainter::LabelLayout TimelinePainter::countedBadges(qsizetype first, qsizetype last) const
{
    LabelLayout out;
    const QRectF plot = plotRect();
    const double s = m_scale;
    const QFontMetricsF &fm = m_smallTexts.metrics();
    const QSizeF badgeSize(fm.horizontalAdvance(QStringLiteral("+99999")) + 6 * s, fm.height());
    const double stretch = kCountedStretchBadges * badgeSize.width();
    const double h = laneHeight();
    const double laneClear = kLaneClear * s;
    const size_t laneCount = qMin<size_t>(m_layout.lanes().size(), 64);
    std::vector<double> laneLines;
    {
        const auto [firstRow, lastRow] = visibleRows();
        for (size_t row = firstRow; row < lastRow; ++row)
            laneLines.push_back(laneY(m_rows.lanes()[row]));
        std::sort(laneLines.begin(), laneLines.end());
    }
    const auto fits = [&](const QRectF &r) {
        if (!plot.contains(r))
            return false;
        const auto it = std::lower_bound(laneLines.begin(), laneLines.end(), r.top() - laneClear);
        return it == laneLines.end() || *it > r.bottom() + laneClear;
    };
    const bool steps = m_mapper.spacing() == TimeMapper::Spacing::Steps;
    const auto itemAtX = [&](double x) {
        const qsizetype i = steps ? qsizetype(std::max(0.0, std::ceil(m_mapper.unitsAt(x))))
                                  : m_layout.firstItemAtOrAfter(m_mapper.timeOfUnits(m_mapper.unitsAt(x)));
        return qBound(first, i, last);
    };
    qsizetype a = first;
    for (double x = plot.left(); x < plot.right() && a < last; x += stretch) {
        const qsizetype b = itemAtX(qMin(x + stretch, plot.right() + 1));
        if (b <= a)
            continue;
        // Between the topmost lane the stretch's items are on and the line under it: on no
        // lane's line, so the badge hides no marker.
        const TimelineLayout::Bucket bucket = m_layout.aggregate(a, b);
        double top = std::numeric_limits<double>::max();
        for (quint64 bits = bucket.arrows | bucket.marks; bits; bits &= bits - 1) {
            const auto lane = size_t(std::countr_zero(bits));
            if (lane >= laneCount || m_rows.rowOf(LaneId(lane)) < 0)
                continue;
            const double y = laneY(LaneId(lane));
            if (y >= plot.top() - h / 2 && y <= plot.bottom() + h / 2)
                top = qMin(top, y);
        }
        if (top != std::numeric_limits<double>::max()) {
            const double middle = qMin(x + stretch / 2, (x + plot.right()) / 2);
            for (const double y : {top + h / 2, top - h / 2, top + 1.5 * h}) {
                const QRectF r(
                    QPointF(middle - badgeSize.width() / 2, y - badgeSize.height() / 2), badgeSize);
                if (fits(r)) {
                    out.badges.push_back({r, {}, b - a});
                    break;
                }
            }
        }
        a = b;
    }
    return out;
}

void TimelinePainter::paintLabel(QPainter &p, const PlacedLabel &label) const
{
    const TimelineItem &item = m_layout.items()[size_t(label.item)];
    const QFontMetricsF &fm = m_smallTexts.metrics();
    const double s = m_scale;
    if (label.aside) {
        if (const QLineF line = asideLine(label); !line.isNull()) {
            // An arrow's in its own colour, ending in a dot on the arrow.
            const QColor ink = item.isArrow() ? arrowColor(item) : m_faint;
            p.setPen(QPen(ink, s));
            p.drawLine(line);
            if (item.isArrow()) {
                p.setBrush(ink);
                p.drawEllipse(line.p1(), 1.8 * s, 1.8 * s);
                p.setBrush(Qt::NoBrush);
            }
        }
    }
    // A box in the page colour keeps the words readable where they cross a line.
    p.fillRect(label.rect, withAlpha(m_base, 220));
    const QPointF at(label.rect.left() + 2 * s, label.rect.top() + fm.ascent());
    if (!item.isArrow()) {
        p.setFont(m_smallTexts.font());
        p.setPen((item.itemFlags & TimelineItem::Error) ? errorColor() : m_text);
        m_smallTexts.draw(p, at, label.text);
        return;
    }
    p.setFont(m_boldTexts.font());
    p.setPen(arrowColor(item));
    m_boldTexts.draw(p, at, label.text);
    if (label.second.isEmpty())
        return;
    p.setFont(m_smallTexts.font());
    p.setPen(item.isNotReceived() ? errorColor() : m_faint);
    m_smallTexts.draw(p, at + QPointF(0, fm.height()), label.second);
}

void TimelinePainter::paintLabels(QPainter &p, const LabelLayout &labels) const
{
    for (const PlacedLabel &label : labels.labels)
        paintLabel(p, label);
    if (labels.badges.empty())
        return;
    const QColor ink = Theme::color(Theme::Role::Selection, m_palette);
    const QColor fill = Theme::background(Theme::Role::Selection, m_palette);
    p.setFont(m_boldTexts.font());
    const QFontMetricsF &fm = m_boldTexts.metrics();
    for (const LabelBadge &badge : labels.badges) {
        const QString text
            = tr("+%1", "labels that found no room; hover or zoom in to see them").arg(badge.count());
        const double grow = qMax(0.0, m_boldTexts.width(text) + 4 * m_scale - badge.rect.width()) / 2;
        p.setPen(QPen(ink, 1));
        p.setBrush(fill);
        p.drawRoundedRect(badge.rect.adjusted(-grow, 0, grow, 0), 4 * m_scale, 4 * m_scale);
        const QPointF centre = badge.rect.center();
        m_boldTexts.draw(p,
            QPointF(centre.x() - m_boldTexts.width(text) / 2, centre.y() + (fm.ascent() - fm.descent()) / 2),
            text);
    }
    p.setBrush(Qt::NoBrush);
}

QString TimelinePainter::badgeTextAt(const QPointF &pos) const
{
    for (const LabelBadge &badge : m_lastLabels.badges) {
        if (!badge.rect.adjusted(-2, -2, 2, 2).contains(pos))
            continue;
        if (badge.items.empty())
            return tr("%n events here, too close together to read: zoom in to see them",
                "tooltip of a +N badge on a crowded stretch", int(badge.count()));
        constexpr qsizetype kLines = 24;
        QStringList lines;
        for (const qsizetype item : badge.items) {
            if (lines.size() == kLines)
                break;
            lines << itemLabel(item);
        }
        const qsizetype more = badge.count() - lines.size();
        if (more > 0)
            lines << tr("\u2026 and %n more", "labels hidden behind a +N badge", int(more));
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

void TimelinePainter::paintMeasure(QPainter &p, qsizetype first, qsizetype second) const
{
    const qsizetype count = m_layout.itemCount();
    const QRectF plot = plotRect();
    const double s = m_scale;
    const QColor ink = Theme::color(Theme::Role::Selection, m_palette);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(plot);
    const auto ring = [&](qsizetype index) -> std::optional<QPointF> {
        if (index < 0 || index >= count)
            return std::nullopt;
        const TimelineItem &item = m_layout.items()[size_t(index)];
        const LaneId lane
            = item.kind == TimelineItem::LaneOpened && item.toLane >= 0 ? item.toLane : item.lane;
        if (lane < 0 || m_rows.rowOf(lane) < 0)
            return std::nullopt;
        const QPointF at(xOfItem(index), laneY(lane));
        p.setPen(QPen(ink, 2 * s));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(at, 9 * s, 9 * s);
        return at;
    };
    const auto a = ring(first);
    const auto b = ring(second);
    if (a && b) {
        // A bar across the top of the plot between the two, with the time between them.
        const double y = plot.top() + 12 * s;
        p.setPen(QPen(ink, 1.2 * s, Qt::DashLine));
        p.drawLine(QPointF(a->x(), y), *a);
        p.drawLine(QPointF(b->x(), y), *b);
        p.setPen(QPen(ink, 2 * s));
        p.drawLine(QPointF(a->x(), y), QPointF(b->x(), y));
        const qint64 dt = m_layout.items()[size_t(second)].t - m_layout.items()[size_t(first)].t;
        const QString text = TimelineText::between(dt);
        QFont font = m_small;
        font.setBold(true);
        const QFontMetricsF fm(font);
        const double w = fm.horizontalAdvance(text) + 10 * s;
        QRectF box((a->x() + b->x()) / 2 - w / 2, y - fm.height() / 2, w, fm.height());
        box.moveLeft(qBound(plot.left(), box.left(), plot.right() - w));
        p.setPen(QPen(ink, 1));
        p.setBrush(Theme::background(Theme::Role::Selection, m_palette));
        p.drawRoundedRect(box, 4 * s, 4 * s);
        p.setFont(font);
        p.setPen(ink);
        p.drawText(box, Qt::AlignCenter, text);
    }
    p.restore();
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
    // An arrow leaves at its item and slants on: look back as far as an arrow reaches.
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps) {
        first = qsizetype(std::max(0.0, std::ceil(m_mapper.unitsAt(pos.x() - slack)) - 1));
        last = qsizetype(std::max(0.0, std::floor(m_mapper.unitsAt(pos.x() + slack)) + 1));
    } else {
        first = m_layout.firstItemAtOrAfter(
            m_mapper.timeOfUnits(m_mapper.unitsAt(pos.x() - slack - kHostSlant * m_scale)));
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
            distance = distanceToSegment(pos, arrowLine(i));
        } else {
            const LaneId lane
                = item.kind == TimelineItem::LaneOpened && item.toLane >= 0 ? item.toLane : item.lane;
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
