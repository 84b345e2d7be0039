#include "session/session.h"
#include "window/theme.h"
#include "window/windowbanner.h"

#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>

using namespace SocketScope;

// The banner's colours are the theme's: a theme chosen while it shows restyles it, so the dark
// and high-contrast themes never get the light one's pale fill.
class TestWindowBanner : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Theme::apply(QStringLiteral("light")); }

    void followsTheTheme_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("high contrast") << QStringLiteral("high-contrast");
        QTest::newRow("light") << QStringLiteral("light");
    }

    void followsTheTheme()
    {
        QFETCH(QString, theme);
        Theme::apply(theme == QLatin1StringView("light") ? QStringLiteral("dark") : QStringLiteral("light"));
        Session session(Session::Kind::Live);
        QWidget window;
        WindowBanner banner(&session, &window);
        window.show();
        QVERIFY(banner.isHidden()); // nothing to say yet
        banner.setReplaySource(QStringLiteral("/tmp/class.jsonl"), {QStringLiteral("line 3: not JSON")}, 1);
        QVERIFY(!banner.isHidden());
        QVERIFY(banner.text().contains(QStringLiteral("damaged")));
        // The warnings' own line carries the colours; the past's line has the selection's.
        const QLabel *lines = banner.findChild<QLabel *>(QStringLiteral("bannerLines"));
        QVERIFY(lines);
        const QString before = lines->styleSheet();
        QCOMPARE(before, Theme::bannerStyle(Theme::Role::Warning));

        Theme::apply(theme);
        QTRY_COMPARE(lines->styleSheet(), Theme::bannerStyle(Theme::Role::Warning));
        QVERIFY(lines->styleSheet() != before);
        QVERIFY(lines->styleSheet().contains(
            Theme::background(Theme::Role::Warning, Theme::palette(theme)).name()));
    }
};

QTEST_MAIN(TestWindowBanner)
#include "tst_windowbanner.moc"
