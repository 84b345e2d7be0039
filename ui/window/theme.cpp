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
