#include "history/playhead.h"
#include "journal/journal.h"
#include "journal/recordingformat.h"
#include "journal/recordingreader.h"
#include "lab/lab.h"
#include "labquery.h"
#include "network/linkfaultpanel.h"
#include "network/networkpanel.h"
#include "network/topologyview.h"
#include "network/virtualnetwork.h"

#include <QtGui/QPaintEngine>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>

using namespace SocketScope;

// The Network tab driven as a user would: start the lab, add a forwarding rule and a computer,
// and see the mistakes refused in words; the picture draws every computer.
class TestNetworkPanel : public QObject
{
    Q_OBJECT

private slots:
    void drivesTheLab();
    void pictureFollowsPlayhead();
    void faultAppliedFromTheForm();
    void pictureDrawsALinksFault();
    void replayDrawsTheRecordedNetwork();
    void replayWithoutNetworkSaysSo();
};

namespace {
QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

// What a widget paints, as its paint engine is told: every piece of text with where it starts
// (in the widget's coordinates), and the pen of every path (the picture's cables are paths).
class PaintRecorder : public QPaintDevice
{
public:
    struct Text
    {
        QPointF at;
        QString text;
    };

    explicit PaintRecorder(QSize size)
        : m_size(size)
    { }

    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<Text> &texts() const { return m_engine.texts; }
    const QList<QPen> &pathPens() const { return m_engine.pathPens; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmNumColors:
            return INT_MAX;
        default: // dots per inch, and the rest
            return 96;
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(QPaintEngine::AllFeatures)
        { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        Type type() const override { return QPaintEngine::User; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & QPaintEngine::DirtyPen)
                m_pen = state.pen();
            if (state.state() & QPaintEngine::DirtyTransform)
                m_transform = state.transform();
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawPath(const QPainterPath &) override { pathPens.append(m_pen); }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawTextItem(const QPointF &at, const QTextItem &item) override
        {
            texts.append({m_transform.map(at), item.text()});
        }

        QList<Text> texts;
        QList<QPen> pathPens;

    private:
        QPen m_pen;
        QTransform m_transform;
    };

    QSize m_size;
    mutable Engine m_engine;
};

// The picture as painted now: the lines of text in the box of each of `boxes` (titles the
// picture writes at the top of each box, from left to right), each line put together from
// the pieces painted on one baseline (a symbol from another font is a piece of its own), and
// how many paths were painted dashed.
struct PaintedPicture
{
    QHash<QString, QStringList> lines;
    int dashedPaths = 0;
};

PaintedPicture paintedPicture(TopologyView *picture, const QStringList &boxes)
{
    PaintRecorder recorder(picture->size());
    picture->render(&recorder);
    PaintedPicture painted;
    for (const QPen &pen : recorder.pathPens()) {
        if (pen.style() == Qt::DashLine)
            ++painted.dashedPaths;
    }
    // Where each box starts: the x of its title.
    QList<qreal> lefts;
    for (const QString &title : boxes) {
        qreal left = -1;
        for (const PaintRecorder::Text &t : recorder.texts()) {
            if (t.text == title)
                left = t.at.x();
        }
        lefts << left;
    }
    for (qsizetype box = 0; box < boxes.size(); ++box) {
        if (lefts[box] < 0)
            continue;
        const qreal right = box + 1 < boxes.size() && lefts[box + 1] > lefts[box]
            ? lefts[box + 1]
            : std::numeric_limits<qreal>::max();
        QMap<int, QMap<qreal, QString>> byBaseline;
        for (const PaintRecorder::Text &t : recorder.texts()) {
            if (t.at.x() >= lefts[box] && t.at.x() < right)
                byBaseline[qRound(t.at.y())][t.at.x()] += t.text;
        }
        QStringList &lines = painted.lines[boxes[box]];
        for (const QMap<qreal, QString> &pieces : std::as_const(byBaseline))
            lines << QStringList(pieces.values()).join(QString());
    }
    return painted;
}

bool anyLineContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return line.contains(text); });
}

// The Network tab's form for link faults: the choice of link and the faults' text.
struct FaultForm
{
    QComboBox *link = nullptr;
    QLineEdit *spec = nullptr;
    QPushButton *apply = nullptr;
    QPushButton *clear = nullptr;
};

FaultForm faultForm(NetworkPanel &panel)
{
    auto *faults = panel.findChild<LinkFaultPanel *>();
    if (!faults)
        return {};
    return {faults->findChild<QComboBox *>(), faults->findChild<QLineEdit *>(),
        button(faults, QStringLiteral("Apply faults")), button(faults, QStringLiteral("Clear"))};
}

// Picks `link` in the form's list, as a person does (by its place in the list), and types
// `spec` into the faults' field.
bool fillFaultForm(const FaultForm &form, const QString &link, const QString &spec)
{
    const int index = form.link->findData(link);
    if (index < 0)
        return false;
    form.link->setCurrentIndex(index);
    form.spec->selectAll();
    QTest::keyClick(form.spec, Qt::Key_Delete);
    QTest::keyClicks(form.spec, spec);
    return form.spec->text() == spec;
}
} // namespace

void TestNetworkPanel::drivesTheLab()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    VirtualNetwork network(&journal, &lab, nullptr);
    NetworkPanel panel(&network, &lab);
    panel.resize(1200, 800);
    panel.show();
    QSignalSpy messages(&panel, &NetworkPanel::messageRaised);

    QPushButton *useLab = button(&panel, QStringLiteral("Use the virtual lab network"));
    QPushButton *useHost = button(&panel, QStringLiteral("Use this computer's network"));
    QVERIFY(useLab && useHost);
    QVERIFY(useLab->isEnabled() && !useHost->isEnabled());
    useLab->click();
    QVERIFY2(network.isActive(), qPrintable(network.problem()));
    QVERIFY(!useLab->isEnabled() && useHost->isEnabled());
    QCOMPARE(lab.placement(), network.network());

    // A rule: public port 8080 on to pc-a port 80.
    auto *rules = panel.findChild<QTableWidget *>();
    QVERIFY(rules);
    button(&panel, QStringLiteral("Add rule"))->click();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->item(0, 1)->text(), QStringLiteral("203.0.113.1:8080"));
    QCOMPARE(rules->item(0, 2)->text(), QStringLiteral("192.168.0.10:80"));
    QCOMPARE(rules->item(0, 3)->text(), QStringLiteral("pc-a"));
    // The same public port again is refused, in words, and nothing changes.
    button(&panel, QStringLiteral("Add rule"))->click();
    QCOMPARE(rules->rowCount(), 1);
    QVERIFY(messages.last().at(1).toBool());

    // A computer: a bad address first, then a good one.
    auto edits = panel.findChildren<QLineEdit *>();
    QLineEdit *name = nullptr;
    QLineEdit *address = nullptr;
    for (QLineEdit *edit : edits) {
        if (edit->text() == QLatin1String("pc-c"))
            name = edit;
        else if (edit->text().startsWith(QLatin1String("192.168.")))
            address = edit;
    }
    QVERIFY(name && address);
    address->setText(QStringLiteral("10.1.2.3"));
    button(&panel, QStringLiteral("Add computer"))->click();
    QVERIFY(messages.last().at(1).toBool());
    QVERIFY(!network.network()->topology().host(QStringLiteral("pc-c")));
    address->setText(QStringLiteral("192.168.0.20"));
    button(&panel, QStringLiteral("Add computer"))->click();
    QVERIFY2(!messages.last().at(1).toBool(), qPrintable(messages.last().at(0).toString()));
    QVERIFY(network.network()->topology().host(QStringLiteral("pc-c")));
    // A socket on the new computer works at once.
    const Lab::Opened server = lab.listenTcp(QHostAddress(QStringLiteral("192.168.0.20")), 80);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    QCOMPARE(lab.info(server.id)->host, QStringLiteral("pc-c"));

    // The picture draws without trouble at this size.
    auto *picture = panel.findChild<TopologyView *>();
    QVERIFY(picture);
    QImage image(picture->size(), QImage::Format_ARGB32);
    picture->render(&image);

    useHost->click();
    QVERIFY(!network.isActive());
    QCOMPARE(lab.placement(), nullptr);
    QVERIFY(!lab.info(server.id)->isOpen());
}

// Stepping back, the picture shows the network as it was: a computer added later greyed, a
// rule added later gone from the router, and the router's translation table of that instant.
void TestNetworkPanel::pictureFollowsPlayhead()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    VirtualNetwork network(&journal, &lab, nullptr);
    NetworkPanel panel(&network, &lab);
    Playhead playhead(&journal);
    panel.followPlayhead(&playhead, &journal);
    panel.resize(1200, 800);
    panel.show();
    TopologyView *picture = panel.picture();
    button(&panel, QStringLiteral("Use the virtual lab network"))->click();
    QVERIFY2(network.isActive(), qPrintable(network.problem()));
    if (!network.network()->hasNat())
        QFAIL("nft is missing: the router cannot translate addresses (install nftables)");

    const Lab::Opened server = lab.listenTcp(QHostAddress(QStringLiteral("192.168.0.10")), 80);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    QTRY_VERIFY(journal.count() > 0);
    const qsizetype beforeRule = journal.count();
    button(&panel, QStringLiteral("Add rule"))->click(); // 203.0.113.1:8080 on to pc-a:80
    QCOMPARE(picture->rulesShown().size(), 1);
    const Lab::Opened client = lab.connectTcp(
        QHostAddress(QStringLiteral("203.0.113.1")), 8080, QHostAddress(QStringLiteral("203.0.113.50")));
    QVERIFY2(!client.error, qPrintable(client.error.detail));
    QTRY_COMPARE(picture->translationLines().size(), 1);
    const qsizetype translated = journal.count();
    // Something happens before the next computer comes, so the two instants differ.
    const Lab::Opened udp = lab.bindUdp(QHostAddress(QStringLiteral("192.168.0.11")), 0);
    QVERIFY(!udp.error);
    QTRY_VERIFY(journal.count() > translated);
    button(&panel, QStringLiteral("Add computer"))->click(); // pc-c, 192.168.0.20
    QVERIFY(picture->hostExisted(QStringLiteral("pc-c")));

    // Before the rule: no rule, nothing translated, pc-c not there yet; pc-a was.
    playhead.showAfter(beforeRule - 1);
    QVERIFY(picture->rulesShown().isEmpty());
    QVERIFY(picture->translationLines().isEmpty());
    QVERIFY(!picture->hostExisted(QStringLiteral("pc-c")));
    QVERIFY(picture->hostExisted(QStringLiteral("pc-a")));
    QImage image(picture->size(), QImage::Format_ARGB32);
    picture->render(&image);

    // Once the connection went through the router: the rule and its translation.
    playhead.showAfter(translated);
    QCOMPARE(picture->rulesShown().size(), 1);
    const QStringList lines = picture->translationLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QLatin1String("203.0.113.1:8080"))
            && lines.first().contains(QLatin1String("192.168.0.10:80")),
        qPrintable(lines.first()));
    QVERIFY(!picture->hostExisted(QStringLiteral("pc-c")));

    playhead.goLive();
    QVERIFY(picture->hostExisted(QStringLiteral("pc-c")));
    QCOMPARE(picture->rulesShown().size(), 1);
    lab.closeAll();
    network.stop();
}

// The form under the picture gives a link faults as a person does: pick the link, type the
// faults, Apply (or Return); the lab applies them (the link really loses every packet), the
// journal says what was asked and what the kernel applied, and Clear takes them away again.
void TestNetworkPanel::faultAppliedFromTheForm()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    VirtualNetwork network(&journal, &lab, nullptr);
    NetworkPanel panel(&network, &lab);
    panel.resize(1200, 800);
    panel.show();
    QSignalSpy messages(&panel, &NetworkPanel::messageRaised);
    button(&panel, QStringLiteral("Use the virtual lab network"))->click();
    if (!network.isActive())
        QSKIP(qPrintable(QStringLiteral("the lab network cannot be built here: ") + network.problem()));
    const FaultForm form = faultForm(panel);
    QVERIFY(form.link && form.spec && form.apply && form.clear);
    QVERIFY(form.apply->isEnabled());

    // Every packet on remote's cable lost.
    QVERIFY(fillFaultForm(form, QStringLiteral("remote"), QStringLiteral("loss=100%,seed=3")));
    QTest::mouseClick(form.apply, Qt::LeftButton);
    QVERIFY(!messages.isEmpty());
    QVERIFY2(!messages.last().at(1).toBool(), qPrintable(messages.last().at(0).toString()));
    QVERIFY2(messages.last().at(0).toString().contains(QLatin1String("remote now has: loss 100%")),
        qPrintable(messages.last().at(0).toString()));
    QList<Event> events = linkFaultEvents(journal);
    QCOMPARE(events.size(), 1);
    QCOMPARE(journal.string(events.last().text), QStringLiteral("remote"));
    QCOMPARE(journal.string(events.last().host), QStringLiteral("remote"));
    QCOMPARE(journal.string(events.last().local), QStringLiteral("loss=100%,seed=3"));
    QCOMPARE(journal.string(events.last().remote), QStringLiteral("loss=100%,seed=3"));
    QCOMPARE(events.last().flags, quint8(0)); // nothing refused
    QCOMPARE(network.network()->linkFaults().value(QStringLiteral("remote")).lossPercent, 100);
    // The journal's line for it, as a recording keeps it.
    const QByteArray line = RecordingFormat::eventLine(journal, events.last());
    QVERIFY2(line.contains("\"applied\":\"loss=100%,seed=3\""), line.constData());

    // The kernel has it: pc-a's SYN to remote never gets there; pc-a sends it again.
    const Lab::Opened server = lab.listenTcp(QHostAddress(QStringLiteral("203.0.113.50")), 80);
    QVERIFY2(!server.error, qPrintable(server.error.detail));
    const Lab::Opened client = lab.connectTcp(
        QHostAddress(QStringLiteral("203.0.113.50")), 80, QHostAddress(QStringLiteral("192.168.0.10")));
    QVERIFY2(!client.error, qPrintable(client.error.detail));
    QTRY_VERIFY_WITH_TIMEOUT(synsSentBy(journal, QStringLiteral("pc-a")) >= 2, 10000);
    QVERIFY(lab.info(client.id)->qtState != QAbstractSocket::ConnectedState);

    // Clear: journalled as nothing asked, nothing applied, and the SYN sent again gets through.
    QTest::mouseClick(form.clear, Qt::LeftButton);
    events = linkFaultEvents(journal);
    QCOMPARE(events.size(), 2);
    QCOMPARE(journal.string(events.last().text), QStringLiteral("remote"));
    QCOMPARE(journal.string(events.last().local), QString());
    QCOMPARE(journal.string(events.last().remote), QString());
    QVERIFY(network.network()->linkFaults().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(lab.info(client.id)->qtState, QAbstractSocket::ConnectedState, 20000);

    // Return in the field applies as the button does: a rate limit with its queue, on the
    // router's wan side.
    QVERIFY(fillFaultForm(form, QStringLiteral("wan"), QStringLiteral("rate=1mbit,queue=32kb")));
    QTest::keyClick(form.spec, Qt::Key_Return);
    events = linkFaultEvents(journal);
    QCOMPARE(events.size(), 3);
    QCOMPARE(journal.string(events.last().text), QStringLiteral("wan"));
    QCOMPARE(journal.string(events.last().local), QStringLiteral("rate=1mbit,queue=32kb"));
    QCOMPARE(journal.string(events.last().remote), QStringLiteral("rate=1mbit,queue=32kb"));
    QCOMPARE(network.network()->linkFaults().value(QStringLiteral("wan")).queueBytes, qint64(32 * 1024));
    lab.closeAll();
    network.stop();
}

// The picture shows a link's faults where the link is: on remote's cable, a line in remote's
// box and the cable dashed; on the router's wan side, a line in the router's box and every
// cable of that side dashed; cleared, all of it goes.
void TestNetworkPanel::pictureDrawsALinksFault()
{
    Journal journal;
    Lab lab(&journal, nullptr);
    VirtualNetwork network(&journal, &lab, nullptr);
    NetworkPanel panel(&network, &lab);
    panel.resize(1600, 900);
    panel.show();
    button(&panel, QStringLiteral("Use the virtual lab network"))->click();
    if (!network.isActive())
        QSKIP(qPrintable(QStringLiteral("the lab network cannot be built here: ") + network.problem()));
    TopologyView *picture = panel.picture();
    const FaultForm form = faultForm(panel);
    QVERIFY(form.link && form.spec && form.apply && form.clear);
    const QStringList boxes {QStringLiteral("pc-a"), QStringLiteral("router"), QStringLiteral("remote")};
    const QString warning = QStringLiteral("⚠");

    PaintedPicture painted = paintedPicture(picture, boxes);
    for (const QString &box : boxes) {
        QVERIFY2(!painted.lines.value(box).isEmpty(), qPrintable(box)); // the boxes were found
        QVERIFY2(!anyLineContains(painted.lines.value(box), warning), qPrintable(box));
    }
    QCOMPARE(painted.dashedPaths, 0);

    // On remote's cable.
    QVERIFY(fillFaultForm(form, QStringLiteral("remote"), QStringLiteral("loss=5%,rate=1mbit")));
    form.apply->click();
    const QString cableLine = QStringLiteral("⚠ cable: loss 5%, 1 Mbit/s");
    QTRY_VERIFY2(
        anyLineContains(paintedPicture(picture, boxes).lines.value(QStringLiteral("remote")), cableLine),
        qPrintable(
            paintedPicture(picture, boxes).lines.value(QStringLiteral("remote")).join(QLatin1Char('|'))));
    painted = paintedPicture(picture, boxes);
    QVERIFY(!anyLineContains(painted.lines.value(QStringLiteral("pc-a")), warning));
    QVERIFY(!anyLineContains(painted.lines.value(QStringLiteral("router")), warning));
    QCOMPARE(painted.dashedPaths, 1); // remote's cable, not pc-a's

    // Cleared: the line and the dashes go.
    form.clear->click();
    QTRY_VERIFY(
        !anyLineContains(paintedPicture(picture, boxes).lines.value(QStringLiteral("remote")), warning));
    QCOMPARE(paintedPicture(picture, boxes).dashedPaths, 0);

    // On the router's wan side: said in the router's box; remote's cable (on that side) dashed.
    QVERIFY(fillFaultForm(form, QStringLiteral("wan"), QStringLiteral("rate=500kbit")));
    form.apply->click();
    QTRY_VERIFY2(anyLineContains(paintedPicture(picture, boxes).lines.value(QStringLiteral("router")),
                     QStringLiteral("⚠ wan side: 500 kbit/s")),
        qPrintable(
            paintedPicture(picture, boxes).lines.value(QStringLiteral("router")).join(QLatin1Char('|'))));
    painted = paintedPicture(picture, boxes);
    QVERIFY(!anyLineContains(painted.lines.value(QStringLiteral("remote")), warning));
    QCOMPARE(painted.dashedPaths, 1);
    form.clear->click();
    QTRY_VERIFY(
        !anyLineContains(paintedPicture(picture, boxes).lines.value(QStringLiteral("router")), warning));
    QCOMPARE(paintedPicture(picture, boxes).dashedPaths, 0);
    network.stop();
}

namespace {

// A lab session's recording, as SocketScope writes one: the network built, a server on pc-a, a
// fault on remote's cable, pc-c and a rule added, the network taken down.
const char kLabRecording[] = R"({"format":"socketscope-journal","version":1}
{"t":100,"kind":"network","source":"app","topology":{"default_host":"pc-a","forwards":[],"hosts":[{"address":"192.168.0.10","gateway":"192.168.0.1","name":"pc-a","prefix":24,"segment":"lan"},{"address":"203.0.113.50","gateway":"203.0.113.1","name":"remote","prefix":24,"segment":"wan"}],"nat":true,"segments":[{"name":"lan","prefix":24,"router":"192.168.0.1"},{"name":"wan","prefix":24,"router":"203.0.113.1"}]}}
{"t":200,"kind":"socket_opened","source":"app","socket":1,"proto":"tcp","host":"pc-a","role":"listener"}
{"t":300,"kind":"listening","source":"app","socket":1,"proto":"tcp","local":"192.168.0.10:80","host":"pc-a","backlog":50}
{"t":400,"kind":"link_fault","source":"app","asked":"loss=5%,seed=1","applied":"loss=5%,seed=1","host":"remote","link":"remote"}
{"t":500,"kind":"network","source":"app","topology":{"default_host":"pc-a","forwards":[{"inside":"192.168.0.10:80","proto":"tcp","public":"203.0.113.1:8080"}],"hosts":[{"address":"192.168.0.10","gateway":"192.168.0.1","name":"pc-a","prefix":24,"segment":"lan"},{"address":"203.0.113.50","gateway":"203.0.113.1","name":"remote","prefix":24,"segment":"wan"},{"address":"192.168.0.20","gateway":"192.168.0.1","name":"pc-c","prefix":24,"segment":"lan"}],"nat":true,"segments":[{"name":"lan","prefix":24,"router":"192.168.0.1"},{"name":"wan","prefix":24,"router":"203.0.113.1"}]}}
{"t":600,"kind":"closed","source":"qt","socket":1,"proto":"tcp","host":"pc-a"}
{"t":700,"kind":"network","source":"app","topology":{}}
)";

bool readRecording(const QByteArray &text, Journal &journal)
{
    QBuffer file;
    file.setData(text);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    RecordingReader reader;
    return reader.read(file, journal) && reader.problems().isEmpty();
}

} // namespace

// --replay of a lab session: the tab has no lab of its own and draws the recorded network, its
// computers, sockets, rules and faults at the playhead's instant.
void TestNetworkPanel::replayDrawsTheRecordedNetwork()
{
    Journal journal;
    QVERIFY(readRecording(kLabRecording, journal));
    QCOMPARE(journal.count(), 7);
    NetworkPanel panel(nullptr, nullptr);
    Playhead playhead(&journal);
    playhead.showAfter(0);
    panel.followPlayhead(&playhead, &journal);
    panel.resize(1024, 700);
    panel.show();
    TopologyView *picture = panel.picture();
    auto *rules = panel.findChild<QTableWidget *>();
    auto *faults = panel.findChild<LinkFaultPanel *>();
    QVERIFY(rules && faults);

    // At the very start: the network the recording opens with, before its first socket.
    QVERIFY(picture->networkShown().running);
    QVERIFY(picture->hostExisted(QStringLiteral("pc-a")));
    QVERIFY(picture->socketLines(QStringLiteral("pc-a")).isEmpty());

    // The listener on pc-a, before the fault and before pc-c came.
    playhead.showAfter(3);
    QVERIFY(picture->networkShown().running);
    QVERIFY(picture->hostExisted(QStringLiteral("pc-a")));
    QVERIFY(!picture->hostExisted(QStringLiteral("pc-c")));
    QCOMPARE(picture->socketLines(QStringLiteral("pc-a")).size(), 1);
    QVERIFY2(picture->socketLines(QStringLiteral("pc-a")).first().contains(QLatin1String("listening")),
        qPrintable(picture->socketLines(QStringLiteral("pc-a")).first()));
    QCOMPARE(rules->rowCount(), 0);
    QCOMPARE(faults->faultShown(QStringLiteral("remote")), QString());
    QImage image(picture->size(), QImage::Format_ARGB32);
    picture->render(&image);

    // After the second network event: pc-c, the rule, and the fault set before it.
    playhead.showAfter(5);
    QVERIFY(picture->hostExisted(QStringLiteral("pc-c")));
    QCOMPARE(picture->rulesShown().size(), 1);
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(rules->item(0, 1)->text(), QStringLiteral("203.0.113.1:8080"));
    QCOMPARE(faults->faultShown(QStringLiteral("remote")), QStringLiteral("loss=5%,seed=1"));
    picture->render(&image);

    // Stepped back, the rule and the fault go again.
    playhead.showAfter(4);
    QCOMPARE(rules->rowCount(), 0);
    QCOMPARE(faults->faultShown(QStringLiteral("remote")), QStringLiteral("loss=5%,seed=1"));
    playhead.showAfter(3);
    QCOMPARE(faults->faultShown(QStringLiteral("remote")), QString());

    // The end: the network was taken down.
    playhead.goLive();
    QVERIFY(!picture->networkShown().running);
    QVERIFY(picture->absenceText().contains(QLatin1String("not running")));
}

// A recording from before the network was written into recordings: no picture, and a
// sentence that says why.
void TestNetworkPanel::replayWithoutNetworkSaysSo()
{
    Journal journal;
    QVERIFY(readRecording(R"({"format":"socketscope-journal","version":1}
{"t":200,"kind":"socket_opened","source":"app","socket":1,"proto":"tcp","host":"pc-a","role":"listener"}
{"t":300,"kind":"listening","source":"app","socket":1,"proto":"tcp","local":"192.168.0.10:80","host":"pc-a","backlog":50}
)",
        journal));
    NetworkPanel panel(nullptr, nullptr);
    Playhead playhead(&journal);
    panel.followPlayhead(&playhead, &journal);
    panel.resize(1024, 700);
    panel.show();
    QVERIFY(!panel.picture()->networkShown().running);
    QVERIFY2(panel.picture()->absenceText().contains(QLatin1String("no lab network")),
        qPrintable(panel.picture()->absenceText()));
    QImage image(panel.picture()->size(), QImage::Format_ARGB32);
    panel.picture()->render(&image);
}

QTEST_MAIN(TestNetworkPanel)
#include "tst_networkpanel.moc"
