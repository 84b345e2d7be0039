#pragma once

#include <QtCore/QSet>
#include <QtWidgets/QStyledItemDelegate>

namespace SocketScope {

// Paints the marks RowAnimation keeps: a new row glows green, a changed cell flashes amber,
// a leaving row turns red, each fading out. Endpoint columns are drawn in a fixed-width font
// so ip:port lines up.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    HighlightDelegate(int markRole, int strengthRole, QObject *parent = nullptr);

    void setMonospaceColumns(const QSet<int> &columns) { m_monospace = columns; }
    // Rows that are no longer open are drawn greyed.
    void setOpenRole(int role) { m_openRole = role; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_markRole;
    int m_strengthRole;
    int m_openRole = -1;
    QSet<int> m_monospace;
};

} // namespace SocketScope
