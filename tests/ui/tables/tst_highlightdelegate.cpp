#include "models/rowanimation.h"
#include "tables/highlightdelegate.h"
#include "window/theme.h"

#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QStandardItemModel>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>

using namespace SocketScope;

namespace {

constexpr int kMarkRole = Qt::UserRole + 1;
constexpr int kStrengthRole = Qt::UserRole + 2;

// What a fill of `ink` at `alpha` over `under` gives.
QColor blend(const QColor &under, const QColor &ink, qreal alpha)
{
    const auto mix = [alpha](int a, int b) { return qRound(a * (1 - alpha) + b * alpha); };
    return QColor(
        mix(under.red(), ink.red()), mix(under.green(), ink.green()), mix(under.blue(), ink.blue()));
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 3 && qAbs(a.green() - b.green()) <= 3 && qAbs(a.blue() - b.blue()) <= 3;
}

} // namespace

// The delegate paints a row's mark (new, changed, leaving) in its Theme role's colour, fading
// with the mark's strength, over whatever the view drew beneath.
class TestHighlightDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsTheMarkInItsRoleColour_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("mark");
        QTest::addColumn<int>("role");
        QTest::addColumn<qreal>("strength");
        const struct
        {
            const char *name;
            RowAnimation::Mark mark;
            Theme::Role role;
        } marks[] = {{"new", RowAnimation::Mark::New, Theme::Role::RowNew},
            {"changed", RowAnimation::Mark::Changed, Theme::Role::RowChanged},
            {"leaving", RowAnimation::Mark::Leaving, Theme::Role::RowLeaving}};
        for (const char *theme : {"light", "dark", "high-contrast"}) {
            for (const auto &m : marks) {
                QTest::addRow("%s/%s/full", theme, m.name)
                    << QString::fromLatin1(theme) << int(m.mark) << int(m.role) << 1.0;
                QTest::addRow("%s/%s/half", theme, m.name)
                    << QString::fromLatin1(theme) << int(m.mark) << int(m.role) << 0.5;
            }
        }
    }

    void paintsTheMarkInItsRoleColour()
    {
        QFETCH(QString, theme);
        QFETCH(int, mark);
        QFETCH(int, role);
        QFETCH(qreal, strength);
        const QPalette palette = Theme::palette(theme);
        const QColor base = palette.color(QPalette::Base);

        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), mark, kMarkRole);
        model.setData(model.index(0, 0), strength, kStrengthRole);
        HighlightDelegate delegate(kMarkRole, kStrengthRole);

        QImage image(120, 24, QImage::Format_ARGB32_Premultiplied);
        image.fill(base);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.palette = palette;
        option.state = QStyle::State_Enabled;
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0, 0));
        }
        // The cell has no text: every pixel is the mark over the base.
        const QColor expected = blend(base, Theme::color(Theme::Role(role), palette), 0.55 * strength);
        for (const QPoint at : {QPoint(2, 2), QPoint(60, 12), QPoint(117, 21)}) {
            const QColor painted = image.pixelColor(at);
            QVERIFY2(near(painted, expected),
                qPrintable(QStringLiteral("%1 at (%2, %3), expected %4")
                               .arg(painted.name())
                               .arg(at.x())
                               .arg(at.y())
                               .arg(expected.name())));
        }
    }

    void noMarkLeavesTheCellAlone_data()
    {
        QTest::addColumn<int>("mark");
        QTest::addColumn<qreal>("strength");
        QTest::newRow("no mark") << int(RowAnimation::Mark::None) << 1.0;
        QTest::newRow("faded out") << int(RowAnimation::Mark::New) << 0.0;
    }

    void noMarkLeavesTheCellAlone()
    {
        QFETCH(int, mark);
        QFETCH(qreal, strength);
        const QPalette palette = Theme::palette(QStringLiteral("light"));
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), mark, kMarkRole);
        model.setData(model.index(0, 0), strength, kStrengthRole);
        HighlightDelegate delegate(kMarkRole, kStrengthRole);
        QImage image(40, 20, QImage::Format_ARGB32_Premultiplied);
        image.fill(palette.color(QPalette::Base));
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.palette = palette;
        option.state = QStyle::State_Enabled;
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0, 0));
        }
        QCOMPARE(image.pixelColor(20, 10), palette.color(QPalette::Base));
    }
};

QTEST_MAIN(TestHighlightDelegate)
#include "tst_highlightdelegate.moc"
