#include "lessonlink.h"

#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>

namespace SocketScope {

LessonLink::LessonLink(int number, const QString &title, QWidget *parent)
    : QAbstractButton(parent)
    , m_number(QStringLiteral("%1.").arg(number))
    , m_title(title)
{
    // No mnemonic: an ampersand in a title is shown as itself, so the text is not a label's.
    setText(QStringLiteral("%1 %2").arg(m_number, title));
    setToolTip(title);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LessonLink::setNumberWidth(int pixels)
{
    m_numberWidth = pixels;
    updateGeometry();
    update();
}

int LessonLink::numberWidth() const
{
    return qMax(m_numberWidth, QFontMetrics(titleFont()).horizontalAdvance(m_number));
}

QFont LessonLink::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

int LessonLink::padding() const
{
    return m_tight ? qMax(2, fontMetrics().height() / 8) : qMax(3, fontMetrics().height() / 4);
}

void LessonLink::setTight(bool tight)
{
    if (tight == m_tight)
        return;
    m_tight = tight;
    updateGeometry();
    update();
}

QRect LessonLink::titleRectFor(int width) const
{
    const int pad = padding();
    const int left = pad + numberWidth() + fontMetrics().averageCharWidth();
    const int room = qMax(1, width - left - pad);
    const QRect text = QFontMetrics(titleFont())
                           .boundingRect(QRect(0, 0, room, 1000 * fontMetrics().height()),
                               Qt::TextWordWrap | Qt::AlignLeft, m_title);
    return {left, pad, room, text.height()};
}

QRect LessonLink::titleRect() const
{
    return titleRectFor(width());
}

int LessonLink::titleLines() const
{
    const int line = QFontMetrics(titleFont()).lineSpacing();
    return qMax(1, (titleRect().height() + line / 2) / line);
}

int LessonLink::heightForWidth(int width) const
{
    return titleRectFor(width).height() + 2 * padding();
}

QSize LessonLink::sizeHint() const
{
    const int pad = padding();
    const int width = 2 * pad + numberWidth() + fontMetrics().averageCharWidth()
        + QFontMetrics(titleFont()).horizontalAdvance(m_title);
    return {width, heightForWidth(width)};
}

QSize LessonLink::minimumSizeHint() const
{
    // Narrow enough for a projector's page in large type; the title then takes more lines.
    const int width = 2 * padding() + numberWidth() + fontMetrics().averageCharWidth() * 14;
    return {width, heightForWidth(width)};
}

void LessonLink::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool hovered = underMouse() || isDown();
    if (hovered || hasFocus()) {
        // The row under the pointer or the keyboard's focus, so the one about to open is clear.
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(isDown() ? 90 : 40);
        painter.setBrush(hovered ? QBrush(fill) : QBrush(Qt::NoBrush));
        painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1));
        const qreal radius = fontMetrics().height() / 4.0;
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), radius, radius);
    }
    const QRect title = titleRect();
    painter.setFont(titleFont());
    painter.setPen(pal.color(QPalette::Link));
    painter.drawText(QRect(padding(), title.top(), numberWidth(), QFontMetrics(titleFont()).height()),
        Qt::AlignRight | Qt::AlignTop, m_number);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(title, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_title);
}

void LessonLink::keyPressEvent(QKeyEvent *event)
{
    // Enter opens the lesson, as on the page's other buttons.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void LessonLink::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QAbstractButton::changeEvent(event);
}

} // namespace SocketScope
