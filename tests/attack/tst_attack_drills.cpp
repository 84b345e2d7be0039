#include "appprocess.h"
#include "drills/drillchoice.h"
#include "drills/drillevidence.h"
#include "drills/drillscene.h"
#include "drills/mysterydrill.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "network/virtualnetwork.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>

using namespace SocketScope;

Q_DECLARE_METATYPE(SocketScope::DrillFault)

// Mystery-fault drills attacked: --drill values that are not a drill (exit status 2 with a
// sentence, before any window or socket), packets that only look like a proof, and a drill
// commanded out of order.
class TestAttackDrills : public QObject
{
    Q_OBJECT

private:
    static bool hasControlCharacter(const QString &text)
    {
        return std::any_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    }

    // A packet captured on `host`'s interface `iface`.
    static void capture(Journal &journal, const QString &host, const QString &iface, const QString &from,
        const QString &to, quint8 flags, quint32 window = 64240)
    {
        Event e;
        e.t = journal.now();
        e.kind = EventKind::Segment;
        e.source = EventSource::Capture;
        e.proto = Protocol::Tcp;
        e.host = journal.intern(host);
        e.text = journal.intern(iface);
        e.local = journal.intern(from);
        e.remote = journal.intern(to);
        e.flags = flags;
        e.window = window;
        journal.append(e);
    }

private slots:
    void badDrillExits_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const auto row = [](const char *name, const QStringList &arguments, const char *named) {
            QTest::newRow(name) << arguments << QString::fromUtf8(named);
        };
        const QString drill = QStringLiteral("--drill");
        row("empty", {drill, QString()}, "random:SEED");
        row("unknown name", {drill, QStringLiteral("firewall")}, "no such drill");
        row("name with a seed", {drill, QStringLiteral("backlog:7")}, "no such drill");
        row("seed missing", {drill, QStringLiteral("random:")}, "whole number");
        row("negative seed", {drill, QStringLiteral("random:-3")}, "whole number");
        row("seed past 32 bits", {drill, QStringLiteral("random:4294967296")}, "4294967295");
        row("seed past 64 bits", {drill, QStringLiteral("random:99999999999999999999999")}, "4294967295");
        row("hexadecimal seed", {drill, QStringLiteral("random:0x10")}, "whole number");
        row("seed in other digits", {drill, QStringLiteral("random:\u0661\u0662")}, "whole number");
        row("terminal escape", {drill, QStringLiteral("\x1b[2Jblackhole")}, "\\x1b");
        row("given twice", {drill, QStringLiteral("drop"), drill, QStringLiteral("reject")},
            "more than once");
        row("with the host network",
            {drill, QStringLiteral("drop"), QStringLiteral("--network"), QStringLiteral("host")},
            "--network host");
        row("over a recording",
            {drill, QStringLiteral("drop"), QStringLiteral("--replay"), QStringLiteral("/nonexistent.jsonl")},
            "--replay");
        row("in Korean", {QStringLiteral("--lang"), QStringLiteral("ko"), drill, QStringLiteral("nope")},
            "--drill");
    }

    void badDrillExits()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QProcess process;
        AppProcess::start(process, arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString said = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(said.contains(QLatin1String("--drill")), qPrintable(said.left(300)));
        QVERIFY2(said.contains(named), qPrintable(said.left(300)));
        QVERIFY2(!hasControlCharacter(QString(said).remove(QLatin1Char('\n'))), qPrintable(said.left(300)));
        QVERIFY2(said.size() < 1200, qPrintable(said.left(300)));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    // Packets that only look like a proof: seen on the router's side of a cable, or from the
    // wrong place, they prove nothing; a damaged endpoint text does not crash the search.
    void lookalikesProveNothing_data()
    {
        QTest::addColumn<DrillFault>("fault");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("window");
        const QString server = formatEndpoint(DrillScene::serverAddress(), DrillScene::kPort);
        const QString wrong = formatEndpoint(DrillScene::serverAddress(), DrillScene::kWrongPort);
        const QString published = formatEndpoint(DrillScene::publicAddress(), DrillScene::kPort);
        const QString learner = formatEndpoint(DrillScene::learnerAddress(), 40000);
        const QString neighbour = formatEndpoint(DrillScene::neighbourAddress(), 40000);
        QTest::newRow("reset seen by the router")
            << DrillFault::PortRejects << "router" << published << learner << int(FlagRst | FlagAck) << 0;
        QTest::newRow("wrong port seen by the router")
            << DrillFault::WrongForward << "router" << learner << wrong << int(FlagSyn) << 64240;
        QTest::newRow("zero window from the learner")
            << DrillFault::ZeroWindow << "remote" << learner << published << int(FlagAck) << 0;
        QTest::newRow("zero window on a reset")
            << DrillFault::ZeroWindow << "pc-b" << server << learner << int(FlagRst | FlagAck) << 0;
        QTest::newRow("answer to a neighbour") << DrillFault::OneWayBlackHole << "pc-b" << server << neighbour
                                               << int(FlagSyn | FlagAck) << 64240;
        QTest::newRow("endpoint without a port") << DrillFault::OneWayBlackHole << "pc-b" << server
                                                 << "garbage" << int(FlagSyn | FlagAck) << 64240;
        QTest::newRow("a single SYN is no drop")
            << DrillFault::PortDrops << "remote" << learner << published << int(FlagSyn) << 64240;
        QTest::newRow("no host") << DrillFault::WrongForward << "" << learner << wrong << int(FlagSyn)
                                 << 64240;
    }

    void lookalikesProveNothing()
    {
        QFETCH(DrillFault, fault);
        QFETCH(QString, host);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, flags);
        QFETCH(int, window);
        Journal journal;
        capture(journal, host, QStringLiteral("eth0"), from, to, quint8(flags), quint32(window));
        QVERIFY(!DrillEvidence::find(journal, fault).found());
        // Each proof search starts where it is told: nothing before `from` counts.
        QVERIFY(!DrillEvidence::find(journal, fault, journal.count() + 5).found());
        QVERIFY(!DrillEvidence::find(journal, fault, -7).found());
    }

    // Guesses and reveals before a drill, or after it ended, change nothing and write nothing.
    void outOfOrder()
    {
        Journal journal;
        Lab lab(&journal, nullptr);
        VirtualNetwork network(&journal, &lab, nullptr);
        MysteryDrill drill(&lab, &network);
        QVERIFY(!drill.guess(DrillFault::ZeroWindow));
        QVERIFY(!drill.reveal().found());
        QCOMPARE(drill.probe(), -1);
        drill.stop();
        QCOMPARE(journal.count(), 0);
        MysteryDrill orphan(nullptr, nullptr);
        QString problem;
        QVERIFY(!orphan.start(DrillChoice::named(DrillFault::PortDrops), &problem));
        QVERIFY(!problem.isEmpty());
    }

    // The real program with --drill random:SEED --record: the recording names the drill (as
    // --drill takes it, so it can be run again) without naming its fault.
    void recordingNamesTheDrill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("drill.jsonl"));
        QProcess process;
        QProcessEnvironment environment = AppProcess::offscreen();
        environment.insert(QStringLiteral("HOME"), dir.path());
        process.setProcessEnvironment(environment);
        process.start(AppProcess::program(),
            {QStringLiteral("--drill"), QStringLiteral("random:4242"), QStringLiteral("--record"), path});
        QVERIFY(process.waitForStarted(20000));
        const auto drillLine = [&path]() -> QString {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {};
            while (!file.atEnd()) {
                const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
                const QString message = line.value(QLatin1StringView("message")).toString();
                if (message.contains(QLatin1String("drill")))
                    return message;
            }
            return {};
        };
        QString complaints;
        const auto complained = [&process, &complaints] {
            complaints += QString::fromLocal8Bit(process.readAllStandardError());
            return complaints.contains(QLatin1String("network"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            !drillLine().isEmpty() || process.state() != QProcess::Running || complained(), 20000);
        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        const QString said = drillLine();
        complained();
        // Where the lab network cannot be built the app says why and runs without the drill;
        // a drill that fails in a working lab is a failure here.
        QVERIFY2(!complaints.contains(QLatin1String("--drill")), qPrintable(complaints));
        if (said.isEmpty() && complaints.contains(QLatin1String("network")))
            QSKIP("the lab network cannot be built here");
        QVERIFY2(said.contains(QLatin1String("random:4242")), qPrintable(said + complaints));
        const DrillFault hidden = DrillChoice::pick(4242);
        QVERIFY2(!said.contains(drillFaultKey(hidden)), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestAttackDrills)
#include "tst_attack_drills.moc"
