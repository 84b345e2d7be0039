#pragma once

#include "appsettings.h"

#include <QtCore/QTimer>
#include <QtWidgets/QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace SocketScope {

class ConnectionTableModel;
class EventLogModel;
class Journal;
class KernelView;
class Lab;
class LanguageSwitcher;
class LiveTableView;
class PayloadView;
class PortExplorer;
class ExperimentsPanel;
class NetworkPanel;
class VirtualNetwork;
class HostCapture;
class ExplanationPanel;
class LessonLibrary;
class LessonPanel;
class LessonPlayer;
class TimelinePanel;
class WelcomePage;
class RecordingWriter;
class Session;
class SocketTableModel;
class Workbench;

// The workbench on the left, the socket and connection tables in the middle, the event log
// and the selected socket's data below. With no lab (a replay) it only shows.
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
    qint32 selectedSocket() const { return m_selected; }

    SocketTableModel *socketModel() const { return m_socketModel; }
    ConnectionTableModel *connectionModel() const { return m_connectionModel; }
    EventLogModel *eventModel() const { return m_eventModel; }
    QTableView *socketView() const;
    QTableView *connectionView() const;
    QTabWidget *centralTabs() const { return m_tabs; }
    TimelinePanel *timeline() const { return m_timeline; }
    PortExplorer *portExplorer() const { return m_ports; }
    LessonPlayer *lessonPlayer() const { return m_player; }
    const LessonLibrary *lessons() const { return m_library; }
    // Opens a built-in lesson in the lesson panel; false when there is no such lesson.
    bool openLesson(const QString &id, bool autoplay);

    void showMessage(const QString &text, bool error);


    // Restores what the last run left (window layout, theme, fields); saved again on close.
    void applySettings(const AppSettings &settings);

    // Presentation mode: full screen, large type, high contrast, chrome hidden; the keys a
    // presentation clicker sends step the lesson (presentationStep) and B or . blanks the screen.
    void setPresentationMode(bool on);
    bool isPresenting() const { return m_presenting; }
    bool isBlanked() const;
    AppSettings currentSettings() const;

signals:
    // +1 forward, -1 back: PageDown/PageUp, arrows, space from a clicker in presentation mode.
    void presentationStep(int direction);
    void presentationModeChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Packet capture on this machine's network: View > Capture packets switches it, and the
    // banner says when it is off for lack of permission and how to grant it.
    void setHostCapture(HostCapture *capture);
    // The virtual lab network: a Network tab, and the status bar says where new sockets live.
    void setVirtualNetwork(VirtualNetwork *network);
    void buildMenus();
    // A first start that guides: the welcome page, and Help's lessons, "what is this?",
    // shortcuts and README.
    void buildWelcome();
    void retranslate();
    void openRecording();
    void toggleRecording();
    void setReduceMotion(bool reduce);
    void updateBanner();
    // The Computer column of the socket table, which matters in the virtual lab network.
    void showComputerColumn(bool shown);
    void updateCaptureStatus();
    void showAbout();
    void setTheme(const QString &name);
    void rebuildRecentMenu();
    void openReplay(const QString &path);
    void selectInView(QTableView *view, QSortFilterProxyModel *proxy, int sourceRow);

    Session *m_session;
    Journal *m_journal;
    Lab *m_lab;
    KernelView *m_kernel;
    LanguageSwitcher *m_language;
    RecordingWriter *m_recorder = nullptr;
    RecordingWriter *m_ownRecorder = nullptr;
    QString m_replayPath;
    QStringList m_replayProblems;
    qint64 m_replayDamagedLines = 0;
    qint32 m_selected = -1;
    bool m_syncing = false;

    SocketTableModel *m_socketModel;
    ConnectionTableModel *m_connectionModel;
    EventLogModel *m_eventModel;
    QSortFilterProxyModel *m_socketProxy;
    QSortFilterProxyModel *m_connectionProxy;

    QTabWidget *m_tabs;
    QLabel *m_banner;
    QLabel *m_socketsTitle;
    QLabel *m_connectionsTitle;
    LiveTableView *m_socketView;
    LiveTableView *m_connectionView;
    QTableView *m_eventView;
    PayloadView *m_payload;
    TimelinePanel *m_timeline;
    PortExplorer *m_ports;
    ExperimentsPanel *m_experiments = nullptr;
    NetworkPanel *m_networkPanel = nullptr;
    qreal m_presentationScale = 1.0;
    VirtualNetwork *m_network = nullptr;
    QLabel *m_networkStatus = nullptr;
    LessonLibrary *m_library = nullptr;
    LessonPlayer *m_player = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QDockWidget *m_explainDock = nullptr;
    Workbench *m_workbench;
    QDockWidget *m_workbenchDock;
    QDockWidget *m_eventDock;
    QDockWidget *m_payloadDock;
    QLabel *m_message;
    QLabel *m_kernelStatus;
    QLabel *m_recordStatus;

    AppSettings m_settings;
    QTimer m_bannerTimer;
    bool m_presenting = false;
    QByteArray m_statePresented; // the layout to return to
    QWidget *m_blank = nullptr;
    QAction *m_presentAction = nullptr;
    HostCapture *m_capture = nullptr;
    QAction *m_captureAction = nullptr;
    QLabel *m_captureStatus = nullptr;
    QTimer m_captureStatusTimer;

    WelcomePage *m_welcome = nullptr;
    QMenu *m_fileMenu, *m_recentMenu, *m_viewMenu, *m_themeMenu, *m_languageMenu, *m_helpMenu;
    QActionGroup *m_themeGroup;
    QAction *m_openAction, *m_recordAction, *m_quitAction, *m_reduceMotionAction, *m_followLogAction;
    QAction *m_englishAction, *m_koreanAction, *m_aboutAction;
    QActionGroup *m_languageGroup;
};

} // namespace SocketScope
