#include "comparewindow.h"

#include "comparelegend.h"
#include "comparemarks.h"
#include "comparetext.h"
#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelineview.h"
#include "window/theme.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtGui/QKeySequence>
#include <QtGui/QScreen>
#include <QtGui/QShortcut>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QSlider>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

// A live session is compared again this often while it grows...
constexpr int kLiveRefreshMs = 500;
// ...or less often, so that comparing again takes at most a tenth of the window's time: for
// sessions of a thousand connections one comparison with its list costs a few hundred ms
// (bench_compare), and every 500 ms it would have left the window little time to answer.
constexpr int kLiveShare = 10;
// A timeline's height at normal size for three lanes (58 px each), its ruler (24) and a
// legend of two rows (30 each); ui/timeline/timelinepainter.cpp draws them so.
constexpr qreal kThreeLanesAtNormalSize = 3 * 58 + 24 + 2 * 30;

} // namespace

CompareWindow::CompareWindow(
    const Journal *a, const QString &nameA, std::unique_ptr<Journal> b, const QString &nameB, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_journalB(std::move(b))
    , m_journalA(a)
    , m_nameA(nameA)
    , m_nameB(nameB)
    , m_layoutA(std::make_unique<TimelineLayout>(a))
    , m_layoutB(std::make_unique<TimelineLayout>(m_journalB.get()))
    , m_playbackA(new TimelinePlayback(this))
    , m_playbackB(new TimelinePlayback(this))
{
    setObjectName(QStringLiteral("compareWindow"));
    m_baseFont = font().pointSizeF();
    m_layoutA->update();
    m_layoutB->update();
    // The recording is whole: no receipt can come any more for a datagram still waiting.
    m_layoutB->settleDatagrams(std::numeric_limits<qint64>::max());
    for (TimelinePlayback *playback : {m_playbackA, m_playbackB})
        playback->setLive(false);
    m_playbackA->setItemCount(m_layoutA->itemCount());
    m_playbackB->setItemCount(m_layoutB->itemCount());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    // The two timelines take the whole height, one over the other (the user moves the line
    // between them); what the comparison says sits beside them and folds away. At 1024x768
    // in large type a row of its own above them left each timeline two lanes.
    auto *across = new QSplitter(Qt::Horizontal, this);
    m_across = across;
    auto *sides = new QSplitter(Qt::Vertical, across);
    m_sides = sides;
    sides->addWidget(buildSide(SessionDiff::Side::A));
    sides->addWidget(buildSide(SessionDiff::Side::B));
    sides->setChildrenCollapsible(false);
    auto *listPanel = new QWidget(across);
    m_listPanel = listPanel;
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *anchorRow = new QHBoxLayout;
    m_anchorLabel = new QLabel(listPanel);
    m_anchorLabel->setWordWrap(true);
    m_anchorBox = new QComboBox(listPanel);
    for (int i = 0; i < SessionDiff::kAnchorCount; ++i)
        m_anchorBox->addItem(QString(), i);
    m_anchorLabel->setBuddy(m_anchorBox);
    anchorRow->addWidget(m_anchorLabel, 1);
    anchorRow->addWidget(m_anchorBox);
    m_summary = new QLabel(listPanel);
    m_summary->setWordWrap(true);
    listLayout->addLayout(anchorRow);
    listLayout->addWidget(m_summary);
    m_listTitle = new QLabel(listPanel);
    QFont bold = m_listTitle->font();
    bold.setBold(true);
    m_listTitle->setFont(bold);
    m_missing = new QLabel(listPanel);
    m_missing->setWordWrap(true);
    Theme::followBannerStyle(m_missing, Theme::Role::Warning);
    m_list = new QListWidget(listPanel);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    // Wrapped lines are measured again when the list gets narrower or wider.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAlternatingRowColors(true);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_missing);
    listLayout->addWidget(m_list, 1);
    across->addWidget(sides);
    across->addWidget(listPanel);
    across->setStretchFactor(0, 3);
    across->setStretchFactor(1, 1);
    across->setSizes({760, 230});
    layout->addWidget(across, 1);
    buildControls();

    connect(m_anchorBox, &QComboBox::activated, this,
        [this](int index) { setAnchor(SessionDiff::Anchor(m_anchorBox->itemData(index).toInt())); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int index) {
        if (index >= 0 && index != m_picked)
            showDifference(index);
    });

    // A live session grows: it is read again and compared again (a replay finds nothing new).
    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(kLiveRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, &CompareWindow::onLiveTick);
    m_liveTimer->start();

    retranslate();
    compare();
    // Most of the screen: two timelines and a list need the room, on a projector too.
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    resize(qMin(screen.width() * 92 / 100, 1600), qMin(screen.height() * 90 / 100, 1000));
    move(screen.center() - rect().center());
}

CompareWindow::~CompareWindow() = default;

QWidget *CompareWindow::buildSide(SessionDiff::Side side)
{
    const bool a = side == SessionDiff::Side::A;
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *title = new QLabel(box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setTextFormat(Qt::PlainText);
    auto *view = new TimelineView(a ? m_layoutA.get() : m_layoutB.get(), a ? m_playbackA : m_playbackB, box);
    view->layoutChanged();
    auto *marks = new CompareMarks(view, a ? m_layoutA.get() : m_layoutB.get());
    // What the marks mean, beside each timeline: the two may be far apart on a projector.
    auto *legend = new CompareLegend(box);
    legend->setObjectName(a ? QStringLiteral("legendA") : QStringLiteral("legendB"));
    auto *heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addWidget(legend, 1);
    layout->addLayout(heading);
    layout->addWidget(view, 1);
    (a ? m_titleA : m_titleB) = title;
    (a ? m_viewA : m_viewB) = view;
    (a ? m_marksA : m_marksB) = marks;
    return box;
}

void CompareWindow::buildControls()
{
    auto *bar = new QHBoxLayout;
    const auto button = [this, bar](QStyle::StandardPixmap icon, auto slot) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    m_start = button(QStyle::SP_MediaSkipBackward, [this] { setRow(0); });
    m_back = button(QStyle::SP_MediaSeekBackward, [this] { setRow(m_row - 1); });
    m_forward = button(QStyle::SP_MediaSeekForward, [this] { setRow(m_row + 1); });
    m_end = button(QStyle::SP_MediaSkipForward, [this] { setRow(qsizetype(m_diff->rows().size())); });
    m_scrub = new QSlider(Qt::Horizontal, this);
    connect(m_scrub, &QSlider::valueChanged, this, [this](int value) { setRow(value); });
    bar->addWidget(m_scrub, 1);
    m_position = new QLabel(this);
    bar->addWidget(m_position);
    // The list of differences folds away, and the timelines get its width.
    m_listToggle = new QToolButton(this);
    m_listToggle->setCheckable(true);
    m_listToggle->setChecked(true);
    m_listToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_listToggle, &QToolButton::toggled, m_listPanel, &QWidget::setVisible);
    bar->addWidget(m_listToggle);
    layout()->addItem(bar);

    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_Right), [this] { setRow(m_row + 1); });
    key(QKeySequence(Qt::Key_Left), [this] { setRow(m_row - 1); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { setRow(m_row + 10); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { setRow(m_row - 10); });
    key(QKeySequence(Qt::Key_Home), [this] { setRow(0); });
    key(QKeySequence(Qt::Key_End), [this] { setRow(qsizetype(m_diff->rows().size())); });
}

TimelineView *CompareWindow::view(SessionDiff::Side side) const
{
    return side == SessionDiff::Side::A ? m_viewA : m_viewB;
}

TimelinePlayback *CompareWindow::playback(SessionDiff::Side side) const
{
    return side == SessionDiff::Side::A ? m_playbackA : m_playbackB;
}

const CompareMarks *CompareWindow::marks(SessionDiff::Side side) const
{
    return side == SessionDiff::Side::A ? m_marksA : m_marksB;
}

void CompareWindow::setAnchor(SessionDiff::Anchor anchor)
{
    if (anchor == m_anchor)
        return;
    m_anchor = anchor;
    m_row = 0;
    compare();
}

void CompareWindow::compare(bool grown)
{
    QElapsedTimer cost;
    cost.start();
    grown = grown && m_diff && m_diff->anchor() == m_anchor;
    if (grown)
        m_diff->update(*m_layoutA, *m_layoutB);
    else
        m_diff = std::make_unique<SessionDiff>(*m_layoutA, *m_layoutB, m_anchor);
    const auto rows = qsizetype(m_diff->rows().size());
    m_row = qBound<qsizetype>(0, m_row, rows);
    // The difference marked is the one on the row the playhead stands after, as setRow says.
    m_picked = m_row > 0 ? m_diff->rows()[size_t(m_row - 1)].difference : -1;
    m_anchorBox->setCurrentIndex(m_anchorBox->findData(int(m_anchor)));

    updateList(!grown);
    m_marksFresh = false;
    const QString missing = CompareText::missingAnchor(*m_diff);
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_listToggle->setText(tr("Differences (%1)").arg(m_diff->differences().size()));
    m_summary->setText(tr("%n difference(s)", "", int(m_diff->differences().size()))
        + QStringLiteral(" \u00b7 ")
        + tr("%1 steps in A, %2 in B from each one's %3")
              .arg(m_diff->stepsCompared(SessionDiff::Side::A))
              .arg(m_diff->stepsCompared(SessionDiff::Side::B))
              .arg(CompareText::anchor(m_anchor)));
    const QSignalBlocker blockScrub(m_scrub);
    m_scrub->setRange(0, int(qMin<qsizetype>(rows, INT_MAX)));
    sync();
    const qint64 spent = cost.elapsed();
    m_liveTimer->setInterval(int(qBound(qint64(kLiveRefreshMs), spent * kLiveShare, qint64(60'000))));
}

void CompareWindow::updateList(bool anew)
{
    const QSignalBlocker blockList(m_list);
    // A timeline that read its session again has new numbers for its lanes and items.
    anew = anew || m_layoutA->rereads() != m_listRereadsA || m_layoutB->rereads() != m_listRereadsB;
    m_listRereadsA = m_layoutA->rereads();
    m_listRereadsB = m_layoutB->rereads();
    if (anew) {
        m_list->clear();
        m_lineSources.clear();
    }
    const auto differences = int(qMin<qsizetype>(qsizetype(m_diff->differences().size()), INT_MAX));
    // Grown, most lines say what they said before: they are left alone, so the list writes,
    // measures and lays out only the lines that changed or came new.
    for (int i = 0; i < differences; ++i) {
        const LineSource source = lineSource(m_diff->differences()[size_t(i)]);
        // "accept() -> #4" names the socket accept() made, which a live timeline may read
        // after the call: written again each time (one line per connection at most).
        const bool accepts = [&] {
            for (const std::optional<SessionDiff::Step> &step : {source.a, source.b}) {
                if (step && step->kind == SessionDiff::StepKind::Call
                    && step->code == quint8(EventKind::Accepted))
                    return true;
            }
            return false;
        }();
        if (!accepts && size_t(i) < m_lineSources.size() && m_lineSources[size_t(i)] == source)
            continue;
        const QString text = CompareText::difference(*m_diff, i, *m_layoutA, *m_layoutB);
        if (i >= m_list->count()) {
            m_list->addItem(text);
            m_lineSources.push_back(source);
        } else {
            if (m_list->item(i)->text() != text)
                m_list->item(i)->setText(text);
            m_lineSources[size_t(i)] = source;
        }
    }
    while (m_list->count() > differences)
        delete m_list->takeItem(m_list->count() - 1);
    m_lineSources.resize(size_t(differences));
}

CompareWindow::LineSource CompareWindow::lineSource(const SessionDiff::Difference &difference) const
{
    const SessionDiff::Row &row = m_diff->rows()[size_t(difference.row)];
    const auto translated = [](const TimelineLayout &layout, const std::optional<SessionDiff::Step> &step) {
        quint8 bits = 0;
        if (!step)
            return bits;
        const auto lanes = LaneId(layout.lanes().size());
        if (step->lane >= 0 && step->lane < lanes && layout.lane(step->lane).translated)
            bits |= 1;
        if (step->toLane >= 0 && step->toLane < lanes && layout.lane(step->toLane).translated)
            bits |= 2;
        return bits;
    };
    return {difference.kind, row.a, row.b, translated(*m_layoutA, row.a), translated(*m_layoutB, row.b)};
}

void CompareWindow::updateMarks()
{
    if (m_marksFresh)
        return;
    m_marksFresh = true;
    std::vector<CompareMarks::Mark> marksA;
    std::vector<CompareMarks::Mark> marksB;
    for (const SessionDiff::Difference &d : m_diff->differences()) {
        const SessionDiff::Row &r = m_diff->rows()[size_t(d.row)];
        // A row with one side only is a step only that side has; with both, they differ.
        const bool onlyHere = !(r.a && r.b);
        if (r.a)
            marksA.push_back({r.a->item, r.a->lane, r.a->toLane, onlyHere});
        if (r.b)
            marksB.push_back({r.b->item, r.b->lane, r.b->toLane, onlyHere});
    }
    m_marksA->setMarks(std::move(marksA), m_marksA->picked());
    m_marksB->setMarks(std::move(marksB), m_marksB->picked());
}

int CompareWindow::liveRefreshInterval() const
{
    return m_liveTimer->interval();
}

void CompareWindow::onLiveTick()
{
    // Hidden (minimised, or behind the main window's tab), it catches up when seen again.
    if (!isVisible())
        return;
    catchUp();
}

bool CompareWindow::catchUp()
{
    if (!m_layoutA->update())
        return false;
    m_viewA->layoutChanged();
    m_playbackA->setItemCount(m_layoutA->itemCount());
    compare(true);
    return true;
}

void CompareWindow::setRow(qsizetype row)
{
    m_row = qBound<qsizetype>(0, row, qsizetype(m_diff->rows().size()));
    // The difference just walked onto is the one marked; stepping on past it lets it go.
    m_picked = m_row > 0 ? m_diff->rows()[size_t(m_row - 1)].difference : -1;
    sync();
}

void CompareWindow::showDifference(qsizetype index)
{
    if (index < 0 || index >= qsizetype(m_diff->differences().size()))
        return;
    setRow(m_diff->differences()[size_t(index)].row + 1);
}

void CompareWindow::sync()
{
    const auto rows = qsizetype(m_diff->rows().size());
    m_playbackA->seek(double(m_diff->itemsShownAfter(SessionDiff::Side::A, m_row)));
    m_playbackB->seek(double(m_diff->itemsShownAfter(SessionDiff::Side::B, m_row)));
    {
        const QSignalBlocker block(m_scrub);
        m_scrub->setValue(int(qMin<qsizetype>(m_row, INT_MAX)));
    }
    m_position->setText(tr("step %1 of %2").arg(m_row).arg(rows));
    m_start->setEnabled(m_row > 0);
    m_back->setEnabled(m_row > 0);
    m_forward->setEnabled(m_row < rows);
    m_end->setEnabled(m_row < rows);

    // The marks are made again only when the diff changed; stepping moves only the one picked.
    updateMarks();
    const auto markOf = [](const std::optional<SessionDiff::Step> &step, const SessionDiff::Row &row) {
        return step ? CompareMarks::Mark {step->item, step->lane, step->toLane, !(row.a && row.b)}
                    : CompareMarks::Mark {};
    };
    CompareMarks::Mark pickedA;
    CompareMarks::Mark pickedB;
    if (m_picked >= 0) {
        const SessionDiff::Row &r = m_diff->rows()[size_t(m_diff->differences()[size_t(m_picked)].row)];
        pickedA = markOf(r.a, r);
        pickedB = markOf(r.b, r);
    }
    m_marksA->setPicked(pickedA);
    m_marksB->setPicked(pickedB);
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(int(m_picked));
    if (m_picked >= 0)
        m_list->scrollToItem(m_list->item(int(m_picked)));
}

void CompareWindow::setPresentationScale(qreal scale)
{
    m_scale = scale;
    QFont f = font();
    if (m_baseFont > 0)
        f.setPointSizeF(m_baseFont * scale);
    setFont(f);
    // On a projector every pixel counts: the whole screen, as the main window takes it, and
    // the timelines before the list, which waits behind its button.
    if (scale > 1) {
        if (isVisible())
            showFullScreen();
        else
            setWindowState(windowState() | Qt::WindowFullScreen);
        m_listToggle->setChecked(false);
        m_across->setSizes({4 * width() / 5, width() / 5});
    } else if (windowState() & Qt::WindowFullScreen) {
        setWindowState(windowState() & ~Qt::WindowFullScreen);
        m_listToggle->setChecked(true);
    }
    fitTimelines();
    // The list measures its wrapped lines again in the new type.
    compare();
}

void CompareWindow::fitTimelines()
{
    // In large type a lane is tall (58 px at normal size, times the scale) and two timelines
    // share the screen's height: each would show two lanes at 768 px. The timelines' type
    // grows only as far as three lanes, the ruler and the legend still fit in each; the
    // words around them keep the projector's size.
    for (TimelineView *view : {m_viewA, m_viewB}) {
        const qreal fits = qreal(view->height()) / kThreeLanesAtNormalSize;
        const qreal scale = m_scale > 1 ? qBound<qreal>(1, fits, m_scale) : m_scale;
        if (!qFuzzyCompare(view->property("compareScale").toReal(), scale)) {
            view->setProperty("compareScale", scale);
            view->setPresentationScale(scale);
        }
    }
}

void CompareWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The views have their new heights once the layout has run, after this event.
    QTimer::singleShot(0, this, &CompareWindow::fitTimelines);
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        compare();
    }
    QWidget::changeEvent(event);
}

void CompareWindow::retranslate()
{
    setWindowTitle(tr("Compare: %1 and %2").arg(m_nameA, m_nameB));
    m_titleA->setText(tr("A: %1").arg(m_nameA));
    m_titleB->setText(tr("B: %1").arg(m_nameB));
    m_anchorLabel->setText(tr("&Line up at each one's"));
    for (int i = 0; i < m_anchorBox->count(); ++i)
        m_anchorBox->setItemText(
            i, CompareText::anchor(SessionDiff::Anchor(m_anchorBox->itemData(i).toInt())));
    m_anchorBox->setToolTip(tr("The event where both sessions start side by side"));
    m_listTitle->setText(tr("Differences"));
    m_listTitle->setToolTip(tr("Framed in both timelines. Pick one to move both timelines to it."));
    m_list->setAccessibleName(tr("Differences"));
    m_start->setToolTip(tr("To the start (Home)"));
    m_back->setToolTip(tr("One step back (Left; Shift+Left for ten)"));
    m_forward->setToolTip(tr("One step forward (Right; Shift+Right for ten)"));
    m_end->setToolTip(tr("To the end (End)"));
    m_scrub->setAccessibleName(tr("Playhead of both timelines"));
    m_listToggle->setToolTip(
        tr("Show or hide the list of differences and where the two sessions are lined up"));
}

} // namespace SocketScope
