#include "experimentdiagram.h"

#include "window/theme.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>
#include <cmath>

namespace SocketScope {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 8; // between boxes stacked in a column
constexpr int kMaxBoxWidth = 200;

} // namespace

ExperimentDiagram::ExperimentDiagram(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ExperimentDiagram::setBoxes(const QList<Box> &boxes)
{
    const int rowsBefore = rowsNeeded();
    m_boxes = boxes;
    if (rowsNeeded() != rowsBefore)
        updateGeometry();
    update();
}

void ExperimentDiagram::setArrows(const QList<Arrow> &arrows)
{
    m_arrows = arrows;
    update();
}

const ExperimentDiagram::Box *ExperimentDiagram::box(const QString &key) const
{
    for (const Box &b : m_boxes) {
        if (b.key == key)
            return &b;
    }
    return nullptr;
}

const ExperimentDiagram::Arrow *ExperimentDiagram::arrow(const QString &from, const QString &to) const
{
    for (const Arrow &a : m_arrows) {
        if (a.from == from && a.to == to)
            return &a;
    }
    return nullptr;
}

int ExperimentDiagram::boxHeight() const
{
    return fontMetrics().height() * 2 + 10;
}

int ExperimentDiagram::rowsNeeded() const
{
    QList<int> perColumn;
    for (const Box &b : m_boxes) {
        while (perColumn.size() <= b.column)
            perColumn.append(0);
        ++perColumn[b.column];
    }
    return perColumn.isEmpty() ? 1 : *std::max_element(perColumn.cbegin(), perColumn.cend());
}

QSize ExperimentDiagram::sizeHint() const
{
    const int rows = rowsNeeded();
    return {400, 2 * kMargin + rows * boxHeight() + (rows - 1) * kGap};
}

QSize ExperimentDiagram::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

QRectF ExperimentDiagram::boxRect(const Box &box) const
{
    int columns = 1;
    int row = 0;
    for (const Box &b : m_boxes) {
        if (&b == &box)
            break;
        if (b.column == box.column)
            ++row;
    }
    for (const Box &b : m_boxes)
        columns = qMax(columns, b.column + 1);
    const qreal columnWidth = qreal(width() - 2 * kMargin) / columns;
    // Room between the columns for an arrow and its count.
    const qreal boxWidth = qMin<qreal>(kMaxBoxWidth, columnWidth * 0.58);
    const qreal x = kMargin + columnWidth * box.column + (columnWidth - boxWidth) / 2;
    const qreal y = kMargin + row * (boxHeight() + kGap);
    return {x, y, boxWidth, qreal(boxHeight())};
}

void ExperimentDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor faint = pal.color(QPalette::PlaceholderText);
    const QColor flow = Theme::color(Theme::Role::Success, pal);

    // Arrows first, under the boxes.
    for (const Arrow &a : std::as_const(m_arrows)) {
        const Box *from = box(a.from);
        const Box *to = box(a.to);
        if (!from || !to || from->column == to->column)
            continue;
        const QRectF f = boxRect(*from);
        const QRectF t = boxRect(*to);
        const bool rightward = from->column < to->column;
        // Two arrows between the same boxes (there and back) sit one above the other.
        const bool hasTwin = arrow(a.to, a.from) != nullptr;
        const qreal shift = hasTwin ? (rightward ? -boxHeight() / 5.0 : boxHeight() / 5.0) : 0;
        const QPointF start(rightward ? f.right() : f.left(), f.center().y() + shift);
        const QPointF end(rightward ? t.left() : t.right(), t.center().y() + shift);
        QPen pen(
            a.flowed() ? flow : faint, a.flowed() ? 2.0 : 1.2, a.flowed() ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(start, end);
        const qreal angle = std::atan2(end.y() - start.y(), end.x() - start.x());
        const qreal head = 7;
        QPainterPath tip;
        tip.moveTo(end);
        tip.lineTo(end - QPointF(std::cos(angle - 0.45) * head, std::sin(angle - 0.45) * head));
        tip.lineTo(end - QPointF(std::cos(angle + 0.45) * head, std::sin(angle + 0.45) * head));
        tip.closeSubpath();
        painter.fillPath(tip, pen.color());
        if (a.flowed()) {
            // The count in words when the gap between the boxes has room, else the bare number.
            QString count = a.datagrams > 0 ? tr("%n datagram(s)", "", int(a.datagrams))
                                            : tr("%n byte(s)", "", int(a.bytes));
            const qreal gap = std::abs(end.x() - start.x()) - 4;
            if (fontMetrics().horizontalAdvance(count) > gap)
                count = QString::number(a.datagrams > 0 ? a.datagrams : a.bytes);
            const QPointF middle = (start + end) / 2;
            const int textWidth = fontMetrics().horizontalAdvance(count);
            const qreal top
                = rightward || !hasTwin ? middle.y() - fontMetrics().height() - 1 : middle.y() + 1;
            painter.setPen(ink);
            painter.drawText(
                QRectF(middle.x() - textWidth / 2.0 - 2, top, textWidth + 4, fontMetrics().height()),
                Qt::AlignCenter, count);
        }
    }

    for (const Box &b : std::as_const(m_boxes)) {
        const QRectF r = boxRect(b).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor border = b.open ? ink : faint;
        QColor fill = b.open ? pal.color(QPalette::Base) : pal.color(QPalette::Window);
        if (b.refused) {
            border = Theme::color(Theme::Role::Error, pal);
            fill = Theme::background(Theme::Role::Error, pal);
        }
        painter.setPen(QPen(
            border, b.open || b.refused ? 1.6 : 1.0, b.open || b.refused ? Qt::SolidLine : Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRoundedRect(r, 4, 4);
        const QRectF inner = r.adjusted(4, 3, -4, -3);
        const int line = fontMetrics().height();
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(b.refused ? border : b.open ? ink : faint);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignCenter,
            QFontMetrics(bold).elidedText(b.title, Qt::ElideRight, int(inner.width())));
        painter.setFont(font());
        painter.drawText(QRectF(inner.left(), inner.top() + line, inner.width(), line), Qt::AlignCenter,
            fontMetrics().elidedText(b.address, Qt::ElideMiddle, int(inner.width())));
    }
}

} // namespace SocketScope
