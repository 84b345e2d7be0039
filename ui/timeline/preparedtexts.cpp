#include "preparedtexts.h"

#include <QtGui/QPainter>

namespace SocketScope {

void PreparedTexts::setFont(const QFont &font)
{
    if (font == m_font && !m_words.isEmpty())
        return;
    m_font = font;
    m_metrics = QFontMetricsF(font);
    m_words.clear();
}

PreparedTexts::Word &PreparedTexts::word(const QString &text)
{
    if (m_words.size() >= kLimit && !m_words.contains(text))
        m_words.clear();
    return m_words[text];
}

qreal PreparedTexts::width(const QString &text)
{
    Word &w = word(text);
    if (w.width < 0)
        w.width = m_metrics.horizontalAdvance(text);
    return w.width;
}

void PreparedTexts::draw(QPainter &p, const QPointF &baseline, const QString &text)
{
    Word &w = word(text);
    if (!w.prepared) {
        w.laidOut.setText(text);
        w.laidOut.setTextFormat(Qt::PlainText);
        w.laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        w.laidOut.prepare(QTransform(), m_font);
        w.prepared = true;
    }
    // A laid-out text is placed by its top left corner.
    p.drawStaticText(baseline - QPointF(0, m_metrics.ascent()), w.laidOut);
}

QString PreparedTexts::elided(const QString &text, qreal room, Qt::TextElideMode mode)
{
    if (width(text) <= room)
        return text;
    return m_metrics.elidedText(text, mode, room);
}

} // namespace SocketScope
