#pragma once

#include <QtWidgets/QHeaderView>

namespace SocketScope {

// A table's column headings, centred and on two lines where a column is narrow. Where a column
// is narrower than a word of its heading ("Socket" over "#3"), the heading starts at the
// column's left edge and ends in "…": centred and clipped at both sides, "ocke" made the
// table look scrolled sideways. A heading cut short says itself whole in its tooltip.
class TableHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit TableHeader(Qt::Orientation orientation, QWidget *parent = nullptr);

    // The heading as it is drawn in its section now, and how it is placed.
    QString shownText(int logicalIndex) const;
    Qt::Alignment shownAlignment(int logicalIndex) const;
    // The tooltip of a section: the model's own, after the whole heading where it is cut short.
    QString toolTipText(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;

private:
    // The width the heading's words have in the section, its sort arrow and margins aside.
    int labelWidth(int logicalIndex) const;
};

} // namespace SocketScope
