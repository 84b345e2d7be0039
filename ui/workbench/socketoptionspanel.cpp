#include "socketoptionspanel.h"

#include "lab/lab.h"
#include "sockopts/optionrequest.h"
#include "window/errortext.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtCore/QSignalBlocker>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

constexpr SocketOption kShown[] {SocketOption::NoDelay, SocketOption::Linger, SocketOption::ReceiveBuffer,
    SocketOption::SendBuffer, SocketOption::KeepAlive, SocketOption::KeepIdle, SocketOption::KeepInterval,
    SocketOption::KeepCount, SocketOption::ReuseAddress, SocketOption::ReusePort, SocketOption::Ttl};

bool isBuffer(SocketOption option)
{
    return option == SocketOption::ReceiveBuffer || option == SocketOption::SendBuffer;
}

} // namespace

SocketOptionsPanel::SocketOptionsPanel(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_result(new QLabel(this))
{
    // Folded at first: open, its rows widen the workbench, and on a 1024-pixel screen the
    // tables and the timeline beside it need that room more than options nobody asked for yet.
    m_toggle->setCheckable(true);
    m_toggle->setChecked(false);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_body->setVisible(false);
    m_toggle->setAutoRaise(true);
    m_toggle->setObjectName(QStringLiteral("socketOptionsToggle"));
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_body->setVisible(open);
    });

    auto *grid = new QGridLayout(m_body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    int line = 0;
    for (const SocketOption option : kShown) {
        Row row;
        row.option = option;
        row.kernel = new QLabel(m_body);
        row.kernel->setObjectName(QStringLiteral("kernel_%1").arg(socketOptionName(option)));
        if (OptionRules::isSwitch(option)) {
            row.check = new QCheckBox(m_body);
            row.check->setObjectName(QStringLiteral("option_%1").arg(socketOptionName(option)));
            grid->addWidget(row.check, line, 0, 1, 2);
        } else {
            row.name = new QLabel(m_body);
            row.spin = new QSpinBox(m_body);
            row.spin->setObjectName(QStringLiteral("option_%1").arg(socketOptionName(option)));
            const OptionRules::Range range = OptionRules::range(option);
            // Linger's "off" sits just below its smallest number of seconds.
            row.spin->setRange(option == SocketOption::Linger ? -1 : int(range.min), int(range.max));
            row.spin->setKeyboardTracking(false);
            // Eight digits wide, not as wide as the largest buffer: the workbench shares a
            // 1024-pixel screen with the tables, and the kernel's value needs the room beside.
            row.spin->setMaximumWidth(row.spin->fontMetrics().horizontalAdvance(QStringLiteral("00000000"))
                + row.spin->style()->pixelMetric(QStyle::PM_SpinBoxFrameWidth) * 2 + 24);
            row.spin->setAccelerated(true);
            row.name->setBuddy(row.spin);
            grid->addWidget(row.name, line, 0);
            grid->addWidget(row.spin, line, 1);
        }
        grid->addWidget(row.kernel, line, 2);
        m_rows.push_back(row);
        ++line;
    }
    grid->setColumnStretch(2, 1);
    for (const Row &row : m_rows) {
        if (row.check) {
            connect(row.check, &QCheckBox::clicked, this, [this, row](bool on) { apply(row, on ? 1 : 0); });
        } else {
            connect(row.spin, &QSpinBox::editingFinished, this, [this, row] {
                // Only a value the person changed: leaving the field is not a request.
                const qint64 asked = row.spin->value();
                const auto before = m_lab->askedOption(m_socket, row.option);
                if (asked == before.value_or(m_lab->kernelOption(m_socket, row.option)))
                    return;
                apply(row, asked);
            });
        }
    }

    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("optionResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);
    layout->addWidget(m_result);
    retranslate();
    setSocket(-1);
}

void SocketOptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SocketOptionsPanel::optionTitle(SocketOption option) const
{
    switch (option) {
    case SocketOption::NoDelay:
        return tr("No delay (TCP_NODELAY)");
    case SocketOption::Linger:
        return tr("Linger, s:");
    case SocketOption::ReceiveBuffer:
        return tr("Receive buf.:", "SO_RCVBUF, bytes");
    case SocketOption::SendBuffer:
        return tr("Send buf.:", "SO_SNDBUF, bytes");
    case SocketOption::KeepAlive:
        return tr("Keepalive (SO_KEEPALIVE)");
    case SocketOption::KeepIdle:
        return tr("Idle, s:", "keepalive: quiet seconds before the first probe");
    case SocketOption::KeepInterval:
        return tr("Interval, s:", "keepalive: seconds between probes");
    case SocketOption::KeepCount:
        return tr("Probes:", "keepalive: how many unanswered probes");
    case SocketOption::ReuseAddress:
        return tr("Reuse address (SO_REUSEADDR)");
    case SocketOption::ReusePort:
        return tr("Reuse port (SO_REUSEPORT)");
    case SocketOption::Ttl:
        return tr("TTL (hops):");
    }
    return {};
}

QString SocketOptionsPanel::optionTip(SocketOption option) const
{
    switch (option) {
    case SocketOption::NoDelay:
        return tr("TCP_NODELAY: small writes leave at once instead of waiting to be joined into one "
                  "segment (Nagle's algorithm).");
    case SocketOption::Linger:
        return tr("SO_LINGER: how long close() waits for unsent data. 0: close() throws the data away "
                  "and sends RST instead of FIN. \"off\": the usual close.");
    case SocketOption::ReceiveBuffer:
        return tr("SO_RCVBUF in bytes: how much the kernel keeps for data not read yet; it sets the "
                  "window offered to the peer. Linux doubles the value asked for. Set it before "
                  "connecting (Options field of the form) for the handshake to use it.");
    case SocketOption::SendBuffer:
        return tr("SO_SNDBUF in bytes: how much the kernel keeps for data sent and not yet "
                  "acknowledged. Linux doubles the value asked for.");
    case SocketOption::KeepAlive:
        return tr("SO_KEEPALIVE: after a quiet time the kernel sends probes; a peer that never answers "
                  "ends the connection.");
    case SocketOption::KeepIdle:
        return tr("TCP_KEEPIDLE: seconds of quiet before the first keepalive probe.");
    case SocketOption::KeepInterval:
        return tr("TCP_KEEPINTVL: seconds between keepalive probes.");
    case SocketOption::KeepCount:
        return tr("TCP_KEEPCNT: unanswered probes before the connection is given up.");
    case SocketOption::ReuseAddress:
        return tr("SO_REUSEADDR: bind() to a port still held by old connections (TIME_WAIT). It only "
                  "counts at bind(): for a new socket, write it in the Options field of the form.");
    case SocketOption::ReusePort:
        return tr("SO_REUSEPORT: several sockets bind to one port and the kernel spreads new "
                  "connections among them. It only counts at bind(): write reuseport in the Options "
                  "field of the form, for each listener.");
    case SocketOption::Ttl:
        return tr("IP_TTL: how many routers a packet may cross before one drops it.");
    }
    return {};
}

void SocketOptionsPanel::retranslate()
{
    m_toggle->setText(tr("Socket options"));
    m_toggle->setToolTip(tr("Options of the selected socket; beside each, the value the kernel reports."));
    for (const Row &row : m_rows) {
        // Room for a seven-digit value, so the workbench's width at start (no socket yet) holds it.
        row.kernel->setMinimumWidth(
            row.kernel->fontMetrics().horizontalAdvance(tr("kernel: %1").arg(QStringLiteral("0000000"))));
        if (row.check) {
            row.check->setText(optionTitle(row.option));
            row.check->setToolTip(optionTip(row.option));
        } else {
            row.name->setText(optionTitle(row.option));
            row.spin->setToolTip(optionTip(row.option));
            if (row.option == SocketOption::Linger)
                row.spin->setSpecialValueText(tr("off", "linger"));
        }
    }
    refresh();
}

void SocketOptionsPanel::setSocket(qint32 id)
{
    if (id != m_socket)
        m_result->hide();
    m_socket = id;
    refresh();
}

QString SocketOptionsPanel::valueText(SocketOption option, qint64 value) const
{
    if (value == kOptionUnread)
        return QStringLiteral("?");
    if (OptionRules::isSwitch(option))
        return value ? tr("on", "option value") : tr("off", "option value");
    if (option == SocketOption::Linger && value < 0)
        return tr("off", "option value");
    return QString::number(value);
}

QString SocketOptionsPanel::kernelText(SocketOption option, qint64 value) const
{
    return tr("kernel: %1").arg(valueText(option, value));
}

void SocketOptionsPanel::refresh()
{
    const SocketInfo *info = m_lab ? m_lab->info(m_socket) : nullptr;
    const bool open = info && info->isOpen();
    // Shown but greyed without a socket, like the other commands of the selected socket: the
    // workbench's width (fixed when the window opens) then has room for it.
    setEnabled(open);
    if (!open) {
        for (const Row &row : m_rows)
            row.kernel->setText(tr("kernel: -"));
        return;
    }
    const bool tcp = info->proto == Protocol::Tcp;
    for (const Row &row : m_rows) {
        const bool shown = tcp || !OptionRules::isTcpOnly(row.option);
        const qint64 kernel = m_lab->kernelOption(m_socket, row.option);
        row.kernel->setVisible(shown);
        row.kernel->setText(kernelText(row.option, kernel));
        row.kernel->setToolTip(kernel == kOptionUnread ? tr("The kernel did not say.") : QString());
        // The field shows what was asked for; before any request, what the kernel has.
        const qint64 shownValue = m_lab->askedOption(m_socket, row.option).value_or(kernel);
        if (row.check) {
            row.check->setVisible(shown);
            const QSignalBlocker quiet(row.check);
            row.check->setChecked(shownValue == 1);
        } else {
            row.name->setVisible(shown);
            row.spin->setVisible(shown);
            const QSignalBlocker quiet(row.spin);
            if (shownValue != kOptionUnread)
                row.spin->setValue(
                    int(qBound(qint64(row.spin->minimum()), shownValue, qint64(row.spin->maximum()))));
        }
    }
}

void SocketOptionsPanel::apply(const Row &row, qint64 value)
{
    if (!m_lab || m_socket < 0)
        return;
    const LabError error = m_lab->setOption(m_socket, row.option, value);
    QString text;
    bool failed = false;
    if (error) {
        text = ErrorText::full(error);
        failed = true;
    } else {
        const qint64 kernel = m_lab->kernelOption(m_socket, row.option);
        const QString name = QString(socketOptionName(row.option));
        if (isBuffer(row.option) && kernel != value) {
            text = tr("Socket #%1: %2 asked %3, kernel uses %4. Linux doubles a buffer size: the extra "
                      "half is for its own bookkeeping (glossary: \"Socket buffer\").")
                       .arg(m_socket)
                       .arg(name)
                       .arg(value)
                       .arg(kernel);
        } else if (kernel != value) {
            text = tr("Socket #%1: %2 asked %3, but the kernel keeps %4.")
                       .arg(m_socket)
                       .arg(name, valueText(row.option, value), valueText(row.option, kernel));
            failed = true;
        } else {
            text = tr("Socket #%1: %2 set to %3; the kernel reports the same.")
                       .arg(m_socket)
                       .arg(name, valueText(row.option, value));
        }
        if (OptionRules::belongsBeforeBind(row.option) && !isBuffer(row.option))
            text += QLatin1Char(' ')
                + tr("It only counts at bind(): this socket is bound already; a new one takes it from the "
                     "Options field of its form.");
    }
    m_result->setText(text);
    const Theme::Role role = failed ? Theme::Role::Error : Theme::Role::Success;
    Theme::followStyleSheet(m_result, [role] { return Theme::messageStyle(role); });
    m_result->show();
    emit message(text, failed);
    refresh();
}

} // namespace SocketScope
