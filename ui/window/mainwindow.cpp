#include "mainwindow.h"

#include "capture/hostcapture.h"
#include "challenges/challengeview.h"
#include "clickexplainer.h"
#include "compare/comparewindow.h"
#include "drills/drillpanel.h"
#include "drills/drillplayhead.h"
#include "errortext.h"
#include "experiments/experimentspanel.h"
#include "explain/explanationpanel.h"
#include "helpmenu.h"
#include "history/playhead.h"
#include "inspector/payloadview.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "lab/lab.h"
#include "languageswitcher.h"
#include "lessonnotices.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonplayer.h"
#include "lessons/lessonspotlight.h"
#include "messagetoast.h"
#include "models/connectiontablemodel.h"
#include "models/eventlogmodel.h"
#include "models/labels.h"
#include "models/sockettablemodel.h"
#include "network/networkhistory.h"
#include "network/networkpanel.h"
#include "network/virtualnetwork.h"
#include "ports/portexplorer.h"
#include "presentationmode.h"
#include "selection.h"
#include "session/session.h"
#include "tables/livetableview.h"
#include "tablespage.h"
#include "theme.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "welcomepage.h"
#include "windowbanner.h"
#include "windowdocks.h"
#include "windowmenus.h"
#include "windowstatus.h"
#include "workbench/workbench.h"

#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QScreen>
#include <QtGui/QShortcut>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>

namespace SocketScope {

MainWindow::MainWindow(Session *session, LanguageSwitcher *language, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_language(language)
    , m_selection(new Selection(this))
    , m_socketModel(new SocketTableModel(session->journal(), this))
    , m_connectionModel(new ConnectionTableModel(session->journal(), this))
    , m_eventModel(new EventLogModel(session->journal(), this))
    , m_playhead(new Playhead(session->journal(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The tables and the event log word errors as the rest of the window does.
    Labels::setErrorWording({&ErrorText::full, &ErrorText::reason});
    setWindowIcon(QIcon(QStringLiteral(":/icons/socketscope.svg")));
    const bool live = session->lab() != nullptr;
    m_socketModel->setKeepGone(!live); // a replay keeps the closed sockets
    m_connectionModel->setKeepGone(!live);

    buildTabs();
    m_docks = new WindowDocks(this, session, m_socketModel, m_eventModel, m_selection, language);
    hideWorkbenchInReplay();
    m_status = new WindowStatus(this, session);
    m_toast = new MessageToast(this);
    m_menus = new WindowMenus(this, m_docks, m_tabs, language, live);
    m_presentation = new PresentationMode(this, m_tabs, m_docks);
    m_presentation->setNormalTheme(m_settings.theme);
    m_menus->setTheme(m_settings.theme);
    new LessonNotices(session, this);

    followSelection();
    connectMenus();
    connectPresentation();
    connectLessons();
    connectMessages();
    connectPlayhead();
    retranslate();
    // A first run fills most of the screen; later runs restore what the user left.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1500, 900);
    resize(qMin(1500, available.width() * 95 / 100), qMin(900, available.height() * 95 / 100));

    if (session->recorder())
        setRecorder(session->recorder());
    // A replay has no lab network of its own: its tab draws the one the recording describes.
    if (session->network() || session->kind() == Session::Kind::Replay)
        addNetworkTab(session->network());
    buildWelcome();
}

MainWindow::~MainWindow()
{
    if (m_ownRecorder)
        m_ownRecorder->close();
}

void MainWindow::buildTabs()
{
    // A banner for what must not be missed, then the tabs.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new WindowBanner(m_session, central);
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_tables = new TablesPage(m_socketModel, m_connectionModel, m_selection, m_tabs);
    m_tabs->addTab(m_tables, QString());
    m_timeline = new TimelinePanel(m_session->journal(), m_tabs);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_tabs->addTab(m_timeline, QString());
    m_ports = new PortExplorer(m_session->journal(), m_session->kernel(), m_tabs);
    m_ports->setObjectName(QStringLiteral("portExplorer"));
    m_tabs->addTab(m_ports, QString());
    if (m_session->lab()) {
        m_experiments = new ExperimentsPanel(m_session->lab(), m_session->journal(), m_tabs);
        m_experiments->setObjectName(QStringLiteral("experiments"));
        m_tabs->addTab(m_experiments, QString());
    }
    if (m_session->challenges()) {
        m_challenges = new ChallengeView(m_session->challenges(), m_tabs);
        m_tabs->addTab(m_challenges, QString());
    }
}

// The views that live outside the tables follow the one selection; where a socket is picked
// it is set there.
void MainWindow::followSelection()
{
    if (m_experiments)
        connect(m_selection, &Selection::socketSelected, m_experiments, &ExperimentsPanel::selectSocket);
    connect(m_selection, &Selection::socketSelected, m_timeline, &TimelinePanel::selectSocket);
    connect(m_selection, &Selection::socketSelected, m_ports, &PortExplorer::selectSocket);
    connect(m_timeline, &TimelinePanel::socketSelected, m_selection, &Selection::selectSocket);
    connect(m_ports, &PortExplorer::socketSelected, m_selection, &Selection::selectSocket);

    // A click on a column's title explains the column.
    const auto explainColumns = [this](QTableView *view, const QAbstractItemModel *model) {
        connect(view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this, model](int column) {
            m_docks->showExplanations();
            m_docks->explanation()->explainColumn(model, column);
        });
    };
    explainColumns(m_tables->socketView(), m_socketModel);
    explainColumns(m_tables->connectionView(), m_connectionModel);
}

void MainWindow::connectMenus()
{
    connect(m_menus, &WindowMenus::openRequested, this, &MainWindow::openRecording);
    connect(m_menus, &WindowMenus::compareRequested, this, &MainWindow::compareWith);
    connect(m_menus, &WindowMenus::recentRequested, this, &MainWindow::openReplay);
    connect(m_menus, &WindowMenus::recordRequested, this, &MainWindow::toggleRecording);
    connect(m_menus, &WindowMenus::themeChosen, this, &MainWindow::setTheme);
    connect(m_menus, &WindowMenus::aboutRequested, this, &MainWindow::showAbout);
    connect(m_menus->reduceMotionAction(), &QAction::toggled, this, &MainWindow::setReduceMotion);
    // Only a choice made here is remembered for the next run; --lang is for one run.
    connect(m_menus, &WindowMenus::languageChosen, this, [this](const QString &language) {
        m_settings.language = language;
        if (m_language)
            m_language->setLanguage(language);
    });
    HostCapture *capture = m_session->capture();
    if (!capture)
        return;
    QAction *captureAction = m_menus->captureAction();
    captureAction->setEnabled(true);
    captureAction->setChecked(capture->isEnabled());
    connect(captureAction, &QAction::toggled, capture, &HostCapture::setEnabled);
    connect(capture, &HostCapture::enabledChanged, captureAction, &QAction::setChecked);
}

void MainWindow::connectPresentation()
{
    connect(m_menus->presentAction(), &QAction::toggled, this, &MainWindow::setPresentationMode);
    connect(m_presentation, &PresentationMode::stepped, this, &MainWindow::presentationStep);
    connect(m_presentation, &PresentationMode::scaleChanged, this, [this](qreal scale) {
        m_tables->setScale(scale);
        m_ports->setPresentationScale(scale);
        if (m_experiments)
            m_experiments->setPresentationScale(scale);
        m_timeline->setPresentationScale(scale);
        if (LessonPanel *lesson = m_docks->lessonPanel())
            lesson->setPresentationScale(scale);
        m_docks->explanation()->setPresentationScale(scale);
        if (m_networkPanel)
            m_networkPanel->setPresentationScale(scale);
        m_banner->setScale(scale);
        m_toast->setScale(scale);
        if (m_challenges)
            m_challenges->setPresentationScale(scale);
        if (m_drills)
            m_drills->setPresentationScale(scale);
        if (m_welcome)
            m_welcome->setPresentationScale(scale);
    });
    // The class challenge's rows need the projector's whole height: no lesson below them.
    const auto fitChallenge = [this] {
        if (m_challenges && m_presentation->isOn() && m_docks->lessonDock())
            m_docks->lessonDock()->setVisible(m_tabs->currentWidget() != m_challenges);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, fitChallenge);
    connect(m_presentation, &PresentationMode::toggled, this, [this, fitChallenge](bool on) {
        fitChallenge();
        if (!on)
            m_toast->dismiss(); // the status bar is back and says it
        m_menus->presentAction()->setChecked(on);
        emit presentationModeChanged(on);
    });
}

// Lessons drive the live lab: a clicker steps them, an explanation opens one, and each step
// shows the view it is about, frames what it names and selects its socket.
void MainWindow::connectLessons()
{
    LessonPlayer *player = m_session->lessonPlayer();
    if (!player)
        return;
    connect(this, &MainWindow::presentationStep, player,
        [player](int direction) { direction > 0 ? player->next() : player->back(); });
    connect(m_docks->explanation(), &ExplanationPanel::lessonRequested, this,
        [this](const QString &id) { openLesson(id, false); });
    // A step may put the timeline's playhead on a moment ("first SYN"); the timeline may not
    // have drawn what the step just did yet, so it looks again for a few seconds. A step
    // without one, after one that had one, shows the present again.
    auto *seekSoon = new QTimer(this);
    seekSoon->setInterval(100);
    auto tries = std::make_shared<int>(0);
    auto moved = std::make_shared<bool>(false);
    const auto seekPlayhead = [this, player, seekSoon, tries, moved] {
        const int index = player->stepIndex();
        const LessonStep *step
            = index >= 0 && index < player->stepCount() ? &player->lesson().steps.at(index) : nullptr;
        TimelinePlayback *playback = m_timeline->playback();
        if (!step || !step->playhead || step->playhead->kind == LessonPlayhead::Kind::Live) {
            seekSoon->stop();
            if (*moved || (step && step->playhead))
                playback->setLive(true);
            *moved = false;
            return;
        }
        const QString &socket = step->playhead->socket;
        const QList<qint32> sockets = socket.startsWith(QLatin1Char('#'))
            ? QList<qint32> {socket.mid(1).toInt()}
            : player->socketsNamed(socket);
        if (const auto position = step->playhead->position(m_timeline->layout(), sockets)) {
            seekSoon->stop();
            playback->seek(double(*position));
            *moved = true;
        } else if (++*tries > 30) {
            seekSoon->stop();
        }
    };
    connect(seekSoon, &QTimer::timeout, this, seekPlayhead);
    connect(player, &LessonPlayer::highlightChanged, this, [seekSoon, tries, seekPlayhead] {
        *tries = 0;
        seekSoon->start();
        seekPlayhead();
    });
    new LessonSpotlight(
        player,
        {m_tabs, m_tables->socketView(), m_tables->connectionView(), m_socketModel, m_timeline, m_ports},
        [this](qint32 id) { m_selection->selectSocket(id); }, this);
}

void MainWindow::connectMessages()
{
    connect(m_docks->workbench(), &Workbench::message, this, &MainWindow::showMessage);
    connect(m_timeline, &TimelinePanel::message, this, &MainWindow::showMessage);
    if (Lab *lab = m_session->lab()) {
        connect(lab, &Lab::socketFailed, this, [this](qint32 id, const LabError &error) {
            showMessage(tr("Socket #%1: %2").arg(id).arg(ErrorText::full(error)), true);
        });
        connect(lab, &Lab::roomMade, this, [this](int closed) {
            showMessage(tr("Near the open-files limit: closed the %n oldest connection(s) the other side had "
                           "closed (CLOSE_WAIT)",
                            "", closed),
                false);
        });
    }
}

void MainWindow::connectPlayhead()
{
    m_socketModel->followPlayhead(m_playhead);
    m_connectionModel->followPlayhead(m_playhead);
    m_ports->followPlayhead(m_playhead);
    if (PayloadView *payload = m_docks->payload())
        payload->followPlayhead(m_playhead);
    TimelinePlayback *playback = m_timeline->playback();
    // Items are in time order, and an event read late (a kernel reading) sits in the journal
    // after events that happened later: after item i the views show the longest stretch of the
    // journal from its start in which nothing happened after item i's time. So nothing appears
    // before it happened (bytes a step early); a reading journalled late appears a step late
    // at worst. The time is nondecreasing, so stepping forward never takes a view back. Kept per
    // layout revision, not walked per frame.
    struct EventsUpTo
    {
        quint64 revision = ~quint64(0);
        std::vector<quint32> count; // count[i]: events shown after item i
        std::vector<qint64> latestT; // latestT[k]: the latest time among events 0..k
    };
    auto upTo = std::make_shared<EventsUpTo>();
    auto wasPast = std::make_shared<bool>(false);
    const auto follow = [this, playback, upTo, wasPast] {
        const qsizetype item = playback->currentItem();
        const TimelineLayout &layout = m_timeline->layout();
        const auto &items = layout.items();
        if (playback->isLive()) {
            m_playhead->goLive();
            m_banner->setPastInstant({});
            m_docks->setLogAtEvent(-1, 0);
            // Back to now, the log shows now: its newest row, picked. Only on the way back
            // from the past, so a live session's log is not picked for the learner.
            if (std::exchange(*wasPast, false))
                showNewestEvent();
            return;
        }
        *wasPast = true;
        if (upTo->revision != layout.revision() || upTo->count.size() != items.size()) {
            upTo->revision = layout.revision();
            // The journal only grows: the running latest time is carried on from where the
            // last revision left it, not walked again from the first event.
            const Journal &journal = *m_session->journal();
            const size_t known = std::min(upTo->latestT.size(), size_t(journal.count()));
            qint64 latestT = known == 0 ? std::numeric_limits<qint64>::min() : upTo->latestT[known - 1];
            upTo->latestT.resize(size_t(journal.count()));
            for (qsizetype k = qsizetype(known); k < journal.count(); ++k)
                upTo->latestT[size_t(k)] = latestT = std::max(latestT, journal.at(k).t);
            upTo->count.resize(items.size());
            for (size_t i = 0; i < items.size(); ++i) {
                upTo->count[i]
                    = quint32(std::upper_bound(upTo->latestT.begin(), upTo->latestT.end(), items[i].t)
                        - upTo->latestT.begin());
            }
        }
        m_playhead->showAfter(
            item < 0 || size_t(item) >= items.size() ? 0 : qsizetype(upTo->count[size_t(item)]));
        WindowBanner::PastInstant instant;
        instant.ns = item < 0 ? 0 : items[size_t(item)].t;
        instant.step = item + 1;
        instant.steps = playback->itemCount();
        instant.events = m_playhead->shownCount();
        instant.eventCount = m_session->journal()->count();
        m_banner->setPastInstant(instant);
        m_docks->setLogAtEvent(instant.events, instant.eventCount);
        // The event log selects the last event shown (or, before the first, none) and scrolls
        // to it; a left-out kernel reading is stood for by the row before it.
        QTableView *log = m_docks->eventView();
        const QModelIndex at
            = m_eventModel->index(m_eventModel->rowAtOrBefore(m_playhead->shownCount() - 1), 0);
        if (!at.isValid()) {
            log->selectionModel()->clear();
            log->scrollToTop();
            return;
        }
        log->selectionModel()->setCurrentIndex(
            at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        log->scrollTo(at, QAbstractItemView::PositionAtCenter);
    };
    connect(playback, &TimelinePlayback::positionChanged, this, follow);
    connect(playback, &TimelinePlayback::modeChanged, this, follow);
    connect(m_banner, &WindowBanner::liveRequested, playback, [playback] { playback->setLive(true); });
    // On the timeline: Left and Right step, Shift for ten, Home to the start, End to the present.
    const auto key = [this](const QKeySequence &keys, auto action) {
        auto *shortcut = new QShortcut(keys, m_timeline);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_timeline, action);
    };
    key(QKeySequence(Qt::Key_Left), [playback] { playback->stepBack(); });
    key(QKeySequence(Qt::Key_Right), [playback] { playback->stepForward(); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_Left),
        [playback] { playback->seek(std::ceil(playback->position()) - 10); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_Right),
        [playback] { playback->seek(std::floor(playback->position()) + 10); });
    key(QKeySequence(Qt::Key_Home), [playback] { playback->toStart(); });
    key(QKeySequence(Qt::Key_End), [playback] { playback->setLive(true); });
    // The same from anywhere in the window, through the Time menu (Alt and the keys).
    connect(m_menus, &WindowMenus::stepRequested, playback, [playback](int steps) {
        if (steps == -1)
            playback->stepBack();
        else if (steps == 1)
            playback->stepForward();
        else
            playback->seek(steps < 0 ? std::ceil(playback->position()) + steps
                                     : std::floor(playback->position()) + steps);
    });
    connect(m_menus, &WindowMenus::startRequested, playback, &TimelinePlayback::toStart);
    connect(m_menus, &WindowMenus::liveRequested, playback, [playback] { playback->setLive(true); });
    // Those keys belong to the timeline once its tab is shown: otherwise the tab bar, which
    // keeps the focus after Ctrl+2, would take Left and Right to move between tabs.
    connect(m_tabs, &QTabWidget::currentChanged, m_timeline, [this] {
        if (m_tabs->currentWidget() == m_timeline)
            m_timeline->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::showNewestEvent()
{
    QTableView *log = m_docks->eventView();
    const int rows = m_eventModel->rowCount();
    if (rows == 0) {
        log->selectionModel()->clear();
        return;
    }
    log->selectionModel()->setCurrentIndex(
        m_eventModel->index(rows - 1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    log->scrollToBottom();
}

QTableView *MainWindow::socketView() const
{
    return m_tables->socketView();
}

QTableView *MainWindow::connectionView() const
{
    return m_tables->connectionView();
}

qint32 MainWindow::selectedSocket() const
{
    return m_selection->socket();
}

void MainWindow::selectSocket(qint32 id)
{
    m_selection->selectSocket(id);
}

LessonPlayer *MainWindow::lessonPlayer() const
{
    return m_session->lessonPlayer();
}

const LessonLibrary *MainWindow::lessons() const
{
    return m_session->lessons();
}

void MainWindow::buildWelcome()
{
    LessonPlayer *player = m_session->lessonPlayer();
    Lab *lab = m_session->lab();
    auto *help = new HelpMenu(m_menus->helpMenu(), m_session->lessons(), m_language);
    addAction(help->whatsThisAction()); // Shift+F1 also while the menu bar is hidden
    auto *explainer = new ClickExplainer(m_docks->explanation(), m_docks->explainDock(), this);
    connect(help, &HelpMenu::whatsThisRequested, explainer, &ClickExplainer::arm);
    connect(explainer, &ClickExplainer::armedChanged, this, [this](bool armed) {
        if (armed)
            showMessage(
                tr("What is this? Click anything in the window to have it explained; Esc cancels."), false);
    });
    connect(help, &HelpMenu::explanationsRequested, m_docks, &WindowDocks::showExplanations);
    if (lab && m_session->network()) {
        m_drillAction = new QAction(this);
        m_menus->helpMenu()->insertAction(help->whatsThisAction(), m_drillAction);
        connect(m_drillAction, &QAction::triggered, this, &MainWindow::showDrills);
        m_drillAction->setText(tr("&Mystery fault drill"));
    }
    if (player)
        connect(help, &HelpMenu::lessonRequested, this, [this](const QString &id) { openLesson(id, false); });
    if (!lab || !player) {
        help->welcomeAction()->setVisible(false); // a replay only shows
        return;
    }
    m_welcome = new WelcomePage(m_session->lessons(), lab, m_session->network(), m_language, this);
    const auto showTab = [this](QWidget *tab) {
        m_welcome->hide();
        if (tab)
            m_tabs->setCurrentWidget(tab);
    };
    connect(help, &HelpMenu::welcomeRequested, this, [this] {
        m_welcome->setShowAtStart(m_settings.showWelcome);
        m_welcome->open();
    });
    connect(m_welcome, &WelcomePage::showAtStartChanged, this,
        [this](bool show) { m_settings.showWelcome = show; });
    connect(
        m_welcome, &WelcomePage::lessonChosen, this, [this](const QString &id) { openLesson(id, false); });
    connect(player, &LessonPlayer::lessonLoaded, m_welcome, &QWidget::hide);
    connect(
        m_welcome, &WelcomePage::socketsOpened, this, [this, showTab](qint32 server, const QString &text) {
            showTab(m_tables);
            selectSocket(server);
            showMessage(text, false);
        });
    connect(m_welcome, &WelcomePage::labNetworkStarted, this, [this, showTab] { showTab(m_networkPanel); });
    connect(m_welcome, &WelcomePage::recordingRequested, this, &MainWindow::openRecording);
    connect(m_welcome, &WelcomePage::tablesRequested, this, [this, showTab] { showTab(m_tables); });
    // A tab's shortcut shows that tab: the page steps aside for this run (it still comes back
    // at the next start unless dismissed).
    connect(m_menus, &WindowMenus::tabChosen, this, [showTab] { showTab(nullptr); });
    m_welcome->setPresentationScale(m_presentation->scale());
    // Decided once the start has settled (settings applied, command line done): sockets or a
    // lesson from the command line need no welcome.
    QTimer::singleShot(0, m_welcome, [this, lab, player] {
        if (m_settings.showWelcome && lab->socketIds().isEmpty() && player->lesson().id.isEmpty()) {
            m_welcome->setShowAtStart(true);
            m_welcome->open();
        }
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

DrillPanel *MainWindow::showDrills()
{
    if (!m_session->lab() || !m_session->network())
        return nullptr;
    if (!m_drills) {
        m_drills = new DrillPanel(m_session->lab(), m_session->network(), m_tabs);
        m_tabs->addTab(m_drills, tr("Mystery fault"));
        m_drills->setPresentationScale(m_presentation->scale());
        // The reveal selects the proof in the event log, and the explanations follow it; the
        // timeline's playhead moves to it.
        auto *proofPlayhead = new DrillPlayhead(m_timeline, m_drills);
        connect(
            m_drills, &DrillPanel::evidenceShown, this, [this, proofPlayhead](qint64 index, qint32 socket) {
                proofPlayhead->show(index);
                // On a projector the docks stay as the presenter left them; the page says it in words.
                if (!isPresenting())
                    m_docks->eventDock()->show();
                m_menus->followLogAction()->setChecked(false); // the proof stays in sight
                m_selection->selectEvent(index, socket);
                QTableView *log = m_docks->eventView();
                m_eventModel->catchUp();
                const QModelIndex at = m_eventModel->index(m_eventModel->rowAtOrBefore(index), 0);
                if (at.isValid()) {
                    log->selectionModel()->setCurrentIndex(
                        at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    log->scrollTo(at, QAbstractItemView::PositionAtCenter);
                }
            });
    }
    if (m_welcome)
        m_welcome->hide();
    m_tabs->setCurrentWidget(m_drills);
    return m_drills;
}

ChallengeView *MainWindow::showRecordedChallenge(const std::optional<Challenge> &challenge)
{
    if (m_session->challenges())
        return nullptr;
    if (!m_challenges) {
        m_challenges = new ChallengeView(nullptr, m_tabs);
        m_tabs->addTab(m_challenges, tr("Class challenge"));
        m_challenges->setPresentationScale(m_presentation->scale());
    }
    m_challenges->followRecording(m_session->journal(), m_playhead, challenge);
    return m_challenges;
}

void MainWindow::retranslate()
{
    setWindowTitle(m_replayPath.isEmpty()
            ? tr("SocketScope")
            : tr("SocketScope \u2013 replay of %1").arg(QFileInfo(m_replayPath).fileName()));
    // Tabs are named by their page, wherever it sits.
    const auto name = [this](QWidget *page, const QString &text) {
        if (page)
            m_tabs->setTabText(m_tabs->indexOf(page), text);
    };
    name(m_tables, tr("Sockets and connections"));
    name(m_timeline, tr("Timeline"));
    name(m_ports, tr("Ports"));
    name(m_experiments, tr("Experiments"));
    name(m_challenges, tr("Class challenge"));
    name(m_networkPanel, tr("Network"));
    name(m_drills, tr("Mystery fault"));
    if (m_drillAction)
        m_drillAction->setText(tr("&Mystery fault drill"));
    m_tables->retranslate();
    m_docks->retranslate();
    m_menus->retranslate(m_ownRecorder && m_ownRecorder->isOpen());
    m_status->retranslate();
    m_banner->refresh();
}

void MainWindow::setRecorder(RecordingWriter *recorder)
{
    m_status->setRecorder(recorder);
}

void MainWindow::hideWorkbenchInReplay()
{
    // A recording opens no socket: its workbench holds one paragraph saying so (the banner says
    // it too), and on a 1024-pixel screen its width is what the timeline's lanes need. It stays
    // one click away in the View menu.
    if (!m_session->isLive())
        m_docks->workbenchDock()->hide();
}

void MainWindow::setReplaySource(const QString &path, const QStringList &problems, qint64 damagedLines)
{
    m_replayPath = path;
    m_banner->setReplaySource(path, problems, damagedLines);
    // A recording opens at its start, every view explorable from there, with nothing picked
    // yet (leaving the present may have passed over the last event's socket on the way).
    m_timeline->playback()->toStart();
    m_selection->selectSocket(-1);
    const Journal *journal = m_session->journal();
    // A lab recording says which networks its computers were on (its network events): the
    // timeline reads it as it hears the live lab's, so a datagram to one of those networks'
    // broadcast addresses reaches the same sockets in the replay as it did live.
    NetworkHistory networks(journal);
    if (const RecordedNetwork recorded = networks.latestRunning(); recorded.running)
        m_timeline->setLabTopology(recorded.topology);
    for (qsizetype i = 0; i < journal->count(); ++i) {
        if (journal->at(i).host && journal->at(i).kind == EventKind::SocketOpened) {
            m_tables->showComputerColumn(true);
            break;
        }
    }
    retranslate();
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_status->showMessage(text, error);
    // Presenting, the status bar is hidden: the class reads the message over the views.
    if (m_presentation->isOn() && !m_presentation->isBlanked())
        m_toast->showMessage(text, error);
}

void MainWindow::addNetworkTab(VirtualNetwork *network)
{
    m_networkPanel = new NetworkPanel(network, m_session->lab(), m_tabs);
    m_networkPanel->setObjectName(QStringLiteral("network"));
    m_networkPanel->setPresentationScale(m_presentation->scale());
    m_networkPanel->followPlayhead(m_playhead, m_session->journal());
    m_tabs->addTab(m_networkPanel, QString());
    m_presentation->fitTabs();
    connect(m_networkPanel, &NetworkPanel::messageRaised, this, &MainWindow::showMessage);
    if (network) {
        connect(network, &VirtualNetwork::changed, this, &MainWindow::onNetworkChanged);
        m_tables->showComputerColumn(network->isActive());
    }
    retranslate();
}

void MainWindow::onNetworkChanged()
{
    VirtualNetwork *network = m_session->network();
    // The computer column matters once sockets can live on several computers.
    if (network->isActive())
        m_tables->showComputerColumn(true);
    QStringList addresses;
    if (network->isActive()) {
        const LabTopology &topology = network->network()->topology();
        m_timeline->setLabTopology(topology);
        for (const LabHost &host : topology.hosts)
            addresses << host.address.toString();
        for (const LabSegment &segment : topology.segments)
            addresses << segment.routerAddress.toString();
    }
    m_docks->workbench()->setLabAddresses(addresses);
}

void MainWindow::openRecording()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a recording"), QString(),
        tr("SocketScope recordings (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    openReplay(path);
}

void MainWindow::compareWith()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a recording"), QString(),
        tr("SocketScope recordings (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto journal = std::make_unique<Journal>();
    RecordingReader reader;
    if (!reader.read(path, *journal)) {
        showMessage(tr("Could not read %1: %2").arg(path, reader.fatalError()), true);
        return;
    }
    const QString here
        = m_replayPath.isEmpty() ? tr("this session (live)") : QFileInfo(m_replayPath).fileName();
    auto *window
        = new CompareWindow(m_session->journal(), here, std::move(journal), QFileInfo(path).fileName(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setPresentationScale(m_presentation->scale());
    connect(m_presentation, &PresentationMode::scaleChanged, window, &CompareWindow::setPresentationScale);
    window->show();
}

void MainWindow::openReplay(const QString &path)
{
    m_settings.addRecent(path);
    rebuildRecentMenu();
    // A replay is a window of its own, so the live lab keeps running here.
    QStringList arguments {QStringLiteral("--replay"), path};
    if (m_language)
        arguments << QStringLiteral("--lang") << m_language->language();
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        showMessage(tr("Could not open a window for %1.").arg(path), true);
}

void MainWindow::toggleRecording()
{
    if (m_ownRecorder && m_ownRecorder->isOpen()) {
        m_ownRecorder->close();
        showMessage(tr("Recording saved to %1.").arg(m_ownRecorder->fileName()), false);
        setRecorder(nullptr);
        retranslate();
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Record to file"), QStringLiteral("session.jsonl"), tr("SocketScope recordings (*.jsonl)"));
    if (path.isEmpty())
        return;
    if (!m_ownRecorder)
        m_ownRecorder = new RecordingWriter(m_session->journal(), this);
    if (!m_ownRecorder->open(path)) {
        showMessage(tr("Cannot write %1: %2").arg(path, m_ownRecorder->errorString()), true);
        return;
    }
    setRecorder(m_ownRecorder);
    m_settings.addRecent(path);
    rebuildRecentMenu();
    showMessage(tr("Recording everything so far and from now on to %1.").arg(path), false);
    retranslate();
}

void MainWindow::rebuildRecentMenu()
{
    m_menus->setRecentRecordings(m_settings.recentRecordings);
}

void MainWindow::setTheme(const QString &name)
{
    m_settings.theme = name;
    m_presentation->setNormalTheme(name);
    Theme::apply(name);
    m_menus->setTheme(name);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    if (!settings.geometry.isEmpty())
        restoreGeometry(settings.geometry);
    if (!settings.windowState.isEmpty())
        restoreState(settings.windowState);
    hideWorkbenchInReplay();
    m_menus->reduceMotionAction()->setChecked(settings.reduceMotion);
    m_docks->workbench()->restoreFields(settings);
    setTheme(settings.theme);
    rebuildRecentMenu();
}

AppSettings MainWindow::currentSettings() const
{
    AppSettings settings = m_settings;
    // Closed while presenting: the next run starts from the layout presentation mode replaced,
    // not full screen with the workbench hidden and the lesson stretched across the bottom.
    const bool presenting = m_presentation->isOn();
    if (!presenting)
        settings.geometry = saveGeometry();
    // A replay keeps the layout of the live window (with its workbench) for the next live run.
    if (m_session->isLive())
        settings.windowState = presenting ? m_presentation->stateBefore() : saveState();
    settings.reduceMotion = m_menus->reduceMotionAction()->isChecked();
    m_docks->workbench()->storeFields(settings);
    return settings;
}

bool MainWindow::openLesson(const QString &id, bool autoplay)
{
    const LessonLibrary *library = m_session->lessons();
    const Lesson *lesson = library ? library->find(id) : nullptr;
    if (!lesson || !m_docks->lessonDock())
        return false;
    if (!lesson->recording.isEmpty() && m_session->isLive()) {
        // A lesson told over its own recording plays in a replay window, as --lesson ID opens it;
        // the live lab keeps running here.
        QStringList arguments {QStringLiteral("--lesson"), id};
        if (m_language)
            arguments << QStringLiteral("--lang") << m_language->language();
        if (autoplay)
            arguments << QStringLiteral("--autoplay");
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
            showMessage(tr("Could not open a window for %1.").arg(lesson->recording), true);
        return true;
    }
    LessonPlayer *player = m_session->lessonPlayer();
    player->load(*lesson);
    m_docks->lessonDock()->show();
    m_docks->lessonDock()->raise();
    if (autoplay)
        player->setAutoplay(true);
    return true;
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation->setOn(on);
}

bool MainWindow::isPresenting() const
{
    return m_presentation->isOn();
}

bool MainWindow::isBlanked() const
{
    return m_presentation->isBlanked();
}

void MainWindow::setReduceMotion(bool reduce)
{
    m_socketModel->setAnimated(!reduce);
    m_connectionModel->setAnimated(!reduce);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SocketScope"),
        tr("<h3>SocketScope %1</h3><p>Real sockets, made visible: the socket and "
           "connection tables, handshakes and ports as they happen.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(SOCKETSCOPE_VERSION), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qVersion())));
}

} // namespace SocketScope
