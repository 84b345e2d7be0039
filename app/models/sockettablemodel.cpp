#include "sockettablemodel.h"

#include "journal/journal.h"
#include "journalfollower.h"
#include "labels.h"

#include <algorithm>

namespace SocketScope {

namespace {

// A socket the OS refused, or one an error ended (a reset, say): its row says why.
bool endedOnError(const SocketRecord &r)
{
    return r.lastErrorCode != 0 && (r.app == AppState::Failed || r.app == AppState::Aborted);
}

} // namespace

SocketTableModel::SocketTableModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_follower(new JournalFollower(
          journal, [this](qsizetype f, qsizetype l) { consume(f, l); }, this))
    , m_animation(ColumnCount)
{
    m_reaper.setInterval(100);
    connect(&m_reaper, &QTimer::timeout, this, &SocketTableModel::removeFinishedRows);
    m_follower->catchUp();
}

SocketTableModel::~SocketTableModel() = default;

int SocketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SocketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SocketTableModel::setAnimated(bool animated)
{
    m_animation.setEnabled(animated);
}

void SocketTableModel::catchUp()
{
    m_follower->catchUp();
}

int SocketTableModel::rowOfSocket(qint32 id) const
{
    return m_rowOfSocket.value(id, -1);
}

const SocketRecord *SocketTableModel::record(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

const SocketRecord *SocketTableModel::recordOfSocket(qint32 id) const
{
    return record(rowOfSocket(id));
}

int SocketTableModel::columnOfField(quint32 field)
{
    switch (field) {
    case SocketRecord::FieldEndpoints:
        return ColumnLocal;
    case SocketRecord::FieldAppState:
        return ColumnAppState;
    case SocketRecord::FieldKernelState:
        return ColumnKernelState;
    case SocketRecord::FieldQueue:
        return ColumnQueue;
    case SocketRecord::FieldTraffic:
        return ColumnBytesIn;
    case SocketRecord::FieldClosed:
    case SocketRecord::FieldError:
        return ColumnAppState;
    default:
        return -1;
    }
}

void SocketTableModel::consume(qsizetype first, qsizetype last)
{
    // New sockets are collected and inserted at the end in one go.
    std::vector<SocketRecord> added;
    QHash<qint32, int> addedIndex;
    QHash<int, quint32> changedRows;
    for (qsizetype i = first; i <= last; ++i) {
        const Event &e = m_journal->at(i);
        if (e.socket < 0)
            continue;
        SocketRecord *record = nullptr;
        int row = m_rowOfSocket.value(e.socket, -1);
        if (row >= 0) {
            record = &m_rows[size_t(row)];
        } else if (const auto it = addedIndex.constFind(e.socket); it != addedIndex.cend()) {
            record = &added[size_t(*it)];
        } else {
            addedIndex.insert(e.socket, int(added.size()));
            added.emplace_back();
            record = &added.back();
            record->id = e.socket;
            record->proto = e.proto;
        }
        const quint32 changed = record->apply(*m_journal, e);
        if (row >= 0 && changed)
            changedRows[row] |= changed;
    }

    for (auto it = changedRows.cbegin(); it != changedRows.cend(); ++it) {
        const int row = it.key();
        int left = ColumnCount, right = -1;
        for (quint32 bit = 1; bit <= SocketRecord::FieldGone; bit <<= 1) {
            if (!(it.value() & bit))
                continue;
            if (bit == SocketRecord::FieldGone) {
                m_animation.markLeaving(row);
                left = 0;
                right = ColumnCount - 1;
                continue;
            }
            const int column = columnOfField(bit);
            if (column < 0)
                continue;
            const int last = bit == SocketRecord::FieldEndpoints ? ColumnRemote
                : bit == SocketRecord::FieldTraffic              ? ColumnPacketsOut
                                                                 : column;
            for (int c = column; c <= last; ++c)
                m_animation.markChanged(row, c);
            left = qMin(left, column);
            right = qMax(right, last);
        }
        if (right >= 0)
            emit dataChanged(index(row, left), index(row, right));
    }

    if (!added.empty()) {
        const int firstRow = int(m_rows.size());
        beginInsertRows({}, firstRow, firstRow + int(added.size()) - 1);
        for (SocketRecord &record : added) {
            m_rowOfSocket.insert(record.id, int(m_rows.size()));
            m_rows.push_back(std::move(record));
        }
        m_animation.insertRows(firstRow, qsizetype(added.size()));
        for (int row = firstRow; row < int(m_rows.size()); ++row) {
            if (m_rows[size_t(row)].gone)
                m_animation.markLeaving(row);
        }
        endInsertRows();
    }

    if (!m_keepGone && !m_reaper.isActive()) {
        for (const SocketRecord &record : m_rows) {
            if (record.gone) {
                m_reaper.start();
                break;
            }
        }
    }
}

void SocketTableModel::removeFinishedRows()
{
    const std::vector<qsizetype> rows = m_animation.finishedLeaving();
    for (const qsizetype row : rows) {
        beginRemoveRows({}, int(row), int(row));
        m_rows.erase(m_rows.begin() + row);
        m_animation.removeRow(row);
        endRemoveRows();
    }
    if (!rows.empty()) {
        m_rowOfSocket.clear();
        for (int row = 0; row < int(m_rows.size()); ++row)
            m_rowOfSocket.insert(m_rows[size_t(row)].id, row);
    }
    const bool anyLeaving
        = std::any_of(m_rows.begin(), m_rows.end(), [](const SocketRecord &r) { return r.gone; });
    if (!anyLeaving)
        m_reaper.stop();
}

QVariant SocketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SocketRecord &r = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ColumnId:
            return QStringLiteral("#%1").arg(r.id);
        case ColumnRole:
            return Labels::role(r.role);
        case ColumnProtocol:
            return Labels::protocol(r.proto);
        case ColumnComputer:
            return r.host.isEmpty() ? tr("this computer") : r.host;
        case ColumnLocal:
            return r.local;
        case ColumnRemote:
            if (r.remote.isEmpty())
                return r.role == SocketRole::Listener || r.role == SocketRole::Udp ? QStringLiteral("*:*")
                                                                                   : QString();
            return r.remote;
        case ColumnAppState: {
            // A socket that failed or ended on an error says why, in a few words.
            const QString reason = endedOnError(r) ? Labels::errorReason(r.lastErrorCode) : QString();
            return reason.isEmpty() ? Labels::appState(r.app)
                                    : tr("%1: %2", "socket state: why").arg(Labels::appState(r.app), reason);
        }
        case ColumnKernelState:
            return Labels::kernelState(r.gone ? TcpState::Gone : r.kernel);
        case ColumnQueue:
            if (r.role != SocketRole::Listener)
                return {};
            return r.acceptingPaused ? tr("%1 / %2 (paused)").arg(r.queueLength).arg(r.queueLimit)
                                     : QStringLiteral("%1 / %2").arg(r.queueLength).arg(r.queueLimit);
        case ColumnBytesIn:
            return Labels::bytes(r.bytesIn);
        case ColumnBytesOut:
            return Labels::bytes(r.bytesOut);
        case ColumnPacketsIn:
            return r.packetsIn;
        case ColumnPacketsOut:
            return r.packetsOut;
        case ColumnOpened:
            return Labels::time(r.openedAt);
        }
        break;
    case SortRole:
        switch (column) {
        case ColumnId:
            return r.id;
        case ColumnBytesIn:
            return r.bytesIn;
        case ColumnBytesOut:
            return r.bytesOut;
        case ColumnPacketsIn:
            return r.packetsIn;
        case ColumnPacketsOut:
            return r.packetsOut;
        case ColumnOpened:
            return r.openedAt;
        case ColumnQueue:
            return r.queueLength;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        const QString cell = cellToolTip(r, column);
        // Anywhere on a row that ended on an error, the whole sentence comes first.
        if (!endedOnError(r))
            return cell;
        const QString sentence = Labels::errorSentence(r.lastErrorCode, r.lastError);
        return cell.isEmpty() ? sentence : sentence + QStringLiteral("\n\n") + cell;
    }
    case Qt::TextAlignmentRole:
        if (column >= ColumnBytesIn && column <= ColumnOpened)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SocketIdRole:
        return r.id;
    case IsOpenRole:
        return r.isOpen() && !r.gone;
    case ParentIdRole:
        return r.parent;
    case HighlightMarkRole:
        return int(m_animation.highlight(index.row(), column).mark);
    case HighlightStrengthRole:
        return m_animation.highlight(index.row(), column).strength;
    }
    return {};
}

QString SocketTableModel::cellToolTip(const SocketRecord &r, int column)
{
    switch (column) {
    case ColumnKernelState:
        return Labels::kernelStateExplained(r.gone ? TcpState::Gone : r.kernel);
    case ColumnAppState:
        if (r.lastError.isEmpty() || endedOnError(r))
            return Labels::appStateExplained(r.app);
        // An error the socket lived through (a refused datagram, say): under what it is now.
        return Labels::appStateExplained(r.app) + QLatin1Char('\n')
            + Labels::errorSentence(r.lastErrorCode, r.lastError);
    case ColumnLocal:
        if (r.role == SocketRole::Accepted)
            return tr("The same local address and port as listener #%1: the kernel tells them "
                      "apart by the whole <protocol, local, remote> tuple.")
                .arg(r.parent);
        break;
    case ColumnQueue:
        return tr("Connections the kernel finished (3-way handshake done) that wait for the "
                  "program to call accept(), and how many may wait.");
    }
    return columnExplained(column);
}

QVariant SocketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return columnExplained(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnId:
        return tr("Socket", "column: socket id");
    case ColumnRole:
        return tr("Role");
    case ColumnProtocol:
        return tr("Protocol");
    case ColumnComputer:
        return tr("Computer");
    case ColumnLocal:
        return tr("Local address");
    case ColumnRemote:
        return tr("Remote address");
    case ColumnAppState:
        return tr("App state");
    case ColumnKernelState:
        return tr("Kernel state");
    case ColumnQueue:
        return tr("Accept queue");
    case ColumnBytesIn:
        return tr("Bytes in");
    case ColumnBytesOut:
        return tr("Bytes out");
    case ColumnPacketsIn:
        return tr("Reads", "column: how many reads returned data");
    case ColumnPacketsOut:
        return tr("Writes", "column: how many writes were made");
    case ColumnOpened:
        return tr("Opened at");
    }
    return {};
}

QString SocketTableModel::columnExplained(int column)
{
    switch (column) {
    case ColumnId:
        return tr("SocketScope's number for the socket.");
    case ColumnRole:
        return tr("listener: waits for connections; client: asks for one; accepted: the new socket accept() "
                  "made for one client; datagram: UDP.");
    case ColumnProtocol:
        return tr("TCP: a reliable, ordered byte stream over a connection. UDP: separate datagrams, no "
                  "connection.");
    case ColumnComputer:
        return tr("The computer the socket lives on: this computer, or one of the virtual lab network's "
                  "computers (pc-a, pc-b, remote, the router).");
    case ColumnLocal:
        return tr("This socket's IP address and port on its computer (ip:port).");
    case ColumnRemote:
        return tr("The IP address and port of the other end. *:* means any: a listener or UDP socket has no "
                  "single peer.");
    case ColumnAppState:
        return tr("What the program did with the socket, as Qt reports it.");
    case ColumnKernelState:
        return tr("The TCP state the operating system keeps for the socket, read from the kernel.");
    case ColumnQueue:
        return tr("Connections waiting for accept(), and the most that may wait (the backlog).");
    case ColumnBytesIn:
        return tr("Bytes received.");
    case ColumnBytesOut:
        return tr("Bytes sent.");
    case ColumnPacketsIn:
        return tr("How many reads (TCP) or datagrams (UDP) came in.");
    case ColumnPacketsOut:
        return tr("How many writes (TCP) or datagrams (UDP) went out.");
    case ColumnOpened:
        return tr("When the socket was opened, in seconds since the session began.");
    }
    return {};
}

} // namespace SocketScope
