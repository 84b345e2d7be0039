#pragma once

#include "portmapcolors.h"

#include <QtWidgets/QWidget>

namespace SocketScope {

// What the port map's colours and marks mean, drawn with the map's own colours.
class PortMapLegend : public QWidget
{
    Q_OBJECT

public:
    explicit PortMapLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Swatch { Range0, Range1, Range2, InUse, Lab, OsPicked, OsRange };
    struct Item
    {
        Swatch swatch;
        QString text;
    };
    QList<Item> items() const;
    // Lays the items out in rows that fit `width`; returns the height used.
    int layout(int width, QList<QRect> *rects) const;
    void paintSwatch(QPainter &painter, const QRect &box, Swatch swatch) const;

    PortMapColors m_colors;
};

} // namespace SocketScope
