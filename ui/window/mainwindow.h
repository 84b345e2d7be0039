#pragma once

#include "appsettings.h"

#include <QtWidgets/QMainWindow>

#include <optional>

class QTabWidget;
class QTableView;

namespace SocketScope {

class ChallengeView;
struct Challenge;
class ConnectionTableModel;
class DrillPanel;
class EventLogModel;
class ExperimentsPanel;
class LanguageSwitcher;
class LessonLibrary;
class LessonPlayer;
class MessageToast;
class NetworkPanel;
class PortExplorer;
class Playhead;
class PresentationMode;
class RecordingWriter;
class Selection;
class Session;
class SocketTableModel;
class TablesPage;
class TimelinePanel;
class VirtualNetwork;
class WelcomePage;
class WindowBanner;
class WindowDocks;
class WindowMenus;
class WindowStatus;

// Lays out the views of a session: the banner above the tabs (tables, timeline, ports,
// experiments, network), the docks around them, the menus and the status bar. Each of those
// is built by a class of its own; the views agree through one Selection. With no lab (a
// replay) it only shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Lays out the views of `session`, which outlives the window. `language` may be null.
    MainWindow(Session *session, LanguageSwitcher *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The recording streamed while running, if any (to show it in the status bar).
    void setRecorder(RecordingWriter *recorder);
    // A replay: which file, and what was wrong with it.
    void setReplaySource(const QString &path, const QStringList &problems, qint64 damagedLines);
    void selectSocket(qint32 id);
    qint32 selectedSocket() const;
    // What every view shows as selected.
    Selection *selection() const { return m_selection; }

    SocketTableModel *socketModel() const { return m_socketModel; }
    ConnectionTableModel *connectionModel() const { return m_connectionModel; }
    EventLogModel *eventModel() const { return m_eventModel; }
    QTableView *socketView() const;
    QTableView *connectionView() const;
    QTabWidget *centralTabs() const { return m_tabs; }
    TimelinePanel *timeline() const { return m_timeline; }
    PortExplorer *portExplorer() const { return m_ports; }
    // Null in a replay, until showRecordedChallenge().
    ChallengeView *challengeView() const { return m_challenges; }
    // A replay: a Class challenge tab with `challenge` judged from the recording at the
    // playhead. Null in a live session (its tab is the live one).
    // Without a challenge: the one the recording names (challenge_started).
    ChallengeView *showRecordedChallenge(const std::optional<Challenge> &challenge);
    // The Mystery fault page (Help > Mystery fault drill), made and shown on first use; null in
    // a replay.
    DrillPanel *showDrills();
    LessonPlayer *lessonPlayer() const;
    const LessonLibrary *lessons() const;
    // Opens a built-in lesson in the lesson panel; false when there is no such lesson.
    bool openLesson(const QString &id, bool autoplay);

    void showMessage(const QString &text, bool error);

    // Restores what the last run left (window layout, theme, fields); saved again on close.
    void applySettings(const AppSettings &settings);

    // Presentation mode: full screen, large type, high contrast, chrome hidden; the keys a
    // presentation clicker sends step the lesson (presentationStep) and B or . blanks the screen.
    void setPresentationMode(bool on);
    bool isPresenting() const;
    bool isBlanked() const;
    AppSettings currentSettings() const;

signals:
    // +1 forward, -1 back: PageDown/PageUp, arrows, space from a clicker in presentation mode.
    void presentationStep(int direction);
    void presentationModeChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A replay opens without the workbench (it makes no sockets).
    void hideWorkbenchInReplay();
    void buildTabs();
    void followSelection();
    void connectMenus();
    void connectPresentation();
    void connectLessons();
    void connectMessages();
    // Every view shows the instant of the timeline's playhead.
    void connectPlayhead();
    // The event log at its end with the newest row picked, as Live (back to now) shows it.
    void showNewestEvent();
    // The virtual lab network: a Network tab, and the Computer column once it runs.
    void addNetworkTab(VirtualNetwork *network);
    void onNetworkChanged();
    // A first start that guides: the welcome page, and Help's lessons, "what is this?",
    // shortcuts and README.
    void buildWelcome();
    void retranslate();
    void openRecording();
    // File > Compare with: a recording beside this session, in a window of its own.
    void compareWith();
    void toggleRecording();
    void setReduceMotion(bool reduce);
    void showAbout();
    void setTheme(const QString &name);
    void rebuildRecentMenu();
    void openReplay(const QString &path);

    Session *m_session;
    LanguageSwitcher *m_language;
    Selection *m_selection;
    SocketTableModel *m_socketModel;
    ConnectionTableModel *m_connectionModel;
    EventLogModel *m_eventModel;
    Playhead *m_playhead;
    RecordingWriter *m_ownRecorder = nullptr;
    QString m_replayPath;
    AppSettings m_settings;

    WindowBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    TablesPage *m_tables = nullptr;
    TimelinePanel *m_timeline = nullptr;
    PortExplorer *m_ports = nullptr;
    ExperimentsPanel *m_experiments = nullptr;
    ChallengeView *m_challenges = nullptr;
    DrillPanel *m_drills = nullptr;
    QAction *m_drillAction = nullptr;
    NetworkPanel *m_networkPanel = nullptr;
    WindowDocks *m_docks = nullptr;
    WindowStatus *m_status = nullptr;
    MessageToast *m_toast = nullptr;
    WindowMenus *m_menus = nullptr;
    PresentationMode *m_presentation = nullptr;
    WelcomePage *m_welcome = nullptr;
};

} // namespace SocketScope
