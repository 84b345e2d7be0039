#pragma once

#include <QtCore/QObject>

class QCheckBox;
class QDockWidget;
class QMainWindow;
class QTableView;

namespace SocketScope {

class EventLogModel;
class ExplanationPanel;
class Lab;
class LanguageSwitcher;
class LessonPanel;
class PayloadView;
class Selection;
class Session;
class SocketTableModel;
class Workbench;

// The docks around the tables: the workbench (left, with the lesson one tab away), the event
// log and the selected socket's data (below), and the explanations (right, shown on demand).
// The workbench, the data and the explanations follow the selection; a row of the log sets it.
class WindowDocks : public QObject
{
    Q_OBJECT

public:
    WindowDocks(QMainWindow *window, Session *session, SocketTableModel *sockets, EventLogModel *events,
        Selection *selection, LanguageSwitcher *language);

    Workbench *workbench() const { return m_workbench; }
    QTableView *eventView() const { return m_eventView; }
    // Off by default: the kernel's TCP numbers are left out of the log, and it says how many.
    QCheckBox *kernelNumbersBox() const { return m_kernelNumbers; }
    PayloadView *payload() const { return m_payload; }
    ExplanationPanel *explanation() const { return m_explanation; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; } // null without lessons

    QDockWidget *workbenchDock() const { return m_workbenchDock; }
    QDockWidget *eventDock() const { return m_eventDock; }
    QDockWidget *payloadDock() const { return m_payloadDock; }
    QDockWidget *explainDock() const { return m_explainDock; }
    QDockWidget *lessonDock() const { return m_lessonDock; } // null without lessons

    // Brings the explanations to the front.
    void showExplanations();
    // The event log scrolls to each new event while this is on.
    void setFollowLog(bool follow) { m_followLog = follow; }
    // While the playhead is in the past the log's title says so, with the event it stands on
    // (1-based, of `total`); -1: live.
    void setLogAtEvent(qsizetype shown, qsizetype total);
    void retranslate();

private:
    void buildWorkbench(QMainWindow *window, Lab *lab);
    void buildLog(QMainWindow *window, EventLogModel *events, Selection *selection);
    void buildLesson(QMainWindow *window, Session *session, LanguageSwitcher *language);
    void updateKernelNumbersText();
    void showLogTitle();

    Workbench *m_workbench = nullptr;
    QTableView *m_eventView = nullptr;
    EventLogModel *m_events = nullptr;
    QCheckBox *m_kernelNumbers = nullptr;
    PayloadView *m_payload = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    QDockWidget *m_workbenchDock = nullptr;
    QDockWidget *m_eventDock = nullptr;
    QDockWidget *m_payloadDock = nullptr;
    QDockWidget *m_explainDock = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    bool m_followLog = true;
    qsizetype m_logAt = -1;
    qsizetype m_logTotal = 0;
};

} // namespace SocketScope
