#include "bindpanel.h"

#include "kernel/kernelview.h"
#include "lab/endpoint.h"
#include "models/labels.h"
#include "ports/labports.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

namespace SocketScope {

BindPanel::BindPanel(
    KernelView *kernel, const LabPorts *lab, const SystemPortSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_kernel(kernel)
    , m_lab(lab)
    , m_settings(settings)
    , m_protocolLabel(new QLabel(this))
    , m_protocol(new QComboBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QComboBox(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_try(new QPushButton(this))
    , m_result(new QLabel(this))
{
    m_protocol->addItem(QStringLiteral("TCP"), int(Protocol::Tcp));
    m_protocol->addItem(QStringLiteral("UDP"), int(Protocol::Udp));
    m_address->setEditable(true);
    // Loopback aliases stand in for two addresses of one host; the wildcards mean "all".
    m_address->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2"), QStringLiteral("0.0.0.0"),
        QStringLiteral("::1"), QStringLiteral("::")});
    m_address->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_port->setRange(0, 65535);
    m_port->setValue(8080);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_protocolLabel->setBuddy(m_protocol);
    m_addressLabel->setBuddy(m_address);
    m_portLabel->setBuddy(m_port);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_protocolLabel, 0, 0);
    grid->addWidget(m_protocol, 0, 1);
    grid->addWidget(m_addressLabel, 0, 2);
    grid->addWidget(m_address, 0, 3);
    grid->addWidget(m_portLabel, 0, 4);
    grid->addWidget(m_port, 0, 5);
    grid->addWidget(m_try, 0, 6);
    grid->addWidget(m_result, 1, 0, 1, 8);
    grid->setColumnStretch(7, 1);
    grid->setRowStretch(1, 1);

    connect(m_try, &QPushButton::clicked, this, &BindPanel::tryBind);
    retranslate();
}

quint16 BindPanel::port() const
{
    return quint16(m_port->value());
}

void BindPanel::setPort(quint16 port)
{
    m_port->setValue(port);
}

void BindPanel::setProtocol(Protocol proto)
{
    m_protocol->setCurrentIndex(proto == Protocol::Udp ? 1 : 0);
}

void BindPanel::setAddress(const QString &address)
{
    m_address->setCurrentText(address);
}

QString BindPanel::resultText() const
{
    return m_result->text();
}

void BindPanel::tryBind()
{
    const QString typed = m_address->currentText().trimmed();
    const QHostAddress address(typed);
    if (address.isNull()) {
        m_last.reset();
        m_badAddress = typed;
        showResult();
        emit probed();
        return;
    }
    m_badAddress.clear();
    m_last = BindProbe::probe(Protocol(m_protocol->currentData().toInt()), address, port(), m_kernel);
    showResult();
    emit probed();
}

void BindPanel::showResult()
{
    if (!m_badAddress.isNull()) {
        m_result->setText(tr("\"%1\" is not an IP address. Try 127.0.0.1, 0.0.0.0 (every IPv4 "
                             "address of this machine) or ::1.")
                              .arg(m_badAddress.toHtmlEscaped()));
        return;
    }
    m_result->setText(m_last ? describe(*m_last, m_settings, m_lab, m_kernel && m_kernel->isAvailable())
                             : tr("Pick a protocol, an address and a port, then try: the OS "
                                  "answers as it would answer a server."));
}

QString BindPanel::outcomeText(const BindProbe::Result &result, const SystemPortSettings &settings)
{
    const QString what = QStringLiteral("%1 %2")
                             .arg(Labels::protocol(result.proto), formatEndpoint(result.address, result.port))
                             .toHtmlEscaped();
    const QString os = result.osMessage.toHtmlEscaped();
    QString text;
    switch (result.outcome) {
    case BindProbe::Free:
        if (result.port == 0) {
            text = tr("<b>Free.</b> Port 0 means \"any port\": the OS picked port %1 for this "
                      "socket, the same way it picks a client's port. The test socket was closed "
                      "again at once.")
                       .arg(result.boundPort);
        } else {
            text = tr("<b>Free.</b> bind() worked, so a server could open %1 right now. The test "
                      "socket was closed again at once.")
                       .arg(what);
            if (settings.isProtected(result.port))
                text += QLatin1Char(' ')
                    + tr("Ports below %1 are protected on this machine, but SocketScope runs "
                         "with administrator rights, so it may bind them.")
                          .arg(settings.unprivilegedStart);
        }
        break;
    case BindProbe::InUse:
        text = tr("<b>In use.</b> Another socket already holds %1, so bind() failed (the OS said: "
                  "%2).")
                   .arg(what, os);
        break;
    case BindProbe::Protected:
        text = tr("<b>Protected.</b> On this machine only the administrator may bind ports below "
                  "%1 (net.ipv4.ip_unprivileged_port_start), so bind() failed (the OS said: %2).")
                   .arg(settings.unprivilegedStart)
                   .arg(os);
        break;
    case BindProbe::AddressNotAvailable:
        text = tr("<b>Address not available.</b> %1 is not an address of this machine, so no "
                  "socket can be bound to it (the OS said: %2).")
                   .arg(displayAddress(result.address).toString().toHtmlEscaped(), os);
        break;
    case BindProbe::Other:
        text = tr("<b>bind() failed.</b> The OS said: %1.").arg(os);
        break;
    }
    return text;
}

QString BindPanel::describe(const BindProbe::Result &result, const SystemPortSettings &settings,
    const LabPorts *lab, bool kernelAvailable)
{
    QString text = outcomeText(result, settings);
    if (result.outcome != BindProbe::InUse)
        return text;

    if (!kernelAvailable)
        return text + QStringLiteral("<br>")
            + tr("This system does not list its sockets, so the holder cannot be named.");
    if (result.holders.empty())
        return text + QStringLiteral("<br>")
            + tr("The kernel's list shows no socket on it: it may have closed a moment ago.");
    text += QStringLiteral("<br>") + tr("Held by:", "followed by a list of sockets")
        + QStringLiteral("<ul style=\"margin-top:0\">");
    // A busy server has many connections on its port; the full list is in "Who uses this port".
    constexpr qsizetype kListed = 3;
    for (qsizetype i = 0; i < qsizetype(result.holders.size()) && i < kListed; ++i) {
        const PortUser &holder = result.holders[size_t(i)];
        const KernelSocket &s = holder.socket;
        QString line = QStringLiteral("%1 %2 %3")
                           .arg(Labels::protocol(s.proto), formatEndpoint(s.localAddress, s.localPort),
                               Labels::kernelState(s.state));
        if (s.remotePort)
            line += QStringLiteral(" \u2194 ") + formatEndpoint(s.remoteAddress, s.remotePort);
        if (!holder.process.isEmpty())
            line += QStringLiteral(", ") + tr("process %1 (%2)").arg(holder.process).arg(holder.pid);
        const qint32 labId = lab ? lab->idOf(s) : -1;
        if (labId >= 0)
            line += QStringLiteral(", ") + tr("lab socket #%1").arg(labId);
        text += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    }
    if (qsizetype(result.holders.size()) > kListed)
        text += QStringLiteral("<li>")
            + tr("and %n more", "", int(result.holders.size() - kListed)).toHtmlEscaped()
            + QStringLiteral("</li>");
    return text + QStringLiteral("</ul>");
}

void BindPanel::retranslate()
{
    m_protocolLabel->setText(tr("&Protocol:"));
    m_addressLabel->setText(tr("&Address:"));
    m_portLabel->setText(tr("P&ort:", "a port number field"));
    m_try->setText(tr("Try to &bind"));
    m_try->setToolTip(tr("Asks the OS for this protocol, address and port with a real bind(), "
                         "then closes the socket at once."));
    showResult();
}

void BindPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace SocketScope
