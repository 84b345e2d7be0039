#include "challenges/challengeboardmodel.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "challenges/challengeview.h"
#include "livelabtest.h"

#include <QtCore/QTemporaryDir>
#include <QtGui/QPainterPath>
#include <QtGui/QRawFont>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <memory>
#include <vector>

using namespace SocketScope;

namespace {

// Whether `font` draws U+005C as a backslash rather than as the won sign U+20A9.
bool drawsBackslash(const QFont &font)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || !raw.supportsCharacter(QLatin1Char('\\')))
        return false;
    const QList<quint32> glyphs = raw.glyphIndexesForString(QStringLiteral("\\\u20A9"));
    return !raw.supportsCharacter(QChar(0x20A9)) || raw.pathForGlyph(glyphs[0]) != raw.pathForGlyph(glyphs[1]);
}

} // namespace

// The projector view over a real challenge: rows arrive in batches the model tester accepts,
// each student's verdict reads in words, and the results export as CSV.
class TestChallengeView : public LiveLabTest
{
    Q_OBJECT

private slots:
    void init()
    {
        startLab();
        m_host = std::make_unique<ChallengeHost>(m_lab.get());
        m_view = std::make_unique<ChallengeView>(m_host.get());
    }

    void cleanup()
    {
        m_clients.clear();
        m_view.reset();
        m_host.reset();
        stopLab();
    }

    void rowsExportAsCsv()
    {
        QAbstractItemModelTester tester(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("name"));
        challenge->port = 0;
        QVERIFY(m_view->start(*challenge, QStringLiteral("127.0.0.1")));
        QVERIFY(m_view->model()->board());
        const QList<QByteArray> lines {"Ada\n", "=1+1\n", "\n", "Grace, Hopper\n", "김민지\n"};
        for (int i = 0; i < lines.size(); ++i) {
            auto client = std::make_unique<QTcpSocket>();
            client->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(110 + i)), 0);
            QTcpSocket *raw = client.get();
            const QByteArray line = lines.at(i);
            connect(raw, &QTcpSocket::connected, raw, [raw, line] { raw->write(line); });
            raw->connectToHost(QHostAddress::LocalHost, m_host->port());
            m_clients.push_back(std::move(client));
        }
        ChallengeBoardModel *model = m_view->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), lines.size(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model->board()->doneCount(), 4, 5000);
        model->flush();
        const int ada = model->board()->rowOf(QStringLiteral("127.0.0.110"));
        QVERIFY(model->index(ada, ChallengeBoardModel::VerdictColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("done in")));
        QCOMPARE(
            model->index(ada, ChallengeBoardModel::SentColumn).data().toString(), QStringLiteral("Ada\\n"));
        // Shown in a family that draws the backslash, also where the table's type is Korean
        // (Korean fonts draw U+005C as a won sign: "Ada₩n").
        const QVariant family = model->index(ada, ChallengeBoardModel::SentColumn).data(Qt::FontRole);
        for (const QString &tableFamily : {m_view->font().family(), QStringLiteral("NanumGothic")}) {
            QFont table(tableFamily);
            table.setPointSizeF(17);
            const QFont cell = family.isValid() ? qvariant_cast<QFont>(family).resolve(table) : table;
            QVERIFY2(drawsBackslash(cell), qPrintable(tableFamily + QStringLiteral(" -> ") + cell.family()));
            QCOMPARE(cell.pointSizeF(), 17.0); // the table's size: presentation mode's type
        }
        QVERIFY(model->index(ada, ChallengeBoardModel::StudentColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("127.0.0.110:")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(m_view->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count('\n'), lines.size() + 1);
        QVERIFY(csv.contains("'=1+1\\n"));
        QVERIFY(csv.contains("\"Grace, Hopper\\n\""));
        QVERIFY(csv.contains("김민지\\n"));
        QVERIFY(csv.contains("empty"));
    }

private:
    std::unique_ptr<ChallengeHost> m_host;
    std::unique_ptr<ChallengeView> m_view;
    std::vector<std::unique_ptr<QTcpSocket>> m_clients;
};

QTEST_MAIN(TestChallengeView)
#include "tst_challengeview.moc"
