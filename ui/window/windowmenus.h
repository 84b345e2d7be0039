#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace SocketScope {

class LanguageSwitcher;
class WindowDocks;

// The menu bar: File (recordings), View (docks, motion, capture, presentation, theme), Time
// (the playhead, with Alt keys that work on every tab), Language and Help. It says what was chosen; the
// window decides what that does.
class WindowMenus : public QObject
{
    Q_OBJECT

public:
    WindowMenus(
        QMainWindow *window, WindowDocks *docks, QTabWidget *tabs, LanguageSwitcher *language, bool live);

    QMenu *helpMenu() const { return m_helpMenu; }
    QAction *presentAction() const { return m_presentAction; }
    QAction *captureAction() const { return m_captureAction; }
    QAction *reduceMotionAction() const { return m_reduceMotionAction; }
    QAction *followLogAction() const { return m_followLogAction; }

    void setRecentRecordings(const QStringList &paths);
    void setTheme(const QString &name);
    void retranslate(bool recording);

signals:
    void openRequested();
    // File > Compare with: a second recording beside this session.
    void compareRequested();
    void recentRequested(const QString &path);
    void recordRequested();
    void themeChosen(const QString &name);
    void languageChosen(const QString &language);
    void aboutRequested();
    // Time: move the playhead `steps` events (negative: back), to the start, or back to live.
    void stepRequested(int steps);
    void startRequested();
    void liveRequested();
    // Ctrl+1, Ctrl+2 ...: the tab at `index` was asked for (and is shown, when there is one).
    void tabChosen(int index);

private:
    void buildFileMenu(QMainWindow *window, bool live);
    void buildViewMenu(QMainWindow *window, WindowDocks *docks, QTabWidget *tabs);
    void buildTimeMenu(QMainWindow *window);
    void buildLanguageMenu(QMainWindow *window, LanguageSwitcher *language);

    QStringList m_recent;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_timeMenu = nullptr;
    QAction *m_stepBackAction = nullptr;
    QAction *m_stepForwardAction = nullptr;
    QAction *m_tenBackAction = nullptr;
    QAction *m_tenForwardAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_liveAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reduceMotionAction = nullptr;
    QAction *m_followLogAction = nullptr;
    QAction *m_captureAction = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace SocketScope
