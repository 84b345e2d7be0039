#include "timelinepanel.h"

#include "journal/journal.h"
#include "models/journalfollower.h"
#include "models/labels.h"
#include "network/labtopology.h"
#include "playbackbar.h"
#include "tcpinfostrips.h"
#include "tcpstatediagram.h"
#include "timeline/timelinelayout.h"
#include "timelineexporter.h"
#include "timelineplayback.h"
#include "timelinetext.h"
#include "timelineview.h"

#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtGui/QFontMetricsF>
#include <QtGui/QIcon>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMenu>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

namespace SocketScope {

TimelinePanel::TimelinePanel(Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_layout(std::make_unique<TimelineLayout>(journal))
    , m_playback(new TimelinePlayback(this))
{
    m_view = new TimelineView(m_layout.get(), m_playback, this);
    m_bar = new PlaybackBar(m_playback, m_view, this);
    m_diagram = new TcpStateDiagram(this);
    // Its size must not hold the window larger than the screen: fitDiagram() gives it room or
    // hides it instead.
    m_diagram->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    // The state machine stands beside the timeline; the playback bar runs below both. Beside
    // the timeline only, the bar's controls were the least width of that side, and at 1024
    // pixels with a lesson docked they left the drawing a few pixels to spare.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_diagram);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setSizes({1200, 340});

    auto *panel = new QVBoxLayout(this);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->setSpacing(0);
    panel->addWidget(m_splitter, 1);
    panel->addWidget(m_bar);
    m_fitDiagram = new QTimer(this);
    m_fitDiagram->setSingleShot(true);
    m_fitDiagram->setInterval(0);
    connect(m_fitDiagram, &QTimer::timeout, this, &TimelinePanel::fitDiagram);
    connect(m_diagram, &TcpStateDiagram::lessonStatesChanged, m_fitDiagram, qOverload<>(&QTimer::start));

    // The corner above the lane heads, beside the ruler, is free: the label switches go there.
    m_labelsButton = new QToolButton(m_view);
    m_labelsButton->setObjectName(QStringLiteral("labelOptions"));
    m_labelsButton->setAutoRaise(true);
    m_labelsButton->setPopupMode(QToolButton::InstantPopup);
    m_labelsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *labelsMenu = new QMenu(m_labelsButton);
    m_absoluteNumbers = labelsMenu->addAction(QString());
    m_absoluteNumbers->setCheckable(true);
    m_showWindow = labelsMenu->addAction(QString());
    m_showWindow->setCheckable(true);
    m_labelsButton->setMenu(labelsMenu);
    m_labelsButton->move(2, 0);
    connect(m_absoluteNumbers, &QAction::toggled, this, &TimelinePanel::applyLabelOptions);
    connect(m_showWindow, &QAction::toggled, this, &TimelinePanel::applyLabelOptions);
    m_stripsButton = new QToolButton(m_view);
    m_stripsButton->setObjectName(QStringLiteral("kernelNumbers"));
    m_stripsButton->setAutoRaise(true);
    m_stripsButton->setCheckable(true);
    m_stripsButton->setChecked(true);
    // The switch is the strips' key: each number's name in its colour, one line for them all.
    m_stripsButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_stripsButton->hide();
    connect(m_stripsButton, &QToolButton::toggled, m_view, &TimelineView::setStripsShown);
    m_diagramButton = new QToolButton(m_view);
    m_diagramButton->setObjectName(QStringLiteral("showStateMachine"));
    m_diagramButton->setCheckable(true);
    m_diagramButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Over the ruler's right end: a background of its own, so the step numbers under it do
    // not show through.
    m_diagramButton->setAutoFillBackground(true);
    m_diagramButton->hide();
    connect(m_diagramButton, &QToolButton::toggled, m_fitDiagram, qOverload<>(&QTimer::start));
    m_view->installEventFilter(this);
    retranslate();

    connect(m_view, &TimelineView::laneSelected, this, &TimelinePanel::onLaneSelected);
    connect(m_playback, &TimelinePlayback::positionChanged, this, &TimelinePanel::updateStateDiagram);
    connect(m_bar, &PlaybackBar::exportRequested, this, &TimelinePanel::askExport);

    // A datagram nobody journalled once the journal has been quiet for the whole window will
    // never arrive: that is when its arrow shows "not received".
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(int(TimelineLayout::kDatagramWindowNs / 1'000'000));
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (m_layout->settleDatagrams(std::numeric_limits<qint64>::max()))
            m_view->layoutChanged();
    });

    m_layout->setHoldBack(kHoldBackNs);
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    m_flush->setInterval(int(kHoldBackNs / 1'000'000));
    connect(m_flush, &QTimer::timeout, this, [this] { onAppended(true); });

    // Batches bursts of events, so a flood costs one layout pass per batch.
    // Behind another tab a flood is not read until the timeline is shown again (reading it
    // was a tenth of the window's work under load); a few events are, so a socket picked in
    // the tables finds its lane.
    m_follower = new JournalFollower(
        journal,
        [this](qsizetype first, qsizetype last) {
            if (!isVisible() && (m_stale || last - first >= JournalFollower::kBusyBatch)) {
                m_stale = true;
                return;
            }
            onAppended();
        },
        this);
    m_follower->catchUp();
    // A journal that is already there (a replay) is drawn whole at once.
    onAppended(true);
    updateStateDiagram();
}

TimelinePanel::~TimelinePanel()
{
    // The view and the playback read the layout: they go first.
    delete m_follower;
    delete m_splitter; // holds the view and the bar
}

void TimelinePanel::onAppended(bool flush)
{
    // Picked events are kept by what they are: a re-read numbers the items anew.
    const quint64 rereads = m_layout->rereads();
    const auto [first, second] = m_view->pickedItems();
    const TimelineLayout::ItemKey firstKey = m_layout->keyOf(first);
    const TimelineLayout::ItemKey secondKey = m_layout->keyOf(second);
    const bool changed = flush ? m_layout->flush() : m_layout->update();
    if (m_view->readStrips()) {
        if (m_view->strips().anyResent() != m_keyResent)
            updateStripsKey();
        m_stripsButton->show();
    }
    if (m_layout->hasUnread() && !m_flush->isActive())
        m_flush->start();
    if (!changed)
        return;
    if (m_layout->hasPendingDatagrams())
        m_settle->start();
    m_playback->setItemCount(m_layout->itemCount());
    // Behind another tab nobody sees the newest events appear one by one: following jumps
    // straight to them, so a flood costs one step per batch, not a frame every 16 ms.
    if (!isVisible() && m_playback->isLive())
        m_playback->toEnd();
    m_view->layoutChanged();
    if (m_layout->rereads() != rereads && first >= 0) {
        const qsizetype again = m_layout->itemOf(firstKey);
        m_view->pickItems(again, again >= 0 ? m_layout->itemOf(secondKey) : -1);
    }
    // A socket selected before its lane existed (the window selects the first socket as soon as
    // it opens, before the layout has read it) is selected once the lane is there.
    // Lanes are numbered anew when the layout reads again: the socket stays selected.
    if (m_wantedSocket >= 0) {
        const LaneId wanted = m_layout->laneOfSocket(m_wantedSocket);
        if (wanted >= 0 && wanted != m_view->selectedLane())
            m_view->setSelectedLane(wanted);
    }
    updateStateDiagram();
}

void TimelinePanel::setLabTopology(const LabTopology &topology)
{
    if (!m_layout->setLabBroadcastAddresses(BroadcastAddresses::ofLab(topology)))
        return;
    // Read again with what is known now; the follower only calls when events arrive.
    onAppended();
}

void TimelinePanel::selectSocket(qint32 id)
{
    m_wantedSocket = id;
    m_view->setSelectedLane(id < 0 ? LaneId(-1) : m_layout->laneOfSocket(id));
    updateStateDiagram();
}

void TimelinePanel::onLaneSelected(LaneId lane)
{
    m_wantedSocket = lane >= 0 ? m_layout->lane(lane).socket : -1;
    updateStateDiagram();
    if (lane >= 0 && m_layout->lane(lane).socket >= 0)
        emit socketSelected(m_layout->lane(lane).socket);
}

void TimelinePanel::updateStateDiagram()
{
    const LaneId lane = m_view->selectedLane();
    const qsizetype step = m_playback->reveal().count - 1;
    if (lane < 0 || size_t(lane) >= m_layout->lanes().size()) {
        m_diagram->setStates(TcpState::Unknown, TcpState::Unknown, QString(), QString());
        return;
    }
    const TimelineLane &self = m_layout->lane(lane);
    if (self.proto == Protocol::Udp) {
        m_diagram->setStates(TcpState::Unknown, TcpState::Unknown, TimelineText::laneRole(self), QString());
        return;
    }
    LaneId peer = self.peer;
    // Before accept() a client's other end is still in the listener's queue.
    if (peer < 0)
        peer = self.listener;
    // Lit: what the arrows so far imply; the kernel's polled word is named beside it.
    const auto describe = [&](LaneId id, TcpState *lit) {
        const TcpState implied = m_layout->impliedStateAt(id, step);
        const TcpState kernel = m_layout->stateAt(id, step);
        *lit = implied != TcpState::Unknown ? implied : kernel;
        QString name = TimelineText::laneRole(m_layout->lane(id));
        if (kernel != TcpState::Unknown && kernel != implied)
            name = tr("%1 (kernel said %2)", "state machine key").arg(name, Labels::kernelState(kernel));
        return name;
    };
    TcpState selfState = TcpState::Unknown;
    TcpState peerState = TcpState::Unknown;
    const QString selfName = describe(lane, &selfState);
    const QString peerName = peer >= 0 ? describe(peer, &peerState) : QString();
    m_diagram->setStates(selfState, peerState, selfName, peerName);
}

void TimelinePanel::setPresentationScale(qreal scale)
{
    m_scale = scale;
    m_view->setPresentationScale(scale);
    m_diagram->setPresentationScale(scale);
    m_bar->setPresentationScale(scale);
    m_fitDiagram->start();
    // The corner's switches in the lane heads' type.
    QFont corner = font();
    corner.setPointSizeF(corner.pointSizeF() * scale);
    m_labelsButton->setFont(corner);
    m_stripsButton->setFont(corner);
    m_diagramButton->setFont(corner);
    retranslate();
}

void TimelinePanel::updateStripsKey()
{
    m_keyResent = m_view->strips().anyResent();
    const QFont font = m_stripsButton->font();
    const QFontMetricsF metrics(font);
    const qreal dpr = devicePixelRatioF();
    const QSizeF size(TcpInfoStrips::keyWidth(font, m_keyResent), metrics.height());
    QPixmap picture((size * dpr).toSize());
    picture.setDevicePixelRatio(dpr);
    picture.fill(Qt::transparent);
    {
        QPainter p(&picture);
        TcpInfoStrips::paintKeyLine(p, QPointF(0, metrics.ascent()), font, palette(), m_keyResent);
    }
    m_stripsButton->setIcon(QIcon(picture));
    m_stripsButton->setIconSize(size.toSize());
    m_stripsButton->adjustSize();
    m_stripsButton->move(m_labelsButton->geometry().right() + 4, 0);
}

void TimelinePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_fitDiagram->start();
}

int TimelinePanel::diagramWidthForLabels(int height, int least) const
{
    // From the width the boxes need, a few pixels at a time: the first width at which every
    // transition's label lies inside the drawing and off the boxes.
    const int most = least * 3 / 2;
    for (int width = least; width < most; width += 4) {
        const TcpStateDiagram::Layout layout
            = TcpStateDiagram::layoutFor(QSizeF(width, height), m_diagram->font(), m_diagram->maxScale());
        const QRectF inside(0, 0, width, height);
        const bool clear = std::all_of(layout.edges.cbegin(), layout.edges.cend(), [&](const auto &edge) {
            return inside.contains(edge.labelRect)
                && std::none_of(layout.boxes.cbegin(), layout.boxes.cend(),
                    [&](const QRectF &box) { return box.intersects(edge.labelRect); });
        });
        if (clear)
            return width;
    }
    return most;
}

void TimelinePanel::fitDiagram()
{
    const int height = m_splitter->height();
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int room = total - m_view->minimumSizeHint().width();
    const int current = m_diagram->isHidden() ? 0 : m_splitter->sizes().value(1);
    // Where there is room it stands beside the timeline at a size that reads (presenting, no
    // smaller than the large type).
    const bool roomy = (m_scale <= 1 || height >= TcpStateDiagram::kNaturalHeight)
        && room >= TcpStateDiagram::kNaturalWidth + 180;
    // Beside a lesson on a small screen, or on a projector, there is not: while the lesson's
    // step names a state, the state machine comes anyway, as large as the height allows, and
    // the timeline gives up that width, so the lit state shows.
    const bool named = !m_diagram->lessonStates().isEmpty();
    const int needed = m_diagram->widthForDrawing(height);
    // The drawing is what the class reads: the width its boxes need at its height and some
    // to spare, or more where a transition's label would not fit inside (the labels are
    // wider in Korean type), up to half the panel.
    const int wanted = std::min({std::max(needed + needed / 12, diagramWidthForLabels(height, needed)),
        std::max(needed, total / 2), room});
    // Presenting, where the drawing at that width would leave the plot too narrow to follow a
    // connection, it folds away behind its switch.
    const double plotBeside = total - wanted - m_view->painter().headWidth();
    m_diagramFolded = m_scale > 1 && !named && plotBeside < kLeastPlotShare * total;
    m_diagramButton->setVisible(m_diagramFolded);
    placeDiagramButton();
    const bool asked = m_diagramFolded && m_diagramButton->isChecked();
    m_diagram->setVisible(m_diagramFolded ? asked && room >= needed : roomy || (named && room >= needed));
    if (m_diagram->isHidden())
        return;
    if (m_scale > 1 || named) {
        if (current >= wanted)
            return;
        if (m_diagramWidthBeforeClaim <= 0)
            m_diagramWidthBeforeClaim = current;
        m_splitter->setSizes({total - wanted, wanted});
        return;
    }
    // No longer presenting, no state named: the width taken goes back to the timeline.
    if (m_diagramWidthBeforeClaim > 0 && current > m_diagramWidthBeforeClaim)
        m_splitter->setSizes({total - m_diagramWidthBeforeClaim, m_diagramWidthBeforeClaim});
    m_diagramWidthBeforeClaim = 0;
}

void TimelinePanel::placeDiagramButton()
{
    if (m_diagramButton->isHidden()) {
        m_view->setRulerCover(0);
        return;
    }
    m_diagramButton->adjustSize();
    m_diagramButton->move(m_view->width() - m_diagramButton->width() - 2, 0);
    m_diagramButton->raise();
    m_view->setRulerCover(m_diagramButton->width() + 2);
}

bool TimelinePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        placeDiagramButton();
    return QWidget::eventFilter(watched, event);
}

bool TimelinePanel::exportTimeline(const QString &path, bool visibleOnly, QString *error) const
{
    TimelineExporter::Options options;
    options.palette = m_view->palette();
    options.scale = m_scale;
    if (visibleOnly) {
        options.view = &m_view->mapper();
        options.viewWidth = m_view->width();
        options.viewHeight = m_view->height();
        options.revealed = m_playback->reveal().count;
    }
    return TimelineExporter::exportLayout(*m_layout, path, options, error);
}

void TimelinePanel::askExport(bool visibleOnly)
{
    const QString filter
        = tr("SVG picture (*.svg);;PNG picture (*.png);;Mermaid diagram (*.mmd);;PlantUML diagram (*.puml)");
    QString path = QFileDialog::getSaveFileName(
        this, visibleOnly ? tr("Export the visible part") : tr("Export the timeline"), QString(), filter);
    if (path.isEmpty())
        return;
    if (TimelineExporter::formatOf(path) == TimelineExporter::Format::Unknown)
        path += QStringLiteral(".svg");
    QString error;
    if (exportTimeline(path, visibleOnly, &error))
        emit message(tr("Timeline written to %1").arg(path), false);
    else
        emit message(error, true);
}

void TimelinePanel::applyLabelOptions()
{
    TimelinePainter::LabelOptions options;
    options.absoluteNumbers = m_absoluteNumbers->isChecked();
    options.window = m_showWindow->isChecked();
    m_view->setLabelOptions(options);
}

void TimelinePanel::retranslate()
{
    m_labelsButton->setText(tr("Labels", "menu of what the arrow labels show"));
    m_labelsButton->setToolTip(tr("What the arrow labels show besides the packet's name"));
    m_absoluteNumbers->setText(tr("Sequence numbers as sent (not counted from 0)"));
    m_absoluteNumbers->setToolTip(tr("By default each side's numbers start at 0, as Wireshark shows them. "
                                     "Switch this on to see the random starting numbers the kernels chose."));
    m_showWindow->setText(tr("Window size (how much more the receiver can take)"));
    m_labelsButton->adjustSize();
    m_stripsButton->setText(tr("Kernel numbers", "switch for the strips under the TCP lanes"));
    m_stripsButton->setAccessibleName(m_stripsButton->text());
    m_stripsButton->setToolTip(
        tr("Under each TCP lane, what the kernel reports: the congestion window (cwnd), the bytes "
           "in flight (sent, not yet acknowledged) and the round-trip time (RTT). A red cross marks "
           "a segment sent again. Click to hide or show them."));
    updateStripsKey();
    m_diagramButton->setText(
        tr("State machine", "switch that shows the TCP state machine beside the timeline"));
    m_diagramButton->setToolTip(tr("Show or hide the TCP state machine. On a narrow screen it steps aside "
                                   "so the timeline has room."));
    placeDiagramButton();
}

void TimelinePanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        if (m_playback->isPlaying())
            m_playback->pause();
        else
            m_playback->play();
        break;
    case Qt::Key_Period:
        m_playback->stepForward();
        break;
    case Qt::Key_Comma:
        m_playback->stepBack();
        break;
    case Qt::Key_Home:
        m_playback->toStart();
        break;
    case Qt::Key_End:
        m_playback->toEnd();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_stale, false))
        return;
    onAppended(true);
    if (m_playback->isLive())
        m_playback->toEnd(); // the present at once, not the whole flood played back
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateStateDiagram(); // children retranslate themselves
    } else if (event->type() == QEvent::PaletteChange) {
        updateStripsKey();
    }
    QWidget::changeEvent(event);
}

} // namespace SocketScope
