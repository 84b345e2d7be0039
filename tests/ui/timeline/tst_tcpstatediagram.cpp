#include "timeline/tcpstatediagram.h"

#include <QtGui/QFontMetricsF>
#include <QtTest/QtTest>

using namespace SocketScope;

// The state machine's layout at the sizes the panel gets on a projector, a laptop and a large
// screen: an edge's label never sits under a box or another label, every state's name fits its
// box, and the type grows with the panel.
class TestTcpStateDiagram : public QObject
{
    Q_OBJECT

private slots:
    void layoutReads_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("maxScale");
        QTest::addColumn<qreal>("leastScale");
        // Beside a lesson at 1024x768 and at 1366x768, normal type.
        QTest::newRow("lesson 1024x768") << QSize(250, 355) << 1.3 << 0.75;
        QTest::newRow("lesson 1024x768, narrow") << QSize(200, 355) << 1.3 << 0.6;
        QTest::newRow("lesson 1366x768") << QSize(215, 370) << 1.3 << 0.6;
        QTest::newRow("timeline 1366x768") << QSize(330, 560) << 1.3 << 1.0;
        QTest::newRow("smallest") << QSize(240, 320) << 1.0 << 0.5;
        // Presenting at 1024x768 (type 1.6) and at 1920x1080 (type 2.25).
        QTest::newRow("presenting 1024x768") << QSize(300, 420) << 1.6 << 0.8;
        QTest::newRow("presenting 1920x1080, beside the lesson") << QSize(560, 860) << 2.25 << 1.6;
        QTest::newRow("presenting 1920x1080, short") << QSize(420, 450) << 2.25 << 1.0;
        QTest::newRow("presenting 1024x768, lesson below") << QSize(330, 300) << 1.6 << 0.6;
        QTest::newRow("timeline 1920x1080") << QSize(340, 700) << 1.3 << 1.0;
        QTest::newRow("wide and short") << QSize(900, 380) << 1.3 << 0.8;
    }

    void layoutReads()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, maxScale);
        QFETCH(qreal, leastScale);
        QFont font;
        font.setPointSizeF(9);
        const auto layout = TcpStateDiagram::layoutFor(size, font, maxScale);
        QVERIFY2(layout.scale >= leastScale,
            qPrintable(QStringLiteral("type scale %1 below %2").arg(layout.scale).arg(leastScale)));
        QVERIFY(layout.scale <= maxScale);
        const QRectF panel(QPointF(0, 0), QSizeF(size));
        const QFontMetricsF boxFm(layout.boxFont);
        for (qsizetype i = 0; i < layout.boxes.size(); ++i) {
            const QRectF box = layout.boxes.at(i);
            QVERIFY(panel.contains(box));
            const QString name = QString::fromLatin1(tcpStateName(layout.states.at(i)));
            QVERIFY2(boxFm.horizontalAdvance(name) <= box.width(), qPrintable(name));
            QVERIFY2(boxFm.height() <= box.height(), qPrintable(name));
            for (qsizetype j = i + 1; j < layout.boxes.size(); ++j)
                QVERIFY(!box.intersects(layout.boxes.at(j)));
        }
        QVERIFY(!layout.edges.isEmpty());
        for (qsizetype e = 0; e < layout.edges.size(); ++e) {
            const auto &edge = layout.edges.at(e);
            const QString what = QStringLiteral("%1 (%2 -> %3) at %4,%5 %6x%7")
                                     .arg(edge.label, QString::fromLatin1(tcpStateName(edge.from)),
                                         QString::fromLatin1(tcpStateName(edge.to)))
                                     .arg(edge.labelRect.x())
                                     .arg(edge.labelRect.y())
                                     .arg(edge.labelRect.width())
                                     .arg(edge.labelRect.height());
            QVERIFY2(panel.contains(edge.labelRect), qPrintable(what));
            // On its own line: set beside it, a label read as the label of the arrow next to it.
            double nearest = 1e9;
            for (int i = 0; i <= 400; ++i)
                nearest
                    = qMin(nearest, QLineF(edge.path.pointAtPercent(i / 400.0), edge.labelCentre).length());
            QVERIFY2(nearest <= 3, qPrintable(what + QStringLiteral(" %1 px from its line").arg(nearest)));
            QVERIFY2(edge.labelRect.contains(edge.labelCentre), qPrintable(what));
            for (const QRectF &box : layout.boxes)
                QVERIFY2(!edge.labelRect.intersects(box), qPrintable(what + QStringLiteral(" under a box")));
            for (qsizetype other = e + 1; other < layout.edges.size(); ++other)
                QVERIFY2(!edge.labelRect.adjusted(-2, 0, 2, 0).intersects(layout.edges.at(other).labelRect),
                    qPrintable(what + QStringLiteral(" under ") + layout.edges.at(other).label
                        + QStringLiteral(" %1,%2 %3x%4")
                              .arg(layout.edges.at(other).labelRect.x())
                              .arg(layout.edges.at(other).labelRect.y())
                              .arg(layout.edges.at(other).labelRect.width())
                              .arg(layout.edges.at(other).labelRect.height())));
        }
    }

    // A larger panel never gets smaller type.
    void typeGrowsWithThePanel()
    {
        QFont font;
        font.setPointSizeF(9);
        qreal previous = 0;
        for (int height = 300; height <= 1000; height += 50) {
            const qreal scale = TcpStateDiagram::layoutFor(QSizeF(height * 0.6, height), font, 2.25).scale;
            QVERIFY(scale >= previous);
            previous = scale;
        }
        QVERIFY(previous > 2);
    }
};

QTEST_MAIN(TestTcpStateDiagram)
#include "tst_tcpstatediagram.moc"
