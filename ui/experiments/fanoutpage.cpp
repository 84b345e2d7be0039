#include "fanoutpage.h"

#include "experimentdiagram.h"
#include "experiments/datagramdelivery.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "window/errortext.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkInterface>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

namespace SocketScope {

namespace {

// Loopback's broadcast address on Linux, and a group from the site-local block: both stay
// on this machine.
const QHostAddress kBroadcast(QStringLiteral("127.255.255.255"));
const QHostAddress kGroup(QStringLiteral("239.255.42.99"));
const QString kLoopbackInterface = QStringLiteral("lo");

// How long to wait for the datagrams to arrive before marking who did not get one.
constexpr int kSettleMs = 300;

} // namespace

FanOutPage::~FanOutPage()
{
    m_lab->disconnect(this);
}

FanOutPage::FanOutPage(Lab *lab, Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_journal(journal)
    , m_intro(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_open(new QPushButton(this))
    , m_list(new QListWidget(this))
    , m_join(new QPushButton(this))
    , m_leave(new QPushButton(this))
    , m_message(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_diagram(new ExperimentDiagram(this))
{
    m_intro->setWordWrap(true);
    m_mode->addItems({QString(), QString(), QString()});
    m_count->setRange(1, 8);
    m_count->setValue(3);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_message->setText(QStringLiteral("hello, everyone"));
    m_result->setWordWrap(true);
    m_send->setEnabled(false);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_intro, 0, 0, 1, 5);
    grid->addWidget(m_mode, 1, 0);
    grid->addWidget(m_count, 1, 1);
    grid->addWidget(m_open, 1, 2);
    grid->setColumnStretch(4, 1);
    grid->addWidget(m_diagram, 2, 0, 1, 5);
    grid->addWidget(m_list, 3, 0, 1, 5);
    grid->addWidget(m_join, 4, 0);
    grid->addWidget(m_leave, 4, 1);
    grid->addWidget(m_message, 5, 0, 1, 4);
    grid->addWidget(m_send, 5, 4, Qt::AlignLeft);
    grid->addWidget(m_result, 6, 0, 1, 5);
    // The list is as tall as its receivers, not a large empty box.
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    grid->setRowStretch(7, 1);

    connect(m_open, &QPushButton::clicked, this, &FanOutPage::onOpen);
    connect(m_send, &QPushButton::clicked, this, &FanOutPage::onSend);
    connect(m_message, &QLineEdit::returnPressed, this, &FanOutPage::onSend);
    connect(m_join, &QPushButton::clicked, this, [this] { onJoinLeave(true); });
    connect(m_leave, &QPushButton::clicked, this, [this] { onJoinLeave(false); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { retranslate(); });
    connect(m_count, &QSpinBox::valueChanged, this, &FanOutPage::updateDiagram);
    connect(m_lab, &Lab::dataReceived, this, [this](qint32 id, const QByteArray &data) {
        if (!m_receivers.contains(id))
            return;
        auto &got = m_got[id];
        ++got.first;
        got.second += data.size();
        updateDiagram();
    });
    retranslate();
}

FanOutPage::Mode FanOutPage::mode() const
{
    return Mode(qBound(0, m_mode->currentIndex(), 2));
}

void FanOutPage::closeAll()
{
    for (const qint32 id : std::as_const(m_receivers))
        m_lab->close(id);
    if (m_sender >= 0)
        m_lab->close(m_sender);
    m_receivers.clear();
    m_members.clear();
    m_lastReceived.clear();
    m_lastMissed.clear();
    m_got.clear();
    m_sender = -1;
    m_port = 0;
}

bool FanOutPage::openReceivers(Mode mode, int count)
{
    closeAll();
    m_openMode = mode;
    m_mode->setCurrentIndex(int(mode)); // the words above the list follow what is open
    m_result->clear();
    const auto fail = [&](const LabError &error) {
        m_result->setText(tr("The OS refused: %1").arg(ErrorText::full(error)));
        closeAll();
        updateItems();
        return false;
    };
    // Broadcast and group receivers share one port, so each binds with address sharing, and
    // to the broadcast or group address itself, so nothing but that traffic reaches it.
    const QHostAddress bindTo = mode == Mode::List ? QHostAddress(QHostAddress::LocalHost)
        : mode == Mode::Broadcast                  ? kBroadcast
                                                   : kGroup;
    const bool share = mode != Mode::List;
    for (int i = 0; i < count; ++i) {
        const Lab::Opened opened = m_lab->bindUdp(bindTo, share ? m_port : 0, false, share);
        if (opened.error)
            return fail(opened.error);
        m_receivers.append(opened.id);
        if (share && i == 0)
            m_port = m_lab->info(opened.id)->localPort;
        if (mode == Mode::Multicast) {
            if (const LabError error = m_lab->joinGroup(opened.id, kGroup, kLoopbackInterface))
                return fail(error);
            m_members.append(opened.id);
        }
    }
    const Lab::Opened sender
        = m_lab->bindUdp(QHostAddress(QHostAddress::LocalHost), 0, mode == Mode::Broadcast);
    if (sender.error)
        return fail(sender.error);
    m_sender = sender.id;
    if (mode == Mode::Multicast)
        m_lab->setMulticastInterface(m_sender, kLoopbackInterface);
    updateItems();
    // In a list every receiver starts chosen; untick one to see it miss out. A broadcast or a
    // group has nothing to tick: who receives is up to the OS.
    if (mode == Mode::List) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
    }
    return true;
}

void FanOutPage::onOpen()
{
    openReceivers(mode(), m_count->value());
}

void FanOutPage::onSend()
{
    send(m_message->text().toUtf8());
}

void FanOutPage::send(const QByteArray &data)
{
    if (m_sender < 0)
        return;
    QList<UdpEndpoint::Destination> to;
    if (m_openMode == Mode::List) {
        for (int i = 0; i < m_list->count() && i < m_receivers.size(); ++i) {
            if (m_list->item(i)->checkState() != Qt::Checked)
                continue;
            const SocketInfo *info = m_lab->info(m_receivers[i]);
            if (info)
                to.append({info->localAddress, info->localPort});
        }
    } else {
        to.append({m_openMode == Mode::Broadcast ? kBroadcast : kGroup, m_port});
    }
    if (to.isEmpty()) {
        m_result->setText(tr("Tick at least one receiver to send to."));
        return;
    }
    const qsizetype first = m_journal->count();
    if (const LabError error = m_lab->sendDatagram(m_sender, data, to)) {
        m_result->setText(tr("The OS refused to send: %1").arg(ErrorText::full(error)));
        return;
    }
    const qsizetype last = m_journal->count();
    m_result->setText(tr("Sent. Waiting to see who receives it..."));
    QTimer::singleShot(kSettleMs, this, [this, first, last] { showDelivery(first, last); });
}

void FanOutPage::showDelivery(qsizetype firstEvent, qsizetype lastEvent)
{
    QSet<qint32> received;
    for (qsizetype i = firstEvent; i < lastEvent && i < m_journal->count(); ++i) {
        const Event &e = m_journal->at(i);
        if (e.kind != EventKind::DatagramSent || e.socket != m_sender)
            continue;
        const DatagramDelivery delivery = DatagramDelivery::of(*m_journal, i, m_receivers);
        for (const qint32 id : delivery.received)
            received.insert(id);
    }
    m_lastReceived.clear();
    m_lastMissed.clear();
    for (const qint32 id : std::as_const(m_receivers))
        (received.contains(id) ? m_lastReceived : m_lastMissed).append(id);
    updateItems();
    m_result->setText(tr("%n socket(s) received it", "", int(m_lastReceived.size())) + QStringLiteral("; ")
        + tr("%n did not", "", int(m_lastMissed.size())) + QLatin1Char('.'));
    emit deliveryShown();
}

void FanOutPage::onJoinLeave(bool join)
{
    if (m_openMode != Mode::Multicast)
        return;
    for (int i = 0; i < m_list->count() && i < m_receivers.size(); ++i) {
        if (!m_list->item(i)->isSelected())
            continue;
        const qint32 id = m_receivers[i];
        if (join == m_members.contains(id))
            continue;
        const LabError error = join ? m_lab->joinGroup(id, kGroup, kLoopbackInterface)
                                    : m_lab->leaveGroup(id, kGroup, kLoopbackInterface);
        if (error) {
            m_result->setText(ErrorText::full(error));
            continue;
        }
        if (join)
            m_members.append(id);
        else
            m_members.removeOne(id);
    }
    updateItems();
}

void FanOutPage::updateItems()
{
    const bool checkable = m_openMode == Mode::List;
    while (m_list->count() > m_receivers.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < m_receivers.size()) {
        auto *item = new QListWidgetItem(m_list);
        if (checkable)
            item->setCheckState(Qt::Checked);
    }
    for (int i = 0; i < m_receivers.size(); ++i) {
        const qint32 id = m_receivers[i];
        QListWidgetItem *item = m_list->item(i);
        if (!checkable)
            item->setData(Qt::CheckStateRole, QVariant());
        const SocketInfo *info = m_lab->info(id);
        QString text = tr("Receiver #%1 on %2")
                           .arg(id)
                           .arg(info ? formatEndpoint(info->localAddress, info->localPort) : QString());
        if (m_openMode == Mode::Multicast)
            text += m_members.contains(id) ? tr(" (in the group)") : tr(" (left the group)");
        if (m_lastReceived.contains(id)) {
            text += QStringLiteral("  \u2714 ") + tr("received it");
            item->setForeground(Theme::color(Theme::Role::Success, m_list->palette()));
        } else if (m_lastMissed.contains(id)) {
            text += QStringLiteral("  \u2718 ") + tr("did not receive it");
            item->setForeground(Theme::color(Theme::Role::Error, m_list->palette()));
        } else {
            item->setData(Qt::ForegroundRole, QVariant());
        }
        item->setText(text);
    }
    m_send->setEnabled(m_sender >= 0);
    m_join->setEnabled(m_openMode == Mode::Multicast && m_sender >= 0);
    m_leave->setEnabled(m_openMode == Mode::Multicast && m_sender >= 0);
    updateDiagram();
}

void FanOutPage::updateDiagram()
{
    const bool open = m_sender >= 0;
    const Mode shown = open ? m_openMode : mode();
    const SocketInfo *sender = open ? m_lab->info(m_sender) : nullptr;
    QList<ExperimentDiagram::Box> boxes;
    QList<ExperimentDiagram::Arrow> arrows;
    boxes.append({QStringLiteral("sender"), tr("sender"),
        sender ? formatEndpoint(sender->localAddress, sender->localPort) : QStringLiteral("127.0.0.1:?"), 0,
        sender && sender->isOpen(), false});
    // Before anything is open: as many receivers as will be opened, where they will be.
    const int count = open ? int(m_receivers.size()) : m_count->value();
    const QString planned = shown == Mode::List ? QStringLiteral("127.0.0.1:?")
        : shown == Mode::Broadcast              ? kBroadcast.toString() + QStringLiteral(":?")
                                                : kGroup.toString() + QStringLiteral(":?");
    for (int i = 0; i < count; ++i) {
        const qint32 id = open ? m_receivers[i] : -1;
        const SocketInfo *info = open ? m_lab->info(id) : nullptr;
        const QString key = QStringLiteral("receiver%1").arg(i);
        boxes.append({key, open ? tr("receiver #%1").arg(id) : tr("receiver"),
            info ? formatEndpoint(info->localAddress, info->localPort) : planned, 1, info && info->isOpen(),
            false});
        const auto got = m_got.value(id);
        arrows.append({QStringLiteral("sender"), key, got.second, got.first});
    }
    m_diagram->setBoxes(boxes);
    m_diagram->setArrows(arrows);
}

void FanOutPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FanOutPage::retranslate()
{
    m_mode->setItemText(0, tr("A list of receivers"));
    m_mode->setItemText(1, tr("Broadcast (everyone on the port)"));
    m_mode->setItemText(2, tr("Multicast group 239.255.42.99"));
    switch (mode()) {
    case Mode::List:
        m_intro->setText(tr("UDP needs no connection, so one program can send the same datagram to "
                            "several sockets: one send per receiver. Untick a receiver and it misses out."));
        break;
    case Mode::Broadcast:
        m_intro->setText(tr("A broadcast goes to every socket on the port of a whole network; here the "
                            "network is this machine's loopback (127.255.255.255). The sender must ask the "
                            "OS for permission to broadcast first."));
        break;
    case Mode::Multicast:
        m_intro->setText(tr("A multicast datagram goes to the sockets that joined the group, and only "
                            "to them. Select receivers and let them leave or join, then send again."));
        break;
    }
    m_count->setToolTip(tr("How many receivers to open"));
    m_open->setText(tr("&Open receivers"));
    m_join->setText(tr("&Join group"));
    m_leave->setText(tr("Leave &group"));
    m_send->setText(tr("&Send one datagram"));
    m_message->setPlaceholderText(tr("What to send"));
    updateItems();
}

} // namespace SocketScope
