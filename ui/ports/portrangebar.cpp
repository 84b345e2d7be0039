#include "portrangebar.h"

#include <QtCore/QLocale>
#include <QtGui/QHelpEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QToolTip>

#include <array>

namespace SocketScope {

namespace {

constexpr int kAllPorts = 65536;

int portCount(int kind)
{
    const auto k = IanaRange::Kind(kind);
    return IanaRange::last(k) - IanaRange::first(k) + 1;
}

} // namespace

PortRangeBar::PortRangeBar(QWidget *parent)
    : QWidget(parent)
{
    m_colors = PortMapColors::fromPalette(palette());
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::PointingHandCursor);
}

QString PortRangeBar::label(int kind) const
{
    const auto k = IanaRange::Kind(kind);
    return tr("%1\n%2-%3", "a range's name, then its first and last port")
        .arg(IanaRange::name(k))
        .arg(IanaRange::first(k))
        .arg(IanaRange::last(k));
}

QSize PortRangeBar::labelSize(int kind) const
{
    QFont bold = font();
    bold.setBold(true);
    const QStringList lines = label(kind).split(QLatin1Char('\n'));
    const QFontMetrics boldMetrics(bold);
    int width = boldMetrics.horizontalAdvance(lines.value(0));
    for (qsizetype i = 1; i < lines.size(); ++i)
        width = qMax(width, fontMetrics().horizontalAdvance(lines[i]));
    return {width, boldMetrics.height() + fontMetrics().height() * int(lines.size() - 1)};
}

int PortRangeBar::padding() const
{
    return qMax(3, fontMetrics().height() / 4);
}

int PortRangeBar::blockHeight() const
{
    int height = 0;
    for (int kind = 0; kind < IanaRange::kCount; ++kind)
        height = qMax(height, labelSize(kind).height());
    return height + 2 * padding();
}

QList<QRect> PortRangeBar::blocksFor(int width) const
{
    // Each block as wide as its share of the ports, but never narrower than its words: the
    // blocks that need more than their share get what they need, the others share the rest in
    // proportion. Repeated, since giving one block its minimum shrinks the others' shares.
    std::array<int, IanaRange::kCount> least {};
    for (int kind = 0; kind < IanaRange::kCount; ++kind)
        least[size_t(kind)] = labelSize(kind).width() + 2 * padding();
    std::array<bool, IanaRange::kCount> atLeast {};
    std::array<int, IanaRange::kCount> widths {};
    for (int round = 0; round < IanaRange::kCount; ++round) {
        int fixedWidth = 0;
        int freePorts = 0;
        for (int kind = 0; kind < IanaRange::kCount; ++kind) {
            if (atLeast[size_t(kind)])
                fixedWidth += least[size_t(kind)];
            else
                freePorts += portCount(kind);
        }
        const int room = qMax(0, width - fixedWidth);
        bool changed = false;
        for (int kind = 0; kind < IanaRange::kCount; ++kind) {
            if (atLeast[size_t(kind)]) {
                widths[size_t(kind)] = least[size_t(kind)];
                continue;
            }
            widths[size_t(kind)] = freePorts > 0 ? int(qint64(room) * portCount(kind) / freePorts) : 0;
            if (widths[size_t(kind)] < least[size_t(kind)]) {
                atLeast[size_t(kind)] = true;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    QList<QRect> blocks;
    int x = 0;
    const int height = blockHeight();
    for (int kind = 0; kind < IanaRange::kCount; ++kind) {
        // The last block ends at the edge, whatever rounding left over.
        const int w
            = kind == IanaRange::kCount - 1 ? qMax(widths[size_t(kind)], width - x) : widths[size_t(kind)];
        blocks << QRect(x, 0, w, height);
        x += w;
    }
    return blocks;
}

QList<QRect> PortRangeBar::blocks() const
{
    return blocksFor(width());
}

QRect PortRangeBar::labelRect(int kind) const
{
    const QRect block = blocks().value(kind);
    const QSize size = labelSize(kind);
    return {block.left() + (block.width() - size.width()) / 2, block.top() + padding(), size.width(),
        size.height()};
}

QString PortRangeBar::proportionText() const
{
    const auto share
        = [](int kind) { return QLocale().toString(100.0 * portCount(kind) / kAllPorts, 'f', 1); };
    return tr("The blocks are not to scale: the well-known ports are only %1 of all %2 ports (%3%), the "
              "registered %4%, the dynamic %5%. On the map every port has a cell of the same size.")
        .arg(QLocale().toString(portCount(IanaRange::WellKnown)), QLocale().toString(kAllPorts),
            share(IanaRange::WellKnown), share(IanaRange::Registered), share(IanaRange::Dynamic));
}

QRect PortRangeBar::textRectFor(int width) const
{
    const int top = blockHeight() + padding();
    const QRect text = fontMetrics().boundingRect(
        QRect(0, 0, qMax(1, width), 100 * fontMetrics().height()), Qt::TextWordWrap, proportionText());
    return {0, top, width, text.height()};
}

int PortRangeBar::heightForWidth(int width) const
{
    return textRectFor(width).bottom() + 1;
}

QSize PortRangeBar::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 70;
    return {width, heightForWidth(width)};
}

QSize PortRangeBar::minimumSizeHint() const
{
    int width = 0;
    for (int kind = 0; kind < IanaRange::kCount; ++kind)
        width += labelSize(kind).width() + 2 * padding();
    return {width, heightForWidth(width)};
}

void PortRangeBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QList<QRect> all = blocks();
    QFont bold = font();
    bold.setBold(true);
    for (int kind = 0; kind < IanaRange::kCount; ++kind) {
        const QRect block = all[kind];
        painter.setPen(QPen(m_colors.rangeEdge[kind], 1));
        painter.setBrush(m_colors.range[kind]);
        painter.drawRect(block.adjusted(0, 0, -1, -1));
        const QRect text = labelRect(kind);
        const QStringList lines = label(kind).split(QLatin1Char('\n'));
        painter.setPen(m_colors.text);
        painter.setFont(bold);
        const int nameHeight = QFontMetrics(bold).height();
        painter.drawText(
            QRect(text.left(), text.top(), text.width(), nameHeight), Qt::AlignHCenter, lines.value(0));
        painter.setFont(font());
        painter.drawText(
            QRect(text.left(), text.top() + nameHeight, text.width(), text.height() - nameHeight),
            Qt::AlignHCenter | Qt::AlignTop, lines.mid(1).join(QLatin1Char('\n')));
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(textRectFor(width()), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, proportionText());
}

bool PortRangeBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QList<QRect> all = blocks();
        for (int kind = 0; kind < IanaRange::kCount; ++kind) {
            if (all[kind].contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                    tr("%1: %2 ports, %3% of all. Click to see only these on the map.")
                        .arg(IanaRange::name(IanaRange::Kind(kind)), QLocale().toString(portCount(kind)),
                            QLocale().toString(100.0 * portCount(kind) / kAllPorts, 'f', 1)),
                    this, all[kind]);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void PortRangeBar::mouseReleaseEvent(QMouseEvent *event)
{
    const QList<QRect> all = blocks();
    for (int kind = 0; kind < IanaRange::kCount; ++kind) {
        if (all[kind].contains(event->position().toPoint())) {
            emit rangeClicked(kind);
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void PortRangeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_colors = PortMapColors::fromPalette(palette());
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace SocketScope
