#pragma once

#include <QtWidgets/QWidget>

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

    // The items of this side that differ, and the one picked (-1: none).
    void setItems(std::vector<qsizetype> items, qsizetype picked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF frameOf(qsizetype item) const;

    TimelineView *m_view;
    const TimelineLayout *m_layout;
    std::vector<qsizetype> m_items;
    qsizetype m_picked = -1;
};

} // namespace SocketScope
