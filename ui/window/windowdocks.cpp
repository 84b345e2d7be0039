#include "windowdocks.h"

#include "explain/explanationpanel.h"
#include "inspector/payloadview.h"
#include "journal/journal.h"
#include "languageswitcher.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonpanel.h"
#include "lessons/lessonplayer.h"
#include "models/eventlogmodel.h"
#include "models/sockettablemodel.h"
#include "selection.h"
#include "session/session.h"
#include "tables/highlightdelegate.h"
#include "workbench/workbench.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

QDockWidget *addDock(QMainWindow *window, const QString &name, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(name);
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

} // namespace

WindowDocks::WindowDocks(QMainWindow *window, Session *session, SocketTableModel *sockets,
    EventLogModel *events, Selection *selection, LanguageSwitcher *language)
    : QObject(window)
{
    buildWorkbench(window, session->lab());
    buildLog(window, events, selection);

    m_payload = new PayloadView(session->journal(), window);
    m_payloadDock = addDock(window, QStringLiteral("payloadDock"), m_payload, Qt::BottomDockWidgetArea);
    window->splitDockWidget(m_eventDock, m_payloadDock, Qt::Horizontal);
    window->resizeDocks({m_eventDock, m_payloadDock}, {3, 2}, Qt::Horizontal);
    window->resizeDocks({m_eventDock}, {240}, Qt::Vertical);

    // Explanations answer "what is this?" for what is selected.
    m_explanation = new ExplanationPanel(window);
    m_explainDock = addDock(window, QStringLiteral("explainDock"), m_explanation, Qt::RightDockWidgetArea);
    buildLesson(window, session, language);
    window->resizeDocks({m_explainDock}, {380}, Qt::Horizontal);
    // Both open on demand (View menu, a lesson, a header click) so the tables keep the room.
    m_explainDock->hide();
    if (m_lessonDock)
        m_lessonDock->hide();

    Workbench *workbench = m_workbench;
    connect(selection, &Selection::socketSelected, workbench, &Workbench::setSelectedSocket);
    connect(selection, &Selection::socketSelected, m_payload, &PayloadView::showSocket);
    connect(selection, &Selection::socketSelected, m_explanation, [this, sockets](qint32 id) {
        if (const SocketRecord *record = sockets->recordOfSocket(id))
            m_explanation->explainKernelState(record->kernel);
    });
    const Journal *journal = session->journal();
    connect(selection, &Selection::eventSelected, m_explanation, [this, journal](qint64 index) {
        if (index >= 0 && index < journal->count())
            m_explanation->explainEventKind(journal->at(index).kind);
    });
    connect(workbench, &Workbench::socketOpened, selection, &Selection::selectSocket);
}

void WindowDocks::buildWorkbench(QMainWindow *window, Lab *lab)
{
    m_workbench = new Workbench(lab, window);
    m_workbench->setReadOnly(lab == nullptr); // a replay only shows
    auto *scroll = new QScrollArea(window);
    scroll->setWidget(m_workbench);
    scroll->setWidgetResizable(true);
    // As narrow as the workbench can be, plus its scroll bar: the tables need the rest of a
    // 1024-pixel screen.
    scroll->setMinimumWidth(m_workbench->minimumSizeHint().width()
        + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    m_workbenchDock = addDock(window, QStringLiteral("workbenchDock"), scroll, Qt::LeftDockWidgetArea);
}

void WindowDocks::buildLog(QMainWindow *window, EventLogModel *events, Selection *selection)
{
    m_events = events;
    auto *log = new QWidget(window);
    // The kernel's TCP numbers come once per poll for every socket: shown, they bury the calls
    // and packets a learner reads the log for. Left out unless asked for, and counted.
    m_kernelNumbers = new QCheckBox(log);
    m_kernelNumbers->setObjectName(QStringLiteral("kernelNumbers"));
    m_kernelNumbers->setChecked(false);
    events->setShowKernelNumbers(false);
    m_eventView = new QTableView(log);
    m_eventView->setObjectName(QStringLiteral("eventLog"));
    m_eventView->setModel(events);
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventView->verticalHeader()->hide();
    m_eventView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_eventView->horizontalHeader()->setStretchLastSection(true);
    m_eventView->setWordWrap(false);
    // Cells drawn from text laid out once, as in the live tables: under a flood the log scrolls
    // on every batch, and eliding each cell's sentence again on every paint was a large share
    // of the window's work. The log has no row marks (no such roles: -1).
    m_eventView->setItemDelegate(new HighlightDelegate(-1, -1, m_eventView));
    auto *layout = new QVBoxLayout(log);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_kernelNumbers);
    layout->addWidget(m_eventView);
    m_eventDock = addDock(window, QStringLiteral("eventDock"), log, Qt::BottomDockWidgetArea);
    connect(m_kernelNumbers, &QCheckBox::toggled, events, [this](bool show) {
        // The row picked stays picked: the log is laid out anew around the same event.
        const QModelIndex current = m_eventView->currentIndex();
        const qsizetype event
            = current.isValid() ? current.data(EventLogModel::EventIndexRole).toLongLong() : -1;
        m_events->setShowKernelNumbers(show);
        if (event >= 0) {
            const QModelIndex at = m_events->index(m_events->rowAtOrBefore(event), 0);
            if (at.isValid()) {
                m_eventView->selectionModel()->setCurrentIndex(
                    at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_eventView->scrollTo(at, QAbstractItemView::PositionAtCenter);
            }
        }
        updateKernelNumbersText();
    });
    connect(events, &EventLogModel::hiddenCountChanged, this, &WindowDocks::updateKernelNumbersText);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, selection,
        [selection](const QModelIndex &current) {
            if (current.isValid())
                selection->selectEvent(current.data(EventLogModel::EventIndexRole).toLongLong(),
                    current.data(EventLogModel::SocketIdRole).toInt());
        });
    connect(events, &QAbstractItemModel::rowsInserted, m_eventView, [this] {
        if (m_followLog)
            m_eventView->scrollToBottom();
    });
}

void WindowDocks::buildLesson(QMainWindow *window, Session *session, LanguageSwitcher *language)
{
    LessonPlayer *player = session->lessonPlayer();
    if (!player)
        return;
    player->setLanguage(language ? language->language() : QStringLiteral("en"));
    m_lessonPanel = new LessonPanel(player, window);
    m_lessonPanel->setLessons(session->lessons()->lessons());
    m_lessonPanel->setProblems(session->lessons()->problemLines());
    // The lesson takes the workbench's place (one tab away): beside both, on a 1024-pixel
    // screen the tables were left too narrow for the columns the lesson speaks of.
    m_lessonDock = addDock(window, QStringLiteral("lessonDock"), m_lessonPanel, Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(m_workbenchDock, m_lessonDock);
    m_lessonDock->raise();
    if (language)
        connect(language, &LanguageSwitcher::languageChanged, player, &LessonPlayer::setLanguage);
}

void WindowDocks::updateKernelNumbersText()
{
    const qsizetype hidden = m_events->hiddenCount();
    m_kernelNumbers->setText(m_kernelNumbers->isChecked() || hidden == 0
            ? tr("Show the kernel's TCP numbers")
            : tr("Show the kernel's TCP numbers (%n hidden)", "", int(hidden)));
}

void WindowDocks::showExplanations()
{
    m_explainDock->show();
    m_explainDock->raise();
}

void WindowDocks::setLogAtEvent(qsizetype shown, qsizetype total)
{
    if (shown == m_logAt && total == m_logTotal)
        return;
    m_logAt = shown;
    m_logTotal = total;
    showLogTitle();
}

void WindowDocks::showLogTitle()
{
    m_eventDock->setWindowTitle(m_logAt < 0
            ? tr("Event log")
            : tr("Event log: the playhead is at event %1 of %2; the rows after it have not happened yet")
                  .arg(m_logAt)
                  .arg(m_logTotal));
}

void WindowDocks::retranslate()
{
    m_explainDock->setWindowTitle(tr("Explanations"));
    if (m_lessonDock)
        m_lessonDock->setWindowTitle(tr("Lesson"));
    m_workbenchDock->setWindowTitle(tr("Workbench"));
    showLogTitle();
    m_payloadDock->setWindowTitle(tr("Data of the selected socket"));
    m_kernelNumbers->setToolTip(
        tr("The kernel's TCP numbers (round-trip time, congestion window, retransmissions) are read "
           "for every socket at each poll. They are left out of the log so the calls and packets "
           "stay readable; the timeline draws them as strips."));
    updateKernelNumbersText();
}

} // namespace SocketScope
