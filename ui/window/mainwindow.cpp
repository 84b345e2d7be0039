#include "mainwindow.h"

#include "clickexplainer.h"
#include "elidedlabel.h"
#include "errortext.h"
#include "helpmenu.h"
#include "capture/capturefeed.h"
#include "capture/capturehelperclient.h"
#include "capture/hostcapture.h"
#include "inspector/payloadview.h"
#include "journal/journal.h"
#include "journal/recordingwriter.h"
#include "kernel/kernelview.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "languageswitcher.h"
#include "models/connectiontablemodel.h"
#include "models/eventlogmodel.h"
#include "models/labels.h"
#include "models/sockettablemodel.h"
#include "network/networkpanel.h"
#include "network/virtualnetwork.h"
#include "experiments/experimentspanel.h"
#include "explain/explanationpanel.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonplayer.h"
#include "lessons/lessonspotlight.h"
#include "ports/portexplorer.h"
#include "session/session.h"
#include "tables/highlightdelegate.h"
#include "timeline/timelinepanel.h"
#include "theme.h"
#include "resourcewarning.h"
#include "tables/livetableview.h"
#include "welcomepage.h"
#include "workbench/workbench.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QScreen>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QActionGroup>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

// A tab widget is as tall as its tallest page at least, so in presentation mode at 1024x768 the
// port map and the network page pushed the lesson's buttons off the screen while the tables
// were showing. Presenting, only the page on show counts.
void fitTabsToCurrentPage(QTabWidget *tabs, bool presenting)
{
    static const char *const kPolicy = "socketscopeVerticalPolicy";
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *page = tabs->widget(i);
        if (!page->property(kPolicy).isValid())
            page->setProperty(kPolicy, int(page->sizePolicy().verticalPolicy()));
        QSizePolicy policy = page->sizePolicy();
        policy.setVerticalPolicy(presenting && i != tabs->currentIndex()
                                     ? QSizePolicy::Ignored
                                     : QSizePolicy::Policy(page->property(kPolicy).toInt()));
        page->setSizePolicy(policy);
    }
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true); // a long title takes two lines rather than the table's width
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

MainWindow::MainWindow(Session *session, LanguageSwitcher *language, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_journal(session->journal())
    , m_lab(session->lab())
    , m_kernel(session->kernel())
    , m_language(language)
    , m_socketModel(new SocketTableModel(m_journal, this))
    , m_connectionModel(new ConnectionTableModel(m_journal, this))
    , m_eventModel(new EventLogModel(m_journal, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The tables and the event log word errors as the rest of the window does.
    Labels::setErrorWording({&ErrorText::full, &ErrorText::reason});
    Journal *journal = m_journal;
    Lab *lab = m_lab;
    KernelView *kernel = m_kernel;
    const bool replay = lab == nullptr;
    m_socketModel->setKeepGone(replay);
    m_connectionModel->setKeepGone(replay);

    // Central area: a banner for what must not be missed, then the tables.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->hide();
    centralLayout->addWidget(m_banner);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    centralLayout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { fitTabsToCurrentPage(m_tabs, m_presenting); });
    setCentralWidget(central);

    auto *tables = new QSplitter(Qt::Vertical, m_tabs);
    auto *socketsPane = new QWidget(tables);
    auto *socketsLayout = new QVBoxLayout(socketsPane);
    socketsLayout->setContentsMargins(4, 4, 4, 0);
    m_socketsTitle = sectionTitle(socketsPane);
    m_socketView = new LiveTableView(socketsPane);
    m_socketView->setObjectName(QStringLiteral("socketTable"));
    socketsLayout->addWidget(m_socketsTitle);
    socketsLayout->addWidget(m_socketView);
    auto *connectionsPane = new QWidget(tables);
    auto *connectionsLayout = new QVBoxLayout(connectionsPane);
    connectionsLayout->setContentsMargins(4, 4, 4, 0);
    m_connectionsTitle = sectionTitle(connectionsPane);
    m_connectionView = new LiveTableView(connectionsPane);
    m_connectionView->setObjectName(QStringLiteral("connectionTable"));
    connectionsLayout->addWidget(m_connectionsTitle);
    connectionsLayout->addWidget(m_connectionView);
    tables->addWidget(socketsPane);
    tables->addWidget(connectionsPane);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    m_tabs->addTab(tables, QString());
    m_timeline = new TimelinePanel(journal, m_tabs);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_tabs->addTab(m_timeline, QString());
    m_ports = new PortExplorer(journal, kernel, m_tabs);
    m_ports->setObjectName(QStringLiteral("portExplorer"));
    m_tabs->addTab(m_ports, QString());
    if (lab) {
        m_experiments = new ExperimentsPanel(lab, journal, m_tabs);
        m_experiments->setObjectName(QStringLiteral("experiments"));
        m_tabs->addTab(m_experiments, QString());
    }

    m_socketProxy = sortingProxy(m_socketModel, SocketTableModel::SortRole, this);
    m_socketView->setModel(m_socketProxy);
    m_socketView->sortByColumn(SocketTableModel::ColumnId, Qt::AscendingOrder);
    m_socketView->setAnimating([this] { return m_socketModel->isAnimating(); });
    auto *socketDelegate = new HighlightDelegate(SocketTableModel::HighlightMarkRole,
                                                 SocketTableModel::HighlightStrengthRole, this);
    socketDelegate->setMonospaceColumns({SocketTableModel::ColumnLocal, SocketTableModel::ColumnRemote,
                                         SocketTableModel::ColumnKernelState});
    socketDelegate->setOpenRole(SocketTableModel::IsOpenRole);
    m_socketView->setItemDelegate(socketDelegate);
    // Shown once sockets live on more than one computer (the virtual lab network).
    m_socketView->setColumnHidden(SocketTableModel::ColumnComputer, true);
    // What the lessons point at stays on screen on a projector; bytes, packets and the time a
    // socket opened follow to the right.
    m_socketView->setKeyColumns({SocketTableModel::ColumnId, SocketTableModel::ColumnRole, SocketTableModel::ColumnProtocol,
                                 SocketTableModel::ColumnComputer, SocketTableModel::ColumnLocal,
                                 SocketTableModel::ColumnRemote, SocketTableModel::ColumnAppState,
                                 SocketTableModel::ColumnKernelState, SocketTableModel::ColumnQueue});

    m_connectionProxy = sortingProxy(m_connectionModel, ConnectionTableModel::SortRole, this);
    m_connectionView->setModel(m_connectionProxy);
    m_connectionView->setAnimating([this] { return m_connectionModel->isAnimating(); });
    auto *connectionDelegate = new HighlightDelegate(ConnectionTableModel::HighlightMarkRole,
                                                     ConnectionTableModel::HighlightStrengthRole, this);
    connectionDelegate->setMonospaceColumns({ConnectionTableModel::ColumnClient, ConnectionTableModel::ColumnServer,
                                             ConnectionTableModel::ColumnClientSocket,
                                             ConnectionTableModel::ColumnServerSocket});
    m_connectionView->setItemDelegate(connectionDelegate);
    m_connectionView->setKeyColumns({ConnectionTableModel::ColumnClient, ConnectionTableModel::ColumnServer,
                                     ConnectionTableModel::ColumnClientSocket, ConnectionTableModel::ColumnServerSocket,
                                     ConnectionTableModel::ColumnToServer, ConnectionTableModel::ColumnToClient});

    // Docks: the workbench, the event log and the data of the selected socket.
    m_workbench = new Workbench(lab, this);
    m_workbench->setReadOnly(replay);
    auto *workbenchScroll = new QScrollArea(this);
    workbenchScroll->setWidget(m_workbench);
    workbenchScroll->setWidgetResizable(true);
    // As narrow as the workbench can be, plus its scroll bar: the tables need the rest of a
    // 1024-pixel screen.
    workbenchScroll->setMinimumWidth(m_workbench->minimumSizeHint().width()
                                     + workbenchScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    m_workbenchDock = new QDockWidget(this);
    m_workbenchDock->setObjectName(QStringLiteral("workbenchDock"));
    m_workbenchDock->setWidget(workbenchScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_workbenchDock);

    m_eventView = new QTableView(this);
    m_eventView->setObjectName(QStringLiteral("eventLog"));
    m_eventView->setModel(m_eventModel);
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventView->verticalHeader()->hide();
    m_eventView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_eventView->horizontalHeader()->setStretchLastSection(true);
    m_eventView->setWordWrap(false);
    m_eventDock = new QDockWidget(this);
    m_eventDock->setObjectName(QStringLiteral("eventDock"));
    m_eventDock->setWidget(m_eventView);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventDock);

    m_payload = new PayloadView(journal, this);
    m_payloadDock = new QDockWidget(this);
    m_payloadDock->setObjectName(QStringLiteral("payloadDock"));
    m_payloadDock->setWidget(m_payload);
    addDockWidget(Qt::BottomDockWidgetArea, m_payloadDock);
    splitDockWidget(m_eventDock, m_payloadDock, Qt::Horizontal);
    resizeDocks({m_eventDock, m_payloadDock}, {3, 2}, Qt::Horizontal);
    resizeDocks({m_eventDock}, {240}, Qt::Vertical);

    // Lessons drive the live lab; explanations answer "what is this?" for what is selected.
    m_explanation = new ExplanationPanel(this);
    m_explainDock = new QDockWidget(this);
    m_explainDock->setObjectName(QStringLiteral("explainDock"));
    m_explainDock->setWidget(m_explanation);
    addDockWidget(Qt::RightDockWidgetArea, m_explainDock);
    m_library = session->lessons();
    m_player = session->lessonPlayer();
    if (m_player) {
        m_player->setLanguage(language ? language->language() : QStringLiteral("en"));
        m_lessonPanel = new LessonPanel(m_player, this);
        m_lessonPanel->setLessons(m_library->lessons());
        m_lessonPanel->setProblems(m_library->problemLines());
        m_lessonDock = new QDockWidget(this);
        m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
        m_lessonDock->setWidget(m_lessonPanel);
        // The lesson takes the workbench's place (one tab away): beside both, on a 1024-pixel
        // screen the tables were left too narrow for the columns the lesson speaks of.
        addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
        tabifyDockWidget(m_workbenchDock, m_lessonDock);
        m_lessonDock->raise();
        if (language)
            connect(language, &LanguageSwitcher::languageChanged, m_player, &LessonPlayer::setLanguage);
        connect(this, &MainWindow::presentationStep, m_player, [this](int direction) {
            direction > 0 ? m_player->next() : m_player->back();
        });
        connect(m_explanation, &ExplanationPanel::lessonRequested, this, [this](const QString &id) {
            openLesson(id, false);
        });
        // Each step shows the view it is about, frames what it names and selects its socket.
        new LessonSpotlight(m_player, {m_tabs, m_socketView, m_connectionView, m_socketModel, m_timeline, m_ports},
                            [this](qint32 id) { selectSocket(id); }, this);
    }
    resizeDocks({m_explainDock}, {380}, Qt::Horizontal);
    // Both open on demand (View menu, a lesson, a header click) so the tables keep the room.
    m_explainDock->hide();
    if (m_lessonDock)
        m_lessonDock->hide();
    connect(m_socketView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_explainDock->show();
        m_explainDock->raise();
        m_explanation->explainColumn(m_socketModel, column);
    });
    connect(m_connectionView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_explainDock->show();
        m_explainDock->raise();
        m_explanation->explainColumn(m_connectionModel, column);
    });
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_explanation->explainEventKind(EventKind(current.data(EventLogModel::KindRole).toInt()));
            });

    // Status bar.
    // Long sentences end in "…" with the whole text in the tooltip: they never widen the window.
    m_message = new ElidedLabel(this);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kernelStatus = new ElidedLabel(this);
    m_recordStatus = new ElidedLabel(this);
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_recordStatus);
    statusBar()->addPermanentWidget(m_kernelStatus);

    // One selection everywhere.
    connect(m_socketView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing && current.isValid())
                    selectSocket(current.data(SocketTableModel::SocketIdRole).toInt());
            });
    connect(m_connectionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                const QList<qint32> ids = current.data(ConnectionTableModel::SocketIdsRole).value<QList<qint32>>();
                if (!ids.isEmpty() && !ids.contains(m_selected))
                    selectSocket(ids.constFirst());
            });
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                const qint32 id = current.data(EventLogModel::SocketIdRole).toInt();
                if (id >= 0)
                    selectSocket(id);
            });
    connect(m_eventModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followLogAction->isChecked())
            m_eventView->scrollToBottom();
    });
    connect(m_socketModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        // The first socket ever opened becomes the selection, so the workbench has a target.
        if (m_selected < 0 && first == 0)
            selectSocket(m_socketModel->record(0)->id);
    });
    connect(m_workbench, &Workbench::message, this, &MainWindow::showMessage);
    connect(m_timeline, &TimelinePanel::socketSelected, this, &MainWindow::selectSocket);
    connect(m_timeline, &TimelinePanel::message, this, &MainWindow::showMessage);
    connect(m_ports, &PortExplorer::socketSelected, this, &MainWindow::selectSocket);
    connect(m_workbench, &Workbench::socketOpened, this, [this](qint32 id) {
        m_socketModel->catchUp();
        m_connectionModel->catchUp();
        selectSocket(id);
    });
    if (m_lab) {
        connect(m_lab, &Lab::socketFailed, this, [this](qint32 id, const LabError &error) {
            showMessage(tr("Socket #%1: %2").arg(id).arg(ErrorText::full(error)), true);
        });
        // The banner looks at every socket, so it follows changes a few times a second,
        // never once per change: under load that would be quadratic.
        m_bannerTimer.setSingleShot(true);
        m_bannerTimer.setInterval(200);
        connect(&m_bannerTimer, &QTimer::timeout, this, &MainWindow::updateBanner);
        const auto soon = [this] {
            if (!m_bannerTimer.isActive())
                m_bannerTimer.start();
        };
        connect(m_lab, &Lab::socketChanged, this, soon);
        connect(m_lab, &Lab::socketRemoved, this, soon);
        connect(m_lab, &Lab::descriptorShortageChanged, this, &MainWindow::updateBanner);
    }
    setWindowIcon(QIcon(QStringLiteral(":/icons/socketscope.svg")));

    buildMenus();
    retranslate();
    // A first run fills most of the screen; later runs restore what the user left.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1500, 900);
    resize(qMin(1500, available.width() * 95 / 100), qMin(900, available.height() * 95 / 100));

    if (session->recorder())
        setRecorder(session->recorder());
    if (session->capture())
        setHostCapture(session->capture());
    if (session->network())
        setVirtualNetwork(session->network());
    buildWelcome();
}

MainWindow::~MainWindow()
{
    if (m_ownRecorder)
        m_ownRecorder->close();
}

QTableView *MainWindow::socketView() const
{
    return m_socketView;
}

QTableView *MainWindow::connectionView() const
{
    return m_connectionView;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openRecording);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recordAction = m_fileMenu->addAction(QString(), this, &MainWindow::toggleRecording);
    m_recordAction->setEnabled(m_lab != nullptr);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_workbenchDock->toggleViewAction());
    m_viewMenu->addAction(m_eventDock->toggleViewAction());
    m_viewMenu->addAction(m_payloadDock->toggleViewAction());
    m_viewMenu->addAction(m_explainDock->toggleViewAction());
    if (m_lessonDock)
        m_viewMenu->addAction(m_lessonDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_reduceMotionAction = m_viewMenu->addAction(QString());
    m_reduceMotionAction->setCheckable(true);
    connect(m_reduceMotionAction, &QAction::toggled, this, &MainWindow::setReduceMotion);
    m_followLogAction = m_viewMenu->addAction(QString());
    m_followLogAction->setCheckable(true);
    m_followLogAction->setChecked(true);
    m_captureAction = m_viewMenu->addAction(QString());
    m_captureAction->setCheckable(true);
    m_captureAction->setEnabled(false); // until there is a live lab with a capture
    connect(m_captureAction, &QAction::toggled, this, [this](bool on) {
        if (m_capture)
            m_capture->setEnabled(on);
    });
    m_presentAction = m_viewMenu->addAction(QString());
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(Qt::Key_F5);
    connect(m_presentAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    addAction(m_presentAction); // keeps F5 working while the menu bar is hidden
    // Ctrl+1, Ctrl+2 ... switch between the tabs, also in presentation mode.
    for (int i = 0; i < 9; ++i) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        addAction(go);
    }
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    for (const QString &name : Theme::names()) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(name == m_settings.theme);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { setTheme(name); });
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_koreanAction = m_languageMenu->addAction(QStringLiteral("\uD55C\uAD6D\uC5B4"));
    for (QAction *action : {m_englishAction, m_koreanAction}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    (m_language && m_language->language() == QLatin1StringView("ko") ? m_koreanAction : m_englishAction)->setChecked(true);
    // Only a choice made here is remembered for the next run; --lang is for one run.
    const auto choose = [this](const QString &language) {
        m_settings.language = language;
        if (m_language)
            m_language->setLanguage(language);
    };
    connect(m_englishAction, &QAction::triggered, this, [choose] { choose(QStringLiteral("en")); });
    connect(m_koreanAction, &QAction::triggered, this, [choose] { choose(QStringLiteral("ko")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::buildWelcome()
{
    auto *help = new HelpMenu(m_helpMenu, m_library, m_language);
    addAction(help->whatsThisAction()); // Shift+F1 also while the menu bar is hidden
    auto *explainer = new ClickExplainer(m_explanation, m_explainDock, this);
    connect(help, &HelpMenu::whatsThisRequested, explainer, &ClickExplainer::arm);
    connect(explainer, &ClickExplainer::armedChanged, this, [this](bool armed) {
        if (armed)
            showMessage(tr("What is this? Click anything in the window to have it explained; Esc cancels."), false);
    });
    connect(help, &HelpMenu::explanationsRequested, this, [this] {
        m_explainDock->show();
        m_explainDock->raise();
    });
    if (m_player)
        connect(help, &HelpMenu::lessonRequested, this, [this](const QString &id) { openLesson(id, false); });
    if (!m_lab || !m_player) {
        help->welcomeAction()->setVisible(false); // a replay only shows
        return;
    }
    m_welcome = new WelcomePage(m_library, m_lab, m_session->network(), m_language, this);
    const auto showTab = [this](QWidget *tab) {
        m_welcome->hide();
        if (tab)
            m_tabs->setCurrentWidget(tab);
    };
    connect(help, &HelpMenu::welcomeRequested, this, [this] {
        m_welcome->setShowAtStart(m_settings.showWelcome);
        m_welcome->open();
    });
    connect(m_welcome, &WelcomePage::showAtStartChanged, this, [this](bool show) { m_settings.showWelcome = show; });
    connect(m_welcome, &WelcomePage::lessonChosen, this, [this](const QString &id) { openLesson(id, false); });
    connect(m_player, &LessonPlayer::lessonLoaded, m_welcome, &QWidget::hide);
    connect(m_welcome, &WelcomePage::socketsOpened, this, [this, showTab](qint32 server, const QString &text) {
        showTab(m_tabs->widget(0));
        selectSocket(server);
        showMessage(text, false);
    });
    connect(m_welcome, &WelcomePage::labNetworkStarted, this, [this, showTab] { showTab(m_networkPanel); });
    connect(m_welcome, &WelcomePage::recordingRequested, this, &MainWindow::openRecording);
    connect(m_welcome, &WelcomePage::tablesRequested, this, [this, showTab] { showTab(m_tabs->widget(0)); });
    // Decided once the start has settled (settings applied, command line done): sockets or a
    // lesson from the command line need no welcome.
    QTimer::singleShot(0, m_welcome, [this] {
        if (m_settings.showWelcome && m_lab->socketIds().isEmpty() && m_player->lesson().id.isEmpty()) {
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

void MainWindow::retranslate()
{
    setWindowTitle(m_replayPath.isEmpty()
                       ? tr("SocketScope")
                       : tr("SocketScope \u2013 replay of %1").arg(QFileInfo(m_replayPath).fileName()));
    m_tabs->setTabText(0, tr("Sockets and connections"));
    m_tabs->setTabText(1, tr("Timeline"));
    m_tabs->setTabText(2, tr("Ports"));
    if (m_experiments)
        m_tabs->setTabText(3, tr("Experiments"));
    if (m_networkPanel)
        m_tabs->setTabText(m_tabs->indexOf(m_networkPanel), tr("Network"));
    if (m_networkStatus)
        m_networkStatus->setText(m_network && m_network->isActive() ? tr("Network: virtual lab") : tr("Network: this computer"));
    m_explainDock->setWindowTitle(tr("Explanations"));
    if (m_lessonDock)
        m_lessonDock->setWindowTitle(tr("Lesson"));
    m_socketsTitle->setText(tr("Sockets: each is <protocol, local ip:port, remote ip:port>"));
    m_connectionsTitle->setText(tr("Connections: each TCP connection is a pair of sockets"));
    m_workbenchDock->setWindowTitle(tr("Workbench"));
    m_eventDock->setWindowTitle(tr("Event log"));
    m_payloadDock->setWindowTitle(tr("Data of the selected socket"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open recording\u2026"));
    m_recordAction->setText(m_ownRecorder && m_ownRecorder->isOpen() ? tr("&Stop recording") : tr("&Record to file\u2026"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_reduceMotionAction->setText(tr("&Reduce motion"));
    m_reduceMotionAction->setToolTip(tr("Do not animate new, changed and closing rows"));
    m_followLogAction->setText(tr("&Follow the event log"));
    m_captureAction->setText(tr("&Capture packets"));
    m_captureAction->setToolTip(tr("Show the real packets of SocketScope's sockets on this machine instead of the "
                                   "ones the protocol implies"));
    m_presentAction->setText(tr("&Presentation mode"));
    m_presentAction->setToolTip(tr("Full screen, large type and high contrast for a projector. Esc leaves it."));
    m_recentMenu->setTitle(tr("Open &recent"));
    rebuildRecentMenu();
    m_themeMenu->setTitle(tr("&Theme"));
    for (QAction *action : m_themeGroup->actions())
        action->setText(Theme::displayName(action->data().toString()));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SocketScope"));
    if (m_kernel && m_kernel->isAvailable())
        m_kernelStatus->setText(tr("Kernel view: %1").arg(m_kernel->sourceName()));
    else if (m_lab)
        m_kernelStatus->setText(tr("Kernel view off: this system offers neither sock_diag nor /proc/net"));
    else
        m_kernelStatus->setText(tr("Replay: no live kernel view"));
    m_socketView->refit();
    m_connectionView->refit();
    setRecorder(m_recorder);
    updateBanner();
    updateCaptureStatus();
}

void MainWindow::setRecorder(RecordingWriter *recorder)
{
    m_recorder = recorder;
    if (recorder && recorder->isOpen())
        m_recordStatus->setText(tr("Recording to %1").arg(QFileInfo(recorder->fileName()).fileName()));
    else
        m_recordStatus->clear();
}

void MainWindow::setReplaySource(const QString &path, const QStringList &problems, qint64 damagedLines)
{
    m_replayPath = path;
    m_replayProblems = problems;
    m_replayDamagedLines = damagedLines;
    for (qsizetype i = 0; i < m_journal->count(); ++i) {
        if (m_journal->at(i).host && m_journal->at(i).kind == EventKind::SocketOpened) {
            showComputerColumn(true);
            break;
        }
    }
    retranslate();
}

void MainWindow::showComputerColumn(bool shown)
{
    const bool wasHidden = m_socketView->isColumnHidden(SocketTableModel::ColumnComputer);
    m_socketView->setColumnHidden(SocketTableModel::ColumnComputer, !shown);
    // A column hidden when the others were fitted has no width of its own yet.
    if (shown && wasHidden)
        m_socketView->refit();
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
}

void MainWindow::setVirtualNetwork(VirtualNetwork *network)
{
    m_network = network;
    if (!network || m_networkPanel)
        return;
    m_networkPanel = new NetworkPanel(network, m_lab, m_tabs);
    m_networkPanel->setObjectName(QStringLiteral("network"));
    m_networkPanel->setPresentationScale(m_presentationScale);
    m_tabs->addTab(m_networkPanel, QString());
    fitTabsToCurrentPage(m_tabs, m_presenting);
    connect(m_networkPanel, &NetworkPanel::messageRaised, this, &MainWindow::showMessage);
    m_networkStatus = new ElidedLabel(this);
    // First of the permanent ones, right after the message (index 0).
    statusBar()->insertPermanentWidget(1, m_networkStatus);
    connect(network, &VirtualNetwork::changed, this, [this] {
        retranslate();
        updateBanner();
        // The computer column matters once sockets can live on several computers.
        if (m_network && m_network->isActive())
            showComputerColumn(true);
        QStringList addresses;
        if (m_network && m_network->isActive()) {
            const LabTopology &topology = m_network->network()->topology();
            for (const LabHost &host : topology.hosts)
                addresses << host.address.toString();
            for (const LabSegment &segment : topology.segments)
                addresses << segment.routerAddress.toString();
        }
        if (m_workbench)
            m_workbench->setLabAddresses(addresses);
    });
    showComputerColumn(network->isActive());
    if (m_player) {
        connect(m_session, &Session::lessonNetworkChosen, this, [this](bool inLab) {
            if (!inLab) {
                m_player->announce(tr("This lesson shows real packets in the virtual lab network, which cannot be "
                                      "started here: %1 It runs on this computer's network instead; the timeline "
                                      "draws the packets it cannot see as inferred, and steps that need the lab's "
                                      "router are skipped.")
                                       .arg(m_network->problem()),
                                   true);
                return;
            }
            m_player->announce(tr("This lesson runs in the virtual lab network: every arrow on the timeline is a "
                                  "packet that was really captured."),
                               false);
        });
    }
    retranslate();
    updateBanner();
}

void MainWindow::setHostCapture(HostCapture *capture)
{
    m_capture = capture;
    m_captureAction->setEnabled(capture != nullptr);
    // So the setcap command can be copied from the banner.
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!capture)
        return;
    m_captureAction->setChecked(capture->isEnabled());
    connect(capture, &HostCapture::enabledChanged, this, [this](bool on) {
        m_captureAction->setChecked(on);
        updateBanner();
    });
    connect(capture->client(), &CaptureHelperClient::stateChanged, this, &MainWindow::updateBanner);
    connect(capture->client(), &CaptureHelperClient::refusalsChanged, this, &MainWindow::updateBanner);
    updateBanner();

    // How many packets were seen, a few times a second at most, whatever the packet rate.
    m_captureStatus = new ElidedLabel(this);
    statusBar()->addPermanentWidget(m_captureStatus);
    m_captureStatusTimer.setSingleShot(true);
    m_captureStatusTimer.setInterval(300);
    connect(&m_captureStatusTimer, &QTimer::timeout, this, &MainWindow::updateCaptureStatus);
    const auto soon = [this] {
        if (!m_captureStatusTimer.isActive())
            m_captureStatusTimer.start();
    };
    connect(capture->feed(), &CaptureFeed::countsChanged, this, soon);
    connect(capture->client(), &CaptureHelperClient::stateChanged, this, &MainWindow::updateCaptureStatus);
    connect(capture, &HostCapture::enabledChanged, this, &MainWindow::updateCaptureStatus);
    updateCaptureStatus();
}

void MainWindow::updateCaptureStatus()
{
    if (!m_capture || !m_captureStatus)
        return;
    const CaptureFeed::Counts counts = m_capture->feed()->counts();
    QString text;
    switch (m_capture->client()->state()) {
    case CaptureHelperClient::State::Off:
        break;
    case CaptureHelperClient::State::Starting:
        text = tr("Capture: starting");
        break;
    case CaptureHelperClient::State::Capturing:
        text = tr("Capture: %n packet(s) seen", "", int(qMin<qint64>(counts.frames, INT_MAX)));
        if (counts.kernelDrops > 0)
            text += QLatin1Char(' ') + tr("(%n lost: the kernel dropped them)", "", int(qMin<qint64>(counts.kernelDrops, INT_MAX)));
        break;
    default:
        text = tr("Capture: off");
        break;
    }
    m_captureStatus->setText(text);
    m_captureStatus->setVisible(!text.isEmpty());
}

void MainWindow::updateBanner()
{
    QStringList lines;
    QString style = QStringLiteral("background: #fff3cd; color: #5c4400; border-bottom: 1px solid #d8b74a;");
    if (m_capture && m_capture->isEnabled()) {
        const CaptureHelperClient *client = m_capture->client();
        switch (client->state()) {
        case CaptureHelperClient::State::PermissionDenied:
            lines << tr("Packet capture is off: the capture helper may not capture packets on this computer "
                        "(the system said: %1). The timeline shows the packets the protocol implies instead.")
                         .arg(client->detail());
            lines << tr("To allow it, an administrator runs:\n    %1")
                         .arg(CaptureHelperClient::grantCommand(client->helperPath()));
            lines << tr("To let only some users capture, put them in a group and close the helper to others:\n    %1")
                         .arg(CaptureHelperClient::restrictCommands(client->helperPath()));
            break;
        case CaptureHelperClient::State::Unavailable:
            lines << tr("Packet capture is off: the capture helper program (socketscope-capture) is not "
                        "installed. The timeline shows the packets the protocol implies instead.");
            break;
        case CaptureHelperClient::State::Failed:
            lines << tr("Packet capture stopped: %1").arg(client->detail());
            break;
        case CaptureHelperClient::State::Capturing:
            if (!client->message().isEmpty())
                lines << client->message(); // what the helper left out, and why
            break;
        default:
            break;
        }
    }
    if (!m_replayPath.isEmpty()) {
        lines << tr("Replaying %1: %n event(s). Nothing here is live.", "", int(m_journal->count()))
                     .arg(QFileInfo(m_replayPath).fileName());
        if (m_replayDamagedLines > 0)
            lines << tr("%n damaged line(s) were skipped: %1", "", int(qMin<qint64>(m_replayDamagedLines, INT_MAX)))
                         .arg(m_replayProblems.mid(0, 3).join(QStringLiteral("; ")));
    }
    if (m_network && !m_network->isActive() && !m_network->problem().isEmpty())
        lines << m_network->problem();
    if (const QString shortage = ResourceWarning::bannerText(m_lab); !shortage.isEmpty())
        lines << shortage;
    if (m_lab) {
        QStringList exposed;
        for (const qint32 id : m_lab->socketIds()) {
            const SocketInfo *info = m_lab->info(id);
            // A socket in the virtual lab network is out of reach of other computers. So is one
            // bound to a multicast group: the lab turns IP_MULTICAST_ALL off, so it hears only
            // the groups it joined itself, and the experiments join on loopback.
            if (info && info->isOpen() && info->host.isEmpty()
                && (info->role == SocketRole::Listener || info->role == SocketRole::Udp)
                && !info->localAddress.isLoopback() && !info->localAddress.isMulticast())
                exposed << QStringLiteral("#%1 (%2)").arg(id).arg(formatEndpoint(info->localAddress, info->localPort));
        }
        if (!exposed.isEmpty()) {
            lines << tr("Open to the network: %1 listen beyond this machine, so other computers can reach them.")
                         .arg(exposed.join(QStringLiteral(", ")));
            style = QStringLiteral("background: #f8d7da; color: #721c24; font-weight: bold; border-bottom: 1px solid #c0392b;");
        }
    }
    m_banner->setVisible(!lines.isEmpty());
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setStyleSheet(style);
}

void MainWindow::openRecording()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a recording"), QString(),
                                                      tr("SocketScope recordings (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    openReplay(path);
}

void MainWindow::openReplay(const QString &path)
{
    m_settings.addRecent(path);
    rebuildRecentMenu();
    // A replay is a window of its own, so the live lab keeps running here.
    QStringList arguments{QStringLiteral("--replay"), path};
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Record to file"), QStringLiteral("session.jsonl"),
                                                      tr("SocketScope recordings (*.jsonl)"));
    if (path.isEmpty())
        return;
    if (!m_ownRecorder)
        m_ownRecorder = new RecordingWriter(m_journal, this);
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
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_settings.recentRecordings))
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openReplay(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!m_settings.recentRecordings.isEmpty());
}

void MainWindow::setTheme(const QString &name)
{
    m_settings.theme = name;
    Theme::apply(name);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == name);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    if (!settings.geometry.isEmpty())
        restoreGeometry(settings.geometry);
    if (!settings.windowState.isEmpty())
        restoreState(settings.windowState);
    m_reduceMotionAction->setChecked(settings.reduceMotion);
    m_workbench->restoreFields(settings);
    setTheme(settings.theme);
    rebuildRecentMenu();
}

AppSettings MainWindow::currentSettings() const
{
    AppSettings settings = m_settings;
    // Closed while presenting: the next run starts from the layout presentation mode replaced,
    // not full screen with the workbench hidden and the lesson stretched across the bottom.
    if (!m_presenting)
        settings.geometry = saveGeometry();
    settings.windowState = m_presenting ? m_statePresented : saveState();
    settings.reduceMotion = m_reduceMotionAction->isChecked();
    m_workbench->storeFields(settings);
    return settings;
}

bool MainWindow::openLesson(const QString &id, bool autoplay)
{
    const Lesson *lesson = m_library ? m_library->find(id) : nullptr;
    if (!lesson)
        return false;
    m_player->load(*lesson);
    m_lessonDock->show();
    m_lessonDock->raise();
    if (autoplay)
        m_player->setAutoplay(true);
    return true;
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    fitTabsToCurrentPage(m_tabs, on);
    if (m_presentAction->isChecked() != on)
        m_presentAction->setChecked(on);
    if (on) {
        m_statePresented = saveState();
        m_workbenchDock->hide();
        m_eventDock->hide();
        m_payloadDock->hide();
        m_explainDock->hide();
        if (m_lessonDock) {
            // The lesson's narration is what the class reads: it stays, below the tables.
            m_lessonPanel->setLessonListVisible(false);
            addDockWidget(Qt::BottomDockWidgetArea, m_lessonDock);
            // A dock at the bottom gets only the height it asks for, which cut the large
            // narration to one line at 1024x768: the lesson takes 45% of the screen, room for
            // three lines of narration in Korean beside a two-line message.
            m_lessonDock->setMinimumHeight(screen() ? screen()->geometry().height() * 9 / 20 : 340);
            m_lessonDock->show();
        }
        menuBar()->hide();
        statusBar()->hide();
        Theme::apply(QStringLiteral("high-contrast"));
        showFullScreen();
        qApp->installEventFilter(this);
    } else {
        qApp->removeEventFilter(this);
        if (m_blank)
            m_blank->hide();
        menuBar()->show();
        statusBar()->show();
        Theme::apply(m_settings.theme);
        showNormal();
        if (m_lessonPanel)
            m_lessonPanel->setLessonListVisible(true);
        if (m_lessonDock)
            m_lessonDock->setMinimumHeight(0);
        restoreState(m_statePresented);
    }
    // Large type that reads from the back row: about 16 pt at 1024x768 and 22 pt at 1080p.
    const int height = screen() ? screen()->geometry().height() : 768;
    const qreal scale = on ? qMax(1.6, height / 480.0) : 1.0;
    m_presentationScale = scale;
    m_socketView->setScale(scale);
    m_connectionView->setScale(scale);
    m_timeline->setPresentationScale(scale);
    if (m_lessonPanel)
        m_lessonPanel->setPresentationScale(scale);
    m_explanation->setPresentationScale(scale);
    if (m_networkPanel)
        m_networkPanel->setPresentationScale(scale);
    QFont tabFont = font();
    tabFont.setPointSizeF(tabFont.pointSizeF() * (on ? 1.4 : 1.0));
    m_tabs->tabBar()->setFont(tabFont);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1 * scale);
    m_socketsTitle->setFont(titleFont);
    m_connectionsTitle->setFont(titleFont);
    QFont bannerFont = font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * scale);
    m_banner->setFont(bannerFont);
    emit presentationModeChanged(on);
}

bool MainWindow::isBlanked() const
{
    return m_blank && m_blank->isVisible();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_presenting || event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        emit presentationStep(+1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
        emit presentationStep(-1);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        // A clicker's "blank" key: a black screen, so the class looks at the teacher.
        if (!m_blank) {
            m_blank = new QWidget(this);
            m_blank->setObjectName(QStringLiteral("blankScreen"));
            m_blank->setAutoFillBackground(true);
            QPalette black = m_blank->palette();
            black.setColor(QPalette::Window, Qt::black);
            m_blank->setPalette(black);
        }
        m_blank->setGeometry(rect());
        m_blank->setVisible(!m_blank->isVisible());
        m_blank->raise();
        return true;
    case Qt::Key_Escape:
        if (isBlanked())
            m_blank->hide();
        else
            setPresentationMode(false);
        return true;
    case Qt::Key_F5:
        setPresentationMode(false);
        return true;
    default:
        return QMainWindow::eventFilter(watched, event);
    }
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

void MainWindow::selectInView(QTableView *view, QSortFilterProxyModel *proxy, int sourceRow)
{
    if (sourceRow < 0) {
        view->clearSelection();
        return;
    }
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (view->currentIndex().row() != index.row())
        view->setCurrentIndex(index);
    view->scrollTo(index);
}

void MainWindow::selectSocket(qint32 id)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_selected = id;
    m_socketModel->catchUp();
    m_connectionModel->catchUp();
    selectInView(m_socketView, m_socketProxy, m_socketModel->rowOfSocket(id));
    selectInView(m_connectionView, m_connectionProxy, m_connectionModel->rowOfSocket(id));
    m_workbench->setSelectedSocket(id);
    m_payload->showSocket(id);
    if (m_experiments)
        m_experiments->selectSocket(id);
    if (const SocketRecord *record = m_socketModel->recordOfSocket(id))
        m_explanation->explainKernelState(record->kernel);
    m_timeline->selectSocket(id);
    m_ports->selectSocket(id);
    m_syncing = false;
}

} // namespace SocketScope
