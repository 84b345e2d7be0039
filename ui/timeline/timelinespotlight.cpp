#include "timelinespotlight.h"

#include "timeline/timelinelayout.h"
#include "timelinepainter.h"
#include "window/theme.h"

#include <QtGui/QPainter>

namespace SocketScope {

namespace {
// A lost arrow is drawn as far as it got; its halo covers that part only.
constexpr double kLostReach = 0.7;
} // namespace

QString TimelineSpotlight::arrowKind(const TimelineItem &item)
{
    if (item.kind == TimelineItem::Datagram)
        return QStringLiteral("datagram");
    if (item.kind != TimelineItem::Segment)
        return {};
    const quint8 flags = item.code;
    if (flags & FlagRst)
        return QStringLiteral("RST");
    if (flags & FlagSyn)
        return (flags & FlagAck) ? QStringLiteral("SYN+ACK") : QStringLiteral("SYN");
    if (flags & FlagFin)
        return QStringLiteral("FIN");
    if ((flags & FlagPsh) || item.value > 0)
        return QStringLiteral("data");
    if (flags & FlagAck)
        return QStringLiteral("ACK");
    return {};
}

void TimelineSpotlight::setArrows(const QStringList &kinds)
{
    m_arrows = QSet<QString>(kinds.begin(), kinds.end());
}

void TimelineSpotlight::setEvents(const QList<EventKind> &kinds)
{
    m_events.clear();
    for (const EventKind kind : kinds)
        m_events.insert(int(kind));
}

void TimelineSpotlight::clear()
{
    m_arrows.clear();
    m_events.clear();
}

QStringList TimelineSpotlight::arrows() const
{
    QStringList kinds(m_arrows.begin(), m_arrows.end());
    kinds.sort();
    return kinds;
}

bool TimelineSpotlight::lights(const TimelineItem &item) const
{
    if (isEmpty() || item.isHidden() || item.event < m_firstEvent)
        return false;
    if (item.isArrow())
        return m_arrows.contains(arrowKind(item));
    return item.kind == TimelineItem::Call && m_events.contains(int(item.code));
}

void TimelineSpotlight::paint(QPainter &p, const TimelinePainter &painter, const TimelineLayout &layout,
    qsizetype first, qsizetype last, const QPalette &palette) const
{
    if (isEmpty())
        return;
    // Arrows reach one step on, so the one before the left edge may still cross into view.
    std::vector<qsizetype> lit;
    for (qsizetype i = qMax<qsizetype>(0, first - 1); i < last; ++i) {
        if (lights(layout.items()[size_t(i)]))
            lit.push_back(i);
    }
    if (lit.empty())
        return;
    const qreal s = painter.scale();
    QColor wash = palette.color(QPalette::Base);
    wash.setAlpha(90);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(painter.plotRect(), wash);
    // The ink and its halo both from the theme's lesson role: a halo made from the ink itself
    // was black on black in high contrast, where the ink is black, and the arrow did not
    // stand out from the others at all. The role's fill (yellow there) sets it apart in
    // every theme.
    const QColor ink = Theme::color(Theme::Role::LessonHighlight, palette);
    QColor halo = Theme::background(Theme::Role::LessonHighlight, palette);
    halo.setAlpha(Theme::isHighContrast(palette) ? 255 : 200);
    const TimelineRows &rows = painter.rows();
    for (const qsizetype i : lit) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (!item.isArrow()) {
            if (rows.rowOf(item.lane) < 0)
                continue;
            const QPointF centre(painter.xOfItem(i), painter.laneY(item.lane));
            p.setPen(QPen(halo, 6 * s));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(centre, 11 * s, 11 * s);
            p.setPen(QPen(ink, 2.5 * s));
            p.setBrush(ink);
            p.drawEllipse(centre, 6 * s, 6 * s);
            continue;
        }
        if (rows.rowOf(item.lane) < 0 || rows.rowOf(item.toLane) < 0)
            continue;
        QLineF line(
            painter.xOfItem(i), painter.laneY(item.lane), painter.arrivalX(i), painter.laneY(item.toLane));
        if (item.isLost())
            line.setP2(line.pointAt(kLostReach));
        if (line.length() < 1)
            continue;
        const QPointF unit = (line.p2() - line.p1()) / line.length();
        const double head = 11 * s;
        p.setPen(QPen(halo, 14 * s, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(line);
        p.setPen(QPen(ink, 4.5 * s, item.isInferred() ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
        p.drawLine(line.p1() + unit * 4 * s, line.p2() - unit * head);
        if (item.isLost())
            continue;
        const QPointF normal(-unit.y(), unit.x());
        const QPointF tip = line.p2() - unit * 2 * s;
        const QPointF base = tip - unit * head;
        const QPointF triangle[3] = {tip, base + normal * head * 0.6, base - normal * head * 0.6};
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPolygon(triangle, 3);
        p.setBrush(Qt::NoBrush);
    }
    p.restore();
}

} // namespace SocketScope
