#pragma once

#include "portmapcolors.h"
#include "ports/systemportsettings.h"

#include <QtGui/QImage>
#include <QtWidgets/QWidget>

#include <vector>

namespace SocketScope {

class ServiceRegistry;

// All 65,536 ports at once, one cell each, coloured by IANA range, with switchable overlays
// on top. The range colours and labels are cached in an image; each repaint only draws the
// overlays over it. Hover shows a tooltip, a click selects a port, a drag or the wheel zooms
// into a range.
class PortMap : public QWidget
{
    Q_OBJECT

public:
    enum Overlay {
        InUseNow = 0x1,
        LabSockets = 0x2,
        OsPickedPorts = 0x4,
        OsEphemeralRange = 0x8,
    };
    Q_DECLARE_FLAGS(Overlays, Overlay)

    static constexpr int kFullColumns = 256;
    static constexpr int kMinViewPorts = 64;

    explicit PortMap(QWidget *parent = nullptr);

    // Names for tooltips; may be null.
    void setRegistry(const ServiceRegistry *registry);
    void setSystemSettings(const SystemPortSettings &settings);

    Overlays overlays() const { return m_overlays; }
    void setOverlays(Overlays overlays);
    void setOverlay(Overlay overlay, bool on);

    // Ports, sorted, repeated once per socket.
    void setPortsInUse(std::vector<quint16> ports);
    void setLabSocketPorts(std::vector<quint16> ports);
    void setOsPickedPorts(std::vector<quint16> ports);

    const std::vector<quint16> &portsInUse() const { return m_inUse; }
    const std::vector<quint16> &labSocketPorts() const { return m_labPorts; }
    const std::vector<quint16> &osPickedPorts() const { return m_osPicked; }

    int selectedPort() const { return m_selected; }
    int hoveredPort() const { return m_hovered; }
    int viewFirst() const { return m_first; }
    int viewLast() const { return m_last; }
    int columns() const { return m_columns; }
    // The width at which the map, `height` tall, draws its cells as large as that height
    // allows: any more width is left empty beside the cells.
    int widthForHeight(int height) const;

    // Widget coordinates of a port's cell (empty when outside the view), and the other way.
    QRectF cellRect(int port) const;
    int portAt(const QPointF &pos) const;
    // What the tooltip says about a port.
    QString describe(quint16 port) const;

    // Times spent painting, for the benchmark: how often the cached layer was rebuilt.
    int baseRebuilds() const { return m_baseRebuilds; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void selectPort(int port);
    void setView(int first, int last);
    void zoomIn(int aroundPort);
    void zoomOut();
    void showAll();

signals:
    void portClicked(quint16 port);
    void hovered(int port); // -1 when the pointer left the map
    void viewChanged(int first, int last);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void layoutCells();
    // Room for the row labels at the left.
    int labelWidth() const;
    // The side of a cell when the grid may take `width` by `height`.
    qreal cellSize(qreal width, qreal height) const;
    void invalidateBase();
    void paintBase();
    // The outline of ports first..last in reading order: up to three rectangles.
    QPainterPath rangePath(int first, int last) const;
    void drawMarks(
        QPainter &painter, const std::vector<quint16> &ports, const QColor &color, bool round) const;
    void setHovered(int port);

    const ServiceRegistry *m_registry = nullptr;
    SystemPortSettings m_settings;
    Overlays m_overlays = Overlays(InUseNow | LabSockets | OsPickedPorts | OsEphemeralRange);
    std::vector<quint16> m_inUse;
    std::vector<quint16> m_labPorts;
    std::vector<quint16> m_osPicked;

    int m_first = 0;
    int m_last = 65535;
    int m_columns = kFullColumns;
    int m_rows = kFullColumns;
    qreal m_cell = 1;
    QRectF m_mapRect;
    int m_labelEvery = 16; // rows between row labels

    int m_selected = -1;
    int m_hovered = -1;
    int m_pressPort = -1;
    QPoint m_pressPos;
    int m_dragPort = -1; // the other end while dragging out a range
    int m_wheelDelta = 0;

    PortMapColors m_colors;
    QImage m_base;
    bool m_baseValid = false;
    int m_baseRebuilds = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PortMap::Overlays)

} // namespace SocketScope
