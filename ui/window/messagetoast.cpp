#include "messagetoast.h"

#include "fontscale.h"
#include "theme.h"

#include <QtCore/QEvent>
#include <QtGui/QMouseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMainWindow>

namespace SocketScope {

namespace {

constexpr int kMinimumMs = 5000;
constexpr int kMaximumMs = 15000;
constexpr int kBaseMs = 2500;
constexpr int kPerCharacterMs = 70; // slow reading, in either language
constexpr qreal kWidthShare = 0.8; // of the window
constexpr int kMargin = 24; // from the bottom edge, before scaling

} // namespace

MessageToast::MessageToast(QMainWindow *window)
    : QLabel(window)
    , m_window(window)
    , m_windowWidget(window)
{
    setObjectName(QStringLiteral("messageToast"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setCursor(Qt::PointingHandCursor);
    hide();
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &MessageToast::dismiss);
    window->installEventFilter(this);
    applyStyle();
}

int MessageToast::durationMs(const QString &text)
{
    return qBound(kMinimumMs, kBaseMs + kPerCharacterMs * int(text.size()), kMaximumMs);
}

void MessageToast::showMessage(const QString &text, bool error)
{
    if (QWidget *central = m_window->centralWidget(); central && central != m_central) {
        m_central = central;
        central->installEventFilter(this);
    }
    m_error = error;
    applyStyle();
    setText(text);
    setAccessibleName(text);
    place();
    show();
    raise();
    m_hide.start(durationMs(text));
}

void MessageToast::dismiss()
{
    m_hide.stop();
    hide();
}

void MessageToast::setScale(qreal scale)
{
    m_scale = scale;
    FontScale::apply(this, scale);
    applyStyle();
    if (isVisible())
        place();
}

void MessageToast::applyStyle()
{
    // Set again whenever the theme changes: presentation mode turns to high contrast after the
    // toast was made.
    Theme::followStyleSheet(this, [this] {
        const QPalette palette = QApplication::palette();
        const QString box = m_error ? Theme::bannerStyle(Theme::Role::Error)
                                    : QStringLiteral("background: %1; color: %2; border: 2px solid %2;")
                                          .arg(palette.color(QPalette::ToolTipBase).name(),
                                              palette.color(QPalette::ToolTipText).name());
        return box + QStringLiteral(" padding: %1px; border-radius: 6px;").arg(qRound(8 * m_scale));
    });
}

void MessageToast::place()
{
    // Over the bottom of the views, above a lesson's narration docked below them.
    const QRect area = m_central ? m_central->geometry() : m_windowWidget->rect();
    const int width = qMax(1, int(area.width() * kWidthShare));
    const int height = qMin(heightForWidth(width), area.height() / 3);
    const int margin = qRound(kMargin * m_scale);
    setGeometry(area.x() + (area.width() - width) / 2, area.bottom() - margin - height, width, height);
}

bool MessageToast::eventFilter(QObject *watched, QEvent *event)
{
    // Only the pointers kept are compared: this also sees the events of a window being
    // destroyed, which is no longer a QMainWindow to ask anything of.
    if (event->type() == QEvent::Resize && (watched == m_windowWidget || watched == m_central) && isVisible())
        place();
    return QLabel::eventFilter(watched, event);
}

void MessageToast::mousePressEvent(QMouseEvent *event)
{
    event->accept();
    dismiss();
}

} // namespace SocketScope
