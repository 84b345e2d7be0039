#include "tcpstatediagram.h"

#include "timeline/tcptransitions.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtCore/QtMath>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

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

// Where along its line an edge's label sits, where the middle would collide with another's.
double labelAt(const TcpTransitions::Row &t)
{
    if (t.from == TcpState::FinWait1)
        return t.to == TcpState::FinWait2 ? 0.3 : 0.72;
    if (t.from == TcpState::FinWait2)
        return 0.7;
    if (t.from == TcpState::Closing)
        return 0.28;
    if (t.from == TcpState::Close && t.to == TcpState::SynSent)
        return 0.62;
    return 0.5;
}

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

} // namespace

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

qreal TcpStateDiagram::drawingScale() const
{
    return qBound(
        qMin(0.5, m_scale), qMin(width() / qreal(kNaturalWidth), height() / qreal(kNaturalHeight)), m_scale);
}

int TcpStateDiagram::widthForDrawing(int height) const
{
    const qreal scale = qBound(qMin(0.5, m_scale), height / qreal(kNaturalHeight), m_scale);
    return qCeil(kNaturalWidth * scale);
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
    // Presentation type is large; where the panel is short (a lesson below the timeline) the
    // drawing shrinks to fit instead of its boxes and labels running over each other.
    const qreal scale = drawingScale();
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QColor selfColor = pal.color(QPalette::Highlight);
    // The other end in the theme's peer colour: its ink for lines, its soft fill for a box.
    const QColor peerColor = Theme::color(Theme::Role::Peer, pal);
    const QColor peerFill = Theme::background(Theme::Role::Peer, pal);

    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * scale);
    title.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8 * scale);
    QFont boxFont = font();
    boxFont.setPointSizeF(boxFont.pointSizeF() * 0.78 * scale);

    const double margin = 8 * scale;
    const QFontMetricsF titleFm(title);
    p.setFont(title);
    p.setPen(text);
    p.drawText(QPointF(margin, margin + titleFm.ascent()), tr("TCP state machine"));
    double y = margin + titleFm.height() + 2 * scale;

    // Who is lit in which colour.
    const QFontMetricsF smallFm(small);
    p.setFont(small);
    const auto key = [&](const QColor &color, const QString &who, TcpState state) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(margin, y + 2, 12 * scale, smallFm.height() - 4), 3, 3);
        p.setPen(text);
        const QString stateName
            = state == TcpState::Unknown ? tr("no state known") : QString::fromLatin1(tcpStateName(state));
        p.drawText(QPointF(margin + 16 * scale, y + smallFm.ascent()),
            smallFm.elidedText(QStringLiteral("%1: %2").arg(who, stateName), Qt::ElideRight,
                width() - 2 * margin - 16 * scale));
        y += smallFm.height();
    };
    key(selfColor, m_selfName.isEmpty() ? tr("selected socket") : m_selfName, m_self);
    key(peerColor, m_peerName.isEmpty() ? tr("other end") : m_peerName, m_peer);
    y += 4 * scale;

    // The routes back to CLOSED run in a strip down each side, outside the grid of boxes.
    const double strip = smallFm.height() + 2 * scale;
    const QRectF outer(margin, y, width() - 2 * margin, height() - y - margin);
    const QRectF area = outer.adjusted(strip, 0, -strip, 0);
    const double cellW = area.width() / 3;
    const double cellH = area.height() / 7;
    const double boxW = qMin(cellW - 4 * scale, 118 * scale);
    const double boxH = qMin(cellH * 0.5, 26 * scale);
    // Every state's name fits its box: in a narrow panel the type gets smaller, never cut.
    double widest = 0;
    for (const Box &b : kBoxes)
        widest = qMax(widest, QFontMetricsF(boxFont).horizontalAdvance(QString::fromLatin1(b.name)));
    if (widest > boxW - 6 * scale && widest > 0)
        boxFont.setPointSizeF(boxFont.pointSizeF() * qMax(0.1, (boxW - 6 * scale) / widest));
    const auto centre = [&](TcpState s) {
        for (const Box &b : kBoxes) {
            if (b.state == s)
                return QPointF(area.left() + (b.column + 0.5) * cellW, area.top() + (b.row + 0.5) * cellH);
        }
        return QPointF();
    };
    const auto boxRect = [&](TcpState s) {
        const QPointF c = centre(s);
        return QRectF(c.x() - boxW / 2, c.y() - boxH / 2, boxW, boxH);
    };

    // Transitions first, so the boxes sit on top of the lines.
    const QColor lineColor
        = QColor::fromRgbF(float(text.redF() * 0.5 + pal.color(QPalette::Base).redF() * 0.5),
            float(text.greenF() * 0.5 + pal.color(QPalette::Base).greenF() * 0.5),
            float(text.blueF() * 0.5 + pal.color(QPalette::Base).blueF() * 0.5));
    p.setFont(small);
    for (const TcpTransitions::Row &t : TcpTransitions::rows()) {
        if (!t.drawn)
            continue;
        const QRectF a = boxRect(t.from);
        const QRectF b = boxRect(t.to);
        QPointF from = a.center();
        QPointF to = b.center();
        QPainterPath path;
        const bool outside = t.from == TcpState::TimeWait || t.from == TcpState::LastAck;
        if (outside) {
            // Back to CLOSED at the top: route round the outside.
            const double side
                = t.from == TcpState::TimeWait ? outer.left() + strip / 2 : outer.right() - strip / 2;
            const double offset = 0;
            from = QPointF(t.from == TcpState::TimeWait ? a.left() : a.right(), a.center().y() + offset);
            to = QPointF(t.from == TcpState::TimeWait ? b.left() : b.right(), b.center().y());
            path.moveTo(from);
            path.lineTo(side + offset, from.y());
            path.lineTo(side + offset, to.y());
            path.lineTo(to);
        } else {
            // Leave and enter at the box edges.
            const QLineF line(from, to);
            const double dx = line.dx();
            const double dy = line.dy();
            const auto clip = [&](const QRectF &r, QPointF c, double sx, double sy) {
                const double tx = sx != 0 ? (r.width() / 2) / std::abs(sx) : 1e9;
                const double ty = sy != 0 ? (r.height() / 2) / std::abs(sy) : 1e9;
                const double k = std::min(tx, ty);
                return QPointF(c.x() + sx * k, c.y() + sy * k);
            };
            from = clip(a, a.center(), dx, dy);
            to = clip(b, b.center(), -dx, -dy);
            path.moveTo(from);
            path.lineTo(to);
        }
        // The transition each end just took is drawn in its colour, thick.
        const bool selfTook = t.from == m_selfFrom && t.to == m_self;
        const bool peerTook = t.from == m_peerFrom && t.to == m_peer;
        const QColor edgeColor = selfTook ? selfColor : (peerTook ? peerColor : lineColor);
        p.setPen(QPen(edgeColor, (selfTook || peerTook ? 3.0 : 1.2) * scale));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrowhead at the end.
        const QPointF last = path.elementAt(path.elementCount() - 2);
        const QLineF end(last, to);
        const double angle = std::atan2(end.dy(), end.dx());
        const double h = 6 * scale;
        const QPointF head[3] = {to, to - QPointF(std::cos(angle - 0.4) * h, std::sin(angle - 0.4) * h),
            to - QPointF(std::cos(angle + 0.4) * h, std::sin(angle + 0.4) * h)};
        p.setPen(Qt::NoPen);
        p.setBrush(edgeColor);
        p.drawPolygon(head, 3);
        const QString label = QString::fromLatin1(t.label);
        const QPointF mid = path.pointAtPercent(labelAt(t));
        const double w = smallFm.horizontalAdvance(label);
        p.save();
        p.translate(mid);
        // The routes back to CLOSED run up the sides: their labels run along them.
        if (outside)
            p.rotate(-90);
        const QRectF labelBox(-w / 2 - 2, -smallFm.height() / 2, w + 4, smallFm.height());
        p.fillRect(labelBox, pal.color(QPalette::Base));
        p.setPen(Theme::isDark(pal) ? lineColor.lighter(150) : lineColor.darker(160));
        p.drawText(labelBox, Qt::AlignCenter, label);
        p.restore();
    }

    // The states the lesson names: a wide soft halo behind the box, so it reads from afar
    // whichever end stands in it.
    const QColor lessonInk = Theme::color(Theme::Role::LessonHighlight, pal);
    QColor lessonHalo = lessonInk;
    lessonHalo.setAlpha(110);
    for (const Box &b : kBoxes) {
        if (!m_lessonStates.contains(b.state))
            continue;
        const QRectF r = boxRect(b.state);
        const double grow = 5 * scale;
        p.setPen(QPen(lessonHalo, 6 * scale));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(-grow, -grow, grow, grow), 8 * scale, 8 * scale);
    }

    p.setFont(boxFont);
    for (const Box &b : kBoxes) {
        const QRectF r = boxRect(b.state);
        const bool isSelf = b.state == m_self;
        const bool isPeer = b.state == m_peer;
        QColor fill = pal.color(QPalette::Button);
        if (isSelf)
            fill = selfColor;
        else if (isPeer)
            fill = peerFill;
        p.setPen(QPen(isPeer && !isSelf ? peerColor : text, (isSelf || isPeer ? 2.5 : 1) * scale));
        p.setBrush(fill);
        p.drawRoundedRect(r, 5 * scale, 5 * scale);
        if (isSelf && isPeer) {
            // Both ends in the same state: split the box.
            QRectF half = r;
            half.setLeft(r.center().x());
            p.setPen(Qt::NoPen);
            p.setBrush(peerFill);
            p.drawRoundedRect(
                half.adjusted(0, 1.2 * scale, -1.2 * scale, -1.2 * scale), 4 * scale, 4 * scale);
        }
        p.setPen(isSelf ? pal.color(QPalette::HighlightedText)
                        : (isPeer ? peerColor : pal.color(QPalette::ButtonText)));
        p.drawText(r, Qt::AlignCenter, QString::fromLatin1(b.name));
        if (m_lessonStates.contains(b.state)) {
            p.setPen(QPen(lessonInk, 3 * scale));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(
                r.adjusted(-1.5 * scale, -1.5 * scale, 1.5 * scale, 1.5 * scale), 6 * scale, 6 * scale);
        }
    }
}

} // namespace SocketScope
