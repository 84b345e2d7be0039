#include "tableheader.h"

#include "models/headingroles.h"

#include <QtGui/QHelpEvent>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleOptionHeader>
#include <QtWidgets/QToolTip>

namespace SocketScope {

TableHeader::TableHeader(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    // As the table's own header: a click sorts.
    setSectionsClickable(true);
}

int TableHeader::labelWidth(int logicalIndex) const
{
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    int width = sectionSize(logicalIndex) - 2 * margin;
    if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
        width -= style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + margin;
    return width;
}

void TableHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    if (option->text.isEmpty())
        return;
    const QFontMetrics metrics(font());
    int widestWord = 0;
    for (const QString &word : option->text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widestWord = qMax(widestWord, metrics.horizontalAdvance(word));
    const int room = labelWidth(logicalIndex);
    if (widestWord <= room)
        return;
    // A shorter heading of the model's own where it fits: better than a clipped one.
    const QString brief = model()->headerData(logicalIndex, orientation(), ShortHeadingRole).toString();
    if (!brief.isEmpty() && metrics.horizontalAdvance(brief) <= room) {
        option->text = brief;
        return;
    }
    option->textAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option->text = metrics.elidedText(option->text, Qt::ElideRight, qMax(0, room));
}

QString TableHeader::shownText(int logicalIndex) const
{
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    return option.text;
}

Qt::Alignment TableHeader::shownAlignment(int logicalIndex) const
{
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    return option.textAlignment;
}

QString TableHeader::toolTipText(int logicalIndex) const
{
    if (!model() || logicalIndex < 0)
        return {};
    QString own = model()->headerData(logicalIndex, orientation(), Qt::ToolTipRole).toString();
    const QString heading = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    if (heading.isEmpty() || shownText(logicalIndex) == heading)
        return own;
    return own.isEmpty() ? heading : heading + QStringLiteral("\n\n") + own;
}

bool TableHeader::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int logical
            = logicalIndexAt(orientation() == Qt::Horizontal ? help->pos().x() : help->pos().y());
        const QString tip = toolTipText(logical);
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, viewport());
        }
        return true;
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace SocketScope
