#include "connectiontablemodel.h"

#include "changedrows.h"
#include "history/playhead.h"
#include "journal/journal.h"
#include "journalfollower.h"
#include "labels.h"

#include <algorithm>
#include <array>

namespace SocketScope {

ConnectionTableModel::ConnectionTableModel(Journal *journal, QObject *parent)
    : PlaceRowsModel(ColumnCount, parent)
    , m_journal(journal)
    , m_follower(new JournalFollower(
          journal, [this](qsizetype f, qsizetype l) { consume(f, l); }, this))
{
    m_reaper.setInterval(100);
    connect(&m_reaper, &QTimer::timeout, this, &ConnectionTableModel::removeFinishedRows);
    m_follower->catchUp();
}

ConnectionTableModel::~ConnectionTableModel() = default;

int ConnectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ConnectionTableModel::catchUp()
{
    m_follower->catchUp();
}

void ConnectionTableModel::followPlayhead(Playhead *playhead)
{
    connect(playhead, &Playhead::moved, this, [this, playhead] {
        if (playhead->isLive())
            m_follower->catchUp();
        show(playhead->past());
    });
    show(playhead->past());
}

QString ConnectionTableModel::endpoint(quint32 id) const
{
    return m_journal->string(id);
}

const SessionFold &ConnectionTableModel::stateOfRow(int row) const
{
    if (const auto *from = fadingFrom(row))
        return *from ? **from : m_live;
    return shownState();
}

int ConnectionTableModel::rowOfIndex(qint32 index) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), index);
    return it != m_rows.end() && *it == index ? int(it - m_rows.begin()) : -1;
}

int ConnectionTableModel::rowOfSocket(qint32 id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Connection &c = stateOfRow(row).connections().at(m_rows[size_t(row)]);
        if (c.clientSocket == id || c.serverSocket == id)
            return row;
    }
    return -1;
}

void ConnectionTableModel::consume(qsizetype first, qsizetype last)
{
    // A large batch (the load of many connections) is shown without animation.
    m_animation.setQuiet(last - first + 1 > JournalFollower::kBusyBatch);
    std::vector<qint32> added;
    QHash<qint32, bool> changed; // place -> it began to leave
    for (qsizetype i = first; i <= last; ++i) {
        const ConnectionFold::Change change = m_live.apply(*m_journal, m_journal->at(i)).connection;
        if (change.row < 0)
            continue;
        if (change.added)
            added.push_back(qint32(change.row));
        else
            changed[qint32(change.row)] |= change.startedLeaving;
    }
    // While the past is shown the live fold goes on; its rows come back with Live.
    if (m_past)
        return;

    ChangedRows changedRows;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const int row = rowOfIndex(it.key());
        if (row < 0)
            continue; // a row that already faded out
        if (it.value())
            m_animation.markLeaving(row);
        for (int column = ColumnClientSocket; column < ColumnCount; ++column)
            m_animation.markChanged(row, column);
        changedRows.add(row, ColumnClientSocket, ColumnCount - 1);
    }
    changedRows.emitRuns([this](int firstRow, int lastRow, int left, int right) {
        emit dataChanged(index(firstRow, left), index(lastRow, right));
    });
    if (const int firstRow = appendRows(added); firstRow >= 0) {
        for (int row = firstRow; row < int(m_rows.size()); ++row) {
            if (m_live.connections().at(m_rows[size_t(row)]).leaving)
                m_animation.markLeaving(row);
        }
    }
    if (!m_keepGone && !m_reaper.isActive()) {
        for (const qint32 place : m_rows) {
            if (m_live.connections().at(place).leaving) {
                m_reaper.start();
                break;
            }
        }
    }
}

void ConnectionTableModel::removeFinishedRows()
{
    if (m_past || m_keepGone) {
        // Rows shown for an instant of the past stay as they were then, and ended connections
        // stay when kept; only the rows fading out after a move of the playhead go.
        dropFinishedRows(true);
        if (!hasFading())
            m_reaper.stop();
        return;
    }
    dropFinishedRows();
    if (!hasFading() && std::none_of(m_rows.begin(), m_rows.end(), [this](qint32 place) {
            return m_live.connections().at(place).leaving;
        }))
        m_reaper.stop();
}

void ConnectionTableModel::show(std::shared_ptr<const SessionFold> past)
{
    if (past == m_past)
        return;
    // Stepping through time animates both ways, however many rows differ.
    m_animation.setQuiet(false);
    const std::shared_ptr<const SessionFold> before = m_past; // alive until the rows are moved
    const SessionFold &from = shownState();
    const SessionFold &to = past ? *past : m_live;
    // Connections are listed in the order they first appeared, in every fold of the journal.
    std::vector<qint32> wanted;
    for (qsizetype i = 0; i < to.connections().count(); ++i) {
        if (m_keepGone || !to.connections().at(i).leaving)
            wanted.push_back(qint32(i));
    }

    reconcileRows(wanted, before, [&] { m_past = std::move(past); });
    if (m_rows.empty())
        return;

    // A row whose ends changed between the two instants is marked as changed.
    const auto endsOf = [](const SessionFold &state, const Connection &c) {
        std::array<qint64, 6> ends {};
        for (int side = 0; side < 2; ++side) {
            if (const SocketRecord *s = state.sockets().find(side == 0 ? c.clientSocket : c.serverSocket)) {
                ends[size_t(side) * 3] = qint64(s->kernel) << 8 | qint64(s->app) << 1 | qint64(s->gone);
                ends[size_t(side) * 3 + 1] = s->bytesIn;
                ends[size_t(side) * 3 + 2] = s->bytesOut;
            }
        }
        return ends;
    };
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const qint32 place = m_rows[size_t(row)];
        if (isFadingOut(row))
            continue;
        // Ending live, still there at the instant shown: not leaving there.
        if (m_animation.isLeaving(row) && !to.connections().at(place).leaving)
            m_animation.stopLeaving(row);
        if (place >= from.connections().count())
            continue;
        const Connection &a = from.connections().at(place);
        const Connection &b = to.connections().at(place);
        if (a.clientSocket != b.clientSocket || a.serverSocket != b.serverSocket || a.leaving != b.leaving
            || endsOf(from, a) != endsOf(to, b)) {
            for (int column = ColumnClientSocket; column < ColumnCount; ++column)
                m_animation.markChanged(row, column);
        }
    }
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (((!m_past && !m_keepGone) || hasFading()) && !m_reaper.isActive())
        m_reaper.start();
}

QString ConnectionTableModel::socketText(
    const SessionFold &state, qint32 id, bool serverSide, const Connection &c)
{
    const SocketRecord *s = state.sockets().find(id);
    if (!s) {
        if (serverSide && ConnectionFold::waitsForAccept(state.sockets(), c))
            return tr("in the accept queue of #%1", "server side not accepted yet").arg(c.listener);
        return tr("(not in the lab)", "the other end is a program outside SocketScope");
    }
    return QStringLiteral("#%1  %2").arg(s->id).arg(
        Labels::kernelState(s->gone ? TcpState::Gone : s->kernel));
}

QString ConnectionTableModel::statusText(const SessionFold &state, const Connection &c)
{
    if (ConnectionFold::waitsForAccept(state.sockets(), c))
        return tr("waiting for accept()");
    const SocketRecord *client = state.sockets().find(c.clientSocket);
    const SocketRecord *server = state.sockets().find(c.serverSocket);
    if ((client && client->app == AppState::Aborted) || (server && server->app == AppState::Aborted))
        return tr("reset");
    if (c.leaving)
        return tr("gone");
    const bool clientOpen = client && client->isOpen();
    const bool serverOpen = server && server->isOpen();
    if ((client && !clientOpen) || (server && !serverOpen))
        return (clientOpen || serverOpen) ? tr("closing") : tr("closed");
    if (client && client->app == AppState::Connecting)
        return tr("opening (handshake)");
    return tr("open");
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionFold &state = stateOfRow(index.row());
    const Connection &c = state.connections().at(m_rows[size_t(index.row())]);
    const SocketRecord *client = state.sockets().find(c.clientSocket);
    const SocketRecord *server = state.sockets().find(c.serverSocket);
    const qint64 toServer = client ? client->bytesOut : (server ? server->bytesIn : 0);
    const qint64 toClient = server ? server->bytesOut : (client ? client->bytesIn : 0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        // Where the lab's router rewrote an address, both, with an arrow in the packets'
        // direction: short enough that the sockets' columns still read whole on a projector
        // (the tooltip says it in words).
        case ColumnClient:
            return !c.clientOutside ? endpoint(c.client)
                                    : tr("%1 \u2192 %2", "client address rewritten by the lab router")
                                          .arg(endpoint(c.client), endpoint(c.clientOutside));
        case ColumnServer:
            return !c.serverInside ? endpoint(c.server)
                                   : tr("%1 \u2192 %2", "server address rewritten by the lab router")
                                         .arg(endpoint(c.server), endpoint(c.serverInside));
        case ColumnClientSocket:
            return socketText(state, c.clientSocket, false, c);
        case ColumnServerSocket:
            return socketText(state, c.serverSocket, true, c);
        case ColumnToServer:
            return Labels::bytes(toServer);
        case ColumnToClient:
            return Labels::bytes(toClient);
        case ColumnStatus:
            return statusText(state, c);
        }
        break;
    case SortRole:
        if (index.column() == ColumnToServer)
            return toServer;
        if (index.column() == ColumnToClient)
            return toClient;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ColumnServer && c.serverInside)
            return tr("The client connects to %1, the router's address; the router forwards the "
                      "connection to %2, where the server listens (port forwarding).")
                .arg(endpoint(c.server), endpoint(c.serverInside));
        if (index.column() == ColumnClient && c.clientOutside)
            return tr("The client's own address is %1; the router rewrites it to %2 on the way out "
                      "(NAT), so the server sees %2.")
                .arg(endpoint(c.client), endpoint(c.clientOutside));
        if (index.column() == ColumnServer && c.listener >= 0)
            return tr("Listener #%1's address. Every connection it accepted has this same server "
                      "side; the client side is what makes each connection different.")
                .arg(c.listener);
        if (index.column() == ColumnStatus && ConnectionFold::waitsForAccept(state.sockets(), c))
            return tr("The kernel finished the 3-way handshake, so the client is connected, but "
                      "the server program has not called accept() yet.");
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    case Qt::TextAlignmentRole:
        if (index.column() == ColumnToServer || index.column() == ColumnToClient)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ClientSocketRole:
        return c.clientSocket;
    case ServerSocketRole:
        return c.serverSocket;
    case ListenerRole:
        return c.listener;
    case SocketIdsRole: {
        QList<qint32> ids;
        for (const qint32 id : {c.clientSocket, c.serverSocket}) {
            if (id >= 0)
                ids.append(id);
        }
        return QVariant::fromValue(ids);
    }
    case HighlightMarkRole:
        return int(m_animation.highlight(index.row(), index.column()).mark);
    case HighlightStrengthRole:
        return m_animation.highlight(index.row(), index.column()).strength;
    }
    return {};
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ColumnClient:
            return tr("The client's socket (ip:port). Its port was usually picked by the OS.");
        case ColumnServer:
            return tr("The server's socket (ip:port): the address and port it listens on.");
        case ColumnClientSocket:
            return tr("The lab socket at the client end and its kernel state.");
        case ColumnServerSocket:
            return tr("The lab socket at the server end (made by accept()) and its kernel state.");
        case ColumnToServer:
            return tr("Bytes the client sent to the server.");
        case ColumnToClient:
            return tr("Bytes the server sent to the client.");
        case ColumnStatus:
            return tr("Where the connection is in its life: opening, open, closing, closed.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnClient:
        return tr("Client side");
    case ColumnServer:
        return tr("Server side");
    case ColumnClientSocket:
        return tr("Client socket");
    case ColumnServerSocket:
        return tr("Server socket");
    case ColumnToServer:
        return tr("Client \u2192 server");
    case ColumnToClient:
        return tr("Server \u2192 client");
    case ColumnStatus:
        return tr("Status");
    }
    return {};
}

} // namespace SocketScope
