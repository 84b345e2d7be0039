#pragma once

#include <QtCore/QCache>
#include <QtCore/QSet>
#include <QtGui/QStaticText>
#include <QtWidgets/QStyledItemDelegate>

#include <functional>

namespace SocketScope {

// Paints the marks RowAnimation keeps: a new row glows green, a changed cell flashes amber,
// a leaving row turns red, each fading out. Endpoint columns are drawn in a fixed-width font
// so ip:port lines up. A live table repaints often under load and shaping the same addresses
// and numbers again each time was most of its cost: a plain text cell's laid-out text is kept.
//
// A lesson's spotlight is drawn on top, thick enough to be seen from the back of a classroom:
// a frame around a row, a band down a column, a frame around a single cell.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Spot : quint8 { NoSpot = 0, RowSpot = 1, ColumnSpot = 2, CellSpot = 4 };
    Q_DECLARE_FLAGS(Spots, Spot)
    // Says what a cell is part of; empty (the default) marks nothing.
    using Spotlight = std::function<Spots(const QModelIndex &index)>;

    // The model's roles for a row's mark and its strength; -1 for a view without marks.
    HighlightDelegate(int markRole, int strengthRole, QObject *parent = nullptr);

    // The caller repaints the view afterwards.
    void setSpotlight(Spotlight spotlight) { m_spotlight = std::move(spotlight); }
    Spots spotsOf(const QModelIndex &index) const { return m_spotlight ? m_spotlight(index) : Spots(); }

    void setMonospaceColumns(const QSet<int> &columns) { m_monospace = columns; }
    // Rows that are no longer open are drawn greyed.
    void setOpenRole(int role) { m_openRole = role; }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // A cell cut short ("…") shows its whole text in the tooltip, above what the model says of it.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintSpots(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, Spots spots) const;
    // The text of a cell laid out once for its font (and, when cut short, for its width).
    const QStaticText &laidOut(
        const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const;

    int m_markRole;
    int m_strengthRole;
    int m_openRole = -1;
    QSet<int> m_monospace;
    Spotlight m_spotlight;
    QFont m_fixedFont;
    mutable QCache<QString, QStaticText> m_laidOut {4096};
};

} // namespace SocketScope

Q_DECLARE_OPERATORS_FOR_FLAGS(SocketScope::HighlightDelegate::Spots)
