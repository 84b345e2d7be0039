#include "lessonspotlight.h"

#include "journal/journal.h"
#include "lessons/lessonplayer.h"
#include "models/connectiontablemodel.h"
#include "models/sockettablemodel.h"
#include "ports/portexplorer.h"
#include "tables/livetableview.h"
#include "timeline/tcpstatediagram.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineplayback.h"
#include "timeline/timelinespotlight.h"
#include "timeline/timelineview.h"

#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

#include <algorithm>

namespace SocketScope {

namespace {

HighlightDelegate *delegateOf(QTableView *view)
{
    return view ? qobject_cast<HighlightDelegate *>(view->itemDelegate()) : nullptr;
}

} // namespace

LessonSpotlight::LessonSpotlight(
    LessonPlayer *player, const Views &views, SelectSocket select, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_views(views)
    , m_select(std::move(select))
{
    if (HighlightDelegate *delegate = delegateOf(m_views.sockets))
        delegate->setSpotlight([this](const QModelIndex &index) { return socketSpots(index); });
    if (HighlightDelegate *delegate = delegateOf(m_views.connections))
        delegate->setSpotlight([this](const QModelIndex &index) { return connectionSpots(index); });
    connect(player, &LessonPlayer::stepChanged, this, &LessonSpotlight::showView);
    connect(player, &LessonPlayer::highlightChanged, this, &LessonSpotlight::showHighlights);
    // Every step that runs, a replayed one too, starts busy.
    connect(player, &LessonPlayer::busyChanged, this, [this](bool busy) {
        if (busy && m_views.timeline)
            m_stepFirstEvent = quint32(m_views.timeline->layout().journal().count());
    });
}

QWidget *LessonSpotlight::pageOf(const QString &view) const
{
    QWidget *shown = nullptr;
    if (view == QLatin1StringView("sockets"))
        shown = m_views.sockets;
    else if (view == QLatin1StringView("connections"))
        shown = m_views.connections;
    else if (view == QLatin1StringView("timeline"))
        shown = m_views.timeline;
    else if (view == QLatin1StringView("ports"))
        shown = m_views.ports;
    else if (view == QLatin1StringView("experiments") || view == QLatin1StringView("network"))
        // Made only when there is a lab (or a lab network), so looked up when asked for.
        shown = m_views.tabs->findChild<QWidget *>(view);
    if (!shown)
        return nullptr;
    for (int i = 0; i < m_views.tabs->count(); ++i) {
        QWidget *page = m_views.tabs->widget(i);
        if (page == shown || page->isAncestorOf(shown))
            return page;
    }
    return nullptr;
}

void LessonSpotlight::showView()
{
    if (!m_player->hasLesson())
        return;
    const QString view = m_player->view();
    QWidget *page = pageOf(view);
    if (!page)
        return;
    m_views.tabs->setCurrentWidget(page);
    if (view == QLatin1StringView("timeline") && m_views.timeline) {
        // Live and following: each packet of the step appears at the right edge as it happens.
        m_views.timeline->playback()->setLive(true);
        m_views.timeline->view()->setFollowing(true);
    }
}

void LessonSpotlight::showHighlights(const QList<LessonHighlight> &highlights)
{
    m_sockets.clear();
    m_socketColumns.clear();
    m_connectionColumns.clear();
    m_states.clear();
    for (const LessonHighlight &highlight : highlights) {
        switch (highlight.kind) {
        case LessonHighlight::Socket:
            for (const qint32 id : highlight.sockets)
                m_sockets.insert(id);
            break;
        case LessonHighlight::Column:
            if (highlight.table == QLatin1StringView("sockets"))
                m_socketColumns.insert(highlight.column);
            else if (highlight.table == QLatin1StringView("connections"))
                m_connectionColumns.insert(highlight.column);
            break;
        case LessonHighlight::State:
            m_states.insert(int(highlight.state));
            break;
        case LessonHighlight::Port:
            if (m_views.ports && highlight.port > 0)
                m_views.ports->showPort(highlight.port);
            break;
        case LessonHighlight::Event:
        case LessonHighlight::Range:
        case LessonHighlight::Arrow:
            break; // the timeline's part is showOnTimeline()
        }
    }
    // A column the step names stays in the table, even one that says the same in every row.
    if (auto *live = qobject_cast<LiveTableView *>(m_views.sockets))
        live->setNamedColumns(m_socketColumns);
    if (m_select && m_player->focusSocket() >= 0)
        m_select(m_player->focusSocket()); // selects its rows and scrolls them into view
    // A named column is brought into view beside the selected row (or the first row).
    const auto showColumn = [](QTableView *view, const QSet<int> &columns) {
        if (!view || columns.isEmpty() || !view->model() || view->model()->rowCount() == 0)
            return;
        const int row = view->currentIndex().isValid() ? view->currentIndex().row() : 0;
        view->scrollTo(view->model()->index(row, *std::min_element(columns.begin(), columns.end())));
    };
    showColumn(m_views.sockets, m_socketColumns);
    showColumn(m_views.connections, m_connectionColumns);
    showOnTimeline(highlights);
    repaint();
}

void LessonSpotlight::showOnTimeline(const QList<LessonHighlight> &highlights)
{
    if (!m_views.timeline)
        return;
    QStringList arrows;
    QList<EventKind> events;
    QList<TcpState> states;
    for (const LessonHighlight &highlight : highlights) {
        if (highlight.kind == LessonHighlight::Arrow)
            arrows << highlight.arrow;
        else if (highlight.kind == LessonHighlight::Event)
            events << highlight.eventKind;
        else if (highlight.kind == LessonHighlight::State)
            states << highlight.state;
    }
    TimelineSpotlight spotlight;
    spotlight.setArrows(arrows);
    spotlight.setEvents(events);
    spotlight.setFirstEvent(m_stepFirstEvent);
    if (!(spotlight == m_views.timeline->view()->painter().spotlight()))
        m_views.timeline->view()->setSpotlight(spotlight);
    // The panel's own part; found by its type so the panel needs no accessor for it.
    if (auto *diagram = m_views.timeline->findChild<TcpStateDiagram *>())
        diagram->setLessonStates(states);
}

HighlightDelegate::Spots LessonSpotlight::socketSpots(const QModelIndex &index) const
{
    HighlightDelegate::Spots spots;
    if (m_socketColumns.contains(index.column()))
        spots |= HighlightDelegate::ColumnSpot;
    const qint32 id = index.data(SocketTableModel::SocketIdRole).toInt();
    if (m_sockets.contains(id))
        spots |= HighlightDelegate::RowSpot;
    if (!m_states.isEmpty() && index.column() == SocketTableModel::ColumnKernelState && m_views.socketModel) {
        const SocketRecord *record = m_views.socketModel->recordOfSocket(id);
        if (record && m_states.contains(int(record->kernel)))
            spots |= HighlightDelegate::CellSpot;
    }
    return spots;
}

HighlightDelegate::Spots LessonSpotlight::connectionSpots(const QModelIndex &index) const
{
    HighlightDelegate::Spots spots;
    if (m_connectionColumns.contains(index.column()))
        spots |= HighlightDelegate::ColumnSpot;
    const QList<qint32> ids = index.data(ConnectionTableModel::SocketIdsRole).value<QList<qint32>>();
    for (const qint32 id : ids) {
        if (m_sockets.contains(id))
            spots |= HighlightDelegate::RowSpot;
    }
    return spots;
}

void LessonSpotlight::repaint()
{
    for (QTableView *view : {m_views.sockets, m_views.connections}) {
        if (view)
            view->viewport()->update();
    }
}

} // namespace SocketScope
