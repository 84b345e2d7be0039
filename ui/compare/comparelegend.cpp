#include "comparelegend.h"

#include "comparemarks.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>

namespace SocketScope {

CompareLegend::CompareLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        m_samples[i] = new QLabel(this);
        m_texts[i] = new QLabel(this);
        m_texts[i]->setTextFormat(Qt::PlainText);
        m_texts[i]->setWordWrap(true);
        layout->addWidget(m_samples[i]);
        layout->addWidget(m_texts[i], 1);
    }
    retranslate();
    drawSamples();
}

QStringList CompareLegend::texts() const
{
    return {m_texts[0]->text(), m_texts[1]->text(), m_texts[2]->text()};
}

void CompareLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        drawSamples();
    QWidget::changeEvent(event);
}

void CompareLegend::retranslate()
{
    m_texts[0]->setText(tr("only in this session", "compare legend: a step the other session does not have"));
    m_texts[1]->setText(
        tr("in both, but different", "compare legend: other flags, state or size than the other session"));
    m_texts[2]->setText(tr("picked in the list", "compare legend: the difference chosen in the list"));
}

void CompareLegend::drawSamples()
{
    // A sample as wide as two letters and as tall as a line: the marks' own frames, small.
    const int h = fontMetrics().height();
    const QSize size(2 * h, h);
    const qreal ratio = devicePixelRatioF();
    const CompareMarks::Style styles[3] {
        CompareMarks::Style::OnlyHere, CompareMarks::Style::Different, CompareMarks::Style::Picked};
    for (int i = 0; i < 3; ++i) {
        QPixmap pixmap(size * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        CompareMarks::drawFrame(
            p, QRectF(2, 2, size.width() - 4, size.height() - 4), styles[i], 1.0, palette());
        p.end();
        m_samples[i]->setPixmap(pixmap);
    }
}

} // namespace SocketScope
