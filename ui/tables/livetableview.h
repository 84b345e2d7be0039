#pragma once

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtWidgets/QTableView>

#include <functional>

namespace SocketScope {

// A table that repaints on a timer only while its model still has something fading, and
// otherwise only when the model says something changed.
class LiveTableView : public QTableView
{
    Q_OBJECT

public:
    explicit LiveTableView(QWidget *parent = nullptr);

    void setAnimating(std::function<bool()> animating);
    void setModel(QAbstractItemModel *model) override;
    // Larger type and rows for presentation mode.
    void setScale(qreal scale);
    // The columns the view is about, which stay on screen: when they do not all fit, the widest
    // of them are cut short ("…", the whole text in the tooltip). The other columns follow and
    // are scrolled to. Without key columns every column keeps the width its contents want.
    void setKeyColumns(const QList<int> &columns);
    // Key columns that are cut only when the others are already down to a few letters (an
    // address, which says nothing once cut).
    void setWholeColumns(const QList<int> &columns);
    // A key column that may take `weight` times the common width before it is cut (a column
    // holding a sentence, such as why a socket failed).
    void setColumnWeight(int column, int weight);
    // A key column that steps aside (is hidden) where the key columns do not all fit whole, as
    // long as every row says the same in it (`same`, asked then) and no lesson names it: the
    // room goes to the columns that differ, and the owner says the one value elsewhere (the
    // table's title: "all TCP").
    void setYieldingColumn(int column, std::function<bool()> same);
    bool hasYielded() const;
    // The columns a lesson step names: they never step aside.
    void setNamedColumns(const QSet<int> &columns);
    // Fits the columns afresh (after a change of language, or a column shown again).
    void refit();

signals:
    void yieldedChanged(bool yielded);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Fitting measures at most this many rows, those on screen: every cell measured is laid out
    // as text, and Qt's own sizeHintForColumn() may read up to a thousand rows per column.
    static constexpr int kMaxFitRows = 40;
    // Fading rows repaint every kFrameMs, stretched so that painting takes at most a quarter of
    // the time when a frame is expensive (large type, many columns, a busy machine).
    static constexpr int kFrameMs = 40;
    static constexpr int kMaxFrameMs = 250;

    void wake();
    // Fits the columns soon (at once the first time), at most twice a second.
    void scheduleFit();

    void fitColumns();
    // Sets each column to the width it wants, the key columns cut short to fit the viewport.
    void applyWidths();
    // Hides or shows the yielding column, by whether the key columns fit whole with it.
    void placeYieldingColumn();
    // The width a column's short heading (ShortHeadingRole) needs in its section; 0 without one.
    int briefHeadingWidth(int column) const;
    // Rows one line tall, or two where a sentence column had to be cut, so its cells wrap.
    void setTwoLineRows(bool twoLines);
    // The width a cell needs on two lines at most, wrapped at its spaces (`whole`, its width on
    // one line, when it has none).
    int twoLineWidth(const QStyleOptionViewItem &option, const QModelIndex &index, int whole) const;
    // The width a column's heading asks for: on two lines when `mayWrap` and it has a space.
    int headingWidth(int column, bool mayWrap) const;
    // A header two lines tall while a heading is narrower than its text.
    void setTwoLineHeader(bool twoLines);

    QTimer m_frame;
    QTimer m_fit;
    std::function<bool()> m_animating;
    QList<int> m_keyColumns;
    QList<int> m_wholeColumns;
    QHash<int, int> m_weights; // key column -> weight; 1 when not listed
    int m_yielding = -1;
    std::function<bool()> m_yieldingSame;
    QSet<int> m_named;
    QList<int> m_wanted; // per column: the widest its contents have asked for so far
    QList<int> m_content; // per column: the widest of its cells so far, without the heading
    QList<int> m_twoLines; // per whole column: the widest of its cells on two lines so far
    QSet<int> m_userSized; // columns the user dragged to a width: left as they are
    bool m_applying = false;
    bool m_fitted = false;
    bool m_fitWhenShown = false;
    bool m_twoLineRows = false;
    bool m_rowHeightSet = false;
};

} // namespace SocketScope
