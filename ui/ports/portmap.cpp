#include "portmap.h"

#include "lab/endpoint.h"
#include "ports/serviceregistry.h"

#include <QtGui/QHelpEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QToolTip>

#include <algorithm>
#include <cmath>

namespace SocketScope {

namespace {

constexpr int kMargin = 4;
constexpr int kDragThreshold = 6;

bool containsPort(const std::vector<quint16> &ports, quint16 port)
{
    return std::binary_search(ports.begin(), ports.end(), port);
}

qsizetype countPort(const std::vector<quint16> &ports, quint16 port)
{
    const auto range = std::equal_range(ports.begin(), ports.end(), port);
    return range.second - range.first;
}

} // namespace

PortMap::PortMap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_colors = PortMapColors::fromPalette(palette());
}

void PortMap::setRegistry(const ServiceRegistry *registry)
{
    m_registry = registry;
}

void PortMap::setSystemSettings(const SystemPortSettings &settings)
{
    m_settings = settings;
    update();
}

void PortMap::setOverlays(Overlays overlays)
{
    if (overlays == m_overlays)
        return;
    m_overlays = overlays;
    update();
}

void PortMap::setOverlay(Overlay overlay, bool on)
{
    setOverlays(on ? (m_overlays | overlay) : (m_overlays & ~Overlays(overlay)));
}

void PortMap::setPortsInUse(std::vector<quint16> ports)
{
    if (ports == m_inUse)
        return;
    m_inUse = std::move(ports);
    if (m_overlays & InUseNow)
        update();
}

void PortMap::setLabSocketPorts(std::vector<quint16> ports)
{
    if (ports == m_labPorts)
        return;
    m_labPorts = std::move(ports);
    if (m_overlays & LabSockets)
        update();
}

void PortMap::setOsPickedPorts(std::vector<quint16> ports)
{
    if (ports == m_osPicked)
        return;
    m_osPicked = std::move(ports);
    if (m_overlays & OsPickedPorts)
        update();
}

QSize PortMap::sizeHint() const
{
    return {800, 780};
}

QSize PortMap::minimumSizeHint() const
{
    return {300, 280};
}

void PortMap::selectPort(int port)
{
    if (port < 0 || port > 65535 || port == m_selected)
        return;
    m_selected = port;
    // Keep the chosen port in sight when zoomed in.
    if (port < m_first || port > m_last)
        showAll();
    update();
}

void PortMap::setView(int first, int last)
{
    first = std::clamp(first, 0, 65535);
    last = std::clamp(last, 0, 65535);
    if (last < first)
        std::swap(first, last);
    // Too few ports make huge cells that tell nothing more.
    if (last - first + 1 < kMinViewPorts) {
        const int middle = (first + last) / 2;
        first = std::clamp(middle - kMinViewPorts / 2, 0, 65536 - kMinViewPorts);
        last = first + kMinViewPorts - 1;
    }
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    layoutCells();
    invalidateBase();
    emit viewChanged(m_first, m_last);
}

void PortMap::zoomIn(int aroundPort)
{
    const int count = m_last - m_first + 1;
    const int newCount = std::max(kMinViewPorts, count / 4);
    if (newCount == count)
        return;
    // Aligned blocks keep the grid's rows on round numbers.
    const int first = (std::clamp(aroundPort, 0, 65535) / newCount) * newCount;
    setView(first, std::min(65535, first + newCount - 1));
}

void PortMap::zoomOut()
{
    const int count = std::min(65536, (m_last - m_first + 1) * 4);
    const int middle = (m_first + m_last) / 2;
    const int first = (middle / count) * count;
    setView(first, std::min(65535, first + count - 1));
}

void PortMap::showAll()
{
    setView(0, 65535);
}

int PortMap::labelWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("65535")) + 2 * kMargin;
}

qreal PortMap::cellSize(qreal width, qreal height) const
{
    qreal cell = std::min(width / m_columns, height / m_rows);
    // Whole pixels keep the grid crisp once cells are big enough to show it.
    if (cell >= 3)
        cell = std::floor(cell);
    return std::max<qreal>(cell, 0.25);
}

int PortMap::widthForHeight(int height) const
{
    const qreal cell = cellSize(QWIDGETSIZE_MAX, height - 2 * kMargin);
    return labelWidth() + int(std::ceil(m_columns * cell)) + kMargin;
}

void PortMap::layoutCells()
{
    const int count = m_last - m_first + 1;
    m_columns = count == 65536 ? kFullColumns : int(std::ceil(std::sqrt(double(count))));
    m_rows = (count + m_columns - 1) / m_columns;
    const int labels = labelWidth();
    const QRectF area(labels, kMargin, width() - labels - kMargin, height() - 2 * kMargin);
    m_cell = cellSize(area.width(), area.height());
    m_mapRect = QRectF(area.left(), area.top(), m_columns * m_cell, m_rows * m_cell);
    const int rowsPerLabel = std::max(1, int(std::ceil(fontMetrics().height() * 1.6 / m_cell)));
    // Label rows at a round step: 1, 2, 4, 8 ...
    m_labelEvery = 1;
    while (m_labelEvery < rowsPerLabel)
        m_labelEvery *= 2;
}

QRectF PortMap::cellRect(int port) const
{
    if (port < m_first || port > m_last)
        return {};
    const int index = port - m_first;
    const int row = index / m_columns; // whole rows above the port
    const int column = index % m_columns;
    return {m_mapRect.left() + column * m_cell, m_mapRect.top() + row * m_cell, m_cell, m_cell};
}

int PortMap::portAt(const QPointF &pos) const
{
    if (!m_mapRect.contains(pos))
        return -1;
    const int column = std::min(m_columns - 1, int((pos.x() - m_mapRect.left()) / m_cell));
    const int row = std::min(m_rows - 1, int((pos.y() - m_mapRect.top()) / m_cell));
    const int port = m_first + row * m_columns + column;
    return port <= m_last ? port : -1;
}

QPainterPath PortMap::rangePath(int first, int last) const
{
    QPainterPath path;
    first = std::max(first, m_first);
    last = std::min(last, m_last);
    if (first > last)
        return path;
    const int a = first - m_first;
    const int b = last - m_first;
    const int rowA = a / m_columns, colA = a % m_columns;
    const int rowB = b / m_columns, colB = b % m_columns;
    const qreal x0 = m_mapRect.left(), y0 = m_mapRect.top();
    const auto rect = [&](int row0, int col0, int row1, int col1) {
        // Inclusive cells, as a rectangle.
        path.addRect(QRectF(
            x0 + col0 * m_cell, y0 + row0 * m_cell, (col1 - col0 + 1) * m_cell, (row1 - row0 + 1) * m_cell));
    };
    if (rowA == rowB) {
        rect(rowA, colA, rowA, colB);
    } else {
        rect(rowA, colA, rowA, m_columns - 1);
        if (rowB - rowA > 1)
            rect(rowA + 1, 0, rowB - 1, m_columns - 1);
        rect(rowB, 0, rowB, colB);
    }
    return path.simplified();
}

void PortMap::invalidateBase()
{
    m_baseValid = false;
    update();
}

void PortMap::paintBase()
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_base.size() != pixels)
        m_base = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_base.setDevicePixelRatio(dpr);
    m_base.fill(palette().color(QPalette::Window));
    ++m_baseRebuilds;

    // One pixel per port, scaled up without smoothing: 65,536 cells cost one image draw.
    const int count = m_last - m_first + 1;
    QImage cells(m_columns, m_rows, QImage::Format_RGB32);
    cells.fill(palette().color(QPalette::Window));
    const QRgb colors[IanaRange::kCount]
        = {m_colors.range[0].rgb(), m_colors.range[1].rgb(), m_colors.range[2].rgb()};
    for (int row = 0; row < m_rows; ++row) {
        auto *line = reinterpret_cast<QRgb *>(cells.scanLine(row));
        for (int column = 0; column < m_columns; ++column) {
            const int index = row * m_columns + column;
            if (index >= count)
                break;
            line[column] = colors[IanaRange::of(quint16(m_first + index))];
        }
    }
    QPainter painter(&m_base);
    // A painter on an image starts with the application's font, not this widget's: the port
    // numbers stayed small in presentation mode's larger type.
    painter.setFont(font());
    painter.drawImage(m_mapRect, cells);

    // Gaps between cells once they are big enough to count.
    if (m_cell >= 6) {
        painter.setPen(QPen(m_colors.grid, 1));
        for (int column = 1; column < m_columns; ++column) {
            const qreal x = m_mapRect.left() + column * m_cell;
            painter.drawLine(QPointF(x, m_mapRect.top()), QPointF(x, m_mapRect.bottom()));
        }
        for (int row = 1; row < m_rows; ++row) {
            const qreal y = m_mapRect.top() + row * m_cell;
            painter.drawLine(QPointF(m_mapRect.left(), y), QPointF(m_mapRect.right(), y));
        }
    }

    // Port numbers inside the cells when they fit, in a smaller font if need be; big cells
    // also get the service's name, so a zoomed-in map reads like a table.
    const QFontMetrics metrics = fontMetrics();
    if (m_cell >= 24) {
        QFont small = font();
        qreal points = small.pointSizeF() > 0 ? small.pointSizeF() : 9;
        while (points > 5 && QFontMetricsF(small).horizontalAdvance(QStringLiteral("65535")) > m_cell - 4) {
            points -= 0.5;
            small.setPointSizeF(points);
        }
        painter.setFont(small);
        painter.setPen(m_colors.text);
        const QFontMetricsF smallMetrics(small);
        const bool names = m_registry && m_cell >= 3.2 * smallMetrics.height();
        for (int port = m_first; port <= m_last; ++port) {
            const QRectF cell = cellRect(port).adjusted(2, 2, -2, -2);
            if (!names) {
                painter.drawText(cell, Qt::AlignCenter, QString::number(port));
                continue;
            }
            painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, QString::number(port));
            auto services = m_registry->lookup(quint16(port), Protocol::Tcp);
            if (services.empty())
                services = m_registry->lookup(quint16(port), Protocol::Udp);
            if (!services.empty())
                painter.drawText(cell, Qt::AlignHCenter | Qt::AlignBottom,
                    smallMetrics.elidedText(
                        m_registry->at(services.front()).name, Qt::ElideRight, cell.width()));
        }
        painter.setFont(font());
    }

    // The first port of every few rows, at the left.
    painter.setPen(palette().color(QPalette::WindowText));
    for (int row = 0; row < m_rows; row += m_labelEvery) {
        const QRectF label(0, m_mapRect.top() + row * m_cell, m_mapRect.left() - kMargin, metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignTop, QString::number(m_first + row * m_columns));
    }
    m_baseValid = true;
}

void PortMap::drawMarks(
    QPainter &painter, const std::vector<quint16> &ports, const QColor &color, bool round) const
{
    // Tiny cells get a mark bigger than the cell, or one socket would be invisible; big cells
    // get a badge in a corner so the port number stays readable.
    const bool badge = m_cell >= 24;
    const qreal grow = m_cell < 8 ? std::max<qreal>(1.5, (8 - m_cell) / 2) : -m_cell * 0.15;
    QPen ring(m_colors.background, m_cell < 8 ? 1 : 2);
    painter.setPen(ring);
    painter.setBrush(color);
    int previous = -1;
    for (quint16 port : ports) {
        if (port == previous || port < m_first || port > m_last)
            continue;
        previous = port;
        const QRectF cell = cellRect(port);
        QRectF r = cell.adjusted(-grow, -grow, grow, grow);
        if (badge) {
            const qreal side = std::clamp<qreal>(m_cell * 0.3, 8, 18);
            // Squares sit top left, circles top right, so both fit on one port.
            r = round ? QRectF(cell.right() - side - 2, cell.top() + 2, side, side)
                      : QRectF(cell.left() + 2, cell.top() + 2, side, side);
        }
        if (round)
            painter.drawEllipse(r);
        else
            painter.drawRect(r);
    }
}

void PortMap::paintEvent(QPaintEvent *)
{
    if (!m_baseValid || m_base.size() != (QSizeF(size()) * devicePixelRatioF()).toSize())
        paintBase();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_base);
    painter.setRenderHint(QPainter::Antialiasing, true);

    if (m_overlays & OsEphemeralRange) {
        // IANA's dynamic range as a solid edge, the OS's own range hatched with a dashed edge:
        // where they differ is the point.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_colors.rangeEdge[IanaRange::Dynamic], 2));
        painter.drawPath(
            rangePath(IanaRange::first(IanaRange::Dynamic), IanaRange::last(IanaRange::Dynamic)));
        const QPainterPath os = rangePath(m_settings.ephemeralFirst, m_settings.ephemeralLast);
        painter.setBrush(QBrush(m_colors.osRange, Qt::BDiagPattern));
        painter.setPen(QPen(m_colors.text, 2, Qt::DashLine));
        painter.drawPath(os);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (m_overlays & InUseNow) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_colors.inUse);
        const qreal grow = m_cell < 4 ? (4 - m_cell) / 2 : 0;
        int previous = -1;
        for (quint16 port : m_inUse) {
            if (port == previous || port < m_first || port > m_last)
                continue;
            previous = port;
            const QRectF cell = cellRect(port);
            // Big cells carry a number: a bar along the bottom leaves it readable.
            if (m_cell >= 24)
                painter.drawRect(QRectF(
                    cell.left() + 1, cell.bottom() - m_cell * 0.16, cell.width() - 2, m_cell * 0.16 - 1));
            else
                painter.drawRect(cell.adjusted(-grow, -grow, grow, grow));
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_overlays & LabSockets)
        drawMarks(painter, m_labPorts, m_colors.labSocket, false);
    if (m_overlays & OsPickedPorts)
        drawMarks(painter, m_osPicked, m_colors.osPicked, true);

    // The dragged-out range to zoom into.
    if (m_dragPort >= 0 && m_pressPort >= 0) {
        QColor band = m_colors.selection;
        band.setAlpha(90);
        painter.setBrush(band);
        painter.setPen(QPen(m_colors.selection, 2));
        painter.drawPath(rangePath(std::min(m_pressPort, m_dragPort), std::max(m_pressPort, m_dragPort)));
    }

    painter.setBrush(Qt::NoBrush);
    const qreal minimum = 9;
    const auto ringAround = [&](int port) {
        const QRectF cell = cellRect(port);
        const qreal grow = std::max<qreal>(1, (minimum - cell.width()) / 2);
        return cell.adjusted(-grow, -grow, grow, grow);
    };
    if (m_hovered >= 0 && m_hovered != m_selected && !cellRect(m_hovered).isEmpty()) {
        painter.setPen(QPen(m_colors.hover, 1));
        painter.drawRect(ringAround(m_hovered));
    }
    if (m_selected >= 0 && !cellRect(m_selected).isEmpty()) {
        const QRectF ring = ringAround(m_selected);
        // Two rings, light and dark, so the selection shows on every cell colour.
        painter.setPen(QPen(m_colors.background, 4));
        painter.drawRect(ring);
        painter.setPen(QPen(m_colors.selection, 2));
        painter.drawRect(ring);
    }
    if (hasFocus()) {
        painter.setPen(QPen(m_colors.selection, 1, Qt::DotLine));
        painter.drawRect(m_mapRect.adjusted(-2, -2, 2, 2));
    }
}

void PortMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCells();
    invalidateBase();
}

void PortMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_colors = PortMapColors::fromPalette(palette());
        invalidateBase();
    } else if (event->type() == QEvent::FontChange) {
        layoutCells();
        invalidateBase();
    }
    QWidget::changeEvent(event);
}

QString PortMap::describe(quint16 port) const
{
    const IanaRange::Kind range = IanaRange::of(port);
    QStringList lines;
    lines << tr("Port %1 \u2014 %2 range").arg(port).arg(IanaRange::name(range));
    if (m_registry) {
        for (Protocol proto : {Protocol::Tcp, Protocol::Udp}) {
            QStringList names;
            for (qint32 index : m_registry->lookup(port, proto))
                names << m_registry->at(index).name;
            if (!names.isEmpty())
                lines << (proto == Protocol::Tcp ? tr("TCP: %1") : tr("UDP: %1"))
                             .arg(names.join(QStringLiteral(", ")));
        }
    }
    if (m_settings.isEphemeral(port))
        lines << tr("The OS picks client ports from here");
    if (m_overlays & InUseNow) {
        const qsizetype n = countPort(m_inUse, port);
        if (n > 0)
            lines << tr("In use on this machine: %n socket(s)", "", int(n));
    }
    if ((m_overlays & LabSockets) && containsPort(m_labPorts, port))
        lines << tr("One of the lab's sockets uses it");
    if ((m_overlays & OsPickedPorts) && containsPort(m_osPicked, port))
        lines << tr("The OS picked it for a lab client");
    return lines.join(QLatin1Char('\n'));
}

bool PortMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int port = portAt(help->pos());
        if (port < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(
                help->globalPos(), describe(quint16(port)), this, cellRect(port).toAlignedRect());
        }
        return true;
    }
    return QWidget::event(event);
}

void PortMap::setHovered(int port)
{
    if (port == m_hovered)
        return;
    m_hovered = port;
    emit hovered(port);
    update();
}

void PortMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPort = portAt(event->position());
        m_pressPos = event->position().toPoint();
        m_dragPort = -1;
    } else if (event->button() == Qt::RightButton) {
        zoomOut();
    }
    QWidget::mousePressEvent(event);
}

void PortMap::mouseMoveEvent(QMouseEvent *event)
{
    const int port = portAt(event->position());
    setHovered(port);
    if ((event->buttons() & Qt::LeftButton) && m_pressPort >= 0 && port >= 0
        && (event->position().toPoint() - m_pressPos).manhattanLength() >= kDragThreshold) {
        m_dragPort = port;
        update();
    }
}

void PortMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int press = m_pressPort;
    const int drag = m_dragPort;
    m_pressPort = -1;
    m_dragPort = -1;
    if (press < 0)
        return;
    if (drag >= 0 && drag != press) {
        setView(std::min(press, drag), std::max(press, drag));
        update();
        return;
    }
    const int port = portAt(event->position());
    if (port >= 0) {
        selectPort(port);
        emit portClicked(quint16(port));
    }
}

void PortMap::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int port = portAt(event->position());
    if (port >= 0)
        zoomIn(port);
}

void PortMap::wheelEvent(QWheelEvent *event)
{
    // Touchpads send many small steps: zoom once per notch.
    m_wheelDelta += event->angleDelta().y();
    const int port = portAt(event->position());
    while (m_wheelDelta >= 120) {
        m_wheelDelta -= 120;
        zoomIn(port >= 0 ? port : (m_first + m_last) / 2);
    }
    while (m_wheelDelta <= -120) {
        m_wheelDelta += 120;
        zoomOut();
    }
    event->accept();
}

void PortMap::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void PortMap::keyPressEvent(QKeyEvent *event)
{
    int port = m_selected >= 0 ? m_selected : m_first;
    switch (event->key()) {
    case Qt::Key_Left:
        port -= 1;
        break;
    case Qt::Key_Right:
        port += 1;
        break;
    case Qt::Key_Up:
        port -= m_columns;
        break;
    case Qt::Key_Down:
        port += m_columns;
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn(port);
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Home:
        showAll();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    port = std::clamp(port, m_first, m_last);
    selectPort(port);
    emit portClicked(quint16(port));
}

} // namespace SocketScope
