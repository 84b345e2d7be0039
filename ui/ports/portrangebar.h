#pragma once

#include "portmapcolors.h"

#include <QtWidgets/QWidget>

namespace SocketScope {

// The three IANA ranges side by side, each a labelled block, above the port map. On the map
// every port has a cell of the same size, so the well-known ports (1,024 of 65,536) are a thin
// band a few pixels high; here each range is at least wide enough for its name and numbers, and
// the sentence under the blocks says how small it really is. A click on a block zooms the map
// to that range.
class PortRangeBar : public QWidget
{
    Q_OBJECT

public:
    explicit PortRangeBar(QWidget *parent = nullptr);

    // Where each range's block is drawn (in IanaRange::Kind order), at the current width, and
    // the words drawn in it.
    QList<QRect> blocks() const;
    QList<QRect> blocksFor(int width) const;
    QRect labelRect(int kind) const;
    // The sentence under the blocks: the ranges' true shares.
    QString proportionText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void rangeClicked(int kind);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The two lines in a block: the range's name, then its first and last port.
    QString label(int kind) const;
    QSize labelSize(int kind) const;
    int blockHeight() const;
    int padding() const;
    QRect textRectFor(int width) const;

    PortMapColors m_colors;
};

} // namespace SocketScope
