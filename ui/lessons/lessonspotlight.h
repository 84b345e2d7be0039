#pragma once

#include "lessons/lessonhighlight.h"
#include "tables/highlightdelegate.h"

#include <QtCore/QObject>
#include <QtCore/QSet>

#include <functional>

class QTabWidget;
class QTableView;

namespace SocketScope {

class LessonPlayer;
class PortExplorer;
class SocketTableModel;
class TimelinePanel;

// Shows what a lesson step says. When a step starts, the view it is about comes to the front
// (the timeline following live, so its arrows appear as the packets happen); once it has run,
// the sockets, columns and states the narration names are framed in the tables and scrolled
// into view, and the socket it speaks of becomes the window's selection.
class LessonSpotlight : public QObject
{
    Q_OBJECT

public:
    // The window's parts a lesson can point at. The tables' delegates are HighlightDelegates.
    struct Views
    {
        QTabWidget *tabs = nullptr;
        QTableView *sockets = nullptr;
        QTableView *connections = nullptr;
        const SocketTableModel *socketModel = nullptr;
        TimelinePanel *timeline = nullptr;
        PortExplorer *ports = nullptr;
    };
    using SelectSocket = std::function<void(qint32 id)>;

    LessonSpotlight(LessonPlayer *player, const Views &views, SelectSocket select, QObject *parent = nullptr);

    // The tab page that shows `view` ("timeline", "sockets" ...); null when the window has none
    // (no lab network, a replay without experiments). Found by its widget, whatever its place.
    QWidget *pageOf(const QString &view) const;

    // What the tables mark for the current step (for tests).
    HighlightDelegate::Spots socketSpots(const QModelIndex &index) const;
    HighlightDelegate::Spots connectionSpots(const QModelIndex &index) const;

private:
    void showView();
    void showHighlights(const QList<LessonHighlight> &highlights);
    // The timeline's arrows and the state machine's boxes the step names.
    void showOnTimeline(const QList<LessonHighlight> &highlights);
    void repaint();

    LessonPlayer *m_player;
    Views m_views;
    SelectSocket m_select;
    QSet<qint32> m_sockets;
    QSet<int> m_socketColumns;
    QSet<int> m_connectionColumns;
    QSet<int> m_states; // TcpState values
    // The journal's length when the running step started: the timeline lights only what the
    // step made, not the same kind of arrow an earlier step drew.
    quint32 m_stepFirstEvent = 0;
};

} // namespace SocketScope
