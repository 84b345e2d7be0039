#include "playbackbar.h"

#include "timelineplayback.h"
#include "timelineview.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QScopedValueRollback>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QSlider>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>

#include <array>
#include <cmath>
#include <vector>

namespace SocketScope {

namespace {

constexpr std::array<double, 8> kSpeeds {0.1, 0.25, 0.5, 1, 2, 4, 7, 10};

QToolButton *button(QWidget *parent, QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *b = new QToolButton(parent);
    if (icon != QStyle::SP_CustomBase)
        b->setIcon(parent->style()->standardIcon(icon));
    b->setAutoRaise(true);
    return b;
}

} // namespace

PlaybackBar::PlaybackBar(TimelinePlayback *playback, TimelineView *view, QWidget *parent)
    : QWidget(parent)
    , m_playback(playback)
    , m_view(view)
{
    m_start = button(this, QStyle::SP_MediaSkipBackward);
    m_back = button(this, QStyle::SP_MediaSeekBackward);
    m_play = button(this, QStyle::SP_MediaPlay);
    m_forward = button(this, QStyle::SP_MediaSeekForward);
    m_end = button(this, QStyle::SP_MediaSkipForward);
    m_live = button(this);
    m_live->setCheckable(true);
    m_live->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_scrub = new QSlider(Qt::Horizontal, this);
    m_scrub->setMinimumWidth(60);
    m_position = new QLabel(this);
    m_speedLabel = new QLabel(this);
    m_speed = new QComboBox(this);
    for (const double s : kSpeeds)
        m_speed->addItem(QString(), s);
    m_speed->setCurrentIndex(3);
    m_spacing = new QComboBox(this);
    m_spacing->addItem(QString(), int(TimeMapper::Spacing::Steps));
    m_spacing->addItem(QString(), int(TimeMapper::Spacing::RealTime));
    m_zoomOut = button(this);
    m_zoomIn = button(this);
    m_fit = button(this);
    m_export = button(this);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_export);
    m_exportWhole = menu->addAction(QString(), this, [this] { emit exportRequested(false); });
    m_exportVisible = menu->addAction(QString(), this, [this] { emit exportRequested(true); });
    m_export->setMenu(menu);
    m_more = button(this);
    m_more->setObjectName(QStringLiteral("moreControls"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_moreMenu = new QMenu(m_more);
    m_more->setMenu(m_moreMenu);
    m_more->hide();
    connect(m_moreMenu, &QMenu::aboutToShow, this, &PlaybackBar::fillMoreMenu);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->setSpacing(2);
    for (QWidget *w :
        {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_play),
            static_cast<QWidget *>(m_forward), static_cast<QWidget *>(m_end), static_cast<QWidget *>(m_live)})
        row->addWidget(w);
    row->addSpacing(6);
    row->addWidget(m_scrub, 1);
    row->addWidget(m_position);
    row->addSpacing(6);
    row->addWidget(m_speedLabel);
    row->addWidget(m_speed);
    row->addWidget(m_spacing);
    row->addSpacing(6);
    row->addWidget(m_zoomOut);
    row->addWidget(m_zoomIn);
    row->addWidget(m_fit);
    row->addWidget(m_export);
    row->addWidget(m_more);

    connect(m_start, &QToolButton::clicked, m_playback, &TimelinePlayback::toStart);
    connect(m_back, &QToolButton::clicked, m_playback, &TimelinePlayback::stepBack);
    connect(m_forward, &QToolButton::clicked, m_playback, &TimelinePlayback::stepForward);
    connect(m_end, &QToolButton::clicked, m_playback, &TimelinePlayback::toEnd);
    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_playback->isPlaying())
            m_playback->pause();
        else
            m_playback->play();
    });
    connect(m_live, &QToolButton::toggled, this, [this](bool on) {
        m_playback->setLive(on);
        if (on)
            m_view->setFollowing(true);
    });
    connect(m_scrub, &QSlider::valueChanged, this, [this](int value) {
        if (m_scrub->isSliderDown() || m_scrub->hasFocus())
            m_playback->seek(value);
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_playback->setSpeed(m_speed->itemData(index).toDouble()); });
    connect(m_spacing, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_view->setSpacing(TimeMapper::Spacing(m_spacing->itemData(index).toInt())); });
    connect(m_zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_playback, &TimelinePlayback::positionChanged, this, &PlaybackBar::syncPosition);
    connect(m_playback, &TimelinePlayback::modeChanged, this, &PlaybackBar::syncMode);

    retranslate();
    syncMode();
    syncPosition();
}

void PlaybackBar::setPresentationScale(qreal scale)
{
    QFont f = font();
    f.setPointSizeF(QFont().pointSizeF() * scale);
    setFont(f);
    const int icon = int(16 * scale);
    for (QToolButton *b : {m_start, m_back, m_play, m_forward, m_end})
        b->setIconSize(QSize(icon, icon));
    fitToWidth();
}

QSize PlaybackBar::minimumSizeHint() const
{
    // The controls that never step aside, the spacings between them, and "More".
    const QMargins margins = layout()->contentsMargins();
    const QList<QWidget *> kept {
        m_start, m_back, m_play, m_forward, m_end, m_live, m_scrub, m_position, m_fit, m_more};
    // Three spacings of 6 between the groups; the labels and buttons keep their whole text.
    int width = margins.left() + margins.right() + 3 * 6 + layout()->spacing() * int(kept.size() + 3);
    int height = 0;
    for (const QWidget *w : kept) {
        const QSize least
            = (w == m_scrub ? w->minimumSizeHint() : w->sizeHint()).expandedTo(w->minimumSize());
        width += least.width();
        height = qMax(height, w->sizeHint().height());
    }
    return {width, height + margins.top() + margins.bottom()};
}

void PlaybackBar::fillMoreMenu()
{
    m_moreMenu->clear();
    if (m_zoomIn->isHidden()) {
        m_moreMenu->addAction(m_zoomOut->toolTip(), m_view, &TimelineView::zoomOut);
        m_moreMenu->addAction(m_zoomIn->toolTip(), m_view, &TimelineView::zoomIn);
    }
    if (m_speed->isHidden()) {
        QMenu *speeds = m_moreMenu->addMenu(m_speedLabel->text());
        for (int i = 0; i < m_speed->count(); ++i) {
            QAction *choice = speeds->addAction(
                m_speed->itemText(i), m_speed, [this, i] { m_speed->setCurrentIndex(i); });
            choice->setCheckable(true);
            choice->setChecked(i == m_speed->currentIndex());
        }
    }
    if (m_spacing->isHidden()) {
        m_moreMenu->addSeparator();
        for (int i = 0; i < m_spacing->count(); ++i) {
            QAction *choice = m_moreMenu->addAction(
                m_spacing->itemText(i), m_spacing, [this, i] { m_spacing->setCurrentIndex(i); });
            choice->setCheckable(true);
            choice->setChecked(i == m_spacing->currentIndex());
            choice->setToolTip(m_spacing->toolTip());
        }
    }
    if (m_export->isHidden()) {
        m_moreMenu->addSeparator();
        m_moreMenu->addAction(m_exportWhole);
        m_moreMenu->addAction(m_exportVisible);
    }
}

void PlaybackBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToWidth();
}

void PlaybackBar::fitToWidth()
{
    if (m_fitting)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    // In the order they step aside.
    const std::array<std::vector<QWidget *>, 4> optional {{
        {m_export},
        {m_spacing},
        {m_speedLabel, m_speed},
        {m_zoomOut, m_zoomIn},
    }};
    for (const auto &group : optional) {
        for (QWidget *w : group)
            w->setVisible(true);
    }
    m_more->setVisible(false);
    for (const auto &group : optional) {
        layout()->invalidate();
        if (layout()->sizeHint().width() <= width())
            break;
        for (QWidget *w : group)
            w->setVisible(false);
        m_more->setVisible(true);
    }
}

void PlaybackBar::syncPosition()
{
    const qsizetype count = m_playback->itemCount();
    const auto shown = qsizetype(std::ceil(m_playback->position()));
    const QSignalBlocker blocker(m_scrub);
    m_scrub->setRange(0, int(qMin<qsizetype>(count, INT_MAX)));
    if (!m_scrub->isSliderDown())
        m_scrub->setValue(int(shown));
    const QLocale locale;
    m_position->setText(tr("step %1 of %2").arg(locale.toString(shown), locale.toString(count)));
}

void PlaybackBar::syncMode()
{
    const bool playing = m_playback->isPlaying();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    const QSignalBlocker blocker(m_live);
    m_live->setChecked(m_playback->isLive());
    const QSignalBlocker speedBlocker(m_speed);
    for (int i = 0; i < m_speed->count(); ++i) {
        if (qFuzzyCompare(m_speed->itemData(i).toDouble(), m_playback->speed()))
            m_speed->setCurrentIndex(i);
    }
}

void PlaybackBar::retranslate()
{
    m_start->setToolTip(tr("Go to the start (Home)"));
    m_back->setToolTip(tr("One event back (,)"));
    m_forward->setToolTip(tr("One event forward (.)"));
    m_end->setToolTip(tr("Show everything (End)"));
    m_live->setText(tr("Live", "follow new events as they happen"));
    m_live->setToolTip(tr("Follow new events as they happen, one by one at a readable pace"));
    m_scrub->setToolTip(tr("Drag to move through the recording"));
    m_speedLabel->setText(tr("Speed"));
    const QLocale locale;
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(
            i, tr("%1\u00d7", "playback speed").arg(locale.toString(m_speed->itemData(i).toDouble())));
    m_spacing->setItemText(0, tr("By step", "timeline spacing: every event the same width"));
    m_spacing->setItemText(1, tr("By real time", "timeline spacing: proportional to time"));
    m_spacing->setToolTip(
        tr("By step: every event gets the same room, good for loopback where a handshake takes "
           "microseconds. By real time: distances follow the clock; long quiet gaps are folded."));
    m_zoomOut->setText(tr("\u2212", "zoom out button"));
    m_zoomOut->setToolTip(tr("Zoom out (-)"));
    m_zoomIn->setText(tr("+", "zoom in button"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_fit->setText(tr("Fit", "zoom to show everything"));
    m_fit->setToolTip(tr("Show the whole timeline (0)"));
    m_export->setText(tr("Export"));
    m_more->setText(tr("More", "more timeline controls"));
    m_more->setToolTip(tr("The controls there is no room for here: zoom, speed, spacing, export"));
    m_exportWhole->setText(tr("Whole timeline\u2026"));
    m_exportVisible->setText(tr("Visible part\u2026"));
    syncMode();
    syncPosition();
    fitToWidth();
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace SocketScope
