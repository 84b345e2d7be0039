#pragma once

#include <QtCore/QTimer>
#include <QtWidgets/QTableView>

#include <functional>

namespace SocketScope {

// A table that repaints on a timer only while its model still has something fading, and
// otherwise only when the model says something changed.
class LiveTableView : public QTableView
{
    Q_OBJECT

public:
    explicit LiveTableView(QWidget *parent = nullptr);

    void setAnimating(std::function<bool()> animating);
    void setModel(QAbstractItemModel *model) override;
    // Larger type and rows for presentation mode.
    void setScale(qreal scale);

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Fitting measures at most this many rows, those on screen: every cell measured is laid out
    // as text, and Qt's own sizeHintForColumn() may read up to a thousand rows per column.
    static constexpr int kMaxFitRows = 40;
    // Fading rows repaint every kFrameMs, stretched so that painting takes at most a quarter of
    // the time when a frame is expensive (large type, many columns, a busy machine).
    static constexpr int kFrameMs = 40;
    static constexpr int kMaxFrameMs = 250;

    void wake();

    void fitColumns();

    QTimer m_frame;
    QTimer m_fit;
    std::function<bool()> m_animating;
    qreal m_baseFontSize = 0;
    bool m_fitted = false;
    bool m_fitWhenShown = false;
};

} // namespace SocketScope
