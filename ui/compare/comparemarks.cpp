#include "comparemarks.h"

#include "timeline/timelinelayout.h"
#include "timeline/timelineview.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>

namespace SocketScope {

CompareMarks::CompareMarks(TimelineView *view, const TimelineLayout *layout)
    : QWidget(view)
    , m_view(view)
    , m_layout(layout)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(view->rect());
    view->installEventFilter(this);
}

void CompareMarks::setMarks(std::vector<Mark> marks, Mark picked)
{
    m_marks = std::move(marks);
    m_picked = picked;
    update();
}

void CompareMarks::setPicked(Mark picked)
{
    if (picked == m_picked)
        return;
    m_picked = picked;
    update();
}

bool CompareMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        setGeometry(m_view->rect());
    return QWidget::eventFilter(watched, event);
}

QRectF CompareMarks::frameOf(const Mark &mark) const
{
    const TimelinePainter &painter = m_view->painter();
    const auto lanes = LaneId(m_layout->lanes().size());
    if (mark.item < 0 || mark.item >= m_layout->itemCount() || mark.lane < 0 || mark.lane >= lanes
        || mark.toLane >= lanes)
        return {};
    const double x = painter.xOfItem(mark.item);
    const double margin = 6 * painter.scale();
    const double half = std::min(painter.laneHeight() / 2, 14 * painter.scale());
    const double y = painter.laneY(mark.lane);
    if (mark.toLane >= 0) {
        const double x2 = painter.arrivalX(mark.item);
        const double y2 = painter.laneY(mark.toLane);
        return QRectF(QPointF(std::min(x, x2) - margin, std::min(y, y2) - margin),
            QPointF(std::max(x, x2) + margin, std::max(y, y2) + margin));
    }
    return QRectF(x - half, y - half, 2 * half, 2 * half);
}

void CompareMarks::drawFrame(
    QPainter &p, const QRectF &frame, Style style, qreal scale, const QPalette &palette)
{
    switch (style) {
    case Style::OnlyHere:
        // Red and dashed against amber and dotted: the two kinds apart by colour and by line,
        // on a projector and for eyes that mix red and amber up.
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Theme::color(Theme::Role::Error, palette), 2 * scale, Qt::DashLine));
        break;
    case Style::Different:
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(Theme::color(Theme::Role::RowChanged, palette), 2 * scale, Qt::DotLine));
        break;
    case Style::Picked: {
        QColor fill = Theme::background(Theme::Role::Selection, palette);
        fill.setAlphaF(0.35f);
        p.setBrush(fill);
        p.setPen(QPen(Theme::color(Theme::Role::Selection, palette), 3 * scale));
        break;
    }
    }
    p.drawRoundedRect(frame, 4 * scale, 4 * scale);
}

void CompareMarks::paintEvent(QPaintEvent *)
{
    if (m_marks.empty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(m_view->painter().plotRect());
    const qreal scale = m_view->painter().scale();
    for (const Mark &mark : m_marks) {
        if (mark == m_picked)
            continue;
        const QRectF frame = frameOf(mark);
        if (frame.isEmpty() || !frame.intersects(rect()))
            continue;
        drawFrame(p, frame, mark.onlyHere ? Style::OnlyHere : Style::Different, scale, palette());
    }
    if (m_picked.item >= 0) {
        const QRectF frame = frameOf(m_picked);
        if (!frame.isEmpty())
            drawFrame(p, frame, Style::Picked, scale, palette());
    }
}

} // namespace SocketScope
