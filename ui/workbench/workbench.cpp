#include "workbench.h"

#include "lab/endpoint.h"
#include "lab/lab.h"
#include "models/labels.h"
#include "socketoptionspanel.h"
#include "window/appsettings.h"
#include "window/errortext.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtGui/QFontDatabase>
#include <QtNetwork/QHostInfo>
#include <QtNetwork/QNetworkInterface>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

QComboBox *addressField(QWidget *parent, const QStringList &choices)
{
    auto *field = new QComboBox(parent);
    field->setEditable(true);
    field->addItems(choices);
    field->setInsertPolicy(QComboBox::NoInsert);
    // As wide as an IPv4 address, not as its longest choice: the workbench shares a small screen.
    field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    field->setMinimumContentsLength(9);
    // In the tables' monospace: in a Korean interface font the dots of 127.0.0.1 sit low and
    // wide, and the address reads as "127,0,0,1".
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(field->font().pointSizeF());
    field->setFont(fixed);
    return field;
}

QLineEdit *portField(QWidget *parent, const QString &initial)
{
    auto *field = new QLineEdit(initial, parent);
    field->setMaxLength(12);
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12 + 16);
    return field;
}

// Socket options for a socket not opened yet, in the command line's words.
QLineEdit *optionsField(QWidget *parent, const QString &name)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setClearButtonEnabled(true);
    return field;
}

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

} // namespace

Workbench::Workbench(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
{
    const QStringList local = {QStringLiteral("127.0.0.1"), QStringLiteral("::1"),
        QStringLiteral("127.0.0.2"), QStringLiteral("0.0.0.0"), QStringLiteral("::")};

    m_serverBox = new QGroupBox(this);
    m_serverAddressLabel = new QLabel(m_serverBox);
    m_serverPortLabel = new QLabel(m_serverBox);
    m_backlogLabel = new QLabel(m_serverBox);
    m_serverAddress = addressField(m_serverBox, local);
    m_serverPort = portField(m_serverBox, QStringLiteral("8080"));
    m_backlog = new QSpinBox(m_serverBox);
    m_backlog->setRange(0, 4096);
    m_backlog->setValue(5);
    m_serverOptionsLabel = new QLabel(m_serverBox);
    m_serverOptions = optionsField(m_serverBox, QStringLiteral("serverOptions"));
    m_listen = new QPushButton(m_serverBox);
    m_exposure = new QLabel(m_serverBox);
    m_exposure->setWordWrap(true);
    Theme::followMessageStyle(m_exposure, Theme::Role::Exposed);
    // Every label beside its field, in every language: the workbench is as wide as its widest
    // row. (Rows that wrapped when narrow put some Korean labels above their fields and left
    // the rest beside theirs, which reads as a broken form.)
    auto *serverForm = new QFormLayout(m_serverBox);
    serverForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    serverForm->addRow(m_serverAddressLabel, m_serverAddress);
    serverForm->addRow(m_serverPortLabel, m_serverPort);
    serverForm->addRow(m_backlogLabel, m_backlog);
    serverForm->addRow(m_serverOptionsLabel, m_serverOptions);
    serverForm->addRow(m_exposure);
    serverForm->addRow(m_listen);

    m_clientBox = new QGroupBox(this);
    m_clientHostLabel = new QLabel(m_clientBox);
    m_clientPortLabel = new QLabel(m_clientBox);
    m_sourceLabel = new QLabel(m_clientBox);
    m_countLabel = new QLabel(m_clientBox);
    m_clientHost = addressField(m_clientBox,
        {QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("::1"),
            QStringLiteral("127.0.0.2")});
    m_clientPort = portField(m_clientBox, QStringLiteral("8080"));
    m_source = addressField(m_clientBox,
        {QString(), QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.3"), QStringLiteral("::1")});
    m_count = new QSpinBox(m_clientBox);
    m_count->setRange(1, 50);
    m_clientOptionsLabel = new QLabel(m_clientBox);
    m_clientOptions = optionsField(m_clientBox, QStringLiteral("clientOptions"));
    m_connect = new QPushButton(m_clientBox);
    auto *clientForm = new QFormLayout(m_clientBox);
    clientForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    clientForm->addRow(m_clientHostLabel, m_clientHost);
    clientForm->addRow(m_clientPortLabel, m_clientPort);
    clientForm->addRow(m_sourceLabel, m_source);
    clientForm->addRow(m_countLabel, m_count);
    clientForm->addRow(m_clientOptionsLabel, m_clientOptions);
    clientForm->addRow(m_connect);

    m_udpBox = new QGroupBox(this);
    m_udpAddressLabel = new QLabel(m_udpBox);
    m_udpPortLabel = new QLabel(m_udpBox);
    m_udpAddress = addressField(m_udpBox, local);
    m_udpPort = portField(m_udpBox, QStringLiteral("9000"));
    m_broadcast = new QCheckBox(m_udpBox);
    m_udpOptionsLabel = new QLabel(m_udpBox);
    m_udpOptions = optionsField(m_udpBox, QStringLiteral("udpOptions"));
    m_bind = new QPushButton(m_udpBox);
    auto *udpForm = new QFormLayout(m_udpBox);
    udpForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    udpForm->addRow(m_udpAddressLabel, m_udpAddress);
    udpForm->addRow(m_udpPortLabel, m_udpPort);
    udpForm->addRow(m_broadcast);
    udpForm->addRow(m_udpOptionsLabel, m_udpOptions);
    udpForm->addRow(m_bind);

    m_selectedBox = new QGroupBox(this);
    m_selectedLabel = new QLabel(m_selectedBox);
    m_selectedLabel->setWordWrap(true);
    m_payloadLabel = new QLabel(m_selectedBox);
    m_destinationsLabel = new QLabel(m_selectedBox);
    m_capLabel = new QLabel(m_selectedBox);
    m_payload = new QLineEdit(QStringLiteral("hello"), m_selectedBox);
    m_destinations = new QLineEdit(m_selectedBox);
    m_send = new QPushButton(m_selectedBox);
    m_halfClose = new QPushButton(m_selectedBox);
    m_close = new QPushButton(m_selectedBox);
    m_abort = new QPushButton(m_selectedBox);
    m_pause = new QPushButton(m_selectedBox);
    m_cap = new QSpinBox(m_selectedBox);
    m_cap->setRange(0, 10000);
    auto *selectedForm = new QFormLayout(m_selectedBox);
    selectedForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    selectedForm->addRow(m_selectedLabel);
    selectedForm->addRow(m_payloadLabel, m_payload);
    selectedForm->addRow(m_destinationsLabel, m_destinations);
    selectedForm->addRow(m_send);
    // Two rows: in one, the three buttons set the workbench's width, and beside it the tables
    // had too little room on a 1024-pixel screen ("liste…", "ESTA…").
    auto *closeRows = new QGridLayout;
    closeRows->addWidget(m_halfClose, 0, 0, 1, 2);
    closeRows->addWidget(m_close, 1, 0);
    closeRows->addWidget(m_abort, 1, 1);
    selectedForm->addRow(closeRows);
    selectedForm->addRow(m_pause);
    selectedForm->addRow(m_capLabel, m_cap);
    m_socketOptions = new SocketOptionsPanel(lab, m_selectedBox);
    selectedForm->addRow(m_socketOptions);

    // Names for tests and for lessons that point at a field.
    m_serverAddress->setObjectName(QStringLiteral("serverAddress"));
    m_serverPort->setObjectName(QStringLiteral("serverPort"));
    m_backlog->setObjectName(QStringLiteral("backlog"));
    m_listen->setObjectName(QStringLiteral("listen"));
    m_exposure->setObjectName(QStringLiteral("serverExposure"));
    m_clientHost->setObjectName(QStringLiteral("clientHost"));
    m_clientPort->setObjectName(QStringLiteral("clientPort"));
    m_source->setObjectName(QStringLiteral("clientSource"));
    m_count->setObjectName(QStringLiteral("clientCount"));
    m_connect->setObjectName(QStringLiteral("connect"));
    m_udpAddress->setObjectName(QStringLiteral("udpAddress"));
    m_udpPort->setObjectName(QStringLiteral("udpPort"));
    m_bind->setObjectName(QStringLiteral("bind"));
    m_payload->setObjectName(QStringLiteral("payload"));
    m_send->setObjectName(QStringLiteral("send"));
    m_close->setObjectName(QStringLiteral("close"));
    m_abort->setObjectName(QStringLiteral("abort"));
    m_pause->setObjectName(QStringLiteral("pause"));

    // A failure is said under the form that asked for it, where the eye already is.
    const auto addProblem = [this](QGroupBox *box, QFormLayout *form, const QString &name) {
        auto *label = new QLabel(box);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setStyleSheet(Theme::messageStyle(Theme::Role::Error));
        label->hide();
        form->addRow(label);
        m_problems.insert(box, label);
    };
    addProblem(m_serverBox, serverForm, QStringLiteral("serverProblem"));
    addProblem(m_clientBox, clientForm, QStringLiteral("clientProblem"));
    addProblem(m_udpBox, udpForm, QStringLiteral("udpProblem"));
    addProblem(m_selectedBox, selectedForm, QStringLiteral("selectedProblem"));

    // A recording has no sockets to command: rather than forms that look broken, a sentence.
    m_replayNote = new QLabel(this);
    m_replayNote->setObjectName(QStringLiteral("replayNote"));
    m_replayNote->setWordWrap(true);
    m_replayNote->setMargin(6);
    m_replayNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_replayNote);
    layout->addWidget(m_serverBox);
    layout->addWidget(m_clientBox);
    layout->addWidget(m_udpBox);
    layout->addWidget(m_selectedBox);
    layout->addStretch(1);

    connect(m_listen, &QPushButton::clicked, this, &Workbench::listen);
    connect(m_serverPort, &QLineEdit::returnPressed, this, &Workbench::listen);
    connect(m_connect, &QPushButton::clicked, this, &Workbench::connectClients);
    connect(m_clientPort, &QLineEdit::returnPressed, this, &Workbench::connectClients);
    connect(m_bind, &QPushButton::clicked, this, &Workbench::bindUdp);
    connect(m_send, &QPushButton::clicked, this, &Workbench::send);
    connect(m_payload, &QLineEdit::returnPressed, this, &Workbench::send);
    connect(m_halfClose, &QPushButton::clicked, this, [this] { act(&Lab::shutdownWrite); });
    connect(m_close, &QPushButton::clicked, this, [this] { act(&Lab::close); });
    connect(m_abort, &QPushButton::clicked, this, [this] { act(&Lab::abort); });
    connect(m_pause, &QPushButton::clicked, this, &Workbench::togglePause);
    connect(m_cap, &QSpinBox::editingFinished, this, &Workbench::applyCap);
    connect(m_socketOptions, &SocketOptionsPanel::message, this, &Workbench::message);
    connect(m_serverAddress, &QComboBox::currentTextChanged, this, &Workbench::updateAddressWarning);
    if (m_lab) {
        connect(m_lab, &Lab::socketChanged, this, [this](qint32 id) {
            if (id == m_selected)
                updateSelection();
        });
        connect(m_lab, &Lab::socketFailed, this, &Workbench::onSocketFailed);
    }
    retranslate();
}

void Workbench::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Workbench::retranslate()
{
    m_replayNote->setText(
        tr("This is a recording: it shows what happened, step by step, and makes no sockets of its own. "
           "To open sockets, start a live session (SocketScope without --replay)."));
    m_serverBox->setTitle(tr("TCP server"));
    m_serverAddressLabel->setText(tr("Address:"));
    m_serverPortLabel->setText(tr("Port:"));
    m_backlogLabel->setText(tr("Backlog:"));
    m_backlog->setToolTip(tr("How many finished connections may wait for accept() (the accept queue)."));
    m_serverPort->setToolTip(tr("0 to 65535. 0 lets the OS pick a free port."));
    m_serverAddress->setToolTip(tr("127.0.0.1 and ::1 are this machine only. 0.0.0.0 and :: mean every "
                                   "interface: other computers can connect."));
    m_listen->setText(tr("Listen"));
    const QString optionsTip = tr("Socket options set before bind(), as on the command line: nodelay, "
                                  "linger=0, rcvbuf=4096, sndbuf=4096, keepalive, keepidle=10, keepintvl=5, "
                                  "keepcnt=3, reuseaddr, reuseport, ttl=64 (separated by commas).");
    for (QLabel *label : {m_serverOptionsLabel, m_clientOptionsLabel, m_udpOptionsLabel})
        label->setText(tr("Options:"));
    for (QLineEdit *field : {m_serverOptions, m_clientOptions, m_udpOptions})
        field->setToolTip(optionsTip);
    m_serverOptions->setPlaceholderText(tr("e.g. reuseport", "socket options"));
    m_clientOptions->setPlaceholderText(tr("e.g. nodelay,linger=0", "socket options"));
    m_udpOptions->setPlaceholderText(tr("e.g. rcvbuf=4096", "socket options"));

    m_clientBox->setTitle(tr("TCP client"));
    m_clientHostLabel->setText(tr("Server:"));
    m_clientPortLabel->setText(tr("Port:"));
    m_sourceLabel->setText(tr("From address:"));
    m_source->setToolTip(tr("Optional: the local address to connect from. Empty lets the OS choose. The "
                            "local port is always picked by the OS."));
    m_countLabel->setText(tr("Clients:"));
    m_count->setToolTip(tr("How many clients to connect at once. Each gets its own port from the OS."));
    m_connect->setText(tr("Connect"));

    m_udpBox->setTitle(tr("UDP socket"));
    m_udpAddressLabel->setText(tr("Address:"));
    m_udpPortLabel->setText(tr("Port:"));
    m_broadcast->setText(tr("Allow broadcast"));
    m_bind->setText(tr("Bind"));

    m_selectedBox->setTitle(tr("Selected socket"));
    m_payloadLabel->setText(tr("Data:"));
    m_destinationsLabel->setText(tr("Send to:"));
    m_destinations->setPlaceholderText(tr("UDP only: ip:port, ip:port ..."));
    m_send->setText(tr("Send"));
    m_halfClose->setText(tr("Shut down sending"));
    m_halfClose->setToolTip(tr("Half-close: send FIN, keep receiving (shutdown of the write side)."));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close gracefully: the 4-way close with FIN and ACK."));
    m_abort->setText(tr("Reset"));
    m_abort->setToolTip(tr("Abort: close at once and send RST instead of FIN."));
    m_capLabel->setText(tr("Max. connections:"));
    m_cap->setSpecialValueText(tr("no limit"));
    m_cap->setToolTip(tr("At most this many accepted sockets open at once; further clients wait in the "
                         "kernel's accept queue."));
    updateAddressWarning();
    updateSelection();
}

void Workbench::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *box : {static_cast<QWidget *>(m_serverBox), static_cast<QWidget *>(m_clientBox),
             static_cast<QWidget *>(m_udpBox), static_cast<QWidget *>(m_selectedBox)}) {
        box->setEnabled(!readOnly);
        box->setVisible(!readOnly);
    }
    m_replayNote->setVisible(readOnly);
}

void Workbench::restoreFields(const AppSettings &settings)
{
    m_serverAddress->setCurrentText(settings.serverAddress);
    m_serverPort->setText(settings.serverPort);
    m_clientHost->setCurrentText(settings.clientHost);
    m_clientPort->setText(settings.clientPort);
    m_udpAddress->setCurrentText(settings.udpAddress);
    m_udpPort->setText(settings.udpPort);
    updateAddressWarning();
}

void Workbench::storeFields(AppSettings &settings) const
{
    // Only values that parse are remembered; a typo is not worth keeping.
    const auto keepPort = [](const QLineEdit *field, QString &into) {
        if (parsePort(field->text()))
            into = field->text().trimmed();
    };
    const auto keepAddress = [](const QComboBox *field, QString &into) {
        const QString text = field->currentText().trimmed();
        if (!text.isEmpty() && !text.contains(QLatin1Char(' ')))
            into = text;
    };
    keepAddress(m_serverAddress, settings.serverAddress);
    keepPort(m_serverPort, settings.serverPort);
    keepAddress(m_clientHost, settings.clientHost);
    keepPort(m_clientPort, settings.clientPort);
    keepAddress(m_udpAddress, settings.udpAddress);
    keepPort(m_udpPort, settings.udpPort);
}

void Workbench::setLabAddresses(const QStringList &addresses)
{
    for (QComboBox *field : {m_serverAddress, m_clientHost, m_source, m_udpAddress}) {
        // Take away the previous lab's addresses, keep what the user typed.
        for (const QString &old : std::as_const(m_labAddresses)) {
            const int at = field->findText(old);
            if (at >= 0 && field->currentIndex() != at)
                field->removeItem(at);
        }
        for (const QString &address : addresses) {
            if (field->findText(address) < 0)
                field->addItem(address);
        }
    }
    m_labAddresses = addresses;
    updateAddressWarning();
}

void Workbench::updateAddressWarning()
{
    QHostAddress address;
    const QString text = m_serverAddress->currentText().trimmed();
    const bool parsed = address.setAddress(text);
    // An address this computer does not have exposes nothing: listen() fails and says why
    // under the form. Warning that "other computers will connect" would teach the wrong thing.
    const bool ours = parsed
        && (address.isEqual(QHostAddress::AnyIPv4) || address.isEqual(QHostAddress::AnyIPv6)
            || QNetworkInterface::allAddresses().contains(address));
    const bool exposed = ours && !isLoopback(address) && !m_labAddresses.contains(text);
    m_exposure->setVisible(exposed);
    if (exposed)
        m_exposure->setText(
            tr("Not loopback: other computers on the network will be able to connect to this server."));
}

void Workbench::withAddress(QComboBox *field, const std::function<void(const QHostAddress &)> &then)
{
    const QString text = field->currentText().trimmed();
    QHostAddress address;
    if (address.setAddress(text)) {
        then(address);
        return;
    }
    if (text.isEmpty() || text.contains(QLatin1Char(' '))) {
        fail(field->parentWidget(),
            tr("\"%1\": %2").arg(text, ErrorText::full({LabError::InvalidAddress, {}})));
        return;
    }
    QHostInfo::lookupHost(text, this, [this, field, text, then](const QHostInfo &info) {
        // Prefer IPv4: loopback names resolve to both and 127.0.0.1 is what learners expect.
        QHostAddress chosen;
        for (const QHostAddress &candidate : info.addresses()) {
            if (chosen.isNull()
                || (candidate.protocol() == QAbstractSocket::IPv4Protocol
                    && chosen.protocol() != QAbstractSocket::IPv4Protocol))
                chosen = candidate;
        }
        if (chosen.isNull()) {
            fail(field->parentWidget(),
                tr("\"%1\": %2").arg(text, ErrorText::full({LabError::HostNotFound, info.errorString()})));
            return;
        }
        then(chosen);
    });
}

bool Workbench::port(QLineEdit *field, quint16 *out)
{
    const auto parsed = parsePort(field->text());
    if (!parsed) {
        fail(field->parentWidget(),
            tr("\"%1\": %2").arg(field->text(), ErrorText::full({LabError::InvalidPort, {}})));
        field->setFocus();
        field->selectAll();
        return false;
    }
    *out = *parsed;
    return true;
}

std::optional<QList<OptionRequest>> Workbench::options(QLineEdit *field, Protocol proto)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return QList<OptionRequest> {};
    QString why;
    auto parsed = OptionRules::parseList(text, proto, &why);
    if (!parsed) {
        fail(field->parentWidget(), tr("Options: %1").arg(why));
        field->setFocus();
    }
    return parsed;
}

void Workbench::fail(QWidget *box, const QString &text)
{
    showProblem(box, text);
    emit message(text, true);
}

void Workbench::showProblem(QWidget *box, const QString &text)
{
    QLabel *label = m_problems.value(box);
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void Workbench::report(QWidget *box, qint32 id, const LabError &error, const QString &success)
{
    if (error) {
        // The lab's socketFailed has put the sentence under the form already.
        emit message(ErrorText::full(error), true);
        return;
    }
    showProblem(box, {});
    emit message(success, false);
    emit socketOpened(id);
}

void Workbench::onSocketFailed(qint32 id, const LabError &error)
{
    const SocketInfo *info = m_lab->info(id);
    if (!info)
        return;
    // Failures to open belong under the form that opens such a socket; what goes wrong later
    // (a reset, a datagram too large) under the selected socket, when it is the one selected.
    bool opening = false;
    switch (error.kind) {
    case LabError::InvalidPort:
    case LabError::InvalidAddress:
    case LabError::AddressInUse:
    case LabError::PortProtected:
    case LabError::AddressNotAvailable:
    case LabError::ConnectionRefused:
    case LabError::TimedOut:
    case LabError::HostNotFound:
    case LabError::NetworkUnreachable:
    case LabError::TooManyOpenFiles:
    case LabError::AddressFamilyMismatch:
        opening = true;
        break;
    default:
        break;
    }
    const bool client = info->role == SocketRole::Client;
    const QString tried = client ? formatEndpoint(info->remoteAddress, info->remotePort)
                                 : formatEndpoint(info->localAddress, info->localPort);
    const QString text = tr("Socket #%1 (%2): %3").arg(id).arg(tried, ErrorText::full(error));
    if (!opening) {
        if (id == m_selected)
            showProblem(m_selectedBox, text);
        return;
    }
    QWidget *box = info->role == SocketRole::Listener ? static_cast<QWidget *>(m_serverBox)
        : info->role == SocketRole::Udp               ? static_cast<QWidget *>(m_udpBox)
        : client                                      ? static_cast<QWidget *>(m_clientBox)
                                                      : nullptr;
    if (!box)
        return;
    showProblem(box, text);
    if (m_opening)
        return;
    // Opened from elsewhere (the command line, a lesson): the form shows what was tried, so
    // changing one field and trying again is all it takes.
    const QString address = client ? info->remoteAddress.toString() : info->localAddress.toString();
    const QString port = QString::number(client ? info->remotePort : info->localPort);
    if (info->role == SocketRole::Listener) {
        m_serverAddress->setCurrentText(address);
        m_serverPort->setText(port);
    } else if (info->role == SocketRole::Udp) {
        m_udpAddress->setCurrentText(address);
        m_udpPort->setText(port);
    } else {
        m_clientHost->setCurrentText(address);
        m_clientPort->setText(port);
    }
}

void Workbench::listen()
{
    quint16 p = 0;
    if (!port(m_serverPort, &p))
        return;
    const int backlog = m_backlog->value();
    const auto chosen = options(m_serverOptions, Protocol::Tcp);
    if (!chosen)
        return;
    withAddress(m_serverAddress, [this, p, backlog, chosen = *chosen](const QHostAddress &address) {
        m_opening = true;
        const Lab::Opened opened = m_lab->listenTcp(address, p, backlog, chosen);
        m_opening = false;
        const SocketInfo *info = m_lab->info(opened.id);
        const QString where = info ? formatEndpoint(info->localAddress, info->localPort) : QString();
        QString text = tr("Socket #%1 listens on %2.").arg(opened.id).arg(where);
        if (!address.isLoopback())
            text += QLatin1Char(' ') + tr("It is reachable from other computers.");
        report(m_serverBox, opened.id, opened.error, text);
    });
}

void Workbench::connectClients()
{
    quint16 p = 0;
    if (!port(m_clientPort, &p))
        return;
    const int count = m_count->value();
    const QString sourceText = m_source->currentText().trimmed();
    QHostAddress source;
    if (!sourceText.isEmpty() && !source.setAddress(sourceText)) {
        fail(m_clientBox,
            tr("From address \"%1\": %2").arg(sourceText, ErrorText::full({LabError::InvalidAddress, {}})));
        return;
    }
    const auto chosen = options(m_clientOptions, Protocol::Tcp);
    if (!chosen)
        return;
    withAddress(m_clientHost, [this, p, count, source, chosen = *chosen](const QHostAddress &address) {
        for (int i = 0; i < count; ++i) {
            m_opening = true;
            const Lab::Opened opened = m_lab->connectTcp(address, p, source, chosen);
            m_opening = false;
            const SocketInfo *info = m_lab->info(opened.id);
            report(m_clientBox, opened.id, opened.error,
                tr("Socket #%1 connects from %2 to %3.")
                    .arg(opened.id)
                    .arg(info ? formatEndpoint(info->localAddress, info->localPort) : QString(),
                        formatEndpoint(address, p)));
            if (opened.error)
                break;
        }
    });
}

void Workbench::bindUdp()
{
    quint16 p = 0;
    if (!port(m_udpPort, &p))
        return;
    const bool broadcast = m_broadcast->isChecked();
    const auto chosen = options(m_udpOptions, Protocol::Udp);
    if (!chosen)
        return;
    withAddress(m_udpAddress, [this, p, broadcast, chosen = *chosen](const QHostAddress &address) {
        m_opening = true;
        const Lab::Opened opened = m_lab->bindUdp(address, p, broadcast, false, chosen);
        m_opening = false;
        const SocketInfo *info = m_lab->info(opened.id);
        report(m_udpBox, opened.id, opened.error,
            tr("UDP socket #%1 is bound to %2.")
                .arg(opened.id)
                .arg(info ? formatEndpoint(info->localAddress, info->localPort) : QString()));
    });
}

void Workbench::send()
{
    const SocketInfo *info = m_lab ? m_lab->info(m_selected) : nullptr;
    if (!info) {
        fail(m_selectedBox, ErrorText::full({LabError::NoSuchSocket, {}}));
        return;
    }
    const QByteArray data = m_payload->text().toUtf8();
    LabError error;
    if (info->proto == Protocol::Udp) {
        QList<UdpEndpoint::Destination> destinations;
        const QStringList parts = m_destinations->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            QString why;
            const auto spec = EndpointSpec::parse(QStringLiteral("udp:") + part.trimmed(), false, &why);
            QHostAddress address;
            if (!spec || !address.setAddress(spec->host)) {
                fail(m_selectedBox,
                    tr("Send to \"%1\": %2")
                        .arg(part.trimmed(),
                            why.isEmpty() ? ErrorText::full({LabError::InvalidAddress, {}}) : why));
                return;
            }
            destinations.append({address, spec->port});
        }
        if (destinations.isEmpty()) {
            fail(m_selectedBox, tr("Type where to send the datagram, for example 127.0.0.1:9000."));
            return;
        }
        error = m_lab->sendDatagram(m_selected, data, destinations);
    } else {
        error = m_lab->send(m_selected, data);
    }
    if (error) {
        fail(m_selectedBox, ErrorText::full(error));
        return;
    }
    showProblem(m_selectedBox, {});
    emit message(tr("Sent %n byte(s).", "", int(data.size())), false);
}

void Workbench::act(LabError (Lab::*action)(qint32))
{
    if (m_selected < 0)
        return;
    const LabError error = (m_lab->*action)(m_selected);
    if (error)
        fail(m_selectedBox, ErrorText::full(error));
    updateSelection();
}

void Workbench::togglePause()
{
    const SocketInfo *info = m_lab->info(m_selected);
    if (!info || info->role != SocketRole::Listener)
        return;
    const bool pause = !info->acceptingPaused;
    m_lab->setAcceptingPaused(m_selected, pause);
    emit message(pause ? tr("Listener #%1 stopped calling accept(). New clients still finish the handshake "
                            "and wait in the accept queue.")
                             .arg(m_selected)
                       : tr("Listener #%1 accepts again.").arg(m_selected),
        false);
    updateSelection();
}

void Workbench::applyCap()
{
    if (m_selected >= 0)
        m_lab->setMaxConnections(m_selected, m_cap->value());
}

void Workbench::setSelectedSocket(qint32 id)
{
    if (id != m_selected)
        showProblem(m_selectedBox, {});
    m_selected = id;
    updateSelection();
}

void Workbench::updateSelection()
{
    const SocketInfo *info = m_lab ? m_lab->info(m_selected) : nullptr;
    const bool open = info && info->isOpen();
    const bool tcpStream = open && info->proto == Protocol::Tcp && info->role != SocketRole::Listener;
    const bool udp = open && info->proto == Protocol::Udp;
    const bool listener = open && info->role == SocketRole::Listener;
    if (!info) {
        m_selectedLabel->setText(tr("Select a socket in a table to command it."));
    } else {
        m_selectedLabel->setText(tr("#%1 %2 %3 %4")
                                     .arg(info->id)
                                     .arg(Labels::protocol(info->proto), Labels::role(info->role),
                                         formatEndpoint(info->localAddress, info->localPort)));
    }
    m_payload->setEnabled(tcpStream || udp);
    m_send->setEnabled(tcpStream || udp);
    m_destinations->setVisible(udp);
    m_destinationsLabel->setVisible(udp);
    m_halfClose->setEnabled(tcpStream);
    m_close->setEnabled(open);
    m_abort->setEnabled(tcpStream);
    m_pause->setVisible(listener);
    m_cap->setVisible(listener);
    m_capLabel->setVisible(listener);
    m_socketOptions->setSocket(open ? m_selected : -1);
    if (listener) {
        m_pause->setText(info->acceptingPaused ? tr("Resume accepting") : tr("Pause accepting"));
        m_pause->setToolTip(tr("While paused the program does not call accept(); the kernel still completes "
                               "handshakes and queues them."));
        m_cap->blockSignals(true);
        m_cap->setValue(info->maxConnections);
        m_cap->blockSignals(false);
    }
}

} // namespace SocketScope
