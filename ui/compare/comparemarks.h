#pragma once

#include "timeline/timelineitem.h"

#include <QtWidgets/QWidget>

class QPainter;

#include <vector>

namespace SocketScope {

class TimelineLayout;
class TimelineView;

// The differences drawn over one side's timeline: a frame around each step the other side
// does not have, or has otherwise, and a bolder one around the difference picked in the list.
// It lies over the view, lets every click through, and is repainted with it, so it follows
// zooming and scrolling without the view knowing it is there.
class CompareMarks : public QWidget
{
    Q_OBJECT

public:
    CompareMarks(TimelineView *view, const TimelineLayout *layout);

    // A step of this side that differs: an arrow (toLane >= 0) or something on one lane,
    // such as the state an arrow left it in.
    struct Mark
    {
        qsizetype item = -1;
        LaneId lane = -1;
        LaneId toLane = -1;
        // True: the other side has no such step; false: it has one that differs.
        bool onlyHere = false;
        bool operator==(const Mark &) const = default;
    };

    // How a frame is drawn: a step only this side has (dashed, in the warning colour), one
    // both have but differently (dotted, in the changed colour), the one picked (bold, filled).
    enum class Style { OnlyHere, Different, Picked };
    static void drawFrame(
        QPainter &painter, const QRectF &frame, Style style, qreal scale, const QPalette &palette);

    // The steps of this side that differ, and the one picked (item -1: none).
    void setMarks(std::vector<Mark> marks, Mark picked);
    // Only another one picked (the playhead stepped): the marks stay.
    void setPicked(Mark picked);
    const std::vector<Mark> &marks() const { return m_marks; }
    Mark picked() const { return m_picked; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF frameOf(const Mark &mark) const;

    TimelineView *m_view;
    const TimelineLayout *m_layout;
    std::vector<Mark> m_marks;
    Mark m_picked;
};

} // namespace SocketScope
