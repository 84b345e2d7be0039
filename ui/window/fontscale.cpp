#include "fontscale.h"

#include <QtCore/QVariant>
#include <QtWidgets/QWidget>

namespace SocketScope {

namespace {

// A property rather than a member of each view: every view that scales shares this code.
constexpr const char *kBaseSize = "socketscopeBaseFontSize";

} // namespace

qreal FontScale::baseSize(QWidget *widget)
{
    const QVariant known = widget->property(kBaseSize);
    if (known.isValid())
        return known.toReal();
    const qreal size = widget->font().pointSizeF();
    widget->setProperty(kBaseSize, size);
    return size;
}

QFont FontScale::scaled(QWidget *widget, qreal scale)
{
    QFont font = widget->font();
    font.setPointSizeF(baseSize(widget) * scale);
    return font;
}

void FontScale::apply(QWidget *widget, qreal scale)
{
    widget->setFont(scaled(widget, scale));
}

} // namespace SocketScope
