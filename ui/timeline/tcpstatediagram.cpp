#include "tcpstatediagram.h"

#include "timeline/tcptransitions.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtCore/QtMath>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace SocketScope {

namespace {

// The boxes, on a three-column grid, in the usual textbook arrangement.
struct Box
{
    TcpState state;
    const char *name;
    double column;
    double row;
};

constexpr std::array<Box, 11> kBoxes {{
    {TcpState::Close, "CLOSED", 1, 0},
    {TcpState::Listen, "LISTEN", 1, 1},
    {TcpState::SynRecv, "SYN_RECV", 0, 2},
    {TcpState::SynSent, "SYN_SENT", 2, 2},
    {TcpState::Established, "ESTABLISHED", 1, 3},
    {TcpState::FinWait1, "FIN_WAIT1", 0, 4},
    {TcpState::CloseWait, "CLOSE_WAIT", 2, 4},
    {TcpState::FinWait2, "FIN_WAIT2", 0, 5},
    {TcpState::Closing, "CLOSING", 1, 5},
    {TcpState::LastAck, "LAST_ACK", 2, 5},
    {TcpState::TimeWait, "TIME_WAIT", 0, 6},
}};

// The kernel's extra states are lit on the box the standard draws for them.
TcpState boxState(TcpState state)
{
    switch (state) {
    case TcpState::NewSynRecv:
        return TcpState::SynRecv;
    case TcpState::Gone:
        return TcpState::Close;
    default:
        return state;
    }
}

bool aloneInRow(const Box &box)
{
    return std::count_if(kBoxes.cbegin(), kBoxes.cend(), [&](const Box &b) { return b.row == box.row; }) == 1;
}

// What the drawing needs at one type size: the boxes as wide as their names, a label's height
// between two rows, the routes back to CLOSED in a strip down each side.
struct Measures
{
    QFont title;
    QFont small;
    QFont boxFont;
    double margin = 0;
    double header = 0;
    double strip = 0;
    // Each column as wide as its widest name, counting only boxes that share a row with
    // another: ESTABLISHED, LISTEN and CLOSED stand alone in theirs and may be wider.
    std::array<double, 3> columnW {};
    double aloneW = 0;
    double boxH = 0;
    double width = 0;
    double height = 0;
};

Measures measure(const QFont &base, qreal scale)
{
    Measures m;
    const qreal points = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    m.title = base;
    m.title.setPointSizeF(points * scale);
    m.title.setBold(true);
    m.small = base;
    m.small.setPointSizeF(points * 0.8 * scale);
    m.boxFont = base;
    m.boxFont.setPointSizeF(points * 0.8 * scale);
    const QFontMetricsF titleFm(m.title);
    const QFontMetricsF smallFm(m.small);
    const QFontMetricsF boxFm(m.boxFont);
    // Narrow margins: at 1024x768 beside a docked lesson the drawing gets only what the
    // timeline's playback bar leaves it (about 228 px in English).
    m.margin = 4 * scale;
    m.header = titleFm.height() + 2 * scale + 2 * smallFm.height() + 4 * scale;
    m.strip = smallFm.height() + 2 * scale;
    for (const Box &b : kBoxes) {
        const double w = boxFm.horizontalAdvance(QString::fromLatin1(b.name)) + 6 * scale;
        if (aloneInRow(b))
            m.aloneW = qMax(m.aloneW, w);
        else
            m.columnW[size_t(b.column)] = qMax(m.columnW[size_t(b.column)], w);
    }
    m.boxH = boxFm.height() + 6 * scale;
    const double gapX = 4 * scale;
    const double gapY = smallFm.height() + 4 * scale;
    m.width
        = 2 * m.margin + 2 * m.strip + qMax(m.columnW[0] + m.columnW[1] + m.columnW[2] + 2 * gapX, m.aloneW);
    m.height = 2 * m.margin + m.header + 7 * m.boxH + 6 * gapY;
    return m;
}

// The largest type size in [low, high] whose drawing fits `size`.
qreal fittingScale(const QSizeF &size, const QFont &font, qreal low, qreal high)
{
    const auto fits = [&](qreal scale) {
        const Measures m = measure(font, scale);
        return m.width <= size.width() && m.height <= size.height();
    };
    if (fits(high))
        return high;
    if (!fits(low))
        return low;
    for (int i = 0; i < 14; ++i) {
        const qreal middle = (low + high) / 2;
        (fits(middle) ? low : high) = middle;
    }
    return low;
}

constexpr qreal kSmallestScale = 0.5;

// Clips the line from a box's centre in direction (dx, dy) at the box's edge.
QPointF edgeOf(const QRectF &r, double dx, double dy)
{
    const double tx = dx != 0 ? (r.width() / 2) / std::abs(dx) : 1e9;
    const double ty = dy != 0 ? (r.height() / 2) / std::abs(dy) : 1e9;
    const double k = std::min(tx, ty);
    return QPointF(r.center().x() + dx * k, r.center().y() + dy * k);
}

// Where a label may take two lines: "SYN / SYN+ACK" as "SYN /" over "SYN+ACK".
const QString kLabelBreak = QStringLiteral(" / ");

QStringList labelLines(const QString &label, bool stacked)
{
    if (!stacked)
        return {label};
    const qsizetype at = label.indexOf(kLabelBreak);
    return {label.left(at) + QStringLiteral(" /"), label.mid(at + kLabelBreak.size())};
}

// Smaller type for a label only where its line has no free place for it at the usual size.
constexpr std::array<qreal, 3> kLabelShrinks {1.0, 0.85, 0.72};

QFont shrunk(const QFont &font, qreal shrink)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * shrink);
    return smaller;
}

// The card a label is drawn on, turned for a vertical one.
QSizeF labelCard(const QFontMetricsF &metrics, const QString &label, bool stacked, bool vertical, qreal scale)
{
    double w = 0;
    const QStringList lines = labelLines(label, stacked);
    for (const QString &line : lines)
        w = qMax(w, metrics.horizontalAdvance(line));
    w += 6 * scale;
    const double h = metrics.height() * lines.size();
    return vertical ? QSizeF(h, w) : QSizeF(w, h);
}

double overlap(const QRectF &a, const QRectF &b)
{
    const QRectF both = a.intersected(b);
    return both.isEmpty() ? 0 : both.width() * both.height();
}

} // namespace

QRectF TcpStateDiagram::Layout::box(TcpState state) const
{
    const qsizetype i = states.indexOf(state);
    return i < 0 ? QRectF() : boxes.at(i);
}

TcpStateDiagram::Layout TcpStateDiagram::layoutFor(const QSizeF &size, const QFont &font, qreal maxScale)
{
    Layout layout;
    layout.scale = fittingScale(size, font, qMin(kSmallestScale, maxScale), maxScale);
    const qreal scale = layout.scale;
    const Measures m = measure(font, scale);
    layout.title = m.title;
    layout.small = m.small;
    layout.boxFont = m.boxFont;
    layout.margin = m.margin;
    layout.keyTop = m.margin + QFontMetricsF(m.title).height() + 2 * scale;
    const double top = m.margin + m.header;
    layout.outer = QRectF(m.margin, top, size.width() - 2 * m.margin, size.height() - top - m.margin);
    const QRectF area = layout.outer.adjusted(m.strip, 0, -m.strip, 0);
    // The grid fills the panel; the boxes keep the size their type needs, so a roomy panel
    // gets wider gaps for the labels rather than larger boxes.
    // The room beyond what the columns need is shared out evenly between them.
    const double extra = qMax(0.0, area.width() - (m.columnW[0] + m.columnW[1] + m.columnW[2])) / 3;
    const double cellH = area.height() / 7;
    const double boxH = qMin(m.boxH, cellH * 0.6);
    std::array<double, 3> centreX {};
    double left = area.left();
    for (size_t column = 0; column < 3; ++column) {
        centreX[column] = left + (m.columnW[column] + extra) / 2;
        left += m.columnW[column] + extra;
    }
    for (const Box &b : kBoxes) {
        const double boxW = aloneInRow(b)
            ? qMin(m.aloneW, area.width())
            : qMin(m.columnW[size_t(b.column)], m.columnW[size_t(b.column)] + extra - 2 * scale);
        const QPointF c(centreX[size_t(b.column)], area.top() + (b.row + 0.5) * cellH);
        layout.states << b.state;
        layout.boxes << QRectF(c.x() - boxW / 2, c.y() - boxH / 2, boxW, boxH);
    }

    const QFontMetricsF smallFm(m.small);
    for (const TcpTransitions::Row &t : TcpTransitions::rows()) {
        if (!t.drawn)
            continue;
        Layout::Edge edge;
        edge.from = t.from;
        edge.to = t.to;
        edge.label = QString::fromLatin1(t.label);
        const QRectF a = layout.box(t.from);
        const QRectF b = layout.box(t.to);
        edge.vertical = t.from == TcpState::TimeWait || t.from == TcpState::LastAck;
        if (edge.vertical) {
            // Back to CLOSED at the top: round the outside.
            const bool left = t.from == TcpState::TimeWait;
            const double side = left ? layout.outer.left() + m.strip / 2 : layout.outer.right() - m.strip / 2;
            const QPointF from(left ? a.left() : a.right(), a.center().y());
            const QPointF to(left ? b.left() : b.right(), b.center().y());
            edge.path.moveTo(from);
            edge.path.lineTo(side, from.y());
            edge.path.lineTo(side, to.y());
            edge.path.lineTo(to);
        } else if (t.from == TcpState::Close && t.to == TcpState::SynSent) {
            // The active open, as the textbook draws it: across from CLOSED, then down the
            // right-hand column, where no box stands between them and its label has room.
            edge.path.moveTo(a.right(), a.center().y());
            edge.path.lineTo(b.center().x(), a.center().y());
            edge.path.lineTo(b.center().x(), b.top());
        } else {
            const QLineF line(a.center(), b.center());
            edge.path.moveTo(edgeOf(a, line.dx(), line.dy()));
            edge.path.lineTo(edgeOf(b, -line.dx(), -line.dy()));
        }
        layout.edges << edge;
    }

    // Each label sits on its own line, at the point of that line where it covers no box and no
    // label placed before it: from the line's middle outwards. Set beside a line, a label read
    // as the label of the arrow next to it. Where a crowded corner leaves no free place in that
    // order, the labels are placed again the other way round.
    const QRectF panel(0, 0, size.width(), size.height());
    const auto placeLabels = [&](bool backwards, qsizetype firstShrink) {
        QList<QRectF> taken;
        for (const QRectF &r : std::as_const(layout.boxes))
            taken << r.adjusted(-1, -1, 1, 1);
        double total = 0;
        for (qsizetype n = 0; n < layout.edges.size(); ++n) {
            Layout::Edge &edge = layout.edges[backwards ? layout.edges.size() - 1 - n : n];
            double best = -1;
            for (qsizetype i = firstShrink; i < qsizetype(kLabelShrinks.size()); ++i) {
                const qreal shrink = kLabelShrinks.at(size_t(i));
                for (const bool stacked : {false, true}) {
                    if (best == 0 || (stacked && (edge.vertical || !edge.label.contains(kLabelBreak))))
                        break;
                    const QSizeF labelSize = labelCard(QFontMetricsF(shrunk(layout.small, shrink)),
                        edge.label, stacked, edge.vertical, scale);
                    // The middle first, then ever further out along the line, on both sides.
                    for (int step = 0; step <= 22 && best != 0; ++step) {
                        const int away = (step + 1) / 2; // 0, 1, 1, 2, 2, ...
                        const double at = 0.5 + (step % 2 == 0 ? 1 : -1) * away * 0.02;
                        const QPointF c = edge.path.pointAtPercent(at);
                        const QRectF r(c.x() - labelSize.width() / 2, c.y() - labelSize.height() / 2,
                            labelSize.width(), labelSize.height());
                        // Off the panel counts as badly as covering a box.
                        double cost = (r.width() * r.height()) - overlap(r, panel);
                        for (const QRectF &other : std::as_const(taken))
                            cost += overlap(r, other);
                        // One line is easier to read: two only where they find a freer place.
                        if (best < 0 || cost < best) {
                            best = cost;
                            edge.labelCentre = c;
                            edge.labelRect = r;
                            edge.stacked = stacked;
                            edge.shrink = shrink;
                        }
                    }
                }
            }
            total += best;
            // A little air beside a placed label, so two labels never read as one.
            taken << edge.labelRect.adjusted(-2 * scale, -1, 2 * scale, 1);
        }
        return total;
    };
    // Where no order finds every label a free place, all labels take the smaller type.
    QList<Layout::Edge> best;
    double bestCost = -1;
    for (qsizetype firstShrink = 0; firstShrink < qsizetype(kLabelShrinks.size()) && bestCost != 0;
         ++firstShrink) {
        for (const bool backwards : {false, true}) {
            const double cost = placeLabels(backwards, firstShrink);
            if (bestCost < 0 || cost < bestCost) {
                bestCost = cost;
                best = layout.edges;
            }
            if (cost == 0)
                break;
        }
    }
    layout.edges = best;
    return layout;
}

TcpStateDiagram::TcpStateDiagram(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

QSize TcpStateDiagram::sizeHint() const
{
    return QSize(int(320 * m_scale), int(kNaturalHeight * m_scale));
}

void TcpStateDiagram::setPresentationScale(qreal scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

void TcpStateDiagram::setStates(
    TcpState self, TcpState peer, const QString &selfName, const QString &peerName)
{
    if (self == m_self && peer == m_peer && selfName == m_selfName && peerName == m_peerName)
        return;
    // The same socket moving on: the step it just took is lit until the next one. Another
    // socket selected: nothing was taken, nothing is lit.
    const bool sameSelf = selfName == m_selfName;
    const bool samePeer = peerName == m_peerName;
    const TcpState newSelf = boxState(self);
    const TcpState newPeer = boxState(peer);
    if (!sameSelf)
        m_selfFrom = TcpState::Unknown;
    else if (newSelf != m_self)
        m_selfFrom = m_self;
    if (!samePeer)
        m_peerFrom = TcpState::Unknown;
    else if (newPeer != m_peer)
        m_peerFrom = m_peer;
    m_self = newSelf;
    m_peer = newPeer;
    m_selfName = selfName;
    m_peerName = peerName;
    update();
}

void TcpStateDiagram::setLessonStates(const QList<TcpState> &states)
{
    QList<TcpState> boxes;
    for (const TcpState state : states) {
        if (!boxes.contains(boxState(state)))
            boxes << boxState(state);
    }
    if (boxes == m_lessonStates)
        return;
    m_lessonStates = boxes;
    update();
    emit lessonStatesChanged();
}

qreal TcpStateDiagram::maxScale() const
{
    // At normal size the type may grow a little where the panel is roomy; presenting, up to
    // the presentation's type size.
    return m_scale > 1 ? m_scale : 1.3;
}

qreal TcpStateDiagram::drawingScale() const
{
    return fittingScale(size(), font(), qMin(kSmallestScale, maxScale()), maxScale());
}

int TcpStateDiagram::widthForDrawing(int height) const
{
    // Normal type at most: the timeline beside it keeps the rest of the width.
    const qreal readable = m_scale > 1 ? m_scale : 1.0;
    const qreal scale = fittingScale(QSizeF(1e6, height), font(), qMin(kSmallestScale, readable), readable);
    return qCeil(measure(font(), scale).width);
}

void TcpStateDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void TcpStateDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The type is as large as the panel allows: presenting, it reads from the back row; where
    // the panel is short (a lesson below the timeline) it shrinks instead of its boxes and
    // labels running over each other.
    const Layout layout = layoutFor(size(), font(), maxScale());
    const qreal scale = layout.scale;
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QColor selfColor = pal.color(QPalette::Highlight);
    // The other end in the theme's peer colour: its ink for lines, its soft fill for a box.
    const QColor peerColor = Theme::color(Theme::Role::Peer, pal);
    const QColor peerFill = Theme::background(Theme::Role::Peer, pal);

    const double margin = layout.margin;
    const QFontMetricsF titleFm(layout.title);
    p.setFont(layout.title);
    p.setPen(text);
    p.drawText(QPointF(margin, margin + titleFm.ascent()),
        titleFm.elidedText(tr("TCP state machine"), Qt::ElideRight, width() - 2 * margin));
    double y = layout.keyTop;

    // Who is lit in which colour. The state is the point of the line: the name gives way.
    const QFontMetricsF smallFm(layout.small);
    p.setFont(layout.small);
    const auto key = [&](const QColor &color, const QString &who, TcpState state) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(margin, y + 2, 12 * scale, smallFm.height() - 4), 3, 3);
        p.setPen(text);
        const QString stateName
            = state == TcpState::Unknown ? tr("no state known") : QString::fromLatin1(tcpStateName(state));
        const QString tail = QStringLiteral(": ") + stateName;
        const double room = width() - 2 * margin - 16 * scale;
        const QString head
            = smallFm.elidedText(who, Qt::ElideRight, qMax(0.0, room - smallFm.horizontalAdvance(tail)));
        p.drawText(QPointF(margin + 16 * scale, y + smallFm.ascent()),
            smallFm.elidedText(head + tail, Qt::ElideLeft, room));
        y += smallFm.height();
    };
    key(selfColor, m_selfName.isEmpty() ? tr("selected socket") : m_selfName, m_self);
    key(peerColor, m_peerName.isEmpty() ? tr("other end") : m_peerName, m_peer);

    // Transitions first, so the boxes sit on top of the lines.
    const QColor lineColor
        = QColor::fromRgbF(float(text.redF() * 0.5 + pal.color(QPalette::Base).redF() * 0.5),
            float(text.greenF() * 0.5 + pal.color(QPalette::Base).greenF() * 0.5),
            float(text.blueF() * 0.5 + pal.color(QPalette::Base).blueF() * 0.5));
    for (const Layout::Edge &edge : layout.edges) {
        // The transition each end just took is drawn in its colour, thick.
        const bool selfTook = edge.from == m_selfFrom && edge.to == m_self;
        const bool peerTook = edge.from == m_peerFrom && edge.to == m_peer;
        const QColor edgeColor = selfTook ? selfColor : (peerTook ? peerColor : lineColor);
        p.setPen(QPen(edgeColor, (selfTook || peerTook ? 3.0 : 1.2) * scale));
        p.setBrush(Qt::NoBrush);
        p.drawPath(edge.path);
        const QPointF to = edge.path.currentPosition();
        const QPointF last = edge.path.elementAt(edge.path.elementCount() - 2);
        const double angle = std::atan2(to.y() - last.y(), to.x() - last.x());
        const double h = 6 * scale;
        const QPointF head[3] = {to, to - QPointF(std::cos(angle - 0.4) * h, std::sin(angle - 0.4) * h),
            to - QPointF(std::cos(angle + 0.4) * h, std::sin(angle + 0.4) * h)};
        p.setPen(Qt::NoPen);
        p.setBrush(edgeColor);
        p.drawPolygon(head, 3);
    }
    // The labels after every line, so no line runs through a label: each on an opaque
    // rounded card on its own line, edged in the line's colour, so it reads as that line's.
    p.setFont(layout.small);
    for (const Layout::Edge &edge : layout.edges) {
        const bool selfTook = edge.from == m_selfFrom && edge.to == m_self;
        const bool peerTook = edge.from == m_peerFrom && edge.to == m_peer;
        const QColor edgeColor = selfTook ? selfColor : (peerTook ? peerColor : lineColor);
        const QFont font = shrunk(layout.small, edge.shrink);
        p.setFont(font);
        const QFontMetricsF fm(font);
        const QSizeF size = labelCard(fm, edge.label, edge.stacked, false, scale);
        const double w = size.width();
        const double h = size.height();
        p.save();
        p.translate(edge.labelCentre);
        // The routes back to CLOSED run up the sides: their labels run along them.
        if (edge.vertical)
            p.rotate(-90);
        const QRectF card(-w / 2, -h / 2, w, h);
        p.setPen(QPen(edgeColor, (selfTook || peerTook ? 2.0 : 1.0) * scale));
        p.setBrush(pal.color(QPalette::Base));
        const double radius = fm.height() / 3;
        p.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(card, Qt::AlignCenter, labelLines(edge.label, edge.stacked).join(QLatin1Char('\n')));
        p.restore();
    }

    // The states the lesson names: a wide soft halo behind the box, so it reads from afar
    // whichever end stands in it.
    const QColor lessonInk = Theme::color(Theme::Role::LessonHighlight, pal);
    QColor lessonHalo = lessonInk;
    lessonHalo.setAlpha(110);
    for (qsizetype i = 0; i < layout.states.size(); ++i) {
        if (!m_lessonStates.contains(layout.states.at(i)))
            continue;
        const double grow = 4 * scale;
        p.setPen(QPen(lessonHalo, 5 * scale));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(layout.boxes.at(i).adjusted(-grow, -grow, grow, grow), 8 * scale, 8 * scale);
    }

    // Every state's name fits its box: in a narrow panel the type gets smaller, never cut.
    QFont boxFont = layout.boxFont;
    double shrink = 1;
    for (qsizetype i = 0; i < layout.states.size(); ++i) {
        const double name
            = QFontMetricsF(boxFont).horizontalAdvance(QString::fromLatin1(kBoxes.at(size_t(i)).name));
        if (name > 0)
            shrink = qMin(shrink, (layout.boxes.at(i).width() - 4 * scale) / name);
    }
    if (shrink < 1)
        boxFont.setPointSizeF(boxFont.pointSizeF() * qMax(0.1, shrink));
    p.setFont(boxFont);
    for (qsizetype i = 0; i < layout.states.size(); ++i) {
        const TcpState state = layout.states.at(i);
        const QRectF r = layout.boxes.at(i);
        const QString name = QString::fromLatin1(kBoxes.at(size_t(i)).name);
        const bool isSelf = state == m_self;
        const bool isPeer = state == m_peer;
        if (isSelf && isPeer) {
            // Both ends in the same state: a plain box with a thick border, a band of each
            // end's colour at its left and right, and the name between them, readable.
            const double band = qMax(
                4.0 * scale, (r.width() - QFontMetricsF(boxFont).horizontalAdvance(name)) / 2 - 2 * scale);
            p.setPen(QPen(text, 2.5 * scale));
            p.setBrush(pal.color(QPalette::Base));
            p.drawRoundedRect(r, 5 * scale, 5 * scale);
            p.save();
            QPainterPath inside;
            inside.addRoundedRect(r, 5 * scale, 5 * scale);
            p.setClipPath(inside);
            p.fillRect(QRectF(r.left(), r.top(), band, r.height()), selfColor);
            p.fillRect(QRectF(r.right() - band, r.top(), band, r.height()), peerColor);
            p.restore();
            p.setPen(text);
            p.drawText(r, Qt::AlignCenter, name);
        } else {
            QColor fill = pal.color(QPalette::Button);
            if (isSelf)
                fill = selfColor;
            else if (isPeer)
                fill = peerFill;
            p.setPen(QPen(isPeer ? peerColor : text, (isSelf || isPeer ? 2.5 : 1) * scale));
            p.setBrush(fill);
            p.drawRoundedRect(r, 5 * scale, 5 * scale);
            p.setPen(isSelf ? pal.color(QPalette::HighlightedText)
                            : (isPeer ? peerColor : pal.color(QPalette::ButtonText)));
            p.drawText(r, Qt::AlignCenter, name);
        }
        if (m_lessonStates.contains(state)) {
            p.setPen(QPen(lessonInk, 3 * scale));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(
                r.adjusted(-1.5 * scale, -1.5 * scale, 1.5 * scale, 1.5 * scale), 6 * scale, 6 * scale);
        }
    }
}

} // namespace SocketScope
