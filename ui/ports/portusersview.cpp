#include "portusersview.h"

#include "history/socketfold.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "models/labels.h"
#include "ports/labports.h"

#include <QtWidgets/QHeaderView>

#include <algorithm>
#include <set>

namespace SocketScope {

PortUsersView::PortUsersView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemClicked, this, &PortUsersView::onItemChosen);
    connect(this, &QTreeWidget::itemActivated, this, &PortUsersView::onItemChosen);
    setUsers(-1, {}, nullptr, true);
}

void PortUsersView::setUsers(
    int port, const std::vector<PortUser> &users, const LabPorts *lab, bool kernelAvailable)
{
    m_port = port;
    m_kernelAvailable = kernelAvailable;
    m_pastStep = -1;
    clear();
    std::set<qint32> shownLab;
    const auto labIdOf = [&](const KernelSocket &s) -> qint32 { return lab ? lab->idOf(s) : -1; };
    QFont bold = font();
    bold.setBold(true);
    const auto addRow = [&](Protocol proto, const QString &local, const QString &peer, const QString &state,
                            const QString &holder, qint32 labId) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(ProtocolColumn, Labels::protocol(proto));
        item->setText(LocalColumn, local);
        item->setText(PeerColumn, peer);
        item->setText(StateColumn, state);
        item->setText(HolderColumn, holder);
        item->setData(0, kLabSocketRole, labId);
        if (labId >= 0) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setFont(c, bold);
            item->setToolTip(HolderColumn, tr("Click to select this socket in the lab's tables."));
        }
    };
    // A busy server port can have thousands of sockets; the list shows the first ones and
    // says how many more there are, so a load never freezes the window.
    qsizetype listed = 0;
    for (const PortUser &user : users) {
        if (++listed > kMaxRows) {
            auto *more = new QTreeWidgetItem(this);
            more->setText(LocalColumn,
                tr("\u2026 and %n more socket(s) on this port", "", int(users.size() - kMaxRows)));
            more->setData(0, kLabSocketRole, -1);
            break;
        }
        const KernelSocket &s = user.socket;
        const qint32 labId = labIdOf(s);
        if (labId >= 0)
            shownLab.insert(labId);
        QStringList holder;
        if (labId >= 0)
            holder << tr("lab socket #%1").arg(labId);
        if (!user.process.isEmpty())
            holder << tr("%1 (process %2)").arg(user.process).arg(user.pid);
        else if (s.inode == 0)
            holder << tr("no process (the kernel finishes it alone)");
        else if (holder.isEmpty())
            holder << tr("not told", "the OS does not say which process holds a socket");
        addRow(s.proto, formatEndpoint(s.localAddress, s.localPort),
            s.remotePort ? formatEndpoint(s.remoteAddress, s.remotePort) : QStringLiteral("\u2014"),
            Labels::kernelState(s.state), holder.join(QStringLiteral(", ")), labId);
    }
    // The lab's own sockets are known from the journal even where the kernel says nothing.
    if (lab && port >= 0) {
        for (qint32 id : lab->openOnPort(quint16(port))) {
            if (shownLab.count(id) || ++listed > kMaxRows)
                continue;
            const LabPorts::Socket *socket = lab->find(id);
            addRow(socket->proto, socket->local,
                socket->remote.isEmpty() ? QStringLiteral("\u2014") : socket->remote,
                QStringLiteral("\u2014"), tr("lab socket #%1").arg(id), id);
        }
    }
    m_count = topLevelItemCount();
    if (m_count == 0) {
        auto *item = new QTreeWidgetItem(this);
        item->setFlags(Qt::NoItemFlags);
        item->setData(0, kLabSocketRole, -1);
        addTopLevelItem(item);
        item->setFirstColumnSpanned(true);
    }
    retranslate();
    if (m_selectedLab >= 0)
        selectLabSocket(m_selectedLab);
}

void PortUsersView::setUsersAt(int port, const SocketFold &sockets, const Journal &journal, qsizetype step)
{
    m_port = port;
    m_kernelAvailable = true;
    m_pastStep = step;
    clear();
    QFont bold = font();
    bold.setBold(true);
    // The sockets open at that instant whose own port is this one, listeners first as in the
    // live list: they are what a learner looks for on a server port.
    std::vector<const SocketRecord *> found;
    for (qsizetype i = 0; port >= 0 && i < sockets.count(); ++i) {
        const SocketRecord &socket = sockets.at(i);
        if (socket.isOpen() && socket.local && LabPorts::portOf(journal.string(socket.local)) == port)
            found.push_back(&socket);
    }
    std::stable_sort(found.begin(), found.end(), [](const SocketRecord *a, const SocketRecord *b) {
        return (a->role == SocketRole::Listener) > (b->role == SocketRole::Listener);
    });
    qsizetype listed = 0;
    for (const SocketRecord *socket : found) {
        if (++listed > kMaxRows) {
            auto *more = new QTreeWidgetItem(this);
            more->setText(LocalColumn,
                tr("\u2026 and %n more socket(s) on this port", "", int(found.size()) - int(kMaxRows)));
            more->setData(0, kLabSocketRole, -1);
            break;
        }
        auto *item = new QTreeWidgetItem(this);
        item->setText(ProtocolColumn, Labels::protocol(socket->proto));
        item->setText(LocalColumn, journal.string(socket->local));
        item->setText(PeerColumn, socket->remote ? journal.string(socket->remote) : QStringLiteral("\u2014"));
        // The kernel's word where the journal has it, else what the app did with the socket.
        item->setText(StateColumn,
            socket->kernel != TcpState::Unknown ? Labels::kernelState(socket->kernel)
                                                : Labels::appState(socket->app));
        item->setText(HolderColumn, tr("lab socket #%1").arg(socket->id));
        item->setData(0, kLabSocketRole, socket->id);
        for (int c = 0; c < ColumnCount; ++c)
            item->setFont(c, bold);
        item->setToolTip(HolderColumn, tr("Click to select this socket in the lab's tables."));
    }
    m_count = topLevelItemCount();
    if (m_count == 0) {
        auto *item = new QTreeWidgetItem(this);
        item->setFlags(Qt::NoItemFlags);
        item->setData(0, kLabSocketRole, -1);
        item->setFirstColumnSpanned(true);
    }
    retranslate();
    if (m_selectedLab >= 0)
        selectLabSocket(m_selectedLab);
}

bool PortUsersView::selectLabSocket(qint32 id)
{
    m_selectedLab = id;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item->data(0, kLabSocketRole).toInt() == id) {
            const QSignalBlocker blocker(this);
            setCurrentItem(item);
            scrollToItem(item);
            return true;
        }
    }
    return false;
}

void PortUsersView::onItemChosen(QTreeWidgetItem *item)
{
    const qint32 id = item ? item->data(0, kLabSocketRole).toInt() : -1;
    if (id < 0)
        return;
    m_selectedLab = id;
    emit labSocketPicked(id);
}

void PortUsersView::retranslate()
{
    setHeaderLabels(
        {tr("Protocol"), tr("Local", "local ip:port of a socket"), tr("Peer", "remote ip:port of a socket"),
            tr("State", "kernel socket state"), tr("Held by", "which process or lab socket holds it")});
    if (m_count == 0 && topLevelItemCount() == 1) {
        QTreeWidgetItem *item = topLevelItem(0);
        if (m_port < 0)
            item->setText(0, tr("Pick a port on the map or look one up."));
        else if (m_pastStep >= 0)
            item->setText(0,
                tr("No lab socket used port %1 after step %2 of the timeline.").arg(m_port).arg(m_pastStep));
        else if (!m_kernelAvailable)
            item->setText(
                0, tr("This system does not list its sockets; no lab socket uses port %1.").arg(m_port));
        else
            item->setText(0, tr("No socket uses port %1 right now.").arg(m_port));
    }
}

void PortUsersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

} // namespace SocketScope
