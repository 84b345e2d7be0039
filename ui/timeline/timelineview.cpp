#include "timelineview.h"

#include "journal/journal.h"
#include "timeline/timelinelayout.h"
#include "timelineplayback.h"
#include "timelinetext.h"

#include <QtCore/QElapsedTimer>
#include <QtGui/QCursor>
#include <QtGui/QGuiApplication>
#include <QtGui/QHelpEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtGui/QWheelEvent>
#include <QtWidgets/QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace SocketScope {

TimelineView::TimelineView(TimelineLayout *layout, TimelinePlayback *playback, QWidget *parent)
    : QWidget(parent)
    , m_layout(layout)
    , m_playback(playback)
    , m_painter(*layout, m_mapper)
    , m_strips(*layout)
{
    m_strips.setClearOfMarkerLabels(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_mapper.setFolds(&m_layout->folds());
    m_painter.setPalette(palette());
    m_painter.setFont(font());
    connect(m_playback, &TimelinePlayback::positionChanged, this, &TimelineView::onPosition);
}

void TimelineView::setSpacing(TimeMapper::Spacing spacing)
{
    if (spacing == m_mapper.spacing())
        return;
    m_mapper.setSpacing(spacing);
    fit(false);
}

void TimelineView::setSelectedLane(LaneId lane)
{
    if (lane == m_selectedLane)
        return;
    m_selectedLane = lane;
    // Bring the lane into view if it is scrolled away, with a lane beside it where there is one,
    // scrolled by whole lanes so none in view is cut.
    if (const int row = m_painter.rows().rowOf(lane); lane >= 0 && row >= 0) {
        const double y = m_painter.laneY(lane);
        const double h = m_painter.laneHeight();
        const QRectF plot = m_painter.plotRect();
        double scroll = m_painter.scrollY();
        if (y - h / 2 < plot.top() - 0.5)
            scroll = (row - 1) * h;
        else if (y + h / 2 > plot.bottom() + 0.5)
            scroll = (row + 2) * h - plot.height();
        if (scroll != m_painter.scrollY())
            scrollLanes(qBound(0.0, scroll, m_painter.overflowY()) - m_painter.scrollY(), false);
    }
    update();
}

void TimelineView::setPresentationScale(qreal scale)
{
    m_painter.setScale(scale);
    m_painter.setFont(font());
    applyStripRoom();
    syncGeometry();
    fit(false);
}

void TimelineView::setLabelOptions(const TimelinePainter::LabelOptions &options)
{
    m_painter.setLabelOptions(options);
    update();
}

void TimelineView::setFollowing(bool following)
{
    m_following = following;
    if (following) {
        m_fittedByHand = false;
        m_followingLanes = true;
        keepPlayheadInView();
        update();
    }
}

void TimelineView::pickItems(qsizetype first, qsizetype second)
{
    m_picked = first;
    m_secondPicked = first >= 0 ? second : -1;
    update();
}

void TimelineView::layoutChanged()
{
    // Read again in a corrected order: item numbers changed, so what was picked is gone.
    if (m_layout->rereads() != m_rereads) {
        m_rereads = m_layout->rereads();
        m_picked = m_secondPicked = -1;
    }
    syncGeometry();
    keepPlayheadInView();
    if (!m_fitted && m_layout->itemCount() > 0) {
        fit(false);
        m_fitted = true;
    }
    update();
}

bool TimelineView::readStrips()
{
    if (!m_strips.update())
        return false;
    applyStripRoom();
    update();
    return true;
}

void TimelineView::setStripsShown(bool shown)
{
    m_stripsShown = shown;
    applyStripRoom();
    update();
}

void TimelineView::setRulerCover(double pixels)
{
    m_painter.setRulerCover(pixels);
    update();
}

void TimelineView::applyStripRoom()
{
    const bool room = m_stripsShown && !m_strips.isEmpty();
    m_painter.setLaneRoom(room ? TcpInfoStrips::laneRoom(m_painter.scale()) : 0);
    syncGeometry();
}

void TimelineView::syncGeometry()
{
    m_painter.setRect(QRectF(rect()));
    const QRectF plot = m_painter.plotRect();
    m_mapper.setPlot(plot.left(), plot.width());
    const qsizetype count = m_layout->itemCount();
    if (count > 0)
        m_mapper.setRange(m_mapper.unitsOfItem(0, m_layout->items().front().t),
            m_mapper.unitsOfItem(count - 1, m_layout->items().back().t));
    m_painter.setScrollY(qBound(0.0, m_painter.scrollY(), m_painter.overflowY()));
}

void TimelineView::fitAll()
{
    fit(true);
}

void TimelineView::fit(bool byHand)
{
    m_fittedByHand = byHand;
    syncGeometry();
    const qsizetype count = m_layout->itemCount();
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps) {
        // The last arrow reaches one step past its item: up to `count`, not `count - 1`.
        m_mapper.fit(0, double(qMax<qsizetype>(1, count)), 40 * m_painter.scale());
    } else if (count > 0) {
        m_mapper.fit(m_mapper.unitsOfTime(m_layout->items().front().t),
            m_mapper.unitsOfTime(m_layout->items().back().t), 40 * m_painter.scale());
    }
    m_following = true;
    m_followingLanes = true;
    keepLanesInView();
    update();
}

double TimelineView::zoomAnchor() const
{
    // Around the mouse when it is over the plot, else around the selection (the playhead's
    // last shown item) when it is in view, else around the middle.
    const QRectF plot = m_painter.plotRect();
    const QPointF mouse = mapFromGlobal(QCursor::pos());
    if (underMouse() && plot.contains(mouse))
        return mouse.x();
    const qsizetype current = m_playback->currentItem();
    if (current >= 0 && current < m_layout->itemCount()) {
        const double x = m_painter.xOfItem(current);
        if (x >= plot.left() && x <= plot.right())
            return x;
    }
    return m_mapper.plotLeft() + m_mapper.plotWidth() / 2;
}

void TimelineView::zoomIn()
{
    syncGeometry();
    m_mapper.zoomAt(zoomAnchor(), 1.5);
    m_following = false;
    update();
}

void TimelineView::zoomOut()
{
    syncGeometry();
    m_mapper.zoomAt(zoomAnchor(), 1 / 1.5);
    m_following = false;
    update();
}

bool TimelineView::stepPacket(int direction)
{
    if (m_selectedLane < 0 || m_layout->itemCount() == 0)
        return false;
    const TimelineLane &lane = m_layout->lane(m_selectedLane);
    const LaneId peer = lane.peer >= 0 ? lane.peer : lane.listener;
    const auto ofConnection = [&](const TimelineItem &item) {
        if (!item.isArrow() || item.isHidden())
            return false;
        const bool touches = item.lane == m_selectedLane || item.toLane == m_selectedLane;
        // A listener's packets are every connection's handshake; others only their own.
        return touches
            && (peer < 0 || lane.role == SocketRole::Listener || item.lane == peer || item.toLane == peer
                || m_layout->lane(item.lane).isOutside() || m_layout->lane(item.toLane).isOutside());
    };
    const qsizetype count = m_layout->itemCount();
    for (qsizetype i = m_playback->currentItem() + direction; i >= 0 && i < count; i += direction) {
        if (!ofConnection(m_layout->items()[size_t(i)]))
            continue;
        m_playback->pause();
        m_playback->seek(double(i + 1));
        syncGeometry();
        const double x = m_painter.xOfItem(i);
        m_mapper.panPixels(m_mapper.plotLeft() + m_mapper.plotWidth() / 2 - x);
        m_following = false;
        update();
        return true;
    }
    return false;
}

void TimelineView::scrollLanes(double dy, bool byHand)
{
    if (byHand)
        m_followingLanes = false;
    m_painter.setScrollY(qBound(0.0, m_painter.scrollY() + dy, m_painter.overflowY()));
    update();
}

void TimelineView::keepPlayheadInView()
{
    if (!m_following || m_layout->itemCount() == 0)
        return;
    const qsizetype count = m_layout->itemCount();
    const double margin = 40 * m_painter.scale();
    // Arrows a lesson points at glow in presentation mode's larger type, and a step needs as
    // much more room for them: at the normal width, a lesson's SYN, SYN+ACK and ACK on a
    // projector stood in a band narrower than their labels, their glows one yellow smear.
    const double stepPixels
        = kFollowFitStepPixels * (m_painter.spotlight().hasArrows() ? m_painter.scale() : 1.0);
    // While the whole session fits with its steps still apart, show all of it: a fresh
    // session starts at its first step, not at wherever the newest one pushed the view.
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps
        && (m_mapper.plotWidth() - 2 * margin) / double(count) >= stepPixels) {
        const double before = m_mapper.unitsPerPixel();
        const double start = m_mapper.startUnits();
        m_mapper.fit(0, double(count), margin);
        if (m_mapper.unitsPerPixel() != before || m_mapper.startUnits() != start)
            update();
        keepLanesInView();
        return;
    }
    // Squeezed past that (fitted while the view was another size, or before the session grew):
    // the steps get that width again, unless Fit was asked for by hand.
    if (m_mapper.spacing() == TimeMapper::Spacing::Steps && !m_fittedByHand
        && 1 / m_mapper.unitsPerPixel() < stepPixels)
        m_mapper.setView(m_mapper.startUnits(), 1 / stepPixels);
    const auto reveal = m_playback->reveal();
    const double x = m_painter.xOfItem(qMin(reveal.count, count - 1));
    const double left = m_mapper.plotLeft();
    const double right = left + m_mapper.plotWidth();
    // Scroll in large jumps rather than every frame, so the static layer stays cached.
    if (x > right - margin)
        m_mapper.panPixels(-(x - (left + m_mapper.plotWidth() * 0.85)));
    else if (x < left)
        m_mapper.panPixels(left + m_mapper.plotWidth() * 0.5 - x);
    keepLanesInView();
}

void TimelineView::keepLanesInView()
{
    if (!m_followingLanes || m_layout->itemCount() == 0)
        return;
    const TimelinePainter::Reveal reveal = m_playback->reveal();
    const auto [first, last] = m_painter.visibleItems(reveal, 0);
    const QRectF plot = m_painter.plotRect();
    const double h = m_painter.laneHeight();
    const TimelineRows &rows = m_painter.rows();
    // From the newest arrow back, the rows they touch, as long as those fit the plot; accept()'s
    // clone counts as an arrow, from the listener's lane to the new one. Only the newest few
    // hundred are looked at: zoomed out over a long session, the newest decide. Where a lesson
    // step points at arrows, those come first: the remote client whose SYN the narration
    // follows through the router, not the accepted socket that appeared last.
    constexpr qsizetype kLookedAt = 400;
    const TimelineSpotlight &spotlight = m_painter.spotlight();
    int low = std::numeric_limits<int>::max();
    int high = -1;
    for (const bool litOnly : {true, false}) {
        if (litOnly && spotlight.isEmpty())
            continue;
        qsizetype looked = 0;
        for (qsizetype i = last - 1; i >= first && looked < kLookedAt; --i) {
            const TimelineItem &item = m_layout->items()[size_t(i)];
            const bool clone = item.kind == TimelineItem::LaneOpened && item.toLane >= 0;
            if ((!item.isArrow() && !clone) || item.isHidden() || (litOnly && !spotlight.lights(item)))
                continue;
            ++looked;
            const int from = rows.rowOf(item.lane);
            const int to = item.toLane >= 0 ? rows.rowOf(item.toLane) : from;
            if (from < 0 || to < 0)
                continue; // a folded lane: the arrow is not drawn
            const int newLow = std::min({low, from, to});
            const int newHigh = std::max({high, from, to});
            if (high >= 0 && double(newHigh - newLow + 1) * h > plot.height() + 0.5)
                break;
            low = newLow;
            high = newHigh;
        }
        if (high >= 0)
            break;
    }
    if (high < 0)
        return;
    const double top = low * h;
    const double bottom = (high + 1) * h;
    double scroll = m_painter.scrollY();
    if (top < scroll)
        scroll = top;
    else if (bottom > scroll + plot.height())
        scroll = qMin(top, bottom - plot.height());
    scroll = qBound(0.0, scroll, m_painter.overflowY());
    if (scroll != m_painter.scrollY()) {
        m_painter.setScrollY(scroll);
        update();
    }
}

void TimelineView::onPosition()
{
    keepPlayheadInView();
    update();
}

void TimelineView::invalidate()
{
    m_cacheKey = {};
    update();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    syncGeometry();
    const TimelinePainter::Reveal reveal = m_playback->reveal();
    const qreal dpr = devicePixelRatioF();
    CacheKey key {m_mapper.startUnits(), m_mapper.unitsPerPixel(), size(), dpr, m_layout->revision(),
        reveal.count, m_selectedLane, int(m_mapper.spacing()), m_painter.scrollY(), palette().cacheKey(),
        m_painter.labelOptions(), m_stripsShown ? m_strips.revision() + 1 : 0};
    const qint64 stripsUntil = TcpInfoStrips::revealedUntil(*m_layout, reveal.count);
    if (!(key == m_cacheKey) || m_cache.isNull()) {
        QElapsedTimer clock;
        clock.start();
        if (m_cache.size() != size() * dpr)
            m_cache = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
        QPainter p(&m_cache);
        m_painter.paintBackground(p, m_selectedLane);
        // Under the arrows: their labels stay readable over the strips.
        if (m_stripsShown)
            m_strips.paintStrips(p, m_painter, palette(), stripsUntil);
        m_painter.paintItems(p, reveal);
        // The strips' key is the switch that shows them, in the corner (TimelinePanel).
        m_painter.paintHeads(p, reveal, m_selectedLane);
        m_painter.paintLegend(p);
        m_cacheKey = key;
        m_lastStaticMs = double(clock.nsecsElapsed()) / 1e6;
    }
    QPainter p(this);
    p.drawImage(QPointF(0, 0), m_cache);
    m_painter.paintMoving(p, reveal);
    if (m_picked >= 0 && m_picked < m_layout->itemCount())
        m_painter.paintMeasure(p, m_picked, m_secondPicked < m_layout->itemCount() ? m_secondPicked : -1);
    m_painter.paintPlayhead(p, reveal);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const double oldWidth = m_mapper.plotWidth();
    syncGeometry();
    if (!m_fitted || oldWidth <= 1)
        fit(false);
    else if (m_following)
        keepPlayheadInView(); // narrowed (the state machine took room): what fitted is refitted
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        scrollLanes(-delta.y() / 2.0);
    } else if (qAbs(delta.x()) > qAbs(delta.y())) {
        m_mapper.panPixels(delta.x() / 2.0);
        m_following = false;
    } else if (delta.y() != 0) {
        m_mapper.zoomAt(event->position().x(), std::pow(1.0015, delta.y()));
        m_following = false;
    }
    update();
    event->accept();
}

bool TimelineView::isOnRuler(QPointF pos) const
{
    const QRectF plot = m_painter.plotRect();
    return pos.y() < plot.top() && pos.x() >= plot.left() && pos.x() <= plot.right();
}

void TimelineView::seekToX(double x)
{
    // Every item at or left of x is shown; a click a few pixels short of a marker still means
    // that marker.
    syncGeometry();
    m_playback->seek(double(m_painter.itemsUpTo(x + 4 * m_painter.scale())));
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position();
    m_lastDrag = event->position();
    m_dragging = false;
    m_onLaneMark = false;
    setFocus(Qt::MouseFocusReason);
    // The marks saying that lanes lie above or below: a click brings the next one into view.
    for (const bool up : {true, false}) {
        if (event->button() == Qt::LeftButton && m_painter.laneScrollMark(up).contains(event->position())) {
            scrollLanes(up ? -m_painter.laneHeight() : m_painter.laneHeight());
            m_onLaneMark = true;
            return;
        }
    }
    // On the ruler, as on a player's time bar: the playhead goes where the mouse is, and
    // follows it while the button is held.
    m_scrubbing = event->button() == Qt::LeftButton && isOnRuler(event->position());
    if (m_scrubbing) {
        setCursor(Qt::SizeHorCursor);
        seekToX(event->position().x());
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & (Qt::LeftButton | Qt::MiddleButton)) || m_onLaneMark)
        return;
    if (m_scrubbing) {
        seekToX(event->position().x());
        return;
    }
    if (!m_dragging && (event->position() - m_pressPos).manhattanLength() < 5)
        return;
    m_dragging = true;
    const QPointF delta = event->position() - m_lastDrag;
    m_lastDrag = event->position();
    m_mapper.panPixels(delta.x());
    m_following = false;
    scrollLanes(-delta.y());
    setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    unsetCursor();
    if (m_onLaneMark) {
        m_onLaneMark = false;
        return;
    }
    if (m_dragging || m_scrubbing) {
        m_dragging = false;
        m_scrubbing = false;
        return;
    }
    // A click picks the socket of the event under it, or the lane itself.
    LaneId lane = -1;
    const qsizetype item = m_painter.itemAt(event->position(), m_playback->reveal());
    if (item >= 0) {
        // Ctrl+click picks a second event, to measure the time between the two.
        if ((event->modifiers() & Qt::ControlModifier) && m_picked >= 0 && item != m_picked)
            pickItems(m_picked, item);
        else
            pickItems(item);
        const TimelineItem &it = m_layout->items()[size_t(item)];
        lane = it.lane;
        if (it.isArrow() && it.toLane >= 0
            && qAbs(event->position().y() - m_painter.laneY(it.toLane))
                < qAbs(event->position().y() - m_painter.laneY(it.lane)))
            lane = it.toLane;
    } else {
        lane = m_painter.laneAt(event->position());
    }
    if (lane >= 0) {
        setSelectedLane(lane);
        emit laneSelected(lane);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click on an event moves the playhead to it: every view shows that instant.
    // (Two quick clicks on the ruler are two clicks there.)
    const qsizetype item
        = isOnRuler(event->position()) ? -1 : m_painter.itemAt(event->position(), m_playback->reveal());
    if (item >= 0 && event->button() == Qt::LeftButton)
        m_playback->seek(double(item + 1));
    else
        QWidget::mouseDoubleClickEvent(event); // a press
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double page = m_mapper.plotWidth() * 0.25;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (m_picked < 0) {
            QWidget::keyPressEvent(event);
            return;
        }
        pickItems(-1);
        break;
    case Qt::Key_BracketRight:
        stepPacket(1);
        break;
    case Qt::Key_BracketLeft:
        stepPacket(-1);
        break;
    case Qt::Key_Left:
        syncGeometry();
        m_mapper.panPixels(page);
        m_following = false;
        update();
        break;
    case Qt::Key_Right:
        syncGeometry();
        m_mapper.panPixels(-page);
        m_following = false;
        update();
        break;
    case Qt::Key_PageUp:
        scrollLanes(-m_painter.plotRect().height() * 0.8);
        break;
    case Qt::Key_PageDown:
        scrollLanes(m_painter.plotRect().height() * 0.8);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const auto &rows = m_painter.rows().lanes();
        if (rows.empty())
            break;
        int row = m_selectedLane >= 0 ? m_painter.rows().rowOf(m_selectedLane) : -1;
        row = qBound(0, row + (event->key() == Qt::Key_Up ? -1 : 1), int(rows.size()) - 1);
        setSelectedLane(rows[size_t(row)]);
        emit laneSelected(rows[size_t(row)]);
        break;
    }
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF pos = help->pos();
        const qsizetype item = m_painter.itemAt(pos, m_playback->reveal());
        // A "+N" badge first: the labels that found no room behind it.
        QString text = m_painter.badgeTextAt(pos);
        if (text.isEmpty() && m_stripsShown)
            text = m_strips.textAt(
                m_painter, pos, TcpInfoStrips::revealedUntil(*m_layout, m_playback->reveal().count));
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        for (const bool up : {true, false}) {
            if (m_painter.laneScrollMark(up).contains(pos)) {
                const int lanes = m_painter.lanesOutOfView(up);
                text = up
                    ? tr("%n more lane(s) above. Click, Page Up or Shift+wheel to see them.", "", lanes)
                    : tr("%n more lane(s) below. Click, Page Down or Shift+wheel to see them.", "", lanes);
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        }
        if (item >= 0) {
            text = m_painter.itemTooltip(item) + QStringLiteral("\n")
                + tr("Double-click: move the playhead here (every view shows this instant).");
        } else if (isOnRuler(pos)) {
            text = tr("Click or drag along the ruler to move the playhead: the tables, the log and "
                      "the other views show that instant.");
        } else if (m_painter.legendRect().contains(pos)) {
            text = m_painter.legendTooltip();
        } else if (pos.x() < m_painter.headWidth()) {
            const LaneId lane = m_painter.laneAt(pos);
            if (lane >= 0) {
                const TimelineLane &l = m_layout->lane(lane);
                text = TimelineText::laneRole(l) + QLatin1Char('\n') + TimelineText::laneEndpoint(l);
                if (!l.remote.isEmpty())
                    text += QStringLiteral(" \u2192 ") + l.remote;
                if (l.parent >= 0)
                    text += QLatin1Char('\n')
                        + tr("Made by accept() on the listener: same local address and port, one connection "
                             "of its own.");
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_painter.setPalette(palette());
        invalidate();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        m_painter.setFont(font());
        invalidate();
    }
    QWidget::changeEvent(event);
}

} // namespace SocketScope
