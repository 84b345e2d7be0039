#pragma once

#include <QtGui/QFont>

class QWidget;

namespace SocketScope {

// Presentation mode's larger type for one widget: the point size it had before it was first
// scaled, times the scale. Each call starts again from that size, so scaling by 1.6 and then
// by 1 gives the widget back its own type exactly.
class FontScale
{
public:
    // The widget's point size before any scaling (remembered on the widget the first time).
    static qreal baseSize(QWidget *widget);
    // The widget's font at `scale` times its base size.
    static QFont scaled(QWidget *widget, qreal scale);
    // Sets that font on the widget; its children follow, as a font set on a parent does.
    static void apply(QWidget *widget, qreal scale);
};

} // namespace SocketScope
