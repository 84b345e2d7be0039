#include "windowmenus.h"

#include "languageswitcher.h"
#include "theme.h"
#include "windowdocks.h"

#include <QtCore/QFileInfo>
#include <QtGui/QActionGroup>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QTabWidget>

namespace SocketScope {

WindowMenus::WindowMenus(
    QMainWindow *window, WindowDocks *docks, QTabWidget *tabs, LanguageSwitcher *language, bool live)
    : QObject(window)
{
    buildFileMenu(window, live);
    buildViewMenu(window, docks, tabs);
    buildTimeMenu(window);
    buildLanguageMenu(window, language);
    m_helpMenu = window->menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &WindowMenus::aboutRequested);
}

void WindowMenus::buildFileMenu(QMainWindow *window, bool live)
{
    m_fileMenu = window->menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &WindowMenus::openRequested);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_compareAction = m_fileMenu->addAction(QString(), this, &WindowMenus::compareRequested);
    m_recordAction = m_fileMenu->addAction(QString(), this, &WindowMenus::recordRequested);
    m_recordAction->setEnabled(live);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void WindowMenus::buildViewMenu(QMainWindow *window, WindowDocks *docks, QTabWidget *tabs)
{
    m_viewMenu = window->menuBar()->addMenu(QString());
    m_viewMenu->addAction(docks->workbenchDock()->toggleViewAction());
    m_viewMenu->addAction(docks->eventDock()->toggleViewAction());
    m_viewMenu->addAction(docks->payloadDock()->toggleViewAction());
    m_viewMenu->addAction(docks->explainDock()->toggleViewAction());
    if (docks->lessonDock())
        m_viewMenu->addAction(docks->lessonDock()->toggleViewAction());
    m_viewMenu->addSeparator();
    m_reduceMotionAction = m_viewMenu->addAction(QString());
    m_reduceMotionAction->setCheckable(true);
    m_followLogAction = m_viewMenu->addAction(QString());
    m_followLogAction->setCheckable(true);
    m_followLogAction->setChecked(true);
    connect(m_followLogAction, &QAction::toggled, docks, &WindowDocks::setFollowLog);
    m_captureAction = m_viewMenu->addAction(QString());
    m_captureAction->setCheckable(true);
    m_captureAction->setEnabled(false); // until there is a live lab with a capture
    m_presentAction = m_viewMenu->addAction(QString());
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(Qt::Key_F5);
    window->addAction(m_presentAction); // keeps F5 working while the menu bar is hidden
    // Ctrl+1, Ctrl+2 ... switch between the tabs, also in presentation mode.
    for (int i = 0; i < 9; ++i) {
        auto *go = new QAction(window);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, tabs, [this, tabs, i] {
            if (i < tabs->count())
                tabs->setCurrentIndex(i);
            emit tabChosen(i);
        });
        window->addAction(go);
    }
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    for (const QString &name : Theme::names()) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setData(name);
        action->setCheckable(true);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { emit themeChosen(name); });
    }
}

void WindowMenus::buildTimeMenu(QMainWindow *window)
{
    // Alt with the arrows, as a browser goes back and forward: on every tab, where the bare
    // arrows and Home/End move in tables and fields (the timeline takes them bare too).
    m_timeMenu = window->menuBar()->addMenu(QString());
    const auto add = [this, window](const QKeySequence &keys, auto request) {
        QAction *action = m_timeMenu->addAction(QString(), this, request);
        action->setShortcut(keys);
        window->addAction(action); // working while the menu bar is hidden (presentation)
        return action;
    };
    m_stepBackAction = add(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { emit stepRequested(-1); });
    m_stepForwardAction = add(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { emit stepRequested(1); });
    m_tenBackAction
        = add(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left), [this] { emit stepRequested(-10); });
    m_tenForwardAction
        = add(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right), [this] { emit stepRequested(10); });
    m_timeMenu->addSeparator();
    m_startAction = add(QKeySequence(Qt::ALT | Qt::Key_Home), [this] { emit startRequested(); });
    m_liveAction = add(QKeySequence(Qt::ALT | Qt::Key_End), [this] { emit liveRequested(); });
}

void WindowMenus::buildLanguageMenu(QMainWindow *window, LanguageSwitcher *language)
{
    m_languageMenu = window->menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    QAction *english = m_languageMenu->addAction(QStringLiteral("English"));
    QAction *korean = m_languageMenu->addAction(QStringLiteral("\uD55C\uAD6D\uC5B4"));
    for (QAction *action : {english, korean}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    (language && language->language() == QLatin1StringView("ko") ? korean : english)->setChecked(true);
    connect(english, &QAction::triggered, this, [this] { emit languageChosen(QStringLiteral("en")); });
    connect(korean, &QAction::triggered, this, [this] { emit languageChosen(QStringLiteral("ko")); });
}

void WindowMenus::setRecentRecordings(const QStringList &paths)
{
    m_recent = paths;
    m_recentMenu->clear();
    for (const QString &path : paths)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { emit recentRequested(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void WindowMenus::setTheme(const QString &name)
{
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == name);
}

void WindowMenus::retranslate(bool recording)
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open recording\u2026"));
    m_compareAction->setText(tr("&Compare with\u2026"));
    m_compareAction->setToolTip(tr("Open a recording beside this session, lined up at the first SYN, "
                                   "with what differs marked"));
    m_recordAction->setText(recording ? tr("&Stop recording") : tr("&Record to file\u2026"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_reduceMotionAction->setText(tr("&Reduce motion"));
    m_reduceMotionAction->setToolTip(tr("Do not animate new, changed and closing rows"));
    m_followLogAction->setText(tr("&Follow the event log"));
    m_captureAction->setText(tr("&Capture packets"));
    m_captureAction->setToolTip(
        tr("Show the real packets of SocketScope's sockets on this machine instead of the "
           "ones the protocol implies"));
    m_presentAction->setText(tr("&Presentation mode"));
    m_presentAction->setToolTip(
        tr("Full screen, large type and high contrast for a projector. Esc leaves it."));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_timeMenu->setTitle(tr("&Time"));
    m_stepBackAction->setText(tr("One event &back"));
    m_stepForwardAction->setText(tr("One event &forward"));
    m_tenBackAction->setText(tr("Ten events back"));
    m_tenForwardAction->setText(tr("Ten events forward"));
    m_startAction->setText(tr("To the &start"));
    m_liveAction->setText(tr("Back to &live"));
    for (QAction *action : m_timeMenu->actions())
        action->setToolTip(tr("Moves the playhead: every tab shows the sockets as they were then"));
    setRecentRecordings(m_recent);
    m_themeMenu->setTitle(tr("&Theme"));
    for (QAction *action : m_themeGroup->actions())
        action->setText(Theme::displayName(action->data().toString()));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SocketScope"));
}

} // namespace SocketScope
