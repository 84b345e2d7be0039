#include "theme.h"

#include <QtCore/QEvent>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QWidget>

#include <memory>

namespace SocketScope {

namespace {

QString g_systemStyle;
QPalette g_systemPalette;
bool g_rememberedSystem = false;

} // namespace

QStringList Theme::names()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
        QStringLiteral("high-contrast")};
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
    return palette.color(QPalette::Window) == QColor(Qt::white)
        && palette.color(QPalette::WindowText) == QColor(Qt::black)
        && palette.color(QPalette::Mid) == QColor(Qt::black);
}

namespace {

// One hue per role, and its ink and fill for each kind of palette. Inks keep a contrast of at
// least 3:1 on the palette's Base and Window and on their own fill (tst_theme computes it).
struct Rgb
{
    int r, g, b;
    QColor toColor() const { return QColor(r, g, b); }
};

struct RoleColours
{
    Theme::Role role;
    Rgb lightInk, lightFill, darkInk, darkFill, contrastInk, contrastFill;
};

const RoleColours &coloursOf(Theme::Role role)
{
    using R = Theme::Role;
    // In the order of Theme::Role, so a role's row is found by its number.
    static const RoleColours table[Theme::kRoleCount] = {
        {R::Error, {176, 32, 32}, {252, 226, 226}, {255, 120, 110}, {80, 30, 32}, {170, 0, 0},
            {255, 225, 225}},
        {R::Warning, {125, 80, 0}, {255, 243, 205}, {245, 200, 90}, {75, 60, 20}, {120, 72, 0},
            {255, 235, 140}},
        {R::Exposed, {170, 75, 0}, {255, 232, 210}, {255, 170, 90}, {85, 50, 20}, {140, 50, 0},
            {255, 220, 180}},
        {R::Success, {30, 110, 45}, {226, 244, 228}, {120, 215, 135}, {28, 65, 36}, {0, 100, 0},
            {215, 245, 215}},
        {R::AcceptQueue, {130, 50, 160}, {242, 228, 248}, {210, 150, 240}, {60, 35, 72}, {100, 0, 140},
            {240, 220, 250}},
        {R::Captured, {20, 95, 170}, {222, 236, 250}, {100, 190, 235}, {28, 50, 78}, {0, 60, 200},
            {220, 230, 255}},
        {R::Inferred, {105, 105, 115}, {236, 236, 240}, {165, 168, 178}, {55, 58, 64}, {60, 60, 60},
            {230, 230, 230}},
        {R::Selection, {30, 100, 200}, {215, 230, 250}, {110, 165, 240}, {35, 60, 95}, {0, 0, 160},
            {200, 215, 255}},
        {R::LessonHighlight, {200, 110, 0}, {255, 236, 179}, {255, 190, 70}, {90, 65, 15}, {0, 0, 0},
            {255, 230, 0}},
        {R::Peer, {190, 95, 10}, {253, 232, 210}, {240, 150, 50}, {80, 50, 25}, {180, 60, 0},
            {255, 215, 170}},
        {R::RowNew, {40, 150, 60}, {220, 245, 225}, {90, 200, 110}, {30, 70, 40}, {0, 120, 0},
            {200, 255, 200}},
        {R::RowChanged, {165, 115, 0}, {255, 240, 200}, {235, 180, 60}, {80, 62, 20}, {180, 110, 0},
            {255, 235, 160}},
        {R::RowLeaving, {210, 60, 50}, {252, 226, 224}, {240, 110, 100}, {80, 32, 30}, {210, 0, 30},
            {255, 215, 215}},
        {R::HomeNetwork, {52, 120, 198}, {220, 232, 248}, {140, 170, 255}, {30, 50, 80}, {0, 90, 150},
            {215, 230, 255}},
        {R::Internet, {196, 112, 28}, {252, 232, 210}, {205, 150, 70}, {80, 52, 25}, {150, 90, 0},
            {255, 225, 190}},
        {R::Router, {60, 140, 80}, {222, 242, 226}, {150, 210, 165}, {30, 66, 40}, {0, 90, 50},
            {210, 245, 215}},
        {R::WellKnownPorts, {22, 81, 148}, {180, 206, 236}, {80, 150, 215}, {35, 60, 89}, {0, 50, 120},
            {180, 206, 236}},
        {R::RegisteredPorts, {15, 135, 80}, {180, 236, 199}, {105, 225, 145}, {35, 89, 53}, {0, 120, 80},
            {180, 236, 199}},
        {R::DynamicPorts, {148, 89, 22}, {236, 210, 180}, {225, 169, 105}, {89, 64, 35}, {100, 40, 0},
            {236, 210, 180}},
        {R::LabSocket, {130, 24, 166}, {240, 220, 248}, {225, 120, 235}, {70, 35, 85}, {140, 0, 110},
            {250, 215, 240}},
        {R::OsPicked, {200, 20, 80}, {252, 222, 224}, {255, 100, 160}, {85, 30, 35}, {220, 0, 80},
            {252, 222, 232}},
    };
    const RoleColours &row = table[int(role)];
    Q_ASSERT(row.role == role);
    return row;
}

} // namespace

namespace {

// The role's ink or fill for the kind of palette: high contrast, dark or light.
QColor shade(Theme::Role role, const QPalette &palette, bool ink)
{
    const RoleColours &c = coloursOf(role);
    if (Theme::isHighContrast(palette))
        return (ink ? c.contrastInk : c.contrastFill).toColor();
    if (Theme::isDark(palette))
        return (ink ? c.darkInk : c.darkFill).toColor();
    return (ink ? c.lightInk : c.lightFill).toColor();
}

} // namespace

QColor Theme::color(Role role, const QPalette &palette)
{
    return shade(role, palette, true);
}

QColor Theme::color(Role role)
{
    return color(role, QApplication::palette());
}

QColor Theme::background(Role role, const QPalette &palette)
{
    return shade(role, palette, false);
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
    const QColor text = isDark(palette) ? palette.color(QPalette::WindowText)
                                        : ink.darker(isHighContrast(palette) ? 100 : 140);
    return QStringLiteral("background: %1; color: %2; border: %3px solid %4; padding: 4px;")
        .arg(background(role, palette).name(), text.name(),
            isHighContrast(palette) ? QStringLiteral("2") : QStringLiteral("1"), ink.name());
}

QString Theme::messageStyle(Role role)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(color(role).name());
}

namespace {

// Sits on a widget and sets its style sheet again when the application's palette changes.
class StyleSheetFollower : public QObject
{
public:
    StyleSheetFollower(QWidget *widget, std::function<QString()> style)
        : QObject(widget)
        , m_widget(widget)
        , m_style(std::move(style))
    {
        setObjectName(QStringLiteral("socketscope-style-follower"));
        widget->installEventFilter(this);
    }

    void setStyle(std::function<QString()> style)
    {
        m_style = std::move(style);
        restyle();
    }

    void restyle()
    {
        // Setting the same sheet again would re-polish the widget for nothing.
        const QString sheet = m_style ? m_style() : QString();
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget
            && (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange))
            restyle();
        return false;
    }

private:
    QWidget *m_widget;
    std::function<QString()> m_style;
};

} // namespace

void Theme::followStyleSheet(QWidget *widget, std::function<QString()> style)
{
    auto *follower = dynamic_cast<StyleSheetFollower *>(widget->findChild<QObject *>(
        QStringLiteral("socketscope-style-follower"), Qt::FindDirectChildrenOnly));
    if (!follower)
        follower = new StyleSheetFollower(widget, {});
    follower->setStyle(std::move(style));
}

void Theme::followBannerStyle(QWidget *widget, Role role)
{
    followStyleSheet(widget, [role] { return bannerStyle(role); });
}

void Theme::followMessageStyle(QWidget *widget, Role role)
{
    followStyleSheet(widget, [role] { return messageStyle(role); });
}

QPalette Theme::palette(const QString &name)
{
    QPalette p;
    const auto set
        = [&p](QPalette::ColorRole role, const QColor &colour) { p.setColor(QPalette::All, role, colour); };
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

QString Theme::koreanFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Korean);
    for (const char *preferred : {"NanumGothic", "Noto Sans CJK KR", "Noto Sans KR", "NanumBarunGothic",
             "Source Han Sans KR", "UnDotum", "Baekmuk Gulim"}) {
        if (families.contains(QString::fromLatin1(preferred)))
            return QString::fromLatin1(preferred);
    }
    // Any other family with Hangul, a proportional one before a coding font.
    for (const QString &family : families) {
        if (!QFontDatabase::isFixedPitch(family))
            return family;
    }
    return families.value(0);
}

void Theme::applyLanguageFont(const QString &language)
{
    // Only where there is type at all (not in a command-line run without a display).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    // The desktop's type as the app started, before any language changed it.
    static const QFont desktop = QGuiApplication::font();
    QFont font = desktop;
    if (language.startsWith(QLatin1StringView("ko"))) {
        const QString family = koreanFamily();
        if (!family.isEmpty())
            font.setFamilies({family});
    }
    if (font != QGuiApplication::font())
        QGuiApplication::setFont(font);
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
