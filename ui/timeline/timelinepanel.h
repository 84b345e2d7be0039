#pragma once

#include "timeline/timelineitem.h"

#include <QtWidgets/QWidget>

#include <memory>

class QAction;
class QSplitter;
class QTimer;
class QToolButton;

namespace SocketScope {

class Journal;
class LabTopology;
class JournalFollower;
class PlaybackBar;
class TcpStateDiagram;
class TimelineLayout;
class TimelinePlayback;
class TimelineView;

// The timeline screen area: the animated sequence diagram of the journal, its playback
// controls, and the TCP state machine with both ends of the selected connection lit.
// Follows the journal live; a replayed journal plays the same way.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    // How long the newest events wait for a late captured packet before they are drawn (see
    // TimelineLayout::setHoldBack): far more than a capture is late, far less than a step.
    static constexpr qint64 kHoldBackNs = 200'000'000;

    explicit TimelinePanel(Journal *journal, QWidget *parent = nullptr);
    ~TimelinePanel() override;

    TimelineView *view() const { return m_view; }
    TimelinePlayback *playback() const { return m_playback; }
    const TimelineLayout &layout() const { return *m_layout; }

    // Larger type and thicker lines for a projector (1 = normal).
    void setPresentationScale(qreal scale);
    // Writes the whole timeline, or the part the view shows, to `path` (.svg .png .mmd .puml).
    bool exportTimeline(const QString &path, bool visibleOnly, QString *error) const;

    // The lab's computers now (a computer was added on the Network tab): datagrams to a new
    // subnet's broadcast address reach every socket on their port.
    void setLabTopology(const LabTopology &topology);

public slots:
    // Highlights that socket's lane (from the tables); -1 clears.
    void selectSocket(qint32 id);

signals:
    // A lane or an event on it was picked in the timeline.
    void socketSelected(qint32 id);
    // A sentence for the status area after an export; `error` marks a failure.
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The one place that decides the state machine's width beside the timeline: where there
    // is room it stands there; where there is not (a lesson docked on a small screen, a
    // projector), it steps aside, and comes back while a lesson's step names a state.
    // Presenting, or while a step names a state, it takes the width its drawing needs and a
    // little more, and gives that back afterwards.
    void fitDiagram();
    // Presenting on a narrow screen the drawing beside the timeline left the plot a third of
    // the width, too little for a connection's story: there it folds away behind a switch at
    // the plot's top right, unless a lesson's step names a state or the switch asks for it.
    // It folds where the plot beside it would get less than this share of the panel (a third
    // at 1024 pixels; nearly half at 1366, which still reads); folded, the plot has two thirds.
    static constexpr double kLeastPlotShare = 0.45;
    void placeDiagramButton();
    // The least width, from `least` up, at which the drawing's labels all fit `height`.
    int diagramWidthForLabels(int height, int least) const;
    // Reads what the journal added (all of it with `flush`) and keeps what was picked.
    void onAppended(bool flush = false);
    void onLaneSelected(LaneId lane);
    void updateStateDiagram();
    void askExport(bool visibleOnly);
    void applyLabelOptions();
    void retranslate();
    // Draws the strips' key (each number's name in its colour) onto their switch.
    void updateStripsKey();

    Journal *m_journal;
    std::unique_ptr<TimelineLayout> m_layout;
    TimelinePlayback *m_playback;
    TimelineView *m_view;
    qint32 m_wantedSocket = -1;
    PlaybackBar *m_bar;
    TcpStateDiagram *m_diagram;
    QSplitter *m_splitter;
    QTimer *m_fitDiagram; // once the layout has settled after a change of size, scale or step
    int m_diagramWidthBeforeClaim = 0;
    JournalFollower *m_follower;
    QTimer *m_settle;
    QTimer *m_flush; // reads the stretch held back once the journal is quiet
    bool m_stale = false; // a flood came while hidden: it is read when the timeline is shown
    // Switches for the arrow labels, in the corner above the lane heads.
    QToolButton *m_labelsButton;
    QAction *m_absoluteNumbers;
    QAction *m_showWindow;
    // Shows or hides the kernel's numbers under the TCP lanes; there once the journal has any.
    QToolButton *m_stripsButton;
    QToolButton *m_diagramButton; // shows the folded state machine
    bool m_diagramFolded = false;
    bool m_keyResent = false; // the key explains the cross for a segment sent again
    qreal m_scale = 1;
};

} // namespace SocketScope
