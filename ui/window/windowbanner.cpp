#include "windowbanner.h"

#include "capture/capturehelperclient.h"
#include "capture/hostcapture.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "models/labels.h"
#include "network/virtualnetwork.h"
#include "resourcewarning.h"
#include "session/session.h"
#include "theme.h"

#include <QtCore/QEvent>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

WindowBanner::WindowBanner(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_journal(session->journal())
    , m_lab(session->lab())
    , m_capture(session->capture())
    , m_network(session->network())
    , m_pastRow(new QWidget(this))
    , m_pastLine(new QLabel(m_pastRow))
    , m_live(new QPushButton(m_pastRow))
    , m_lines(new QLabel(this))
{
    setObjectName(QStringLiteral("banner"));
    hide();
    // The past: one line, and the way back to the present right beside it.
    m_pastLine->setObjectName(QStringLiteral("bannerPast"));
    m_pastLine->setWordWrap(true); // only when large type leaves no room for one line
    m_pastLine->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_live->setObjectName(QStringLiteral("bannerLive"));
    auto *row = new QHBoxLayout(m_pastRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_pastLine, 1);
    row->addWidget(m_live, 0, Qt::AlignVCenter);
    m_pastRow->hide();
    connect(m_live, &QPushButton::clicked, this, &WindowBanner::liveRequested);
    // What must not be missed, one sentence a line.
    m_lines->setObjectName(QStringLiteral("bannerLines"));
    m_lines->setWordWrap(true);
    m_lines->setMargin(6);
    m_lines->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_pastRow);
    layout->addWidget(m_lines);
    if (m_lab) {
        // The banner looks at every socket, so it follows changes a few times a second,
        // never once per change: under load that would be quadratic.
        m_soon.setSingleShot(true);
        m_soon.setInterval(200);
        connect(&m_soon, &QTimer::timeout, this, &WindowBanner::refresh);
        const auto soon = [this] {
            if (!m_soon.isActive())
                m_soon.start();
        };
        connect(m_lab, &Lab::socketChanged, this, soon);
        connect(m_lab, &Lab::socketRemoved, this, soon);
        connect(m_lab, &Lab::descriptorShortageChanged, this, &WindowBanner::refresh);
    }
    if (m_capture) {
        // So the setcap command can be copied from the banner.
        m_lines->setTextInteractionFlags(Qt::TextSelectableByMouse);
        connect(m_capture, &HostCapture::enabledChanged, this, &WindowBanner::refresh);
        connect(m_capture->client(), &CaptureHelperClient::stateChanged, this, &WindowBanner::refresh);
        connect(m_capture->client(), &CaptureHelperClient::refusalsChanged, this, &WindowBanner::refresh);
    }
    if (m_network)
        connect(m_network, &VirtualNetwork::changed, this, &WindowBanner::refresh);
}

void WindowBanner::setReplaySource(const QString &path, const QStringList &problems, qint64 damagedLines)
{
    m_replayPath = path;
    m_replayProblems = problems;
    m_replayDamagedLines = damagedLines;
    refresh();
}

void WindowBanner::setPastInstant(const PastInstant &instant)
{
    if (instant == m_past)
        return;
    m_past = instant;
    refresh();
}

QString WindowBanner::text() const
{
    QStringList lines;
    if (showsPast())
        lines << m_pastLine->text();
    if (!m_lines->text().isEmpty())
        lines << m_lines->text();
    return lines.join(QLatin1Char('\n'));
}

QString WindowBanner::pastText() const
{
    if (!showsPast())
        return {};
    const QLocale locale;
    const QString step = locale.toString(m_past.step);
    const QString steps = locale.toString(m_past.steps);
    const QString event = locale.toString(m_past.events);
    const QString events = locale.toString(m_past.eventCount);
    if (m_past.step == 0)
        return tr("Showing the start, before the first step: step %1 of %2, event %3 of %4",
            "the playhead is in the past; %1 of %2 timeline steps, %3 of %4 events of the event log")
            .arg(step, steps, event, events);
    return tr("Showing %1: step %2 of %3, event %4 of %5",
        "the playhead is in the past; %1 a time, %2 of %3 timeline steps, %4 of %5 events of the event log")
        .arg(Labels::time(m_past.ns), step, steps, event, events);
}

void WindowBanner::setScale(qreal scale)
{
    QFont font = window()->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    setFont(font);
    // A label with a style sheet keeps its own font: each is told.
    m_pastLine->setFont(font);
    m_lines->setFont(font);
}

void WindowBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    // A theme chosen (or presentation mode) restyles the label before the application's new
    // palette is in place, so the theme's colours are read once the change is done.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        QTimer::singleShot(0, this, &WindowBanner::applyStyle);
    QWidget::changeEvent(event);
}

void WindowBanner::applyStyle()
{
    // The past is no warning: it is shown in the colour of what the user picked.
    const QString past = Theme::bannerStyle(Theme::Role::Selection);
    QString style = Theme::bannerStyle(m_exposed ? Theme::Role::Exposed : Theme::Role::Warning);
    if (m_exposed)
        style += QStringLiteral(" font-weight: bold;"); // the one line nobody may overlook
    // A new style sheet re-polishes the label: set only when it differs.
    if (past != m_pastLine->styleSheet())
        m_pastLine->setStyleSheet(past);
    if (style != m_lines->styleSheet())
        m_lines->setStyleSheet(style);
}

QStringList WindowBanner::captureLines() const
{
    QStringList lines;
    if (!m_capture || !m_capture->isEnabled())
        return lines;
    const CaptureHelperClient *client = m_capture->client();
    switch (client->state()) {
    case CaptureHelperClient::State::PermissionDenied:
        lines << tr("Packet capture is off: the capture helper may not capture packets on this computer "
                    "(the system said: %1). The timeline shows the packets the protocol implies instead.")
                     .arg(client->detail());
        lines << tr("To allow it, an administrator runs:\n    %1")
                     .arg(CaptureHelperClient::grantCommand(client->helperPath()));
        lines << tr(
            "To let only some users capture, put them in a group and close the helper to others:\n    %1")
                     .arg(CaptureHelperClient::restrictCommands(client->helperPath()));
        break;
    case CaptureHelperClient::State::Unavailable:
        lines << tr("Packet capture is off: the capture helper program (socketscope-capture) is not "
                    "installed. The timeline shows the packets the protocol implies instead.");
        break;
    case CaptureHelperClient::State::Failed:
        lines << tr("Packet capture stopped: %1").arg(client->detail());
        break;
    case CaptureHelperClient::State::Capturing:
        if (!client->message().isEmpty())
            lines << client->message(); // what the helper left out, and why
        break;
    default:
        break;
    }
    return lines;
}

QStringList WindowBanner::exposedSockets() const
{
    QStringList exposed;
    if (!m_lab)
        return exposed;
    // Only listeners and datagram sockets can be open to others; connections are left out.
    for (const qint32 id : m_lab->waitingSocketIds()) {
        const SocketInfo *info = m_lab->info(id);
        // A socket in the virtual lab network is out of reach of other computers. So is one
        // bound to a multicast group: the lab turns IP_MULTICAST_ALL off, so it hears only
        // the groups it joined itself, and the experiments join on loopback.
        if (info && info->isOpen() && info->host.isEmpty()
            && (info->role == SocketRole::Listener || info->role == SocketRole::Udp)
            && !info->localAddress.isLoopback() && !info->localAddress.isMulticast())
            exposed << QStringLiteral("#%1 (%2)")
                           .arg(id)
                           .arg(formatEndpoint(info->localAddress, info->localPort));
    }
    return exposed;
}

void WindowBanner::refresh()
{
    m_pastLine->setText(pastText());
    m_pastLine->setToolTip(
        tr("Every view shows this instant of the past. Steps are counted as on the timeline's bar "
           "(calls, packets and state changes drawn there); events are the rows of the event log, "
           "which selects the last one shown."));
    m_live->setText(tr("Live", "button: back to the present"));
    m_live->setToolTip(tr("Show the present again in every view (End on the timeline)"));
    m_pastRow->setVisible(showsPast());
    QStringList lines;
    lines << captureLines();
    if (!m_replayPath.isEmpty()) {
        lines << tr("Replaying %1: %n event(s). Nothing here is live.", "", int(m_journal->count()))
                     .arg(QFileInfo(m_replayPath).fileName());
        if (m_replayDamagedLines > 0)
            lines << tr(
                "%n damaged line(s) were skipped: %1", "", int(qMin<qint64>(m_replayDamagedLines, INT_MAX)))
                         .arg(m_replayProblems.mid(0, 3).join(QStringLiteral("; ")));
    }
    if (m_network && !m_network->isActive() && !m_network->problem().isEmpty())
        lines << m_network->problem();
    if (const QString shortage = ResourceWarning::bannerText(m_lab); !shortage.isEmpty())
        lines << shortage;
    const QStringList exposed = exposedSockets();
    if (!exposed.isEmpty())
        lines << tr("Open to the network: %1 listen beyond this machine, so other computers can reach them.")
                     .arg(exposed.join(QStringLiteral(", ")));
    m_lines->setText(lines.join(QLatin1Char('\n')));
    m_lines->setVisible(!lines.isEmpty());
    setVisible(showsPast() || !lines.isEmpty());
    m_exposed = !exposed.isEmpty();
    applyStyle();
}

} // namespace SocketScope
