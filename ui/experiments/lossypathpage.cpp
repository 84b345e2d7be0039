#include "lossypathpage.h"

#include "experimentdiagram.h"
#include "experiments/lossypath.h"
#include "experiments/portforwarder.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "window/errortext.h"

#include <QtCore/QEvent>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

#include <utility>

namespace SocketScope {

namespace {

// The relay speaks on 127.0.0.1; the sender and the receiver sit on two other loopback
// addresses, as if they were two other hosts.
const QHostAddress kRelay(QStringLiteral("127.0.0.1"));
const QHostAddress kReceiver(QStringLiteral("127.0.0.2"));
const QHostAddress kSender(QStringLiteral("127.0.0.3"));

QDoubleSpinBox *percentBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(0);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    return box;
}

} // namespace

LossyPathPage::LossyPathPage(Lab *lab, Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_journal(journal)
    , m_intro(new QLabel(this))
    , m_settingsBox(new QGroupBox(this))
    , m_dropLabel(new QLabel(this))
    , m_drop(percentBox(20, this))
    , m_duplicateLabel(new QLabel(this))
    , m_duplicate(percentBox(10, this))
    , m_reorderLabel(new QLabel(this))
    , m_reorder(percentBox(20, this))
    , m_delayRateLabel(new QLabel(this))
    , m_delayRate(percentBox(10, this))
    , m_delayLabel(new QLabel(this))
    , m_delayMs(new QSpinBox(this))
    , m_rateLabel(new QLabel(this))
    , m_rate(new QSpinBox(this))
    , m_seedLabel(new QLabel(this))
    , m_seed(new QSpinBox(this))
    , m_startStop(new QPushButton(this))
    , m_count(new QSpinBox(this))
    , m_send(new QPushButton(this))
    , m_udpBox(new QGroupBox(this))
    , m_udpText(new QPlainTextEdit(this))
    , m_udpCounts(new QLabel(this))
    , m_tcpBox(new QGroupBox(this))
    , m_tcpText(new QPlainTextEdit(this))
    , m_tcpCounts(new QLabel(this))
    , m_diagram(new ExperimentDiagram(this))
{
    m_intro->setWordWrap(true);
    m_delayMs->setRange(0, 5000);
    m_delayMs->setValue(200);
    m_delayMs->setSuffix(QStringLiteral(" ms"));
    m_rate->setRange(0, 10'000'000);
    m_rate->setValue(100);
    m_rate->setSingleStep(10);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_count->setRange(1, 200);
    m_count->setValue(20);
    m_send->setEnabled(false);
    for (QPlainTextEdit *text : {m_udpText, m_tcpText}) {
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    for (QLabel *counts : {m_udpCounts, m_tcpCounts})
        counts->setWordWrap(true);

    auto *form = new QGridLayout(m_settingsBox);
    const QList<std::pair<QLabel *, QWidget *>> fields {{m_dropLabel, m_drop},
        {m_duplicateLabel, m_duplicate}, {m_reorderLabel, m_reorder}, {m_delayRateLabel, m_delayRate},
        {m_delayLabel, m_delayMs}, {m_rateLabel, m_rate}, {m_seedLabel, m_seed}};
    for (int i = 0; i < fields.size(); ++i) {
        fields[i].first->setBuddy(fields[i].second);
        form->addWidget(fields[i].first, (i / 4) * 2, i % 4);
        form->addWidget(fields[i].second, (i / 4) * 2 + 1, i % 4);
    }
    form->setColumnStretch(4, 1);

    auto *udpLayout = new QVBoxLayout(m_udpBox);
    udpLayout->addWidget(m_udpText);
    udpLayout->addWidget(m_udpCounts);
    auto *tcpLayout = new QVBoxLayout(m_tcpBox);
    tcpLayout->addWidget(m_tcpText);
    tcpLayout->addWidget(m_tcpCounts);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_intro, 0, 0, 1, 4);
    grid->addWidget(m_settingsBox, 1, 0, 1, 4);
    grid->addWidget(m_startStop, 2, 0);
    grid->addWidget(m_count, 2, 1);
    grid->addWidget(m_send, 2, 2);
    grid->setColumnStretch(3, 1);
    grid->addWidget(m_diagram, 3, 0, 1, 4);
    auto *sideBySide = new QHBoxLayout;
    sideBySide->addWidget(m_udpBox);
    sideBySide->addWidget(m_tcpBox);
    grid->addLayout(sideBySide, 4, 0, 1, 4);
    grid->setRowStretch(4, 1);
    for (QPlainTextEdit *text : {m_udpText, m_tcpText})
        text->setMinimumHeight(text->fontMetrics().height() * 4);

    connect(m_startStop, &QPushButton::clicked, this, &LossyPathPage::onStartStop);
    connect(m_send, &QPushButton::clicked, this, [this] { sendNumbered(m_count->value()); });
    connect(m_lab, &Lab::dataReceived, this,
        [this](qint32 id, const QByteArray &data, const QHostAddress &, quint16) { onData(id, data); });
    connect(m_lab, &Lab::socketChanged, this, [this](qint32 id) {
        if (id == m_tcpClient)
            sendWaitingTcp();
        if (id == m_tcpClient || id == m_udpClient || id == m_tcpServer || id == m_udpServer)
            updateDiagram();
    });
    retranslate();
}

LossyPathPage::~LossyPathPage()
{
    m_lab->disconnect(this);
    stop();
}

bool LossyPathPage::start()
{
    stop();
    LossyPath::Settings settings;
    settings.dropRate = m_drop->value() / 100.0;
    settings.duplicateRate = m_duplicate->value() / 100.0;
    settings.reorderRate = m_reorder->value() / 100.0;
    settings.delayRate = m_delayRate->value() / 100.0;
    settings.delayMs = m_delayMs->value();
    settings.seed = quint32(m_seed->value());
    LossyPath::Settings tcpSettings = settings;
    tcpSettings.bytesPerSecond = m_rate->value();

    const auto fail = [&](const LabError &error) {
        m_udpCounts->setText(tr("The OS refused: %1").arg(ErrorText::full(error)));
        stop();
        return false;
    };
    const Lab::Opened udpServer = m_lab->bindUdp(kReceiver, 0);
    if (udpServer.error)
        return fail(udpServer.error);
    m_udpServer = udpServer.id;
    const Lab::Opened tcpServer = m_lab->listenTcp(kReceiver, 0);
    if (tcpServer.error)
        return fail(tcpServer.error);
    m_tcpServer = tcpServer.id;

    m_udpPath = new LossyPath(m_journal, settings, this);
    m_tcpPath = new LossyPath(m_journal, tcpSettings, this);
    connect(m_udpPath, &LossyPath::countsChanged, this, &LossyPathPage::updateCounts);
    connect(m_tcpPath, &LossyPath::countsChanged, this, &LossyPathPage::updateCounts);
    m_udpRelay = new PortForwarder(m_lab, this);
    m_tcpRelay = new PortForwarder(m_lab, this);
    m_udpRelay->setLossyPath(m_udpPath);
    m_tcpRelay->setLossyPath(m_tcpPath);
    ForwardRule rule;
    rule.proto = Protocol::Udp;
    rule.listenAddress = kRelay;
    rule.targetAddress = kReceiver;
    rule.targetPort = m_lab->info(m_udpServer)->localPort;
    rule.source = kRelay;
    if (const LabError error = m_udpRelay->start(rule))
        return fail(error);
    rule.proto = Protocol::Tcp;
    rule.targetPort = m_lab->info(m_tcpServer)->localPort;
    if (const LabError error = m_tcpRelay->start(rule))
        return fail(error);

    const Lab::Opened udpClient = m_lab->bindUdp(kSender, 0);
    if (udpClient.error)
        return fail(udpClient.error);
    m_udpClient = udpClient.id;
    const Lab::Opened tcpClient = m_lab->connectTcp(kRelay, m_tcpRelay->listenPort(), kSender);
    if (tcpClient.error)
        return fail(tcpClient.error);
    m_tcpClient = tcpClient.id;
    m_nextNumber = 1;
    m_udpSent = m_udpSentBytes = m_udpGot = m_udpGotBytes = m_tcpSentBytes = m_tcpGotBytes = 0;
    m_udpText->clear();
    m_tcpText->clear();
    for (QWidget *setting : std::initializer_list<QWidget *> {
             m_drop, m_duplicate, m_reorder, m_delayRate, m_delayMs, m_rate, m_seed})
        setting->setEnabled(false);
    m_send->setEnabled(true);
    retranslate();
    updateCounts();
    return true;
}

void LossyPathPage::stop()
{
    for (const qint32 id : {m_udpClient, m_tcpClient, m_udpServer, m_tcpServer}) {
        if (id >= 0)
            m_lab->close(id);
    }
    m_udpClient = m_tcpClient = m_udpServer = m_tcpServer = -1;
    m_tcpWaiting.clear();
    // The relays go before the paths they use.
    delete m_udpRelay;
    delete m_tcpRelay;
    delete m_udpPath;
    delete m_tcpPath;
    m_udpRelay = m_tcpRelay = nullptr;
    m_udpPath = m_tcpPath = nullptr;
    for (QWidget *setting : std::initializer_list<QWidget *> {
             m_drop, m_duplicate, m_reorder, m_delayRate, m_delayMs, m_rate, m_seed})
        setting->setEnabled(true);
    m_send->setEnabled(false);
    retranslate();
}

void LossyPathPage::onStartStop()
{
    if (isRunning())
        stop();
    else
        start();
}

void LossyPathPage::sendNumbered(int count)
{
    if (!isRunning())
        return;
    QByteArray stream;
    for (int i = 0; i < count; ++i, ++m_nextNumber) {
        const QByteArray number = QByteArray::number(m_nextNumber);
        if (!m_lab->sendDatagram(m_udpClient, number, {{kRelay, m_udpRelay->listenPort()}})) {
            ++m_udpSent;
            m_udpSentBytes += number.size();
        }
        stream += number + ' ';
    }
    // TCP is a byte stream: the numbers go as one run of bytes, and come out as the reads
    // happen to cut them. Before the handshake is done they wait, and go once it is.
    m_tcpWaiting += stream;
    sendWaitingTcp();
    updateDiagram();
}

void LossyPathPage::sendWaitingTcp()
{
    const SocketInfo *info = m_tcpClient >= 0 ? m_lab->info(m_tcpClient) : nullptr;
    if (m_tcpWaiting.isEmpty() || !info || info->qtState != QAbstractSocket::ConnectedState)
        return;
    // Taken first: the send reports a change of the socket, which comes back here.
    const QByteArray bytes = std::exchange(m_tcpWaiting, {});
    if (!m_lab->send(m_tcpClient, bytes))
        m_tcpSentBytes += bytes.size();
}

void LossyPathPage::onData(qint32 id, const QByteArray &data)
{
    if (id < 0)
        return;
    if (id == m_udpServer) {
        m_udpText->appendPlainText(QString::fromUtf8(data));
        ++m_udpGot;
        m_udpGotBytes += data.size();
        updateDiagram();
        return;
    }
    const SocketInfo *info = m_lab->info(id);
    if (m_tcpServer >= 0 && info && info->parent == m_tcpServer) {
        m_tcpText->appendPlainText(
            tr("read %n byte(s): \"%1\"", "", int(data.size())).arg(QString::fromUtf8(data)));
        m_tcpGotBytes += data.size();
        updateDiagram();
    }
}

void LossyPathPage::updateDiagram()
{
    const auto where = [this](qint32 id, const QHostAddress &planned) {
        const SocketInfo *info = id >= 0 ? m_lab->info(id) : nullptr;
        return info ? formatEndpoint(info->localAddress, info->localPort)
                    : planned.toString() + QStringLiteral(":?");
    };
    // A TCP client counts as open once its handshake is done: only then can it send.
    const auto isOpen = [this](qint32 id) {
        const SocketInfo *info = id >= 0 ? m_lab->info(id) : nullptr;
        return info && info->isOpen()
            && (info->role != SocketRole::Client || info->qtState == QAbstractSocket::ConnectedState);
    };
    const auto relayAt = [](PortForwarder *relay) {
        return relay ? formatEndpoint(kRelay, relay->listenPort()) : kRelay.toString() + QStringLiteral(":?");
    };
    // UDP on the top row, TCP below: sender, relay, receiver from left to right.
    m_diagram->setBoxes({
        {QStringLiteral("udpSender"), tr("UDP sender"), where(m_udpClient, kSender), 0, isOpen(m_udpClient),
            false},
        {QStringLiteral("tcpSender"), tr("TCP sender"), where(m_tcpClient, kSender), 0, isOpen(m_tcpClient),
            false},
        {QStringLiteral("udpRelay"), tr("lossy relay"), relayAt(m_udpRelay), 1,
            m_udpRelay && m_udpRelay->isRunning(), false},
        {QStringLiteral("tcpRelay"), tr("lossy relay"), relayAt(m_tcpRelay), 1,
            m_tcpRelay && m_tcpRelay->isRunning(), false},
        {QStringLiteral("udpReceiver"), tr("UDP receiver"), where(m_udpServer, kReceiver), 2,
            isOpen(m_udpServer), false},
        {QStringLiteral("tcpReceiver"), tr("TCP receiver"), where(m_tcpServer, kReceiver), 2,
            isOpen(m_tcpServer), false},
    });
    m_diagram->setArrows({
        {QStringLiteral("udpSender"), QStringLiteral("udpRelay"), m_udpSentBytes, m_udpSent},
        {QStringLiteral("udpRelay"), QStringLiteral("udpReceiver"), m_udpGotBytes, m_udpGot},
        {QStringLiteral("tcpSender"), QStringLiteral("tcpRelay"), m_tcpSentBytes, 0},
        {QStringLiteral("tcpRelay"), QStringLiteral("tcpReceiver"), m_tcpGotBytes, 0},
    });
}

void LossyPathPage::updateCounts()
{
    if (m_udpPath) {
        const LossyPath::Counts &c = m_udpPath->counts();
        m_udpCounts->setText(tr("In: %1 datagrams. Out: %2. Dropped: %3, sent twice: %4, overtaken: %5, "
                                "delayed: %6.")
                                 .arg(c.received)
                                 .arg(c.delivered)
                                 .arg(c.dropped)
                                 .arg(c.duplicated)
                                 .arg(c.reordered)
                                 .arg(c.delayed));
    }
    if (m_tcpPath) {
        const LossyPath::Counts &c = m_tcpPath->counts();
        m_tcpCounts->setText(tr("In: %1 bytes. Out: %2 bytes. Held back: %3 bytes. Lost: none, ever.")
                                 .arg(c.bytesIn)
                                 .arg(c.bytesOut)
                                 .arg(c.bytesIn - c.bytesOut));
    }
}

void LossyPathPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LossyPathPage::retranslate()
{
    m_intro->setText(tr("Loopback never loses a packet, so this relay does it on purpose, and the "
                        "journal marks every such act as \"changed on purpose\". The same numbers go "
                        "over UDP and over TCP. UDP hands over what arrives, in the order it arrives. "
                        "TCP hands over every byte, in order, but later: a lossy network only slows it "
                        "down. The seed makes the same losses happen again."));
    m_settingsBox->setTitle(tr("What the relay does to UDP datagrams"));
    m_dropLabel->setText(tr("&Drop"));
    m_duplicateLabel->setText(tr("Send t&wice"));
    m_reorderLabel->setText(tr("Let &overtake"));
    m_delayRateLabel->setText(tr("D&elay"));
    m_delayLabel->setText(tr("Delay by (also every TCP chunk)"));
    m_rateLabel->setText(tr("TCP speed limit"));
    m_rate->setSuffix(tr(" bytes/s"));
    m_rate->setSpecialValueText(tr("no limit"));
    m_seedLabel->setText(tr("&Seed"));
    m_startStop->setText(isRunning() ? tr("Sto&p") : tr("St&art"));
    m_count->setToolTip(tr("How many numbered messages to send"));
    m_send->setText(tr("Se&nd numbered messages"));
    m_udpBox->setTitle(tr("UDP: each datagram as it arrived"));
    m_tcpBox->setTitle(tr("TCP: each read of the byte stream"));
    updateCounts();
    updateDiagram();
}

} // namespace SocketScope
