#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtGui/QPalette>

namespace SocketScope {

// Light, dark and high-contrast looks. "system" keeps the desktop's own palette; the others
// use the Fusion style, which follows a palette faithfully on every desktop.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    static QStringList names(); // system, light, dark, high-contrast
    static QString displayName(const QString &name);
    static QPalette palette(const QString &name);
    // Applies the theme to the running application.
    static void apply(const QString &name);
    static bool isDark(const QPalette &palette);
};

} // namespace SocketScope
