#include "livetableview.h"

#include <QtCore/QElapsedTimer>
#include <QtWidgets/QHeaderView>

namespace SocketScope {

LiveTableView::LiveTableView(QWidget *parent)
    : QTableView(parent)
{
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, [this] {
        viewport()->update();
        if (!m_animating || !m_animating())
            m_frame.stop();
    });
    // Columns follow their contents, but at most twice a second: fitting reads every
    // visible cell, which must not happen per event under load.
    m_fit.setInterval(500);
    m_fit.setSingleShot(true);
    connect(&m_fit, &QTimer::timeout, this, &LiveTableView::fitColumns);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
}

void LiveTableView::setAnimating(std::function<bool()> animating)
{
    m_animating = std::move(animating);
}

void LiveTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &LiveTableView::wake);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_fit.isActive())
            m_fit.start(m_fitted ? 500 : 0);
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &LiveTableView::wake);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LiveTableView::wake);
}

void LiveTableView::wake()
{
    if (m_animating && m_animating() && !m_frame.isActive())
        m_frame.start();
}

void LiveTableView::paintEvent(QPaintEvent *event)
{
    QElapsedTimer timer;
    timer.start();
    QTableView::paintEvent(event);
    m_frame.setInterval(int(qBound(qint64(kFrameMs), 4 * timer.elapsed(), qint64(kMaxFrameMs))));
}

void LiveTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    if (m_fitWhenShown)
        m_fit.start(0);
}

void LiveTableView::fitColumns()
{
    // A hidden table has no rows on screen to fit to; it fits once shown.
    if (!isVisible() || !model()) {
        m_fitWhenShown = true;
        return;
    }
    m_fitWhenShown = false;
    const QHeaderView *header = horizontalHeader();
    const int rows = model()->rowCount(rootIndex());
    const int first = qMax(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = rows - 1;
    last = qMin(last, first + kMaxFitRows - 1);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int grid = showGrid() ? 1 : 0;
    for (int column = 0; column < header->count() - 1; ++column) {
        if (isColumnHidden(column))
            continue;
        int wanted = header->sectionSizeHint(column);
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = model()->index(row, column, rootIndex());
            wanted = qMax(wanted, itemDelegateForIndex(index)->sizeHint(option, index).width() + grid);
        }
        // Only ever widen, so columns do not jump back and forth while rows come and go.
        if (wanted > columnWidth(column))
            setColumnWidth(column, wanted);
    }
    m_fitted = true;
}

void LiveTableView::setScale(qreal scale)
{
    if (m_baseFontSize <= 0)
        m_baseFontSize = font().pointSizeF();
    QFont f = font();
    f.setPointSizeF(m_baseFontSize * scale);
    setFont(f);
    horizontalHeader()->setFont(f);
    verticalHeader()->setDefaultSectionSize(int(QFontMetrics(f).height() * 1.5));
    for (int column = 0; column < horizontalHeader()->count(); ++column)
        setColumnWidth(column, 0);
    fitColumns();
}

} // namespace SocketScope
