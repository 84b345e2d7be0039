#include "highlightdelegate.h"

#include "models/rowanimation.h"

#include <QtGui/QFontDatabase>
#include <QtGui/QPainter>

namespace SocketScope {

HighlightDelegate::HighlightDelegate(int markRole, int strengthRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_markRole(markRole)
    , m_strengthRole(strengthRole)
{
}

void HighlightDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_monospace.contains(index.column())) {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(option->font.pointSizeF());
        option->font = font;
    }
    if (m_openRole >= 0 && !index.data(m_openRole).toBool())
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const auto mark = RowAnimation::Mark(index.data(m_markRole).toInt());
    const qreal strength = index.data(m_strengthRole).toReal();
    if (mark != RowAnimation::Mark::None && strength > 0) {
        QColor colour;
        switch (mark) {
        case RowAnimation::Mark::New: colour = QColor(46, 160, 67); break;
        case RowAnimation::Mark::Changed: colour = QColor(230, 160, 20); break;
        case RowAnimation::Mark::Leaving: colour = QColor(210, 60, 50); break;
        case RowAnimation::Mark::None: break;
        }
        colour.setAlphaF(float(0.55 * strength));
        painter->fillRect(option.rect, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace SocketScope
