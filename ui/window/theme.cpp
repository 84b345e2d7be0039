#include "theme.h"

#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>

#include <memory>

namespace SocketScope {

namespace {

QString g_systemStyle;
QPalette g_systemPalette;
bool g_rememberedSystem = false;

} // namespace

QStringList Theme::names()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

QString Theme::displayName(const QString &name)
{
    if (name == QLatin1StringView("light"))
        return tr("Light", "theme");
    if (name == QLatin1StringView("dark"))
        return tr("Dark", "theme");
    if (name == QLatin1StringView("high-contrast"))
        return tr("High contrast", "theme");
    return tr("Follow the system", "theme");
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool Theme::isHighContrast(const QPalette &palette)
{
    return palette.color(QPalette::Window) == QColor(Qt::white) && palette.color(QPalette::WindowText) == QColor(Qt::black)
        && palette.color(QPalette::Mid) == QColor(Qt::black);
}

namespace {

// One hue per role, and its ink and fill for each kind of palette.
struct RoleColours
{
    QColor lightInk, lightFill, darkInk, darkFill, contrastInk, contrastFill;
};

const RoleColours &coloursOf(Theme::Role role)
{
    using R = Theme::Role;
    static const RoleColours error{QColor(176, 32, 32), QColor(252, 226, 226), QColor(255, 120, 110), QColor(80, 30, 32),
                                   QColor(170, 0, 0), QColor(255, 225, 225)};
    static const RoleColours warning{QColor(125, 80, 0), QColor(255, 243, 205), QColor(245, 200, 90), QColor(75, 60, 20),
                                     QColor(0, 0, 0), QColor(255, 235, 140)};
    static const RoleColours exposed{QColor(170, 75, 0), QColor(255, 232, 210), QColor(255, 170, 90), QColor(85, 50, 20),
                                     QColor(140, 50, 0), QColor(255, 220, 180)};
    static const RoleColours success{QColor(30, 110, 45), QColor(226, 244, 228), QColor(120, 215, 135), QColor(28, 65, 36),
                                     QColor(0, 100, 0), QColor(215, 245, 215)};
    static const RoleColours queue{QColor(130, 50, 160), QColor(242, 228, 248), QColor(210, 150, 240), QColor(60, 35, 72),
                                   QColor(100, 0, 140), QColor(240, 220, 250)};
    static const RoleColours captured{QColor(20, 95, 170), QColor(222, 236, 250), QColor(120, 180, 245), QColor(28, 50, 78),
                                      QColor(0, 0, 170), QColor(220, 230, 255)};
    static const RoleColours inferred{QColor(105, 105, 115), QColor(236, 236, 240), QColor(165, 168, 178), QColor(55, 58, 64),
                                      QColor(60, 60, 60), QColor(230, 230, 230)};
    static const RoleColours selection{QColor(30, 100, 200), QColor(215, 230, 250), QColor(110, 165, 240), QColor(35, 60, 95),
                                       QColor(0, 0, 160), QColor(200, 215, 255)};
    static const RoleColours lesson{QColor(200, 110, 0), QColor(255, 236, 179), QColor(255, 190, 70), QColor(90, 65, 15),
                                    QColor(0, 0, 0), QColor(255, 230, 0)};
    static const RoleColours peer{QColor(190, 95, 10), QColor(253, 232, 210), QColor(245, 165, 80), QColor(80, 50, 25),
                                  QColor(150, 60, 0), QColor(255, 220, 180)};
    static const RoleColours rowNew{QColor(46, 160, 67), QColor(220, 245, 225), QColor(90, 200, 110), QColor(30, 70, 40),
                                    QColor(0, 120, 0), QColor(200, 255, 200)};
    static const RoleColours rowChanged{QColor(215, 145, 10), QColor(255, 240, 200), QColor(235, 180, 60), QColor(80, 62, 20),
                                        QColor(150, 90, 0), QColor(255, 235, 160)};
    static const RoleColours rowLeaving{QColor(210, 60, 50), QColor(252, 226, 224), QColor(240, 110, 100), QColor(80, 32, 30),
                                        QColor(170, 0, 0), QColor(255, 215, 215)};
    switch (role) {
    case R::Error: return error;
    case R::Warning: return warning;
    case R::Exposed: return exposed;
    case R::Success: return success;
    case R::AcceptQueue: return queue;
    case R::Captured: return captured;
    case R::Inferred: return inferred;
    case R::Selection: return selection;
    case R::LessonHighlight: return lesson;
    case R::Peer: return peer;
    case R::RowNew: return rowNew;
    case R::RowChanged: return rowChanged;
    case R::RowLeaving: return rowLeaving;
    }
    return error;
}

} // namespace

QColor Theme::color(Role role, const QPalette &palette)
{
    const RoleColours &c = coloursOf(role);
    if (isHighContrast(palette))
        return c.contrastInk;
    return isDark(palette) ? c.darkInk : c.lightInk;
}

QColor Theme::color(Role role)
{
    return color(role, QApplication::palette());
}

QColor Theme::background(Role role, const QPalette &palette)
{
    const RoleColours &c = coloursOf(role);
    if (isHighContrast(palette))
        return c.contrastFill;
    return isDark(palette) ? c.darkFill : c.lightFill;
}

QColor Theme::background(Role role)
{
    return background(role, QApplication::palette());
}

QString Theme::bannerStyle(Role role)
{
    const QPalette palette = QApplication::palette();
    const QColor ink = color(role, palette);
    // The banner's text is the palette's own text on the soft fill: always readable; the border
    // carries the role's colour.
    const QColor text = isDark(palette) ? palette.color(QPalette::WindowText) : ink.darker(isHighContrast(palette) ? 100 : 140);
    return QStringLiteral("background: %1; color: %2; border: %3px solid %4; padding: 4px;")
        .arg(background(role, palette).name(), text.name(), isHighContrast(palette) ? QStringLiteral("2") : QStringLiteral("1"), ink.name());
}

QString Theme::messageStyle(Role role)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(color(role).name());
}

QPalette Theme::palette(const QString &name)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &colour) {
        p.setColor(QPalette::All, role, colour);
    };
    if (name == QLatin1StringView("dark")) {
        set(QPalette::Window, QColor(37, 40, 45));
        set(QPalette::WindowText, QColor(230, 232, 235));
        set(QPalette::Base, QColor(27, 29, 33));
        set(QPalette::AlternateBase, QColor(44, 48, 54));
        set(QPalette::Text, QColor(230, 232, 235));
        set(QPalette::Button, QColor(50, 54, 60));
        set(QPalette::ButtonText, QColor(230, 232, 235));
        set(QPalette::Highlight, QColor(61, 126, 204));
        set(QPalette::HighlightedText, Qt::white);
        set(QPalette::ToolTipBase, QColor(50, 54, 60));
        set(QPalette::ToolTipText, QColor(230, 232, 235));
        set(QPalette::PlaceholderText, QColor(140, 145, 150));
        set(QPalette::Link, QColor(110, 170, 240));
        set(QPalette::Mid, QColor(70, 75, 82));
        set(QPalette::Dark, QColor(20, 22, 25));
        set(QPalette::Light, QColor(80, 85, 92));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 124, 130));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 124, 130));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 124, 130));
    } else if (name == QLatin1StringView("high-contrast")) {
        // Black on white with strong borders: what reads best on a washed-out projector.
        set(QPalette::Window, Qt::white);
        set(QPalette::WindowText, Qt::black);
        set(QPalette::Base, Qt::white);
        set(QPalette::AlternateBase, QColor(235, 235, 235));
        set(QPalette::Text, Qt::black);
        set(QPalette::Button, QColor(240, 240, 240));
        set(QPalette::ButtonText, Qt::black);
        set(QPalette::Highlight, QColor(0, 0, 160));
        set(QPalette::HighlightedText, Qt::white);
        set(QPalette::ToolTipBase, Qt::black);
        set(QPalette::ToolTipText, Qt::white);
        set(QPalette::Link, QColor(0, 0, 200));
        set(QPalette::Mid, Qt::black);
        set(QPalette::Dark, Qt::black);
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(90, 90, 90));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(90, 90, 90));
    } else {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        p = fusion->standardPalette();
    }
    return p;
}

void Theme::apply(const QString &name)
{
    if (!g_rememberedSystem) {
        g_systemStyle = QApplication::style()->name();
        g_systemPalette = QApplication::palette();
        g_rememberedSystem = true;
    }
    if (name == QLatin1StringView("system") || !names().contains(name)) {
        QApplication::setStyle(g_systemStyle);
        QApplication::setPalette(g_systemPalette);
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(palette(name));
}

} // namespace SocketScope
