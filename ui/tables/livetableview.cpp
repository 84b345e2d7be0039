#include "livetableview.h"

#include "models/headingroles.h"
#include "tableheader.h"
#include "window/fontscale.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QScopedValueRollback>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QScrollBar>

#include <limits>

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
    setHorizontalHeader(new TableHeader(Qt::Horizontal, this));
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
    // A heading such as "Local address" may take two lines, so that its column is as wide as
    // the addresses under it, not as its heading: on a projector the addresses are the lesson.
    horizontalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    horizontalHeader()->setTextElideMode(Qt::ElideNone);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LiveTableView::scheduleFit);
    // A hidden column shown again comes back at its old width through the same signal (from
    // or to 0): that is not the user's choice, and such a column is fitted like the others.
    connect(
        horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int oldSize, int newSize) {
            if (!m_applying && oldSize > 0 && newSize > 0)
                m_userSized.insert(column);
        });
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
    // Rows arriving or leaving below a full screen change nothing on it, so they are not
    // measured (fitting reads the rows on screen): under load they come and go four times a
    // second, mostly out of view. They are fitted when scrolled to.
    const auto fitIfShown = [this](const QModelIndex &, int first) {
        const int lastShown = rowAt(viewport()->height() - 1);
        if (m_fitted && lastShown >= 0 && first > lastShown)
            return;
        scheduleFit();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, fitIfShown);
    connect(model, &QAbstractItemModel::rowsRemoved, this, fitIfShown);
    // A cell that changes its words on screen (the kernel's "ESTABLISHED" arriving after the
    // row, a socket's role or state) may need a wider column; fitted at most twice a second.
    connect(model, &QAbstractItemModel::dataChanged, this,
        [fitIfShown](const QModelIndex &topLeft) { fitIfShown({}, topLeft.row()); });
    connect(model, &QAbstractItemModel::dataChanged, this, &LiveTableView::wake);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LiveTableView::wake);
}

void LiveTableView::scheduleFit()
{
    if (!m_fit.isActive())
        m_fit.start(m_fitted ? 500 : 0);
}

void LiveTableView::wake()
{
    // A hidden table (another tab) draws nothing: its fades resume, already further on, when shown.
    if (isVisible() && m_animating && m_animating() && !m_frame.isActive())
        m_frame.start();
}

void LiveTableView::hideEvent(QHideEvent *event)
{
    QTableView::hideEvent(event);
    m_frame.stop();
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
    wake();
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
        // A column that stepped aside is still measured: whether it fits again depends on it.
        if (isColumnHidden(column) && column != m_yielding)
            continue;
        // A column that must read whole may still take two lines where its words allow it
        // ("203.0.113.1:8080 →" over "192.168.0.10:80").
        const bool whole = m_wholeColumns.contains(column);
        int content = 0;
        int twoLines = 0;
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = model()->index(row, column, rootIndex());
            const int cell = itemDelegateForIndex(index)->sizeHint(option, index).width();
            content = qMax(content, cell + grid);
            if (whole)
                twoLines = qMax(twoLines, twoLineWidth(option, index, cell) + grid);
        }
        const int wanted = qMax(content, headingWidth(column, m_keyColumns.contains(column)));
        // Only ever widen, so columns do not jump back and forth while rows come and go.
        if (m_wanted.size() <= column) {
            m_wanted.resize(column + 1, 0);
            m_content.resize(column + 1, 0);
            m_twoLines.resize(column + 1, 0);
        }
        m_wanted[column] = qMax(m_wanted.at(column), wanted);
        m_content[column] = qMax(m_content.at(column), content);
        m_twoLines[column] = qMax(m_twoLines.at(column), twoLines);
    }
    m_fitted = true;
    applyWidths();
}

void LiveTableView::placeYieldingColumn()
{
    const int count = horizontalHeader()->count() - 1;
    if (m_yielding < 0 || m_yielding >= count)
        return;
    const int room = viewport()->width();
    int whole = 0;
    for (const int column : std::as_const(m_keyColumns)) {
        if (column < count && (!isColumnHidden(column) || column == m_yielding) && column < m_wanted.size())
            whole += m_wanted.at(column);
    }
    const bool yield
        = room > 0 && whole > room && !m_named.contains(m_yielding) && m_yieldingSame && m_yieldingSame();
    if (yield == isColumnHidden(m_yielding))
        return;
    setColumnHidden(m_yielding, yield);
    emit yieldedChanged(yield);
}

void LiveTableView::applyWidths()
{
    placeYieldingColumn();
    const QHeaderView *header = horizontalHeader();
    const auto wantedOf = [this](int column) { return column < m_wanted.size() ? m_wanted.at(column) : 0; };
    // The key columns share the viewport: each gets what it wants up to a common cap, found by
    // halving, but never less than a few letters.
    int cap = std::numeric_limits<int>::max();
    const int floor = fontMetrics().horizontalAdvance(QStringLiteral("00000\u2026"));
    QList<int> keys;
    for (const int column : std::as_const(m_keyColumns)) {
        if (column < header->count() - 1 && !isColumnHidden(column) && wantedOf(column) > 0)
            keys << column;
    }
    // Columns that must read whole (an address: "127…8080" says nothing) keep their width
    // while the other key columns can still show a few letters; only then are they cut too.
    // Before the other columns' cells are cut, they give up what a second line saves.
    bool keepWhole = true;
    bool wrapWhole = false;
    // Whole columns a little too wide for the room give up only what is missing, shared in
    // proportion to their widths (1: none given up), rather than being cut down to the common
    // width of all the others ("192…080").
    double wholeShare = 1;
    const auto twoLinesOf = [this, &wantedOf](int column) {
        const int twoLines = column < m_twoLines.size() ? m_twoLines.at(column) : 0;
        return twoLines > 0 ? qMin(twoLines, wantedOf(column)) : wantedOf(column);
    };
    // The width a key column gets under the common cap `limit`.
    // What gives way first is a heading wider than the words under it ("Socket" over "#3",
    // "Protocol" over "TCP"): it is clipped, while every cell still reads whole ("accepted",
    // "ESTABLISHED" beside the workbench at 1024 px). Only when the cells themselves do not fit
    // are they cut ("…", the whole text in the tooltip), each column still at least as wide as
    // its heading on two lines where there is room for that after the whole columns.
    enum class Least { HeadingAndCells, Cells, Heading, Nothing };
    Least least = Least::HeadingAndCells;
    QHash<int, int> headings;
    // A heading clipped while the cells read whole still shows its short form ("#" for
    // "Socket") beside the sort arrow, where the model has one.
    QHash<int, int> briefs;
    for (const int column : std::as_const(keys)) {
        headings.insert(column, headingWidth(column, true));
        briefs.insert(column, briefHeadingWidth(column));
    }
    const auto contentOf
        = [this](int column) { return column < m_content.size() ? m_content.at(column) : 0; };
    const auto leastOf = [&](int column) -> qint64 {
        switch (least) {
        case Least::HeadingAndCells:
            return qMax(headings.value(column), contentOf(column));
        case Least::Cells:
            return qMax(contentOf(column), briefs.value(column));
        case Least::Heading:
            return headings.value(column);
        case Least::Nothing:
            break;
        }
        return 0;
    };
    // While every cell reads whole, the few letters a cut column keeps are not needed: a column
    // of "#3" under a clipped "Socket" may be narrower than that.
    const auto lowest = [&] { return least == Least::Cells ? 0 : floor; };
    const auto capped = [&](int column, int limit) {
        if (keepWhole && m_wholeColumns.contains(column)) {
            const int whole = wrapWhole ? twoLinesOf(column) : wantedOf(column);
            return wholeShare < 1 ? qMax(floor, int(whole * wholeShare)) : whole;
        }
        const qint64 share = qint64(qMax(limit, lowest())) * m_weights.value(column, 1);
        return int(qMin<qint64>(wantedOf(column), qMax<qint64>(share, leastOf(column))));
    };
    const auto total = [&](int limit) {
        int sum = 0;
        for (const int column : std::as_const(keys))
            sum += capped(column, limit);
        return sum;
    };
    const int room = viewport()->width();
    // Shrinks the whole columns by what the room lacks, the others at their least, if each then
    // keeps at least `share` of its width; says whether that was enough.
    const auto trimWhole = [&](double share) {
        wholeShare = 1;
        int whole = 0;
        for (const int column : std::as_const(keys)) {
            if (m_wholeColumns.contains(column))
                whole += capped(column, lowest());
        }
        const int others = total(lowest()) - whole;
        if (whole <= 0 || double(room - others) < share * whole)
            return false;
        wholeShare = double(room - others) / whole;
        return total(lowest()) <= room;
    };
    // An address a few letters short reads better than a state cut to "ESTAB…": before the
    // other columns' cells are cut, the whole columns give up a tenth at most.
    constexpr double kWholeGivesFirst = 0.9;
    for (const Least next : {Least::Cells, Least::Heading, Least::Nothing}) {
        if (room <= 0 || total(lowest()) <= room)
            break;
        if (next == Least::Heading) {
            wrapWhole = true;
            if (total(lowest()) <= room || trimWhole(kWholeGivesFirst))
                break;
            wholeShare = 1;
        }
        least = next;
    }
    // The others down to a few letters: the whole columns give up what is still missing, as
    // long as each keeps a few letters more than the others.
    if (room > 0 && total(lowest()) > room && !trimWhole(0)) {
        wholeShare = 1;
        keepWhole = false;
    }
    if (!keys.isEmpty() && room > 0 && total(cap) > room) {
        int low = lowest();
        int high = 0;
        for (const int column : std::as_const(keys))
            high = qMax(high, wantedOf(column));
        while (low < high) {
            const int middle = (low + high + 1) / 2;
            if (total(middle) <= room)
                low = middle;
            else
                high = middle - 1;
        }
        cap = low;
    }
    const QScopedValueRollback applying(m_applying, true);
    bool cut = false;
    bool wrappedHeading = false;
    for (int column = 0; column < header->count() - 1; ++column) {
        if (isColumnHidden(column) || wantedOf(column) <= 0 || m_userSized.contains(column))
            continue;
        const int width = m_keyColumns.contains(column) ? capped(column, cap) : wantedOf(column);
        wrappedHeading = wrappedHeading || width < header->sectionSizeHint(column);
        // Only a sentence column (weighted) gains from a second line: an address or a state
        // name has no place to break and would end in "…" on a taller row anyway.
        cut = cut || (width < wantedOf(column) && m_weights.value(column, 1) > 1)
            || (wrapWhole && keepWhole && m_wholeColumns.contains(column) && width < wantedOf(column)
                && twoLinesOf(column) < wantedOf(column)); // only where it has a place to break
        if (width != columnWidth(column))
            setColumnWidth(column, width);
    }
    setTwoLineRows(cut);
    setTwoLineHeader(wrappedHeading);
}

int LiveTableView::twoLineWidth(const QStyleOptionViewItem &option, const QModelIndex &index, int whole) const
{
    const QString text = index.data().toString();
    const int words = int(text.count(QLatin1Char(' '))) + 1;
    if (words < 2)
        return whole;
    // The delegate lays its text out as the cell will draw it (its own font), wrapped at spaces
    // to the width it is given: the narrowest width that still takes two lines at most.
    QAbstractItemDelegate *delegate = itemDelegateForIndex(index);
    QStyleOptionViewItem wrapped = option;
    wrapped.features |= QStyleOptionViewItem::WrapText;
    const auto heightAt = [&](int width) {
        wrapped.rect = QRect(0, 0, width, 1 << 16);
        return delegate->sizeHint(wrapped, index).height();
    };
    const int oneLine = heightAt(whole * 2);
    const int eachWord = heightAt(1);
    const double line = double(eachWord - oneLine) / (words - 1);
    if (line < 1)
        return whole;
    int low = 1;
    int high = whole;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (heightAt(middle) <= oneLine + line + 0.5)
            high = middle;
        else
            low = middle + 1;
    }
    wrapped.rect = QRect(0, 0, low, 1 << 16);
    return qMin(whole, delegate->sizeHint(wrapped, index).width());
}

int LiveTableView::headingWidth(int column, bool mayWrap) const
{
    const QHeaderView *header = horizontalHeader();
    const int whole = header->sectionSizeHint(column);
    if (!mayWrap || !model())
        return whole;
    const QString text = model()->headerData(column, Qt::Horizontal).toString();
    const QFontMetrics metrics = header->fontMetrics();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return whole;
    // On two lines a heading needs room for its longer half, split at the space nearest the middle.
    int best = metrics.horizontalAdvance(text);
    for (int at = 1; at < words.size(); ++at) {
        const int first = metrics.horizontalAdvance(words.mid(0, at).join(QLatin1Char(' ')));
        const int second = metrics.horizontalAdvance(words.mid(at).join(QLatin1Char(' ')));
        best = qMin(best, qMax(first, second));
    }
    return whole - metrics.horizontalAdvance(text) + best;
}

int LiveTableView::briefHeadingWidth(int column) const
{
    if (!model())
        return 0;
    const QString brief = model()->headerData(column, Qt::Horizontal, ShortHeadingRole).toString();
    if (brief.isEmpty())
        return 0;
    // The section's own room for margins and the sort arrow, around the short heading instead.
    const QFontMetrics metrics = horizontalHeader()->fontMetrics();
    const QString text = model()->headerData(column, Qt::Horizontal).toString();
    return horizontalHeader()->sectionSizeHint(column) - metrics.horizontalAdvance(text)
        + metrics.horizontalAdvance(brief);
}

void LiveTableView::setTwoLineHeader(bool twoLines)
{
    QHeaderView *header = horizontalHeader();
    const int height
        = twoLines ? header->fontMetrics().lineSpacing() * 2 + header->fontMetrics().height() / 2 : 0;
    if (header->minimumHeight() != height)
        header->setMinimumHeight(height);
}

void LiveTableView::setTwoLineRows(bool twoLines)
{
    // Where a sentence column cannot have its width (a 1024-pixel screen), its cells wrap onto
    // a second line instead of ending in "…": the app state of a failed socket ("failed:
    // address not available") reads whole. The rows grow to hold it.
    if (twoLines == m_twoLineRows && m_rowHeightSet)
        return;
    m_twoLineRows = twoLines;
    m_rowHeightSet = true;
    setWordWrap(twoLines);
    const int line = QFontMetrics(font()).lineSpacing();
    verticalHeader()->setDefaultSectionSize(
        twoLines ? line * 2 + line / 2 : int(QFontMetrics(font()).height() * 1.5));
}

void LiveTableView::setKeyColumns(const QList<int> &columns)
{
    m_keyColumns = columns;
    applyWidths();
}

void LiveTableView::setWholeColumns(const QList<int> &columns)
{
    m_wholeColumns = columns;
    applyWidths();
}

void LiveTableView::setColumnWeight(int column, int weight)
{
    m_weights.insert(column, qMax(1, weight));
    applyWidths();
}

void LiveTableView::setYieldingColumn(int column, std::function<bool()> same)
{
    m_yielding = column;
    m_yieldingSame = std::move(same);
    applyWidths();
}

bool LiveTableView::hasYielded() const
{
    return m_yielding >= 0 && isColumnHidden(m_yielding);
}

void LiveTableView::setNamedColumns(const QSet<int> &columns)
{
    if (columns == m_named)
        return;
    m_named = columns;
    applyWidths();
}

void LiveTableView::refit()
{
    m_wanted.clear();
    m_content.clear();
    m_twoLines.clear();
    fitColumns();
}

void LiveTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (!m_keyColumns.isEmpty() && m_fitted)
        applyWidths();
}

void LiveTableView::setScale(qreal scale)
{
    const QFont f = FontScale::scaled(this, scale);
    setFont(f);
    horizontalHeader()->setFont(f);
    m_rowHeightSet = false;
    setTwoLineRows(m_twoLineRows);
    m_userSized.clear();
    refit();
}

} // namespace SocketScope
