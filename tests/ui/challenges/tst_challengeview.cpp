#include "challenges/challengeboardmodel.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "challenges/challengeseats.h"
#include "challenges/challengeview.h"
#include "history/playhead.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "livelabtest.h"
#include "windowinlanguage.h"

#include <QtCore/QTemporaryDir>
#include <QtGui/QPainterPath>
#include <QtGui/QRawFont>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>

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
    return !raw.supportsCharacter(QChar(0x20A9))
        || raw.pathForGlyph(glyphs[0]) != raw.pathForGlyph(glyphs[1]);
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
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // so a spreadsheet reads the names as UTF-8
        QVERIFY(csv.contains("'=1+1\\n"));
        QVERIFY(csv.contains("\"Grace, Hopper\\n\""));
        QVERIFY(csv.contains("김민지\\n"));
        QVERIFY(csv.contains("empty"));
    }

    // A class of thirty on a 1024x768 projector in presentation mode: as cards, every student
    // is on the screen at once (a table row each, in type the back row reads, shows about half).
    void aClassFitsAProjectorAsCards_data() { addLanguageRows(); }

    void aClassFitsAProjectorAsCards()
    {
        QFETCH(QString, language);
        LanguageSwitcher switcher;
        QVERIFY(switcher.setLanguage(language));
        m_view = std::make_unique<ChallengeView>(m_host.get());
        // The room the window gives the board there, under its tab bar.
        m_view->resize(1024, 730);
        m_view->setPresentationScale(1.6);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(m_view->board(), ChallengeView::Board::Seats);
        std::optional<Challenge> challenge = ChallengeCatalog::find(QStringLiteral("name"));
        challenge->port = 0;
        QVERIFY(m_view->start(*challenge, QStringLiteral("127.0.0.1")));
        constexpr int kClass = 30;
        for (int i = 0; i < kClass; ++i) {
            QTcpSocket *client = newClient(QHostAddress(QStringLiteral("127.0.0.%1").arg(120 + i)));
            const QByteArray name = "Student " + QByteArray::number(i) + '\n';
            connect(client, &QTcpSocket::connected, client, [client, name] { client->write(name); });
            client->connectToHost(QHostAddress::LocalHost, m_host->port());
        }
        ChallengeBoardModel *model = m_view->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->board()->doneCount(), kClass, 10000);
        model->flush();

        auto *seats = m_view->findChild<QListView *>(QStringLiteral("challengeSeats"));
        QVERIFY(seats && seats->isVisible());
        const auto outside = [model](QAbstractItemView *view) {
            QStringList students;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, ChallengeBoardModel::StudentColumn);
                if (!view->viewport()->rect().contains(view->visualRect(index)))
                    students.append(index.data().toString());
            }
            return students;
        };
        QTRY_VERIFY2(outside(seats).isEmpty(), qPrintable(outside(seats).join(QStringLiteral(", "))));
        // Each card reads its own student's row: the tooltip holds it whole.
        const QModelIndex first = model->index(0, ChallengeBoardModel::StudentColumn);
        const QString tip = first.data(Qt::ToolTipRole).toString();
        const QString verdict = model->index(0, ChallengeBoardModel::VerdictColumn).data().toString();
        QVERIFY2(tip.contains(QStringLiteral("Student ")) && tip.contains(verdict.toHtmlEscaped()),
            qPrintable(tip));

        // A large screen leaves room below the class: the cards' type grows into it, and the
        // whole class stays in view.
        auto *cards = qobject_cast<ChallengeSeats *>(seats);
        QVERIFY(cards);
        const double base = cards->cardFont().pointSizeF();
        m_view->resize(1920, 1040);
        QTRY_VERIFY2(cards->cardFont().pointSizeF() >= base * 1.3,
            qPrintable(QStringLiteral("%1 against %2").arg(cards->cardFont().pointSizeF()).arg(base)));
        QVERIFY(cards->cardFont().pointSizeF()
            <= seats->font().pointSizeF() * ChallengeSeats::kMostGrowth + 0.01);
        QTRY_VERIFY2(outside(seats).isEmpty(), qPrintable(outside(seats).join(QStringLiteral(", "))));
        m_view->resize(1024, 730);
        QTRY_COMPARE(cards->cardFont().pointSizeF(), base);

        // The table in the same room: the reason for the cards.
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("challengeTable"));
        auto *tableButton = m_view->findChild<QToolButton *>(QStringLiteral("challengeTableButton"));
        tableButton->click();
        QVERIFY(table->isVisible());
        QTRY_VERIFY(!outside(table).isEmpty());
        // The teacher's pick stays when the type changes.
        m_view->setPresentationScale(1.8);
        QCOMPARE(m_view->board(), ChallengeView::Board::Table);
        m_view.reset(); // made in its language, gone before the switcher
    }

    // A knock on a wrong port of this computer is answered by the kernel alone: with no
    // capture running, the board says in a sentence that it cannot see it, and why.
    void sayWhatTheBoardCannotSee_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("answer");
        QTest::newRow("tcp") << QStringLiteral("connect") << QStringLiteral("reset (RST)");
        QTest::newRow("udp") << QStringLiteral("udp") << QStringLiteral("ICMP");
    }

    void sayWhatTheBoardCannotSee()
    {
        QFETCH(QString, key);
        QFETCH(QString, answer);
        auto *unseen = m_view->findChild<QLabel *>(QStringLiteral("challengeUnseen"));
        QVERIFY(unseen);
        QVERIFY(unseen->isHidden());
        std::optional<Challenge> challenge = ChallengeCatalog::find(key);
        challenge->port = 0;
        QVERIFY(m_view->start(*challenge, QStringLiteral("127.0.0.1")));
        QCOMPARE(m_host->unseenKnocks(), ChallengeHost::UnseenKnocks::NoCapture);
        QVERIFY(!unseen->isHidden());
        QVERIFY2(unseen->text().contains(answer), qPrintable(unseen->text()));
        QVERIFY2(unseen->text().contains(QStringLiteral("CAP_NET_RAW")), qPrintable(unseen->text()));
        QVERIFY2(unseen->text().contains(QString::number(m_host->port())), qPrintable(unseen->text()));
        m_host->stop();
        QVERIFY(unseen->isHidden());
    }

    // A recording says which challenge ran: replayed without being told, the view shows the
    // board of the challenge started latest at the playhead (a class that ran two), with the
    // teacher's own challenge coming back exactly.
    void replayShowsTheChallengeTheRecordingNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.jsonl"));
        RecordingWriter writer(m_journal.get());
        QVERIFY(writer.open(path));
        Challenge own;
        own.key = QStringLiteral("custom");
        own.check = Challenge::Check::SendText;
        own.expected = "hello";
        own.timeLimitS = 120;
        QVERIFY(!m_host->start(own));
        QTcpSocket *first = newClient(QHostAddress(QStringLiteral("127.0.0.70")));
        connect(first, &QTcpSocket::connected, first, [first] { first->write("hello\n"); });
        first->connectToHost(QHostAddress::LocalHost, m_host->port());
        QTRY_COMPARE_WITH_TIMEOUT(m_host->board()->doneCount(), 1, 5000);

        std::optional<Challenge> name = ChallengeCatalog::find(QStringLiteral("name"));
        name->port = 0;
        QVERIFY(!m_host->start(*name));
        for (const char *address : {"127.0.0.71", "127.0.0.72"}) {
            QTcpSocket *client = newClient(QHostAddress(QLatin1StringView(address)));
            connect(client, &QTcpSocket::connected, client, [client] { client->write("Ada\n"); });
            client->connectToHost(QHostAddress::LocalHost, m_host->port());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_host->board()->doneCount(), 2, 5000);
        writer.close();

        Journal replayed;
        RecordingReader reader;
        QVERIFY2(reader.read(path, replayed), qPrintable(reader.fatalError()));
        qsizetype secondStart = -1;
        int starts = 0;
        for (qsizetype i = 0; i < replayed.count(); ++i) {
            if (replayed.at(i).kind == EventKind::ChallengeStarted) {
                ++starts;
                secondStart = i;
            }
        }
        QCOMPARE(starts, 2);

        Playhead playhead(&replayed);
        ChallengeView view(nullptr);
        view.followRecording(&replayed, &playhead, std::nullopt);
        ChallengeBoard *board = view.model()->board();
        QVERIFY(board);
        QCOMPARE(board->challenge().key, QStringLiteral("name"));
        QCOMPARE(board->rowCount(), 2);
        QCOMPARE(board->doneCount(), 2);
        QVERIFY(board->rowOf(QStringLiteral("127.0.0.70")) < 0);

        // Before the second start: the teacher's own challenge, as it was set.
        playhead.showAfter(secondStart);
        board = view.model()->board();
        QCOMPARE(board->challenge().check, Challenge::Check::SendText);
        QCOMPARE(board->challenge().expected, QByteArray("hello"));
        QCOMPARE(board->challenge().timeLimitS, 120);
        QCOMPARE(board->rowCount(), 1);
        QCOMPARE(board->row(0).address, QStringLiteral("127.0.0.70"));
        QCOMPARE(board->doneCount(), 1);

        // Back at the end: the second challenge again.
        playhead.goLive();
        QCOMPARE(view.model()->board()->challenge().key, QStringLiteral("name"));
        QCOMPARE(view.model()->board()->rowCount(), 2);
    }

    // A replay opens at its start, before any student came; a teacher opening the class's
    // recording sees its results at once, told they are the end's, and the board follows the
    // playhead from its first move on (back to the start too, where a sentence says why it is
    // empty). Both for the challenge the recording names and for one named on the command line.
    void replayOpensOnTheResults_data()
    {
        QTest::addColumn<bool>("named");
        QTest::newRow("the recording's own challenge") << true;
        QTest::newRow("the challenge named") << false;
    }

    void replayOpensOnTheResults()
    {
        QFETCH(bool, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("class.jsonl"));
        RecordingWriter writer(m_journal.get());
        QVERIFY(writer.open(path));
        std::optional<Challenge> name = ChallengeCatalog::find(QStringLiteral("name"));
        name->port = 0;
        QVERIFY(!m_host->start(*name));
        const QList<QByteArray> lines {"Ada\n", "\n", "Grace Hopper\n"};
        // One after another, so the recording has Grace's line last.
        for (int i = 0; i < lines.size(); ++i) {
            const QString address = QStringLiteral("127.0.0.%1").arg(80 + i);
            QTcpSocket *client = newClient(QHostAddress(address));
            const QByteArray line = lines.at(i);
            connect(client, &QTcpSocket::connected, client, [client, line] { client->write(line); });
            client->connectToHost(QHostAddress::LocalHost, m_host->port());
            const ChallengeBoard *live = m_host->board();
            QTRY_VERIFY_WITH_TIMEOUT(
                live->rowOf(address) >= 0 && live->row(live->rowOf(address)).sent == line, 5000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_host->board()->doneCount(), 2, 5000);
        QCOMPARE(m_host->board()->row(m_host->board()->rowOf(QStringLiteral("127.0.0.81"))).verdict,
            ChallengeVerdict::WrongContent);
        const quint16 port = m_host->port();
        writer.close();

        Journal replayed;
        RecordingReader reader;
        QVERIFY2(reader.read(path, replayed), qPrintable(reader.fatalError()));
        Playhead playhead(&replayed);
        playhead.showAfter(0); // where the window opens a recording
        ChallengeView view(nullptr);
        std::optional<Challenge> told;
        if (!named) {
            told = name;
            told->port = port;
        }
        view.followRecording(&replayed, &playhead, told);
        ChallengeBoard *board = view.model()->board();
        QVERIFY(board);
        QCOMPARE(board->rowCount(), 3);
        QCOMPARE(board->doneCount(), 2);
        QCOMPARE(
            board->row(board->rowOf(QStringLiteral("127.0.0.81"))).verdict, ChallengeVerdict::WrongContent);
        view.model()->flush();
        QCOMPARE(view.model()->rowCount(), 3);
        auto *summary = view.findChild<QLabel *>(QStringLiteral("challengeSummary"));
        QVERIFY(summary);
        QVERIFY2(
            summary->text().contains(QStringLiteral("end of the recording")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("Move the playhead")), qPrintable(summary->text()));

        // The first move: the board as it stood there, before the last student's line came.
        qsizetype lastLine = -1;
        for (qsizetype i = 0; i < replayed.count(); ++i) {
            const Event &e = replayed.at(i);
            if (e.kind == EventKind::DataReceived
                && replayed.string(e.remote).startsWith(QLatin1StringView("127.0.0.82:")))
                lastLine = i;
        }
        QVERIFY(lastLine > 0);
        playhead.showAfter(lastLine);
        board = view.model()->board();
        QCOMPARE(board->doneCount(), 1);
        QCOMPARE(board->row(board->rowOf(QStringLiteral("127.0.0.82"))).verdict, ChallengeVerdict::Connected);
        QVERIFY2(summary->text().contains(QStringLiteral("at the playhead")), qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QStringLiteral("end of the recording")));

        // Back to the start: nobody yet, and the board says why.
        playhead.showAfter(0);
        QCOMPARE(view.model()->board()->rowCount(), 0);
        QVERIFY2(
            summary->text().contains(QStringLiteral("has not started yet")), qPrintable(summary->text()));

        // At the end again, by the playhead: the results.
        playhead.showAfter(replayed.count());
        QCOMPARE(view.model()->board()->doneCount(), 2);
        QCOMPARE(view.model()->board()->rowCount(), 3);
    }

    // A recording made before challenges were recorded still judges by the challenge named.
    void replayOfAnOlderRecordingJudgesByTheNamedChallenge()
    {
        std::optional<Challenge> name = ChallengeCatalog::find(QStringLiteral("name"));
        name->port = 0;
        QVERIFY(!m_host->start(*name));
        QTcpSocket *client = newClient(QHostAddress(QStringLiteral("127.0.0.73")));
        connect(client, &QTcpSocket::connected, client, [client] { client->write("Ada\n"); });
        client->connectToHost(QHostAddress::LocalHost, m_host->port());
        QTRY_COMPARE_WITH_TIMEOUT(m_host->board()->doneCount(), 1, 5000);
        // The same session without its challenge_started event, as older recordings are.
        Journal older;
        for (qsizetype i = 0; i < m_journal->count(); ++i) {
            Event e = m_journal->at(i);
            if (e.kind == EventKind::ChallengeStarted)
                continue;
            e.local = older.intern(m_journal->string(e.local));
            e.remote = older.intern(m_journal->string(e.remote));
            e.text = older.intern(m_journal->string(e.text));
            e.host = older.intern(m_journal->string(e.host));
            e.payload = e.payload ? older.storePayload(m_journal->payload(e.payload)) : 0;
            older.append(e);
        }
        ChallengeView view(nullptr);
        name->port = m_host->port();
        view.followRecording(&older, nullptr, name);
        QVERIFY(view.model()->board());
        QCOMPARE(view.model()->board()->doneCount(), 1);
    }

private:
    // A student's socket on `address`, kept until the test ends.
    QTcpSocket *newClient(const QHostAddress &address)
    {
        m_clients.push_back(std::make_unique<QTcpSocket>());
        QTcpSocket *client = m_clients.back().get();
        client->bind(address, 0);
        return client;
    }

    std::unique_ptr<ChallengeHost> m_host;
    std::unique_ptr<ChallengeView> m_view;
    std::vector<std::unique_ptr<QTcpSocket>> m_clients;
};

QTEST_MAIN(TestChallengeView)
#include "tst_challengeview.moc"
