#include "challenges/challengeboardmodel.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "challenges/challengeview.h"
#include "livelabtest.h"

#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>

#include <memory>
#include <vector>

using namespace SocketScope;

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
