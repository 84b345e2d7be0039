#include "portmaplegend.h"

#include "ports/ianarange.h"

#include <QtGui/QPainter>

namespace SocketScope {

namespace {

constexpr int kGap = 14;

} // namespace

PortMapLegend::PortMapLegend(QWidget *parent)
    : QWidget(parent)
{
    m_colors = PortMapColors::fromPalette(palette());
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QList<PortMapLegend::Item> PortMapLegend::items() const
{
    const auto range = [](IanaRange::Kind kind) {
        return tr("%1 (%2-%3)")
            .arg(IanaRange::name(kind))
            .arg(IanaRange::first(kind))
            .arg(IanaRange::last(kind));
    };
    return {
        {Swatch::Range0, range(IanaRange::WellKnown)},
        {Swatch::Range1, range(IanaRange::Registered)},
        {Swatch::Range2, range(IanaRange::Dynamic)},
        {Swatch::InUse, tr("in use on this machine now")},
        {Swatch::Lab, tr("a lab socket")},
        {Swatch::OsPicked, tr("port the OS picked for a lab client")},
        {Swatch::OsRange, tr("the OS's ephemeral range")},
    };
}

int PortMapLegend::layout(int width, QList<QRect> *rects) const
{
    const QFontMetrics metrics = fontMetrics();
    const int box = metrics.height();
    width = qMax(width, 2 * box + 6);
    int x = 0;
    int y = 0;
    int rowHeight = box;
    for (const Item &item : items()) {
        int w = box + 6 + metrics.horizontalAdvance(item.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight + 6;
            rowHeight = box;
        }
        // An item longer than the whole line (a narrow window, large type, a long translation)
        // wraps its words under its swatch instead of running off the edge.
        int h = box;
        if (w > width) {
            w = width;
            h = qMax(box,
                metrics.boundingRect(QRect(0, 0, w - box - 6, 100 * box), Qt::TextWordWrap, item.text)
                    .height());
        }
        if (rects)
            rects->append(QRect(x, y, w, h));
        rowHeight = qMax(rowHeight, h);
        x += w + kGap;
    }
    return y + rowHeight + 2;
}

QSize PortMapLegend::sizeHint() const
{
    return {600, heightForWidth(600)};
}

QSize PortMapLegend::minimumSizeHint() const
{
    // Narrow, the items wrap: the legend never asks for more width than a swatch and a word.
    const int narrow = fontMetrics().height() * 8;
    return {narrow, heightForWidth(narrow)};
}

int PortMapLegend::heightForWidth(int width) const
{
    return layout(width, nullptr);
}

void PortMapLegend::paintSwatch(QPainter &painter, const QRect &box, Swatch swatch) const
{
    const QRectF r = QRectF(box).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setPen(QPen(m_colors.text, 1));
    switch (swatch) {
    case Swatch::Range0:
    case Swatch::Range1:
    case Swatch::Range2: {
        const int i = int(swatch) - int(Swatch::Range0);
        painter.setPen(QPen(m_colors.rangeEdge[i], 1));
        painter.setBrush(m_colors.range[i]);
        painter.drawRect(r);
        break;
    }
    case Swatch::InUse:
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_colors.inUse);
        painter.drawRect(r.adjusted(2, 2, -2, -2));
        break;
    case Swatch::Lab:
        painter.setBrush(m_colors.labSocket);
        painter.drawRect(r.adjusted(1, 1, -1, -1));
        break;
    case Swatch::OsPicked:
        painter.setBrush(m_colors.osPicked);
        painter.drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case Swatch::OsRange:
        painter.setBrush(QBrush(m_colors.osRange, Qt::BDiagPattern));
        painter.setPen(QPen(m_colors.text, 1.5, Qt::DashLine));
        painter.drawRect(r);
        break;
    }
}

void PortMapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QList<QRect> rects;
    layout(width(), &rects);
    const QList<Item> all = items();
    const int box = fontMetrics().height();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QRect r = rects[i];
        paintSwatch(painter, QRect(r.left(), r.top(), box, box), all[i].swatch);
        painter.setPen(palette().color(QPalette::WindowText));
        // Only an item narrowed to the line wraps: measured whole, a line wrapped by drawText
        // may still break early (fallback fonts measure a little differently).
        const bool narrowed = r.width() < box + 6 + fontMetrics().horizontalAdvance(all[i].text);
        painter.drawText(QRect(r.left() + box + 6, r.top(), r.width() - box - 6, r.height()),
            narrowed ? Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap : Qt::AlignLeft | Qt::AlignVCenter,
            all[i].text);
    }
}

void PortMapLegend::changeEvent(QEvent *event)
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
