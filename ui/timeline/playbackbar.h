#pragma once

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class QAction;
class QMenu;

namespace SocketScope {

class TimelinePlayback;
class TimelineView;

// The controls under the timeline: start, step back, play/pause, step forward, end, live,
// speed, a scrub bar, the spacing, zoom, and export.
class PlaybackBar : public QWidget
{
    Q_OBJECT

public:
    PlaybackBar(TimelinePlayback *playback, TimelineView *view, QWidget *parent = nullptr);

    void setPresentationScale(qreal scale);
    // As narrow as the bar gets with the least needed controls moved into the "More" menu.
    QSize minimumSizeHint() const override;

signals:
    // `visibleOnly`: what the view shows, rather than the whole timeline.
    void exportRequested(bool visibleOnly);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    // Where the bar is too narrow for every control (large type beside a lesson, a projector),
    // the least needed ones step aside, export first, into the "More" menu: still one click away.
    void fitToWidth();
    void fillMoreMenu();
    void syncPosition();
    void syncMode();

    TimelinePlayback *m_playback;
    TimelineView *m_view;
    QToolButton *m_start, *m_back, *m_play, *m_forward, *m_end, *m_live;
    QToolButton *m_zoomIn, *m_zoomOut, *m_fit, *m_export, *m_more;
    QAction *m_exportWhole, *m_exportVisible;
    QSlider *m_scrub;
    QLabel *m_position, *m_speedLabel;
    QComboBox *m_speed, *m_spacing;
    QMenu *m_moreMenu;
    // Showing a control resizes the bar where a splitter holds it: the resize must not start
    // the fitting again from within.
    bool m_fitting = false;
};

} // namespace SocketScope
