#include "portexplorer.h"

#include "bindpanel.h"
#include "history/playhead.h"
#include "journal/journal.h"
#include "kernel/kernelview.h"
#include "models/labels.h"
#include "portmap.h"
#include "portmaplegend.h"
#include "portrangebar.h"
#include "ports/ianarange.h"
#include "ports/labports.h"
#include "ports/serviceregistry.h"
#include "portusersview.h"
#include "window/fontscale.h"

#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtCore/QtMath>
#include <QtGui/QAbstractTextDocumentLayout>
#include <QtGui/QTextDocument>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace SocketScope {

namespace {

// Zoom buttons to a row when the key stands in a column beside the map.
constexpr int kZoomPerRow = 3;

QString protocolsOf(const ServiceEntry &entry)
{
    QStringList protocols;
    if (entry.hasTcp())
        protocols << QStringLiteral("TCP");
    if (entry.hasUdp())
        protocols << QStringLiteral("UDP");
    return protocols.join(QLatin1Char('/'));
}

} // namespace

PortExplorer::PortExplorer(Journal *journal, KernelView *kernel, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_kernel(kernel)
    , m_labPorts(new LabPorts(journal, this))
    , m_registry(ServiceRegistry::shared())
    , m_settings(SystemPortSettings::read())
    , m_lookupLabel(new QLabel(this))
    , m_lookup(new QLineEdit(this))
    , m_sourceLabel(new QLabel(this))
    , m_result(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_scroll(new QScrollArea(this))
    , m_mapBox(new QGroupBox(this))
    , m_map(new PortMap(m_mapBox))
    , m_legend(new PortMapLegend(m_mapBox))
    , m_ranges(new PortRangeBar(m_mapBox))
    , m_showInUse(new QCheckBox(m_mapBox))
    , m_showLab(new QCheckBox(m_mapBox))
    , m_showOsPicked(new QCheckBox(m_mapBox))
    , m_showOsRange(new QCheckBox(m_mapBox))
    , m_zoomLabel(new QLabel(m_mapBox))
    , m_zoomAll(new QPushButton(m_mapBox))
    , m_zoomWellKnown(new QPushButton(m_mapBox))
    , m_zoomRegistered(new QPushButton(m_mapBox))
    , m_zoomDynamic(new QPushButton(m_mapBox))
    , m_zoomOsRange(new QPushButton(m_mapBox))
    , m_viewLabel(new QLabel(m_mapBox))
    , m_hoverLabel(new QLabel(m_mapBox))
    , m_key(new QWidget(m_mapBox))
    , m_zoomGrid(new QGridLayout)
    , m_overlayGrid(new QGridLayout)
    , m_bindBox(new QGroupBox(this))
    , m_bind(new BindPanel(kernel, m_labPorts, m_settings, m_bindBox))
    , m_usersBox(new QGroupBox(this))
    , m_users(new PortUsersView(m_usersBox))
{
    m_lookup->setClearButtonEnabled(true);
    m_lookupLabel->setBuddy(m_lookup);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_result->setOpenLinks(false);
    m_map->setRegistry(&m_registry);
    m_map->setSystemSettings(m_settings);

    auto *lookupRow = new QHBoxLayout;
    lookupRow->addWidget(m_lookupLabel);
    lookupRow->addWidget(m_lookup, 1);

    // The map side: the range strip across the top, the map under it, and its key (what the
    // colours mean, the switches, the zoom buttons, the hovered port) below the map or, where
    // the map's squares leave room, beside it.
    for (QCheckBox *box : switches())
        box->setChecked(true);
    for (QPushButton *button : zoomButtons())
        button->setAutoDefault(false);
    // Both lines wrap: unwrapped, a long one (the hovered port's description, the playhead's
    // note) widened the map's side until the page scrolled sideways and cut the legend.
    m_viewLabel->setWordWrap(true);
    m_hoverLabel->setWordWrap(true);
    auto *statusRow = new QVBoxLayout;
    statusRow->setSpacing(0);
    statusRow->addWidget(m_viewLabel);
    statusRow->addWidget(m_hoverLabel);
    auto *keyLayout = new QVBoxLayout(m_key);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addLayout(statusRow);
    keyLayout->addLayout(m_zoomGrid);
    keyLayout->addLayout(m_overlayGrid);
    keyLayout->addWidget(m_legend);
    keyLayout->addStretch(1);
    auto *mapLayout = new QGridLayout(m_mapBox);
    mapLayout->addWidget(m_ranges, 0, 0, 1, 2);
    placeKey(false);
    mapLayout->setRowStretch(1, 1); // side by side, as the splitter starts (see fitMapHeight)

    // The facts side.
    auto *bindLayout = new QVBoxLayout(m_bindBox);
    bindLayout->addWidget(m_bind);
    fitMinimumHeights();
    auto *usersLayout = new QVBoxLayout(m_usersBox);
    usersLayout->addWidget(m_users);
    auto *facts = new QWidget(this);
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(m_sourceLabel);
    factsLayout->addWidget(m_result);
    factsLayout->addWidget(m_bindBox);
    factsLayout->addWidget(m_usersBox, 1);

    m_splitter->addWidget(m_mapBox);
    m_splitter->addWidget(facts);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // On a projector in large type, or beside the lesson, the map and the facts may need more
    // room than there is: they scroll rather than push the window off the screen.
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_splitter);
    m_scroll->viewport()->installEventFilter(this);
    m_result->viewport()->installEventFilter(this);
    connect(m_result->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &PortExplorer::fitResultHeight);
    // The lookup field above both, so it is in view whichever way the two sides are placed.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(lookupRow);
    layout->addWidget(m_scroll, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    // What the two sides need grows and shrinks with their words (a language, a port's facts,
    // larger type): the page decides again whether they fit side by side.
    m_mapBox->installEventFilter(this);
    facts->installEventFilter(this);

    connect(m_lookup, &QLineEdit::returnPressed, this, [this] {
        lookUp(m_lookup->text());
        // One above the other, the answer to what was typed is under the map: brought into view.
        if (m_splitter->orientation() == Qt::Vertical)
            m_scroll->verticalScrollBar()->setValue(m_splitter->widget(1)->y());
    });
    connect(m_result, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1StringView("port"))
            showPort(url.path().toInt());
    });
    connect(m_map, &PortMap::portClicked, this, [this](quint16 port) {
        m_lookup->setText(QString::number(port));
        lookUp(m_lookup->text());
    });
    connect(m_map, &PortMap::hovered, this, &PortExplorer::onHovered);
    connect(m_map, &PortMap::viewChanged, this, &PortExplorer::onViewChanged);
    // Zoomed in, the cells are whole pixels and the map needs another width beside its key.
    connect(m_map, &PortMap::viewChanged, this, &PortExplorer::fitMapHeight, Qt::QueuedConnection);
    const auto overlayToggle = [this](QCheckBox *box, PortMap::Overlay overlay) {
        connect(
            box, &QCheckBox::toggled, m_map, [this, overlay](bool on) { m_map->setOverlay(overlay, on); });
    };
    overlayToggle(m_showInUse, PortMap::InUseNow);
    overlayToggle(m_showLab, PortMap::LabSockets);
    overlayToggle(m_showOsPicked, PortMap::OsPickedPorts);
    overlayToggle(m_showOsRange, PortMap::OsEphemeralRange);
    connect(m_zoomAll, &QPushButton::clicked, m_map, &PortMap::showAll);
    connect(m_ranges, &PortRangeBar::rangeClicked, m_map, [this](int kind) {
        m_map->setView(IanaRange::first(IanaRange::Kind(kind)), IanaRange::last(IanaRange::Kind(kind)));
    });
    connect(m_zoomWellKnown, &QPushButton::clicked, m_map, [this] {
        m_map->setView(IanaRange::first(IanaRange::WellKnown), IanaRange::last(IanaRange::WellKnown));
    });
    connect(m_zoomRegistered, &QPushButton::clicked, m_map, [this] {
        m_map->setView(IanaRange::first(IanaRange::Registered), IanaRange::last(IanaRange::Registered));
    });
    connect(m_zoomDynamic, &QPushButton::clicked, m_map, [this] {
        m_map->setView(IanaRange::first(IanaRange::Dynamic), IanaRange::last(IanaRange::Dynamic));
    });
    connect(m_zoomOsRange, &QPushButton::clicked, m_map,
        [this] { m_map->setView(m_settings.ephemeralFirst, m_settings.ephemeralLast); });
    connect(m_bind, &BindPanel::probed, this, [this] { refreshUsers(true); });
    connect(m_users, &PortUsersView::labSocketPicked, this, &PortExplorer::socketSelected);
    connect(m_labPorts, &LabPorts::changed, this, &PortExplorer::onLabChanged);
    m_labTimer.setSingleShot(true);
    m_labTimer.setInterval(150);
    connect(&m_labTimer, &QTimer::timeout, this, &PortExplorer::updateLabMarks);
    m_kernelTimer.setSingleShot(true);
    m_kernelTimer.setInterval(250);
    connect(&m_kernelTimer, &QTimer::timeout, this, &PortExplorer::applyKernelSockets);
    if (m_kernel) {
        connect(m_kernel, &KernelView::polled, this, &PortExplorer::onKernelPolled);
    } else {
        m_showInUse->setChecked(false);
        m_showInUse->setEnabled(false);
    }

    retranslate();
    onViewChanged(m_map->viewFirst(), m_map->viewLast());
    updateLabMarks();
    applyKernelSockets();
}

PortExplorer::~PortExplorer() = default;

void PortExplorer::lookUp(const QString &query)
{
    m_query = query;
    m_parsed = PortQuery::parse(query, m_registry);
    if (m_lookup->text() != query)
        m_lookup->setText(query);
    if (m_parsed.isValid() && !m_parsed.ports.isEmpty()) {
        const quint16 port = m_parsed.ports.first();
        m_port = port;
        m_map->selectPort(port);
        m_bind->setPort(port);
        if (m_parsed.proto != Protocol::None)
            m_bind->setProtocol(m_parsed.proto);
        refreshUsers(true);
    }
    renderResult();
}

void PortExplorer::showPort(int port)
{
    if (port < 0 || port > 65535)
        return;
    lookUp(QString::number(port));
}

void PortExplorer::selectSocket(qint32 id)
{
    const LabPorts::Socket *socket = m_labPorts->find(id);
    if (!socket || socket->localPort == 0)
        return;
    if (m_port != socket->localPort)
        showPort(socket->localPort);
    m_users->selectLabSocket(id);
}

QString PortExplorer::portFacts(quint16 port) const
{
    const IanaRange::Kind range = IanaRange::of(port);
    QString html = QStringLiteral("<h2>") + tr("Port %1").arg(port) + QStringLiteral("</h2>");
    html += QStringLiteral("<p><b>")
        + tr("%1 range (%2-%3).")
              .arg(IanaRange::name(range))
              .arg(IanaRange::first(range))
              .arg(IanaRange::last(range))
        + QStringLiteral("</b> ") + IanaRange::explanation(range).toHtmlEscaped() + QStringLiteral("</p>");

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (Protocol proto : {Protocol::Tcp, Protocol::Udp}) {
        QStringList names;
        for (qint32 index : m_registry.lookup(port, proto)) {
            const ServiceEntry &entry = m_registry.at(index);
            QString name = QStringLiteral("<b>%1</b>").arg(entry.name.toHtmlEscaped());
            if (!entry.description.isEmpty())
                name += QStringLiteral(" \u2014 ") + entry.description.toHtmlEscaped();
            names << name;
        }
        html
            += QStringLiteral("<tr><td valign=\"top\">%1</td><td>%2</td></tr>")
                   .arg(Labels::protocol(proto),
                       names.isEmpty() ? tr("no service name assigned") : names.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p>")
        + (m_settings.isEphemeral(port)
                ? tr("On this machine the OS picks client ports from %1-%2 (IANA's dynamic range is "
                     "49152-65535). %3 is one of them, so a client may get it at any moment.")
                : tr("On this machine the OS picks client ports from %1-%2 (IANA's dynamic range is "
                     "49152-65535). %3 is not one of them."))
              .arg(m_settings.ephemeralFirst)
              .arg(m_settings.ephemeralLast)
              .arg(port);
    if (m_settings.isProtected(port))
        html += QLatin1Char(' ')
            + tr("Ports below %1 are protected here: only the administrator may open a server on them.")
                  .arg(m_settings.unprivilegedStart);
    html += QStringLiteral("</p>");

    if (m_kernel && m_kernel->isAvailable()) {
        const qsizetype n = qsizetype(PortUsers::find(m_kernel->sockets(), port).size());
        html += QStringLiteral("<p>")
            + (n == 0 ? tr("No socket on this machine uses it right now.")
                      : tr("In use now by %n socket(s); see \"Who uses this port\".", "", int(n)))
            + QStringLiteral("</p>");
    }
    return html;
}

void PortExplorer::renderResult()
{
    // Some dark themes keep a dark blue link colour; the text colour always reads.
    const QPalette &p = m_result->palette();
    const QColor link
        = std::abs(p.color(QPalette::Link).lightness() - p.color(QPalette::Base).lightness()) >= 90
        ? p.color(QPalette::Link)
        : p.color(QPalette::Text);
    m_result->document()->setDefaultStyleSheet(QStringLiteral("a { color: %1; }").arg(link.name()));
    if (m_query.isNull()) {
        m_result->setHtml(QStringLiteral("<p>")
            + tr("Type a port number (0-65535), a service name such as <b>ssh</b>, or a "
                 "word such as <b>mail</b>, or click a port on the map.")
            + QStringLiteral("</p>"));
        return;
    }
    if (!m_parsed.isValid()) {
        m_result->setHtml(QStringLiteral("<p><b>") + tr("Nothing to show.") + QStringLiteral("</b> ")
            + m_parsed.error.toHtmlEscaped() + QStringLiteral("</p>"));
        return;
    }
    QString html;
    if (m_parsed.kind != PortQuery::Kind::Number) {
        html += QStringLiteral("<p>")
            + (m_parsed.kind == PortQuery::Kind::Name
                    ? tr("\"%1\" is the name of %n service(s):", "", int(m_parsed.entries.size()))
                    : tr("%n service(s) mention \"%1\":", "", int(m_parsed.entries.size())))
                  .arg(m_parsed.text.toHtmlEscaped())
            + QStringLiteral("</p><ul>");
        for (qint32 index : std::as_const(m_parsed.entries)) {
            const ServiceEntry &entry = m_registry.at(index);
            html += QStringLiteral("<li><a href=\"port:%1\">%1</a> %2 <b>%3</b>%4</li>")
                        .arg(entry.port)
                        .arg(protocolsOf(entry), entry.name.toHtmlEscaped(),
                            entry.description.isEmpty()
                                ? QString()
                                : QStringLiteral(" \u2014 ") + entry.description.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    html += portFacts(m_parsed.ports.first());
    m_result->setHtml(html);
}

void PortExplorer::onKernelPolled()
{
    // Under load the list of who uses a port can hold thousands of sockets, and naming their
    // processes reads /proc: measured at a third of the GUI thread's time while this page
    // was not even shown.
    if (!isVisible()) {
        m_kernelStale = true;
        return;
    }
    if (!m_kernelTimer.isActive())
        m_kernelTimer.start();
}

void PortExplorer::followPlayhead(const Playhead *playhead)
{
    if (m_playhead)
        disconnect(m_playhead, nullptr, this, nullptr);
    m_playhead = playhead;
    if (m_playhead)
        connect(m_playhead, &Playhead::moved, this, &PortExplorer::onPlayheadMoved);
    onPlayheadMoved();
}

bool PortExplorer::showsPast() const
{
    return m_playhead && !m_playhead->isLive();
}

void PortExplorer::onPlayheadMoved()
{
    // The kernel's list is the present: it has no place on a map of the past.
    m_showInUse->setEnabled(m_kernel && !showsPast());
    updateLabMarks();
    applyKernelSockets();
    onViewChanged(m_map->viewFirst(), m_map->viewLast());
}

void PortExplorer::applyKernelSockets()
{
    m_kernelTimer.stop();
    m_kernelStale = false;
    if (!m_kernel)
        return;
    if (showsPast()) {
        m_map->setPortsInUse({});
        return;
    }
    std::vector<quint16> ports;
    ports.reserve(m_kernel->sockets().size());
    for (const KernelSocket &socket : m_kernel->sockets()) {
        // Held by a process; TIME_WAIT leftovers belong to no one and still show in the list.
        if (socket.inode != 0)
            ports.push_back(socket.localPort);
    }
    std::sort(ports.begin(), ports.end());
    m_map->setPortsInUse(std::move(ports));
    refreshUsers(false);
}

void PortExplorer::onLabChanged()
{
    if (!m_labTimer.isActive())
        m_labTimer.start();
}

void PortExplorer::updateLabMarks()
{
    if (!isVisible()) {
        m_labStale = true;
        return;
    }
    m_labStale = false;
    std::vector<quint16> lab;
    std::vector<quint16> picked;
    const auto mark = [&](quint16 port, bool osPicked) {
        lab.push_back(port);
        if (osPicked)
            picked.push_back(port);
    };
    if (showsPast() && m_journal) {
        // The sockets open at that instant, as the tables show them then.
        const SocketFold &sockets = m_playhead->past()->sockets();
        for (qsizetype i = 0; i < sockets.count(); ++i) {
            const SocketRecord &socket = sockets.at(i);
            const quint16 port = socket.local ? LabPorts::portOf(m_journal->string(socket.local)) : 0;
            if (socket.isOpen() && port != 0)
                mark(port, socket.role == SocketRole::Client);
        }
    } else {
        for (const auto &[id, socket] : m_labPorts->sockets()) {
            if (socket.open && socket.localPort != 0)
                mark(socket.localPort, socket.isOsPicked());
        }
    }
    std::sort(lab.begin(), lab.end());
    std::sort(picked.begin(), picked.end());
    m_map->setLabSocketPorts(std::move(lab));
    m_map->setOsPickedPorts(std::move(picked));
    refreshUsers(true);
}

void PortExplorer::refreshUsers(bool force)
{
    if (m_port < 0)
        return;
    if (showsPast() && m_journal) {
        // Who held the port at the playhead's instant: the lab's sockets then. The kernel's
        // list is the present's, as on the map.
        m_usersKey.clear();
        m_users->setUsersAt(m_port, m_playhead->past()->sockets(), *m_journal, m_playhead->shownCount());
        return;
    }
    const bool kernelAvailable = m_kernel && m_kernel->isAvailable();
    std::vector<PortUser> users;
    if (kernelAvailable)
        users = PortUsers::find(m_kernel->sockets(), quint16(m_port));
    // Which process holds a socket does not change, so each inode is asked about once.
    QSet<quint64> unknown;
    for (const PortUser &user : users) {
        if (user.socket.inode && !m_processes.contains(user.socket.inode))
            unknown.insert(user.socket.inode);
    }
    if (!unknown.isEmpty()) {
        const QHash<quint64, PortUsers::Process> found = PortUsers::processesOf(unknown);
        for (quint64 inode : std::as_const(unknown))
            m_processes.insert(inode, found.value(inode));
    }
    QString key = QString::number(m_port);
    for (PortUser &user : users) {
        const PortUsers::Process process = m_processes.value(user.socket.inode);
        user.pid = process.pid;
        user.process = process.name;
        // The inode too: a connection waiting in the accept queue has none until accept().
        key += QLatin1Char('|') + QString::fromLatin1(user.socket.tupleKey().toHex()) + QLatin1Char('/')
            + QString::number(int(user.socket.state)) + QLatin1Char('/') + QString::number(user.socket.inode);
    }
    // Polls come every quarter second; rebuilding the same rows would lose the selection.
    if (!force && key == m_usersKey)
        return;
    m_usersKey = key;
    m_users->setUsers(m_port, users, m_labPorts, kernelAvailable);
}

void PortExplorer::onHovered(int port)
{
    if (port < 0) {
        m_hoverLabel->clear();
        return;
    }
    // The tooltip's lines on one line, for those who do not wait for tooltips.
    m_hoverLabel->setText(
        m_map->describe(quint16(port)).replace(QLatin1Char('\n'), QStringLiteral(" \u00b7 ")));
}

void PortExplorer::onViewChanged(int first, int last)
{
    QString text = tr("Showing ports %1-%2 (%3 per row)").arg(first).arg(last).arg(m_map->columns());
    if (showsPast())
        text += QStringLiteral(" \u00b7 ") + tr("the lab's sockets at the playhead");
    m_viewLabel->setText(text);
}

void PortExplorer::retranslate()
{
    m_lookupLabel->setText(tr("Loo&k up:", "a port number or service name"));
    m_lookup->setPlaceholderText(tr("a port number, a service name or a word: 443, ssh, mail"));
    if (!m_registry.isLoaded())
        m_sourceLabel->setText(tr("No list of service names was found, so ports have no names here."));
    else if (m_registry.isIanaCopy())
        m_sourceLabel->setText(
            tr("Service names: %1 (a copy of the IANA registry, %n name(s))", "", int(m_registry.size()))
                .arg(m_registry.sourcePath()));
    else
        m_sourceLabel->setText(tr("Service names: %1 (this system's short list, %n name(s); install "
                                  "libwireshark-data for the full IANA registry)",
            "", int(m_registry.size()))
                                   .arg(m_registry.sourcePath()));
    m_mapBox->setTitle(tr("All 65,536 ports"));
    m_showInUse->setText(tr("In use on this machine now"));
    m_showInUse->setToolTip(m_kernel ? tr("Every port a socket on this machine holds: TCP listening and "
                                          "connected, UDP bound. Read from the kernel.")
                                     : tr("This system does not list its sockets."));
    m_showLab->setText(tr("The lab's own sockets"));
    m_showOsPicked->setText(tr("Ports the OS picked for lab clients"));
    m_showOsRange->setText(
        tr("The OS's ephemeral range (%1-%2)").arg(m_settings.ephemeralFirst).arg(m_settings.ephemeralLast));
    m_showOsRange->setToolTip(tr("The range this OS picks client ports from (net.ipv4.ip_local_port_range), "
                                 "hatched, against IANA's dynamic range 49152-65535, outlined."));
    m_zoomLabel->setText(tr("Zoom:"));
    m_zoomAll->setText(tr("All", "zoom: show all ports"));
    m_zoomWellKnown->setText(IanaRange::name(IanaRange::WellKnown));
    m_zoomRegistered->setText(IanaRange::name(IanaRange::Registered));
    m_zoomDynamic->setText(IanaRange::name(IanaRange::Dynamic));
    m_zoomOsRange->setText(tr("OS ephemeral", "zoom: the OS's ephemeral port range"));
    m_map->setToolTip(QString());
    m_map->setWhatsThis(tr("Click a port to look it up. Drag across ports or use the wheel to zoom in; "
                           "right-click to zoom out."));
    m_bindBox->setTitle(tr("Try to bind"));
    m_usersBox->setTitle(tr("Who uses this port"));
    onViewChanged(m_map->viewFirst(), m_map->viewLast());
    renderResult();
}

void PortExplorer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        renderResult();
    QWidget::changeEvent(event);
}

void PortExplorer::showEvent(QShowEvent *event)
{
    // A first look should not wait for the owner's first poll.
    if (m_kernel && m_kernel->isAvailable()) {
        // This page lists every port in use on the machine, not only the lab's: a list read for
        // the lab's ports only (while the page was hidden) is replaced at once.
        const bool labPortsOnly = m_kernel->polls() == 0 || m_kernel->isFiltering();
        m_kernel->wantWholeMachine(this, true);
        if (labPortsOnly)
            m_kernel->poll();
    }
    QWidget::showEvent(event);
    // Catch up with what changed while the page was hidden.
    if (m_labStale)
        updateLabMarks();
    if (m_kernelStale)
        applyKernelSockets();
}

void PortExplorer::hideEvent(QHideEvent *event)
{
    if (m_kernel)
        m_kernel->wantWholeMachine(this, false);
    QWidget::hideEvent(event);
}

void PortExplorer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitOrientation();
    // The children get their new sizes when the layout runs, after this event.
    if (!m_splitterMoved)
        QTimer::singleShot(0, this, &PortExplorer::fitSplitter);
}

bool PortExplorer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_scroll->viewport())
        fitMapHeight();
    // Narrower, the answer takes more lines.
    if (event->type() == QEvent::Resize && watched == m_result->viewport())
        QMetaObject::invokeMethod(this, &PortExplorer::fitResultHeight, Qt::QueuedConnection);
    if (event->type() == QEvent::LayoutRequest && !m_fitQueued) {
        m_fitQueued = true;
        QMetaObject::invokeMethod(this, &PortExplorer::fitOrientation, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void PortExplorer::setPresentationScale(qreal scale)
{
    FontScale::apply(this, scale);
    fitMinimumHeights();
}

void PortExplorer::fitMinimumHeights()
{
    // The users keep room for a listener and a few connections.
    m_users->setMinimumHeight(m_users->fontMetrics().height() * 7);
    fitResultHeight();
}

void PortExplorer::fitResultHeight()
{
    // As tall as its answer (range, services, whether this machine may bind it), which reads
    // whole without scrolling; no empty box below a short one. A long list of services
    // scrolls inside it beyond twenty lines.
    const QTextDocument *document = m_result->document();
    const int line = m_result->fontMetrics().lineSpacing();
    const int height
        = std::clamp(qCeil(document->size().height()), line * 2, line * 20) + 2 * m_result->frameWidth();
    if (m_result->minimumHeight() != height || m_result->maximumHeight() != height)
        m_result->setFixedHeight(height);
}

void PortExplorer::fitMapHeight()
{
    // The range strip and the map fill the page's first screen, the map no taller than that
    // (side by side with the facts, a tall list of a port's users made the page scroll and the
    // map reached below its fold); one above the other, exactly that tall, the facts below.
    // Under the range strip (the map's own place moves while its key is placed again).
    auto *grid = static_cast<QGridLayout *>(m_mapBox->layout());
    const int top = m_ranges->mapTo(m_splitter, QPoint(0, m_ranges->height())).y()
        + std::max(0, grid->verticalSpacing());
    // Never so flat that the rows of ports cannot be told apart.
    const int flattest = m_map->fontMetrics().height() * 10;
    const int most = std::max(flattest, m_scroll->viewport()->height() - top);
    const int least = m_splitter->orientation() == Qt::Vertical ? most : 0;
    if (m_map->minimumHeight() != least || m_map->maximumHeight() != most) {
        m_map->setMinimumHeight(least);
        m_map->setMaximumHeight(most);
    }
    // The map's cells are square, so a map as tall as the first screen may need only half the
    // width of a page whose facts are under it (a 1024x768 screen): its key goes into that
    // room beside it, not below the fold under an empty half.
    bool beside = false;
    int mapWidth = QWIDGETSIZE_MAX;
    if (m_splitter->orientation() == Qt::Vertical) {
        // The map may give up a little of its cells' size for the key (a fifth at most).
        const int spacing = grid->horizontalSpacing() >= 0 ? grid->horizontalSpacing() : 6;
        const QMargins margins = grid->contentsMargins();
        const int room = m_mapBox->contentsRect().width() - margins.left() - margins.right() - spacing
            - keyColumnWidth();
        const int square = m_map->widthForHeight(least);
        mapWidth = std::min(square, room);
        beside = mapWidth >= square * 4 / 5;
    }
    placeKey(beside);
    m_map->setMaximumWidth(beside ? mapWidth : QWIDGETSIZE_MAX);
    // Room the page has to spare goes below everything, not between the strip and the map.
    // Set only when it changes: setting it asks for a new layout, which brings the page back
    // here (as a loop, it kept one core busy while the Ports tab was shown).
    const int mapStretch = m_splitter->orientation() == Qt::Vertical ? 0 : 1;
    if (grid->rowStretch(1) != mapStretch) {
        grid->setRowStretch(1, mapStretch);
        grid->setRowStretch(3, 1 - mapStretch);
    }
    // Above the facts, the map's side is as tall as its words need at its width, not as the
    // sum of every wrapping line at its narrowest (which left an empty band under the key).
    const int boxHeight = m_splitter->orientation() == Qt::Vertical && grid->hasHeightForWidth()
        ? grid->totalHeightForWidth(m_mapBox->width())
        : 0;
    if (m_mapBox->minimumHeight() != boxHeight)
        m_mapBox->setMinimumHeight(boxHeight);
}

void PortExplorer::placeKey(bool beside)
{
    if (beside == m_keyBeside)
        return;
    m_keyBeside = beside;
    auto *grid = static_cast<QGridLayout *>(m_mapBox->layout());
    grid->removeWidget(m_map);
    grid->removeWidget(m_key);
    // At the top of its row: a key taller than the map leaves room under it, not above it.
    grid->addWidget(m_map, 1, 0, 1, beside ? 1 : 2, Qt::AlignTop);
    grid->addWidget(m_key, beside ? 1 : 2, beside ? 1 : 0, 1, beside ? 1 : 2);
    grid->setColumnStretch(1, beside ? 1 : 0);
    // Beside the map the legend comes first: what the colours mean, then how to change them.
    auto *keyLayout = static_cast<QVBoxLayout *>(m_key->layout());
    keyLayout->removeWidget(m_legend);
    keyLayout->insertWidget(beside ? 0 : keyLayout->count() - 1, m_legend);
    // The switches in one column beside it, two by two below it.
    const auto boxes = switches();
    for (int i = 0; i < int(boxes.size()); ++i) {
        m_overlayGrid->removeWidget(boxes[i]);
        m_overlayGrid->addWidget(boxes[i], beside ? i : i / 2, beside ? 0 : i % 2);
    }
    // The zoom buttons after their label in one row below the map; beside it, under their
    // label, three to a row.
    const auto buttons = zoomButtons();
    m_zoomGrid->removeWidget(m_zoomLabel);
    m_zoomGrid->addWidget(m_zoomLabel, 0, 0, 1, beside ? kZoomPerRow : 1);
    for (int i = 0; i < int(buttons.size()); ++i) {
        m_zoomGrid->removeWidget(buttons[i]);
        m_zoomGrid->addWidget(buttons[i], beside ? 1 + i / kZoomPerRow : 0, beside ? i % kZoomPerRow : 1 + i);
    }
    // The stretch after the last: the buttons keep their own widths.
    const int last = beside ? kZoomPerRow : int(buttons.size()) + 1;
    for (int column = 0; column <= int(buttons.size()) + 1; ++column)
        m_zoomGrid->setColumnStretch(column, column == last ? 1 : 0);
}

int PortExplorer::keyColumnWidth() const
{
    int width = 0;
    for (const QCheckBox *box : switches())
        width = std::max(width, box->sizeHint().width());
    const auto buttons = zoomButtons();
    const int count = int(buttons.size());
    const int spacing = m_zoomGrid->horizontalSpacing() >= 0 ? m_zoomGrid->horizontalSpacing() : 6;
    for (int row = 0; row < count; row += kZoomPerRow) {
        int line = 0;
        for (int i = row; i < std::min(count, row + kZoomPerRow); ++i)
            line += buttons[i]->sizeHint().width() + spacing;
        width = std::max(width, line);
    }
    // The legend and the two lines wrap; they keep room for a few words a line.
    return std::max(width, fontMetrics().averageCharWidth() * 24);
}

void PortExplorer::fitOrientation()
{
    m_fitQueued = false;
    // Side by side, the map and the facts need more width than a 1024 px window leaves beside
    // the workbench: then the facts go under the map and the page scrolls down, not sideways.
    QWidget *facts = m_splitter->widget(1);
    const int needed = m_mapBox->minimumSizeHint().width() + facts->minimumSizeHint().width()
        + m_splitter->handleWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const Qt::Orientation wanted = width() < needed ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        // The map first either way: above, the facts under it, or on the left.
        m_splitter->insertWidget(1, facts);
        // One above the other, room the map's side does not need goes to the facts below it,
        // not to an empty band under the key.
        m_splitter->setStretchFactor(0, wanted == Qt::Vertical ? 0 : 1);
        m_splitterMoved = false;
    }
    fitMapHeight();
}

void PortExplorer::fitSplitter()
{
    if (m_splitterMoved || !isVisible() || m_splitter->orientation() == Qt::Vertical)
        return;
    // The map is square, so its side needs about as much width as the map has height; the
    // rest goes to the facts, which read better wide. Until the user moves the splitter.
    const int labels = m_map->fontMetrics().horizontalAdvance(QStringLiteral("65535")) + 16;
    const int wantedMap = m_map->height() + labels;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int left = std::clamp(sizes.value(0) + wantedMap - m_map->width(), total * 2 / 5, total * 3 / 5);
    if (std::abs(left - sizes.value(0)) < 4)
        return;
    const QSignalBlocker blocker(m_splitter);
    m_splitter->setSizes({left, total - left});
}

} // namespace SocketScope
