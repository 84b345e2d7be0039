#include "connectiontablemodel.h"

#include "journal/journal.h"
#include "journalfollower.h"
#include "labels.h"

namespace SocketScope {

namespace {
// The port of "ip:port" or "[ip]:port".
QStringView portOf(const QString &endpoint)
{
    const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? QStringView() : QStringView(endpoint).mid(colon + 1);
}
} // namespace

ConnectionTableModel::ConnectionTableModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_follower(new JournalFollower(
          journal, [this](qsizetype f, qsizetype l) { consume(f, l); }, this))
    , m_animation(ColumnCount)
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

QString ConnectionTableModel::key(const QString &client, const QString &server)
{
    return client + QLatin1Char('|') + server;
}

void ConnectionTableModel::indexRow(int row)
{
    const Connection &c = m_rows[size_t(row)];
    m_rowOfKey.insert(key(c.client, c.server), row);
    if (!c.serverInside.isEmpty())
        m_rowOfKey.insert(key(c.client, c.serverInside), row);
    if (!c.clientOutside.isEmpty())
        m_rowOfKey.insert(key(c.clientOutside, c.server), row);
}

const SocketRecord *ConnectionTableModel::socket(qint32 id) const
{
    const auto it = m_sockets.constFind(id);
    return it == m_sockets.cend() ? nullptr : &*it;
}

int ConnectionTableModel::rowOfSocket(qint32 id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Connection &c = m_rows[size_t(row)];
        if (c.clientSocket == id || c.serverSocket == id)
            return row;
    }
    return -1;
}

bool ConnectionTableModel::waitsForAccept(const Connection &c) const
{
    if (c.serverSocket >= 0 || c.listener < 0)
        return false;
    const SocketRecord *client = socket(c.clientSocket);
    return client && client->isOpen() && client->app == AppState::Connected;
}

bool ConnectionTableModel::allGone(const Connection &c) const
{
    for (const qint32 id : {c.clientSocket, c.serverSocket}) {
        if (const SocketRecord *s = socket(id); s && !s->gone)
            return false;
    }
    return true;
}

int ConnectionTableModel::translatedRow(
    const SocketRecord &record, std::vector<Connection> &added, bool *inAdded)
{
    // A forwarded or masqueraded lab connection: the socket at its other end is on another
    // computer, and their pairs match on one side and were rewritten on the other.
    // Either end may be journalled first: the server side's accept() often comes before the
    // client hears that it connected.
    const bool isClient = record.role == SocketRole::Client;
    const auto matches = [&](Connection &c) -> bool {
        if (isClient ? (c.clientSocket >= 0 || c.serverSocket < 0)
                     : (c.serverSocket >= 0 || c.clientSocket < 0))
            return false;
        const SocketRecord *other = socket(isClient ? c.serverSocket : c.clientSocket);
        if (!other || other->host.isEmpty() || other->host == record.host)
            return false;
        // The client's view of the pair, and the server's.
        const QString clientSees = isClient ? record.local : c.client;
        const QString clientCalls = isClient ? record.remote : c.server;
        const QString serverSees = isClient ? c.client : record.remote;
        const QString serverIs = isClient ? c.server : record.local;
        if (clientSees == serverSees && clientCalls != serverIs) {
            // Port forwarding: the client called the router, which passed it on.
            c.client = clientSees;
            c.server = clientCalls;
            c.serverInside = serverIs;
            return true;
        }
        if (clientCalls == serverIs && clientSees != serverSees && portOf(clientSees) == portOf(serverSees)) {
            // Masquerade: the server sees the router's address instead of the client's.
            c.client = clientSees;
            c.server = clientCalls;
            c.clientOutside = serverSees;
            return true;
        }
        return false;
    };
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (matches(m_rows[size_t(row)])) {
            *inAdded = false;
            return row;
        }
    }
    for (int i = 0; i < int(added.size()); ++i) {
        if (matches(added[size_t(i)])) {
            *inAdded = true;
            return i;
        }
    }
    return -1;
}

void ConnectionTableModel::consume(qsizetype first, qsizetype last)
{
    QHash<int, bool> changedRows;
    std::vector<Connection> added;
    QHash<QString, int> addedIndex;
    for (qsizetype i = first; i <= last; ++i) {
        const Event &e = m_journal->at(i);
        if (e.socket < 0 || e.proto != Protocol::Tcp)
            continue;
        SocketRecord &record = m_sockets[e.socket];
        record.id = e.socket;
        record.apply(*m_journal, e);

        if (record.role == SocketRole::Listener) {
            if (record.isOpen() && !record.local.isEmpty())
                m_listenerAt.insert(record.local, record.id);
            else if (!record.isOpen() && m_listenerAt.value(record.local, -1) == record.id)
                m_listenerAt.remove(record.local);
            continue;
        }
        if (record.local.isEmpty() || record.remote.isEmpty())
            continue;
        const bool isClient = record.role == SocketRole::Client;
        const QString client = isClient ? record.local : record.remote;
        const QString server = isClient ? record.remote : record.local;
        // A client whose connect never got an answer has no connection yet, only a wish.
        const bool neverConnected = record.app == AppState::Failed
            || (record.app == AppState::Connecting && record.kernel != TcpState::SynSent
                && record.kernel != TcpState::Established);
        if (isClient && neverConnected && !m_rowOfKey.contains(key(record.local, record.remote)))
            continue;
        const QString k = key(client, server);
        Connection *c = nullptr;
        int row = m_rowOfKey.value(k, -1);
        bool inAdded = false;
        const int translated = row < 0 && !addedIndex.contains(k) && !record.host.isEmpty()
            ? translatedRow(record, added, &inAdded)
            : -1;
        if (translated >= 0 && !inAdded) {
            row = translated;
            indexRow(row);
            c = &m_rows[size_t(row)];
        } else if (translated >= 0) {
            addedIndex.insert(k, translated);
            c = &added[size_t(translated)];
        } else if (row >= 0)
            c = &m_rows[size_t(row)];
        else if (const auto it = addedIndex.constFind(k); it != addedIndex.cend())
            c = &added[size_t(*it)];
        else {
            addedIndex.insert(k, int(added.size()));
            Connection fresh;
            fresh.client = client;
            fresh.server = server;
            added.push_back(std::move(fresh));
            c = &added.back();
        }
        if (isClient)
            c->clientSocket = record.id;
        else {
            c->serverSocket = record.id;
            c->listener = record.parent;
        }
        if (c->listener < 0)
            c->listener = m_listenerAt.value(server, -1);
        if (row >= 0) {
            changedRows[row] = true;
            if (!c->leaving && allGone(*c)) {
                c->leaving = true;
                m_animation.markLeaving(row);
            }
        }
    }

    for (auto it = changedRows.cbegin(); it != changedRows.cend(); ++it) {
        for (int column = ColumnClientSocket; column < ColumnCount; ++column)
            m_animation.markChanged(it.key(), column);
        emit dataChanged(index(it.key(), ColumnClientSocket), index(it.key(), ColumnCount - 1));
    }
    if (!added.empty()) {
        const int firstRow = int(m_rows.size());
        beginInsertRows({}, firstRow, firstRow + int(added.size()) - 1);
        for (Connection &c : added) {
            m_rows.push_back(std::move(c));
            indexRow(int(m_rows.size()) - 1);
        }
        m_animation.insertRows(firstRow, qsizetype(added.size()));
        for (int row = firstRow; row < int(m_rows.size()); ++row) {
            if (allGone(m_rows[size_t(row)])) {
                m_rows[size_t(row)].leaving = true;
                m_animation.markLeaving(row);
            }
        }
        endInsertRows();
    }
    if (!m_keepGone && !m_reaper.isActive()) {
        for (const Connection &c : m_rows) {
            if (c.leaving) {
                m_reaper.start();
                break;
            }
        }
    }
}

void ConnectionTableModel::removeFinishedRows()
{
    const std::vector<qsizetype> rows = m_animation.finishedLeaving();
    for (const qsizetype row : rows) {
        beginRemoveRows({}, int(row), int(row));
        const Connection &c = m_rows[size_t(row)];
        for (const qint32 id : {c.clientSocket, c.serverSocket})
            m_sockets.remove(id);
        m_rows.erase(m_rows.begin() + row);
        m_animation.removeRow(row);
        endRemoveRows();
    }
    if (!rows.empty()) {
        m_rowOfKey.clear();
        for (int row = 0; row < int(m_rows.size()); ++row)
            indexRow(row);
    }
    if (std::none_of(m_rows.begin(), m_rows.end(), [](const Connection &c) { return c.leaving; }))
        m_reaper.stop();
}

QString ConnectionTableModel::socketText(qint32 id, bool serverSide, const Connection &c) const
{
    const SocketRecord *s = socket(id);
    if (!s) {
        if (serverSide && waitsForAccept(c))
            return tr("in the accept queue of #%1", "server side not accepted yet").arg(c.listener);
        return tr("(not in the lab)", "the other end is a program outside SocketScope");
    }
    return QStringLiteral("#%1  %2").arg(s->id).arg(
        Labels::kernelState(s->gone ? TcpState::Gone : s->kernel));
}

QString ConnectionTableModel::statusText(const Connection &c) const
{
    if (waitsForAccept(c))
        return tr("waiting for accept()");
    const SocketRecord *client = socket(c.clientSocket);
    const SocketRecord *server = socket(c.serverSocket);
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
    const Connection &c = m_rows[size_t(index.row())];
    const SocketRecord *client = socket(c.clientSocket);
    const SocketRecord *server = socket(c.serverSocket);
    const qint64 toServer = client ? client->bytesOut : (server ? server->bytesIn : 0);
    const qint64 toClient = server ? server->bytesOut : (client ? client->bytesIn : 0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnClient:
            return c.clientOutside.isEmpty()
                ? c.client
                : tr("%1, seen as %2", "client address rewritten by the lab router")
                      .arg(c.client, c.clientOutside);
        case ColumnServer:
            return c.serverInside.isEmpty()
                ? c.server
                : tr("%1, forwarded to %2", "server address rewritten by the lab router")
                      .arg(c.server, c.serverInside);
        case ColumnClientSocket:
            return socketText(c.clientSocket, false, c);
        case ColumnServerSocket:
            return socketText(c.serverSocket, true, c);
        case ColumnToServer:
            return Labels::bytes(toServer);
        case ColumnToClient:
            return Labels::bytes(toClient);
        case ColumnStatus:
            return statusText(c);
        }
        break;
    case SortRole:
        if (index.column() == ColumnToServer)
            return toServer;
        if (index.column() == ColumnToClient)
            return toClient;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ColumnServer && c.listener >= 0)
            return tr("Listener #%1's address. Every connection it accepted has this same server "
                      "side; the client side is what makes each connection different.")
                .arg(c.listener);
        if (index.column() == ColumnStatus && waitsForAccept(c))
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
