#include "journal/journal.h"
#include "journalquery.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "timeline/tcpinfostrips.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QXmlStreamReader>
#include <QtGui/QImage>
#include <QtTest/QTest>

using namespace SocketScope;

namespace {

// The message names of the arrows in diagram text, in order.
QStringList messages(const QString &text, const QString &arrow)
{
    QStringList names;
    const QRegularExpression line(
        QStringLiteral("^\\s*L\\d+ ?%1 ?L\\d+ ?: ?(\\S+)").arg(QRegularExpression::escape(arrow)),
        QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

} // namespace

class TestTimelineExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void svgIsWellFormed();
    void png();
    void mermaid();
    void plantUml();
    void unknownFormat();
    void formatOf_data();
    void formatOf();
    void stripsUnderTcpLanes();
    void retransmissionMarks_data();
    void retransmissionMarks();

private:
    Journal m_journal;
    QTemporaryDir m_dir;
    bool m_haveTcpInfo = false;
    const QStringList m_expected {QStringLiteral("SYN"), QStringLiteral("SYN+ACK"), QStringLiteral("ACK"),
        QStringLiteral("PSH+ACK"), QStringLiteral("FIN"), QStringLiteral("ACK"), QStringLiteral("FIN"),
        QStringLiteral("ACK")};
};

// One real connect-send-close on loopback, shared by every export below.
void TestTimelineExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    KernelView kernel(KernelSocketSource::best());
    kernel.start();
    Lab lab(&m_journal, &kernel);
    const Lab::Opened server = lab.listenTcp(QHostAddress::LocalHost, 0);
    QVERIFY(!server.error);
    const Lab::Opened client = lab.connectTcp(QHostAddress::LocalHost, lab.info(server.id)->localPort);
    QVERIFY(!client.error);
    QTRY_VERIFY(hasEvent(m_journal, client.id, EventKind::Connected));
    QTRY_VERIFY(acceptedSocket(m_journal) >= 0);
    const qint32 accepted = acceptedSocket(m_journal);
    QVERIFY(!lab.send(client.id, QByteArrayLiteral("hello")));
    QTRY_VERIFY(hasEvent(m_journal, accepted, EventKind::DataReceived));
    // The kernel's numbers for the connection, where the system gives them (stripsUnderTcpLanes
    // skips where it does not): read on the kernel view's next polls.
    m_haveTcpInfo = QTest::qWaitFor([&] { return hasEvent(m_journal, client.id, EventKind::TcpInfo); }, 3000);
    QVERIFY(!lab.close(client.id));
    QTRY_VERIFY(hasEvent(m_journal, accepted, EventKind::Shutdown));
    QVERIFY(!lab.close(accepted));
    QTRY_VERIFY(hasEvent(m_journal, accepted, EventKind::Closed));
    lab.close(server.id);
}

void TestTimelineExporter::svgIsWellFormed()
{
    const QString path = m_dir.filePath(QStringLiteral("timeline.svg"));
    QString error;
    QVERIFY2(TimelineExporter::exportJournal(m_journal, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    bool sawSvg = false;
    int texts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1StringView("svg"))
            sawSvg = true;
        if (xml.isStartElement() && xml.name() == QLatin1StringView("text"))
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvg);
    QVERIFY(texts > 10); // lane heads, labels and the legend are real text
}

void TestTimelineExporter::png()
{
    const QString path = m_dir.filePath(QStringLiteral("timeline.png"));
    QString error;
    QVERIFY2(TimelineExporter::exportJournal(m_journal, path, &error), qPrintable(error));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 640);
    QVERIFY(image.height() >= 200);
}

void TestTimelineExporter::mermaid()
{
    const QString path = m_dir.filePath(QStringLiteral("timeline.mmd"));
    QString error;
    QVERIFY2(TimelineExporter::exportJournal(m_journal, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1StringView("sequenceDiagram\n")));
    QVERIFY(text.contains(QLatin1StringView("participant L")));
    QVERIFY(text.contains(QLatin1StringView("(inferred)")));
    // A '#' only as Mermaid's character code for itself; a bare one starts a code.
    QVERIFY(!QString(text).remove(QStringLiteral("#35;")).contains(QLatin1Char('#')));
    QCOMPARE(messages(text, QStringLiteral("-->>")), m_expected);
    QVERIFY(text.contains(QLatin1StringView("Note over")));
    // Call markers with their key argument, as the timeline shows them.
    QVERIFY(text.contains(QLatin1StringView(": bind(:")));
    QVERIFY(text.contains(QStringLiteral(": accept() \u2192 #35;")));
}

void TestTimelineExporter::plantUml()
{
    const QString path = m_dir.filePath(QStringLiteral("timeline.puml"));
    QString error;
    QVERIFY2(TimelineExporter::exportJournal(m_journal, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1StringView("@startuml\n")));
    QVERIFY(text.trimmed().endsWith(QLatin1StringView("@enduml")));
    QCOMPARE(messages(text, QStringLiteral("-->")), m_expected);
}

void TestTimelineExporter::unknownFormat()
{
    QString error;
    QVERIFY(
        !TimelineExporter::exportJournal(m_journal, m_dir.filePath(QStringLiteral("timeline.doc")), &error));
    QVERIFY(error.contains(QLatin1StringView(".svg")));
}

void TestTimelineExporter::formatOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("svg") << QStringLiteral("a/b.svg") << int(TimelineExporter::Format::Svg);
    QTest::newRow("PNG upper case") << QStringLiteral("B.PNG") << int(TimelineExporter::Format::Png);
    QTest::newRow("mermaid") << QStringLiteral("notes.mmd") << int(TimelineExporter::Format::Mermaid);
    QTest::newRow("plantuml") << QStringLiteral("notes.puml") << int(TimelineExporter::Format::PlantUml);
    QTest::newRow("none") << QStringLiteral("notes") << int(TimelineExporter::Format::Unknown);
}

void TestTimelineExporter::formatOf()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QCOMPARE(int(TimelineExporter::formatOf(path)), format);
}

// The kernel's numbers of the real connection (tcp_info events) become strips under its TCP
// lanes, one sample per event, and the exported picture carries them with their key.
void TestTimelineExporter::stripsUnderTcpLanes()
{
    TimelineLayout layout(&m_journal);
    layout.update();
    TcpInfoStrips strips(layout);
    strips.update();
    QHash<qint32, int> perSocket;
    for (qsizetype i = 0; i < m_journal.count(); ++i) {
        if (m_journal.at(i).kind == EventKind::TcpInfo)
            ++perSocket[m_journal.at(i).socket];
    }
    QCOMPARE(perSocket.isEmpty(), !m_haveTcpInfo);
    if (perSocket.isEmpty())
        QSKIP("this system does not give the kernel's tcp_info for the lab's sockets");
    for (auto it = perSocket.cbegin(); it != perSocket.cend(); ++it) {
        const LaneId lane = layout.laneOfSocket(it.key());
        QVERIFY(lane >= 0);
        QCOMPARE(qsizetype(strips.samples(lane).size()), qsizetype(it.value()));
        QCOMPARE(layout.lane(lane).proto, Protocol::Tcp);
    }

    const QString path = m_dir.filePath(QStringLiteral("strips.svg"));
    QString error;
    QVERIFY2(TimelineExporter::exportJournal(m_journal, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const auto series :
        {TcpInfoStrips::Series::Cwnd, TcpInfoStrips::Series::InFlight, TcpInfoStrips::Series::Rtt})
        QVERIFY2(svg.contains(QLatin1Char('>') + TcpInfoStrips::seriesName(series) + QLatin1Char('<')),
            qPrintable(TcpInfoStrips::seriesName(series)));
}

void TestTimelineExporter::retransmissionMarks_data()
{
    QTest::addColumn<QList<qint64>>("counts"); // the kernel's retransmission count per reading
    QTest::addColumn<QList<qint64>>("marked"); // the readings (their times) that get a mark
    QTest::newRow("none") << QList<qint64> {0, 0, 0} << QList<qint64> {};
    QTest::newRow("one rise") << QList<qint64> {0, 0, 3, 3} << QList<qint64> {2};
    QTest::newRow("every rise") << QList<qint64> {1, 2, 2, 5} << QList<qint64> {0, 1, 3};
    QTest::newRow("unknown is no rise") << QList<qint64> {-1, 0, -1, 1} << QList<qint64> {3};
}

void TestTimelineExporter::retransmissionMarks()
{
    QFETCH(QList<qint64>, counts);
    QFETCH(QList<qint64>, marked);
    std::vector<TcpInfoStrips::Sample> samples;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        TcpInfoStrips::Sample sample;
        sample.t = i;
        sample.retransmissions = counts.at(i);
        samples.push_back(sample);
    }
    const std::vector<qint64> times = TcpInfoStrips::retransmissionTimes(samples);
    QCOMPARE(QList<qint64>(times.begin(), times.end()), marked);
}

QTEST_MAIN(TestTimelineExporter)
#include "tst_timelineexporter.moc"
