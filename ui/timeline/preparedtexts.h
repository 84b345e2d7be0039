#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtGui/QFont>
#include <QtGui/QFontMetricsF>
#include <QtGui/QStaticText>

class QPainter;

namespace SocketScope {

// The words the timeline draws in one font, measured and laid out once. A dense frame draws
// hundreds of labels, and panning draws the same ones again; shaping a word costs more than
// drawing it, so each is shaped the first time and kept (up to a limit, then all are let go).
class PreparedTexts
{
public:
    // Forgets every word when the font differs from the last one.
    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    const QFontMetricsF &metrics() const { return m_metrics; }

    qreal width(const QString &text);
    // `text` with its baseline starting at `baseline`, in the painter's pen. The painter's
    // font must be font(); it is not set here, so a run of labels sets it once.
    void draw(QPainter &p, const QPointF &baseline, const QString &text);
    // `text` cut with "…" to fit `room`; unchanged where it fits.
    QString elided(const QString &text, qreal room, Qt::TextElideMode mode = Qt::ElideRight);

    static constexpr qsizetype kLimit = 4096;

private:
    struct Word
    {
        qreal width = -1;
        QStaticText laidOut;
        bool prepared = false;
    };
    Word &word(const QString &text);

    QFont m_font;
    QFontMetricsF m_metrics {QFont()};
    QHash<QString, Word> m_words;
};

} // namespace SocketScope
