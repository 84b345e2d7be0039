#include "highlightdelegate.h"

#include "models/rowanimation.h"
#include "window/theme.h"

#include <QtGui/QFontDatabase>
#include <QtGui/QHelpEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolTip>

namespace SocketScope {

namespace {

// "ip:port" (or "[v6]:port"): ends in a colon and digits.
bool looksLikeEndpoint(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1 || text.size() > 64)
        return false;
    for (qsizetype i = colon + 1; i < text.size(); ++i) {
        if (!text.at(i).isDigit())
            return false;
    }
    return true;
}

} // namespace

HighlightDelegate::HighlightDelegate(int markRole, int strengthRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_markRole(markRole)
    , m_strengthRole(strengthRole)
    , m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{ }

void HighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_monospace.contains(index.column())) {
        QFont font = m_fixedFont;
        font.setPointSizeF(option->font.pointSizeF());
        option->font = font;
    }
    if (m_openRole >= 0 && !index.data(m_openRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
}

void HighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto mark
        = m_markRole >= 0 ? RowAnimation::Mark(index.data(m_markRole).toInt()) : RowAnimation::Mark::None;
    const qreal strength = m_strengthRole >= 0 ? index.data(m_strengthRole).toReal() : 0;
    if (mark != RowAnimation::Mark::None && strength > 0) {
        Theme::Role role = Theme::Role::RowNew;
        switch (mark) {
        case RowAnimation::Mark::New:
            role = Theme::Role::RowNew;
            break;
        case RowAnimation::Mark::Changed:
            role = Theme::Role::RowChanged;
            break;
        case RowAnimation::Mark::Leaving:
            role = Theme::Role::RowLeaving;
            break;
        case RowAnimation::Mark::None:
            break;
        }
        QColor colour = Theme::color(role, option.palette);
        colour.setAlphaF(float(0.55 * strength));
        painter->fillRect(option.rect, colour);
    }
    const Spots spots = spotsOf(index);
    if (spots & ColumnSpot) {
        // Under the text: a solid band of the theme's highlight, light enough to read through.
        QColor band = option.palette.color(QPalette::Highlight);
        band.setAlphaF(0.30F);
        painter->fillRect(option.rect, band);
    }
    if (spots.toInt() != 0) {
        QStyledItemDelegate::paint(painter, option, index);
        paintSpots(painter, option, index, spots);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    constexpr auto kNotPlain = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::WrapText;
    if (opt.features & kNotPlain || opt.direction == Qt::RightToLeft) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The style draws the cell without its text (background, selection, focus), then the text
    // is drawn the way the style would: same margins, alignment, colours and elision.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect box = opt.rect.adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    // An address cut on a narrow column (a projector) keeps its port: "127.0…:40769".
    const Qt::TextElideMode elide = looksLikeEndpoint(text) ? Qt::ElideMiddle : opt.textElideMode;
    const QStaticText &laid = laidOut(text, opt.font, box.width(), elide);
    const QSizeF size = laid.size();
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    qreal x = box.left();
    if (align & Qt::AlignRight)
        x = box.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = box.left() + (box.width() - size.width()) / 2;
    qreal y = box.top() + (box.height() - size.height()) / 2;
    if (align & Qt::AlignTop)
        y = box.top();
    else if (align & Qt::AlignBottom)
        y = box.bottom() + 1 - size.height();
    painter->setClipRect(box, Qt::IntersectClip);
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
}

void HighlightDelegate::paintSpots(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, Spots spots) const
{
    // About a sixth of a line of text: 3 px at normal size, thicker in presentation mode.
    const qreal width = qMax(3.0, option.fontMetrics.height() / 6.0);
    const bool selected = option.state & QStyle::State_Selected;
    // On a selected row the highlight colour is the fill; the frame takes the text colour.
    const QColor colour = option.palette.color(selected ? QPalette::Text : QPalette::Highlight);
    const QRectF cell = QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2);
    QPen pen(colour, width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->save();
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (spots & CellSpot) {
        painter->drawRect(cell);
    } else if (spots & RowSpot) {
        // One frame around the whole row: its ends are drawn on the first and last shown column.
        bool first = true;
        bool last = true;
        if (const auto *view = qobject_cast<const QTableView *>(option.widget)) {
            const QHeaderView *header = view->horizontalHeader();
            const int here = header->visualIndex(index.column());
            for (int visual = 0; visual < header->count(); ++visual) {
                if (header->isSectionHidden(header->logicalIndex(visual)))
                    continue;
                first = first && visual >= here;
                last = last && visual <= here;
            }
        }
        const qreal left = first ? cell.left() : option.rect.left();
        const qreal right = last ? cell.right() : option.rect.right() + 1;
        painter->drawLine(QPointF(left, cell.top()), QPointF(right, cell.top()));
        painter->drawLine(QPointF(left, cell.bottom()), QPointF(right, cell.bottom()));
        if (first)
            painter->drawLine(QPointF(cell.left(), cell.top()), QPointF(cell.left(), cell.bottom()));
        if (last)
            painter->drawLine(QPointF(cell.right(), cell.top()), QPointF(cell.right(), cell.bottom()));
    }
    if (spots & ColumnSpot) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), width));
        painter->drawLine(
            QPointF(cell.left(), option.rect.top()), QPointF(cell.left(), option.rect.bottom() + 1));
        painter->drawLine(
            QPointF(cell.right(), option.rect.top()), QPointF(cell.right(), option.rect.bottom() + 1));
    }
    painter->restore();
}

const QStaticText &HighlightDelegate::laidOut(
    const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const
{
    // Most cells fit: those are kept by font and text alone, whatever the column's width.
    const QString fontKey = font.key();
    const QString whole = fontKey + QChar(0x1f) + text;
    QStaticText *found = m_laidOut.object(whole);
    if (!found) {
        found = new QStaticText(text);
        found->setTextFormat(Qt::PlainText);
        found->setPerformanceHint(QStaticText::AggressiveCaching);
        found->prepare(QTransform(), font);
        m_laidOut.insert(whole, found);
        found = m_laidOut.object(whole);
    }
    if (found->size().width() <= width || elide == Qt::ElideNone)
        return *found;
    const QString key
        = whole + QChar(0x1f) + QString::number(width) + QChar(0x1f) + QString::number(int(elide));
    QStaticText *cut = m_laidOut.object(key);
    if (!cut) {
        cut = new QStaticText(QFontMetrics(font).elidedText(text, elide, width));
        cut->setTextFormat(Qt::PlainText);
        cut->prepare(QTransform(), font);
        m_laidOut.insert(key, cut);
        cut = m_laidOut.object(key);
    }
    return *cut;
}

bool HighlightDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    const QRect textArea = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    // The style leaves a margin on each side of the text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    if (item.text.isEmpty()
        || QFontMetrics(item.font).horizontalAdvance(item.text) <= textArea.width() - 2 * margin)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString tip = item.text;
    const QString said = index.data(Qt::ToolTipRole).toString();
    if (!said.isEmpty() && said != item.text) // the event log's sentence is its own tooltip
        tip += QStringLiteral("\n\n") + said;
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace SocketScope
