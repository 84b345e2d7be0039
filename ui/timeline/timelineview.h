#pragma once

#include "tcpinfostrips.h"
#include "timelinepainter.h"
#include "timemapper.h"

#include <QtGui/QImage>
#include <QtWidgets/QWidget>

namespace SocketScope {

class TimelineLayout;
class TimelinePlayback;

// The sequence diagram on screen. The lanes, arrows and labels that stand still are drawn
// once into a cached image; only the item that is appearing and the playhead are drawn on
// top each frame, and frames come only while the playback moves.
//
// Mouse: wheel zooms at the pointer, Shift+wheel scrolls the lanes, drag pans, click selects;
// Ctrl+click a second event to see the time between the two.
// Keys: + and - zoom, 0 fits everything, Left/Right pan, Up/Down choose a lane,
// Page Up/Page Down scroll the lanes, Escape lets go of the picked events.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    // While following, the whole session is fitted as long as each step keeps this many
    // pixels (times the presentation scale while a lesson points at arrows), so the arrows
    // stay apart and labels that find no room are counted in "+N"; past that the view holds
    // its zoom and scrolls with the newest step.
    static constexpr double kFollowFitStepPixels = 16;

    TimelineView(TimelineLayout *layout, TimelinePlayback *playback, QWidget *parent = nullptr);

    const TimeMapper &mapper() const { return m_mapper; }
    const TimelinePainter &painter() const { return m_painter; }

    TimeMapper::Spacing spacing() const { return m_mapper.spacing(); }
    void setSpacing(TimeMapper::Spacing spacing);
    LaneId selectedLane() const { return m_selectedLane; }
    void setSelectedLane(LaneId lane);
    void setPresentationScale(qreal scale);
    // What the arrow labels show besides the segment's name (relative or absolute numbers,
    // the window).
    void setLabelOptions(const TimelinePainter::LabelOptions &options);
    // What a lesson step points at, drawn over the arrows (TimelineSpotlight).
    void setSpotlight(const TimelineSpotlight &spotlight)
    {
        m_painter.setSpotlight(spotlight);
        invalidate();
    }
    // The events picked by clicking (-1: none); with two, the plot shows the time between them.
    std::pair<qsizetype, qsizetype> pickedItems() const { return {m_picked, m_secondPicked}; }
    void pickItems(qsizetype first, qsizetype second = -1);

    // The layout read more of the journal.
    void layoutChanged();
    // The kernel's numbers under the TCP lanes: reads the journal's new tcp_info events (true
    // when any came), and shows or hides the strips; lanes grow to make room for them.
    bool readStrips();
    void setStripsShown(bool shown);
    // Width at the ruler's right end a control covers (see TimelinePainter::setRulerCover).
    void setRulerCover(double pixels);
    bool stripsShown() const { return m_stripsShown; }
    const TcpInfoStrips &strips() const { return m_strips; }
    // Lanes with strips drawn under them now (0 while hidden).
    qsizetype shownStripLanes() const { return m_stripsShown ? m_strips.laneCount() : 0; }

    void zoomIn();
    void zoomOut();
    void fitAll();
    // Moves playback to the next (+1) or previous (-1) packet of the selected lane's
    // connection and brings it into view; false when there is none that way.
    bool stepPacket(int direction);
    // Live and playing: keep the playhead in view, and the lanes its arrows touch. Panning by
    // hand stops following; scrolling the lanes by hand stops following them.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }

    QSize sizeHint() const override { return {900, 360}; }
    QSize minimumSizeHint() const override { return {300, 160}; }

    // Frame times of the last paints, for the benchmark: static layer and whole frame, in ms.
    double lastStaticMs() const { return m_lastStaticMs; }

signals:
    void laneSelected(LaneId lane);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    double zoomAnchor() const;
    struct CacheKey
    {
        double start = 0;
        double unitsPerPixel = 0;
        QSize size;
        qreal dpr = 0;
        quint64 revision = 0;
        qsizetype revealed = -1;
        LaneId selected = -1;
        int spacing = 0;
        double scrollY = 0;
        qint64 paletteKey = 0;
        TimelinePainter::LabelOptions labels;
        quint64 strips = 0;
        bool operator==(const CacheKey &) const = default;
    };

    void onPosition();
    void syncGeometry();
    void keepPlayheadInView();
    // Shows the whole session; by hand (Fit, the 0 key) following keeps that zoom.
    void fit(bool byHand);
    // Scrolls the lanes so the lanes touched by the arrows in view are inside the plot; where
    // they do not all fit, those of the newest arrows.
    void keepLanesInView();
    void scrollLanes(double dy, bool byHand = true);
    void invalidate();
    void applyStripRoom();
    // The ruler above the plot, where a click or a drag moves the playhead.
    bool isOnRuler(QPointF pos) const;
    // Moves the playhead to show every item up to the last one at or left of `x`.
    void seekToX(double x);

    TimelineLayout *m_layout;
    TimelinePlayback *m_playback;
    TimeMapper m_mapper;
    TimelinePainter m_painter;
    TcpInfoStrips m_strips;
    bool m_stripsShown = true;
    QImage m_cache;
    CacheKey m_cacheKey;
    LaneId m_selectedLane = -1;
    bool m_following = true;
    bool m_followingLanes = true;
    bool m_fittedByHand = false;
    bool m_fitted = false;
    QPointF m_pressPos;
    QPointF m_lastDrag;
    bool m_dragging = false;
    bool m_onLaneMark = false; // pressed on a mark that scrolls the lanes
    bool m_scrubbing = false;
    double m_lastStaticMs = 0;
    qsizetype m_picked = -1;
    qsizetype m_secondPicked = -1;
    quint64 m_rereads = 0;
};

} // namespace SocketScope
