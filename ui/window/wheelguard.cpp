#include "wheelguard.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtWidgets/QAbstractScrollArea>
#include <QtWidgets/QAbstractSpinBox>
#include <QtWidgets/QComboBox>

namespace SocketScope {

namespace {

bool isValueField(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

bool onScrollingPage(const QWidget *widget)
{
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(up))
            return true;
        if (up->isWindow())
            return false;
    }
    return false;
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{ }

WheelGuard *WheelGuard::install(QObject *parent)
{
    auto *guard = new WheelGuard(parent);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(guard);
    return guard;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Qt gives a combo box or spin box the focus on a wheel turned over it (Qt::WheelFocus),
        // which would let the wheel change it at once; a click or Tab still gives it.
        if (isValueField(watched)) {
            auto *field = static_cast<QWidget *>(watched);
            if (field->focusPolicy() == Qt::WheelFocus)
                field->setFocusPolicy(Qt::StrongFocus);
        }
        break;
    case QEvent::Wheel:
        if (isValueField(watched)) {
            const auto *field = static_cast<const QWidget *>(watched);
            if (!field->hasFocus() && onScrollingPage(field)) {
                // Left untaken, the event goes on to the page around the field, which scrolls.
                event->ignore();
                return true;
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace SocketScope
