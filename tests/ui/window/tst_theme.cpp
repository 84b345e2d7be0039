#include "window/theme.h"

#include <QtGui/QFontDatabase>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>

#include <cmath>

using namespace SocketScope;

namespace {

// WCAG's relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double distance(const QColor &a, const QColor &b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

QList<Theme::Role> allRoles()
{
    QList<Theme::Role> roles;
    for (int i = 0; i < Theme::kRoleCount; ++i)
        roles << Theme::Role(i);
    return roles;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void inkReads_data();
    void inkReads();
    void rolesAreDistinct_data();
    void rolesAreDistinct();
    void paletteKinds();
    void followedStyleChangesWithTheTheme();
    void koreanUsesOneFamilyWithHangul();
};

void TestTheme::inkReads_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("role");
    for (const char *theme : {"light", "dark", "high-contrast"}) {
        for (const Theme::Role role : allRoles())
            QTest::addRow("%s/%d", theme, int(role)) << QString::fromLatin1(theme) << int(role);
    }
}

// Text and lines in a role are read on the view's Base, the window's own colour and the role's
// soft fill (a banner).
void TestTheme::inkReads()
{
    QFETCH(QString, theme);
    QFETCH(int, role);
    const QPalette palette = Theme::palette(theme);
    const QColor ink = Theme::color(Theme::Role(role), palette);
    const QColor fill = Theme::background(Theme::Role(role), palette);
    const double onBase = contrast(ink, palette.color(QPalette::Base));
    const double onWindow = contrast(ink, palette.color(QPalette::Window));
    const double onFill = contrast(ink, fill);
    QVERIFY2(
        onBase >= 3.0, qPrintable(QStringLiteral("%1 on Base: %2:1").arg(ink.name()).arg(onBase, 0, 'f', 2)));
    QVERIFY2(onWindow >= 3.0,
        qPrintable(QStringLiteral("%1 on Window: %2:1").arg(ink.name()).arg(onWindow, 0, 'f', 2)));
    QVERIFY2(onFill >= 3.0,
        qPrintable(
            QStringLiteral("%1 on its fill %2: %3:1").arg(ink.name(), fill.name()).arg(onFill, 0, 'f', 2)));
    // A fill is a soft background: the palette's own text reads on it too.
    const double textOnFill = contrast(palette.color(QPalette::Text), fill);
    QVERIFY2(textOnFill >= 4.5,
        qPrintable(QStringLiteral("text on %1: %2:1").arg(fill.name()).arg(textOnFill, 0, 'f', 2)));
}

void TestTheme::rolesAreDistinct_data()
{
    QTest::addColumn<QString>("theme");
    for (const char *theme : {"light", "dark", "high-contrast"})
        QTest::newRow(theme) << QString::fromLatin1(theme);
}

// Two roles with the same ink could not be told apart where they meet (an error beside a
// leaving row, the selection beside a captured packet).
void TestTheme::rolesAreDistinct()
{
    QFETCH(QString, theme);
    const QPalette palette = Theme::palette(theme);
    const QList<Theme::Role> roles = allRoles();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        for (qsizetype j = i + 1; j < roles.size(); ++j) {
            const QColor a = Theme::color(roles[i], palette);
            const QColor b = Theme::color(roles[j], palette);
            QVERIFY2(distance(a, b) >= 20,
                qPrintable(QStringLiteral("roles %1 and %2 share nearly one ink: %3 and %4")
                               .arg(int(roles[i]))
                               .arg(int(roles[j]))
                               .arg(a.name(), b.name())));
            QVERIFY2(Theme::background(roles[i], palette) != Theme::background(roles[j], palette),
                qPrintable(
                    QStringLiteral("roles %1 and %2 share a fill").arg(int(roles[i])).arg(int(roles[j]))));
        }
    }
}

void TestTheme::paletteKinds()
{
    QVERIFY(!Theme::isDark(Theme::palette(QStringLiteral("light"))));
    QVERIFY(Theme::isDark(Theme::palette(QStringLiteral("dark"))));
    QVERIFY(Theme::isHighContrast(Theme::palette(QStringLiteral("high-contrast"))));
    QVERIFY(!Theme::isHighContrast(Theme::palette(QStringLiteral("light"))));
    // Each kind of palette gets its own inks.
    const QColor light = Theme::color(Theme::Role::Error, Theme::palette(QStringLiteral("light")));
    const QColor dark = Theme::color(Theme::Role::Error, Theme::palette(QStringLiteral("dark")));
    QVERIFY(light != dark);
}

// A banner made under the light theme takes the dark theme's colours when the theme changes.
void TestTheme::followedStyleChangesWithTheTheme()
{
    Theme::apply(QStringLiteral("light"));
    QLabel banner;
    Theme::followBannerStyle(&banner, Theme::Role::Warning);
    const QString lightSheet = banner.styleSheet();
    QVERIFY(lightSheet.contains(Theme::background(Theme::Role::Warning).name()));

    Theme::apply(QStringLiteral("dark"));
    QTRY_VERIFY(banner.styleSheet() != lightSheet);
    QVERIFY(banner.styleSheet().contains(
        Theme::background(Theme::Role::Warning, Theme::palette(QStringLiteral("dark"))).name()));

    // Following nothing clears the sheet, and it stays clear across a change.
    Theme::followStyleSheet(&banner, {});
    QVERIFY(banner.styleSheet().isEmpty());
    Theme::apply(QStringLiteral("light"));
    QCoreApplication::processEvents();
    QVERIFY(banner.styleSheet().isEmpty());
    Theme::apply(QStringLiteral("system"));
}

// In Korean the whole app is set in one family that has Hangul, regular and bold alike, so no
// glyph is borrowed from another font; back in English the desktop's own type returns.
void TestTheme::koreanUsesOneFamilyWithHangul()
{
    const QFont desktop = QApplication::font();
    const QString family = Theme::koreanFamily();
    if (family.isEmpty())
        QSKIP("no installed font has Hangul (install fonts-nanum)");
    QVERIFY(QFontDatabase::families(QFontDatabase::Korean).contains(family));
    Theme::applyLanguageFont(QStringLiteral("ko"));
    QCOMPARE(QApplication::font().families().value(0), family);
    QLabel label;
    QCOMPARE(QFontInfo(label.font()).family(), family);
    QFont bold = label.font();
    bold.setBold(true);
    QCOMPARE(QFontInfo(bold).family(), family);
    const QString hangul = QString::fromUtf8("다음 단계");
    for (const QChar c : hangul)
        QVERIFY(c.isSpace() || QFontMetricsF(bold).inFont(c));

    Theme::applyLanguageFont(QStringLiteral("en"));
    QCOMPARE(QApplication::font(), desktop);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
