#include "topologyview.h"

#include "history/playhead.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "models/labels.h"
#include "network/virtualnetwork.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

#include <algorithm>

namespace SocketScope {

namespace {
constexpr int kMaxSocketLines = 5;

QString networkText(const LabSegment &s)
{
    const quint32 mask = s.prefix == 0 ? 0 : ~((1u << (32 - s.prefix)) - 1);
    return QStringLiteral("%1/%2")
        .arg(QHostAddress(s.routerAddress.toIPv4Address() & mask).toString())
        .arg(s.prefix);
}
} // namespace

TopologyView::TopologyView(VirtualNetwork *network, Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
    , m_lab(lab)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        // A box that gained a socket line may need more height than the view has.
        updateGeometry();
        update();
    });
    if (m_lab) {
        // Started, not restarted: under load sockets change thousands of times a second, and
        // a timer started again on each change costs a timer each time and never fires
        // while the load lasts. This way the view follows every 150 ms.
        const auto soon = [this] {
            if (!m_refresh.isActive())
                m_refresh.start();
        };
        connect(m_lab, &Lab::socketOpened, this, soon);
        connect(m_lab, &Lab::socketChanged, this, soon);
        connect(m_lab, &Lab::socketRemoved, this, soon);
    }
    if (m_network) {
        connect(m_network, &VirtualNetwork::changed, this, [this] {
            ++m_revision;
            updateGeometry();
            update();
        });
    }
}

qsizetype TopologyView::shownCount() const
{
    if (m_playhead)
        return m_playhead->shownCount();
    return m_journal ? m_journal->count() : 0;
}

const TopologyView::ShownNetwork &TopologyView::shownNetwork() const
{
    const qsizetype shown = shownCount();
    const qsizetype journalCount = m_journal ? m_journal->count() : 0;
    if (m_shown.shown == shown && m_shown.journalCount == journalCount && m_shown.revision == m_revision)
        return m_shown;
    m_shown = ShownNetwork {shown, journalCount, m_revision, {}, {}};
    if (m_journal && m_networkHistory.hasNetwork()) {
        m_shown.network = m_networkHistory.after(shown);
        if (m_shown.network.running) {
            const RecordedNetwork latest = m_networkHistory.latestRunning();
            for (const LabHost &host : latest.topology.hosts) {
                if (!m_shown.network.topology.host(host.name))
                    m_shown.later << host;
            }
        }
    } else if (m_network && m_network->network()) {
        // A journal that says nothing of the network (none followed yet): the lab's present.
        m_shown.network = RecordedNetwork::of(*m_network->network());
    }
    return m_shown;
}

const RecordedNetwork &TopologyView::networkShown() const
{
    return shownNetwork().network;
}

QList<LabHost> TopologyView::hostsDrawn() const
{
    const ShownNetwork &shown = shownNetwork();
    return shown.network.topology.hosts + shown.later;
}

QString TopologyView::absenceText() const
{
    if (networkShown().running)
        return {};
    const bool recorded = m_journal && m_networkHistory.hasNetwork();
    if (!m_network && !recorded)
        return tr("This recording has no lab network: it was made on this computer's own network, or by "
                  "a SocketScope that did not yet write the network into its recordings.");
    if (recorded && (!m_network || !m_network->isActive() || (m_playhead && !m_playhead->isLive())))
        return tr("At this instant the virtual lab network was not running.");
    return tr("The virtual lab network is not running. Choose \"Use the virtual lab network\" above to "
              "build it: a home network with two computers behind a router, and a computer on the "
              "internet.");
}

bool TopologyView::hostExisted(const QString &host) const
{
    return networkShown().topology.host(host) != nullptr;
}

QList<ForwardRule> TopologyView::rulesShown() const
{
    return networkShown().forwards;
}

const SessionFold *TopologyView::shownState() const
{
    if (m_playhead && !m_playhead->isLive())
        return m_playhead->past().get();
    if (!m_journal)
        return nullptr;
    m_live.foldTo(*m_journal, m_journal->count());
    return &m_live;
}

QStringList TopologyView::translationLines() const
{
    QStringList lines;
    const SessionFold *state = shownState();
    if (!state || !m_journal)
        return lines;
    const ConnectionFold &connections = state->connections();
    qsizetype more = 0;
    for (qsizetype row = 0; row < connections.count(); ++row) {
        const ConnectionRecord &c = connections.at(row);
        if (c.leaving || (!c.serverInside && !c.clientOutside))
            continue;
        if (lines.size() == kMaxSocketLines) {
            ++more;
            continue;
        }
        if (c.serverInside)
            lines << tr("%1 → %2 passed on to %3", "port forwarding: client, public address, inside server")
                         .arg(m_journal->string(c.client), m_journal->string(c.server),
                             m_journal->string(c.serverInside));
        else
            lines << tr("%1 → %2 goes out as %3", "masquerade: client, server, the router's public address")
                         .arg(m_journal->string(c.client), m_journal->string(c.server),
                             m_journal->string(c.clientOutside));
    }
    if (more > 0)
        lines << tr("… and %n more", "", int(more));
    return lines;
}

QSize TopologyView::minimumSizeHint() const
{
    // Room for three columns of wrapped lines; 40 lines wide asked more than a projector has
    // once presentation mode enlarged the type. As tall as the boxes need: the panel scrolls,
    // and a box cut at its bottom hid a computer's last socket.
    const int line = fontMetrics().height();
    const int width = qMax(this->width(), line * 26);
    return {line * 26, qMax(line * 12, neededHeight(width))};
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Narrower, the lines wrap more and the boxes grow.
    if (neededHeight(width()) > height())
        updateGeometry();
}

TopologyView::Columns TopologyView::columnsFor(int width) const
{
    const int line = fontMetrics().height();
    const int pad = line / 2;
    Columns columns;
    columns.gap = qMax(2 * line, width / 20);
    const int usable = width - 2 * pad - 2 * columns.gap;
    columns.side = usable * 31 / 100;
    columns.router = usable - 2 * columns.side;
    return columns;
}

int TopologyView::boxHeight(const QStringList &body, int width) const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int pad = line / 2;
    int h = pad + line + 2;
    for (const QString &text : body)
        h += fm.boundingRect(QRect(0, 0, width - 2 * pad, 100 * line), Qt::TextWordWrap, text).height();
    return h + pad / 2;
}

QStringList TopologyView::routerLines() const
{
    QStringList body;
    const RecordedNetwork &network = networkShown();
    if (!network.running)
        return body;
    const LabTopology &topology = network.topology;
    const LabSegment *lan = topology.segment(QStringLiteral("lan"));
    const LabSegment *wan = topology.segment(QStringLiteral("wan"));
    if (lan)
        body << tr("inside (lan): %1").arg(lan->routerAddress.toString());
    if (wan)
        body << tr("outside (wan): %1").arg(wan->routerAddress.toString());
    body << (network.translates
            ? tr("going out, the home network speaks as %1").arg(topology.publicAddress().toString())
            : tr("address translation is off (nft is missing)"));
    const QList<ForwardRule> rules = rulesShown();
    if (rules.isEmpty())
        body << tr("no port forwarding");
    for (const ForwardRule &r : rules)
        body << tr("forwards %1 → %2")
                    .arg(formatEndpoint(r.listenAddress, r.listenPort),
                        formatEndpoint(r.targetAddress, r.targetPort));
    // What the router rewrites, connection by connection, at this instant.
    const QStringList translations = translationLines();
    if (network.translates)
        body << (translations.isEmpty() ? QStringList {tr("translating no connection")}
                                        : QStringList {tr("translating:")} + translations);
    // Faults on the router's side of a network, where the cables of that side meet it.
    const QMap<QString, LinkFault> &faults = network.faults;
    for (const LabSegment &s : topology.segments) {
        if (faults.contains(s.name))
            body << tr("⚠ %1 side: %2", "a fault on the router's side of a network")
                        .arg(s.name, faults.value(s.name).describe());
    }
    body << socketLines(LabTopology::kRouter);
    return body;
}

QStringList TopologyView::hostLines(const QString &host) const
{
    const QList<LabHost> hosts = hostsDrawn();
    const auto labHost
        = std::find_if(hosts.begin(), hosts.end(), [&](const LabHost &h) { return h.name == host; });
    QStringList body {labHost != hosts.end() ? labHost->address.toString() : QString()};
    if (!hostExisted(host))
        return body << tr("not added yet at this instant");
    const QMap<QString, LinkFault> &faults = networkShown().faults;
    if (faults.contains(host))
        body << tr("⚠ cable: %1", "a fault on this computer's cable").arg(faults.value(host).describe());
    const QStringList sockets = socketLines(host);
    body << (sockets.isEmpty() ? QStringList {tr("no sockets yet")} : sockets);
    return body;
}

int TopologyView::neededHeight(int width) const
{
    if (!networkShown().running)
        return 0;
    const int line = fontMetrics().height();
    const int pad = line / 2;
    const Columns columns = columnsFor(width);
    // Below the two heading lines: the router's box, or each side's boxes one under another.
    int tallest = boxHeight(routerLines(), columns.router);
    const QList<LabHost> hosts = hostsDrawn();
    for (const char *segment : {"lan", "wan"}) {
        int column = 0;
        for (const LabHost &h : hosts) {
            if (h.segment == QLatin1StringView(segment))
                column += boxHeight(hostLines(h.name), columns.side) + pad;
        }
        tallest = qMax(tallest, column);
    }
    return pad + 2 * line + pad + tallest + pad;
}

void TopologyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void TopologyView::followPlayhead(const Playhead *playhead, const Journal *journal)
{
    if (m_playhead)
        disconnect(m_playhead, nullptr, this, nullptr);
    m_playhead = playhead;
    if (journal != m_journal) {
        m_journal = journal;
        m_live = SessionFold();
        m_networkHistory.setJournal(journal);
        ++m_revision;
    }
    if (m_playhead)
        connect(m_playhead, &Playhead::moved, this, [this] {
            // The greyed computers and the rules change the boxes' heights.
            updateGeometry();
            update();
        });
    update();
}

QStringList TopologyView::socketLines(const QString &host) const
{
    // One open socket, whether the lab has it now or the journal had it at the playhead.
    struct Open
    {
        qint32 id;
        Protocol proto;
        SocketRole role;
        QString local;
        QString remote; // empty: none
    };
    std::vector<Open> open;
    // A replay has no lab: its present is the journal's end too.
    if (m_journal && ((m_playhead && !m_playhead->isLive()) || !m_lab)) {
        const SocketFold &sockets = shownState()->sockets();
        for (qsizetype i = 0; i < sockets.count(); ++i) {
            const SocketRecord &r = sockets.at(i);
            if (r.isOpen() && r.host && m_journal->string(r.host) == host)
                open.push_back({r.id, r.proto, r.role, m_journal->string(r.local),
                    r.remote ? m_journal->string(r.remote) : QString()});
        }
    } else if (m_lab) {
        for (const qint32 id : m_lab->socketIds()) {
            const SocketInfo *info = m_lab->info(id);
            if (info && info->host == host && info->isOpen())
                open.push_back({id, info->proto, info->role,
                    formatEndpoint(info->localAddress, info->localPort),
                    info->remotePort ? formatEndpoint(info->remoteAddress, info->remotePort) : QString()});
        }
    }
    QStringList lines;
    // The computer's own address heads its box; a socket on it shows just its port.
    const QList<LabHost> hosts = hostsDrawn();
    const auto labHost
        = std::find_if(hosts.begin(), hosts.end(), [&](const LabHost &h) { return h.name == host; });
    const QString own = labHost != hosts.end() ? labHost->address.toString() + QLatin1Char(':') : QString();
    for (const Open &socket : open) {
        if (lines.size() == kMaxSocketLines)
            break;
        const QString proto = socket.proto == Protocol::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
        const QString local = !own.isEmpty() && socket.local.startsWith(own)
            ? socket.local.mid(own.size() - 1)
            : socket.local;
        if (socket.role == SocketRole::Listener)
            lines << tr("#%1 %2 %3 listening").arg(socket.id).arg(proto, local);
        else if (!socket.remote.isEmpty())
            lines << tr("#%1 %2 %3 ↔ %4").arg(socket.id).arg(proto, local, socket.remote);
        else
            lines << tr("#%1 %2 %3").arg(socket.id).arg(proto, local);
    }
    if (const qsizetype more = qsizetype(open.size()) - kMaxSocketLines; more > 0)
        lines << tr("… and %n more", "", int(more));
    return lines;
}

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int pad = line / 2;

    const RecordedNetwork &network = networkShown();
    if (!network.running) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(pad, pad, -pad, -pad), Qt::AlignCenter | Qt::TextWordWrap, absenceText());
        return;
    }
    const LabTopology &topology = network.topology;
    const QList<LabHost> allHosts = hostsDrawn();

    // Three columns: LAN hosts, the router, the public side, with room between them for the
    // cables to show.
    const Columns columns = columnsFor(width());
    const int gap = columns.gap;
    const int sideWidth = columns.side;
    const QRect lanArea(pad, pad, sideWidth, height() - 2 * pad);
    const QRect routerArea(lanArea.right() + gap, pad, columns.router, height() - 2 * pad);
    const QRect wanArea(routerArea.right() + gap, pad, sideWidth, height() - 2 * pad);

    QFont bold = font();
    bold.setBold(true);
    const QColor lanColor = Theme::color(Theme::Role::HomeNetwork, pal);
    const QColor wanColor = Theme::color(Theme::Role::Internet, pal);
    const QColor routerColor = Theme::color(Theme::Role::Router, pal);

    // Lines wrap inside their box (large type in presentation mode makes them long).
    const auto textHeight = [&](const QString &text, int width) {
        return fm.boundingRect(QRect(0, 0, width, 100 * line), Qt::TextWordWrap, text).height();
    };
    const auto boxHeightFor = [&](const QStringList &body, int width) { return boxHeight(body, width); };
    const auto drawBox = [&](const QRect &box, const QColor &accent, const QString &title,
                             const QStringList &body, bool absent = false) {
        // A computer not there yet at the playhead: a dashed outline in grey.
        p.setPen(QPen(absent ? pal.color(QPalette::PlaceholderText) : accent, qMax(2, line / 8),
            absent ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(absent ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(box, line / 3.0, line / 3.0);
        p.setFont(bold);
        p.setPen(pal.color(absent ? QPalette::PlaceholderText : QPalette::Text));
        p.drawText(box.adjusted(pad, pad / 2, -pad, 0), Qt::AlignTop | Qt::AlignLeft, title);
        p.setFont(font());
        p.setClipRect(box);
        int y = box.top() + pad / 2 + line + 2;
        for (const QString &text : body) {
            const int h = textHeight(text, box.width() - 2 * pad);
            p.drawText(
                QRect(box.left() + pad, y, box.width() - 2 * pad, h), Qt::AlignLeft | Qt::TextWordWrap, text);
            y += h;
        }
        p.setClipping(false);
    };

    // Column headings.
    const QFontMetrics boldMetrics(bold);
    // Two lines each: what the network is, then its addresses.
    const auto heading = [&](const QRect &area, const QColor &accent, const QString &text,
                             const QString &addresses) {
        p.setFont(bold);
        p.setPen(accent);
        p.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignHCenter | Qt::AlignVCenter,
            boldMetrics.elidedText(text, Qt::ElideRight, area.width()));
        p.setFont(font());
        p.drawText(QRect(area.left(), area.top() + line, area.width(), line),
            Qt::AlignHCenter | Qt::AlignVCenter, fm.elidedText(addresses, Qt::ElideRight, area.width()));
    };
    const LabSegment *lan = topology.segment(QStringLiteral("lan"));
    const LabSegment *wan = topology.segment(QStringLiteral("wan"));
    heading(lanArea, lanColor, tr("Home network"), lan ? networkText(*lan) : QString());
    heading(routerArea, routerColor, tr("Router"), QString());
    heading(wanArea, wanColor, tr("The internet"), wan ? networkText(*wan) : QString());

    // The router.
    const QStringList routerBody = routerLines();
    const int routerHeight = boxHeightFor(routerBody, routerArea.width());
    const QRect routerBox(routerArea.left(),
        qMax(routerArea.top() + 2 * line + pad, routerArea.center().y() - routerHeight / 2),
        routerArea.width(), routerHeight);

    // Hosts down each side column, each wired to the router.
    const auto drawHosts = [&](const QRect &area, const QString &segment, const QColor &accent,
                               bool leftOfRouter) {
        QList<const LabHost *> hosts;
        for (const LabHost &h : allHosts) {
            if (h.segment == segment)
                hosts << &h;
        }
        if (hosts.isEmpty())
            return;
        int y = area.top() + 2 * line + pad;
        const int gap = pad;
        const int available = area.bottom() - y - gap * int(hosts.size() - 1);
        // Each box as tall as its lines; when they do not all fit, each gets its share.
        QList<QStringList> bodies;
        int needed = 0;
        for (const LabHost *h : hosts) {
            const QStringList body = hostLines(h->name);
            bodies << body;
            needed += boxHeightFor(body, area.width());
        }
        for (qsizetype i = 0; i < hosts.size(); ++i) {
            const LabHost *h = hosts[i];
            const QStringList &body = bodies[i];
            const int natural = boxHeightFor(body, area.width());
            const int boxHeight = needed <= available ? natural : natural * available / qMax(1, needed);
            const QRect box(area.left(), y, area.width(), qMax(boxHeight, 2 * line + pad));
            // The cable first, under the boxes; a faulty one dashed in the warning colour,
            // one to a computer not there yet at the playhead dotted in grey.
            const bool absent = !hostExisted(h->name);
            const QMap<QString, LinkFault> &faults = network.faults;
            if (absent)
                p.setPen(QPen(pal.color(QPalette::PlaceholderText), qMax(2, line / 6), Qt::DotLine));
            else if (faults.contains(h->name) || faults.contains(segment))
                p.setPen(QPen(Theme::color(Theme::Role::Warning, pal), qMax(2, line / 6), Qt::DashLine));
            else
                p.setPen(QPen(accent, qMax(2, line / 6)));
            const QPoint from
                = leftOfRouter ? QPoint(box.right(), box.center().y()) : QPoint(box.left(), box.center().y());
            const QPoint to = leftOfRouter ? QPoint(routerBox.left(), routerBox.center().y())
                                           : QPoint(routerBox.right(), routerBox.center().y());
            QPainterPath cable(from);
            const int bend = (to.x() - from.x()) / 2;
            cable.cubicTo(from + QPoint(bend, 0), to - QPoint(bend, 0), to);
            p.setBrush(Qt::NoBrush);
            p.drawPath(cable);
            drawBox(box, accent, h->name, body, absent);
            y = box.bottom() + gap;
        }
    };
    drawHosts(lanArea, QStringLiteral("lan"), lanColor, true);
    drawHosts(wanArea, QStringLiteral("wan"), wanColor, false);
    drawBox(routerBox, routerColor, tr("router"), routerBody);
}

} // namespace SocketScope
