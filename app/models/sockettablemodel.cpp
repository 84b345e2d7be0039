#include "sockettablemodel.h"

#include "changedrows.h"
#include "headingroles.h"
#include "history/playhead.h"
#include "history/sessionfold.h"
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
    : PlaceRowsModel(ColumnCount, parent)
    , m_journal(journal)
    , m_follower(new JournalFollower(
          journal, [this](qsizetype f, qsizetype l) { consume(f, l); }, this))
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

void SocketTableModel::followPlayhead(Playhead *playhead)
{
    connect(playhead, &Playhead::moved, this, [this, playhead] {
        // The live rows must hold everything journalled before they are shown again.
        if (playhead->isLive())
            m_follower->catchUp();
        show(playhead->past());
    });
    show(playhead->past());
}

const SocketFold &SocketTableModel::shownSockets() const
{
    return m_past ? m_past->sockets() : m_live;
}

int SocketTableModel::rowOfIndex(qint32 index) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), index);
    return it != m_rows.end() && *it == index ? int(it - m_rows.begin()) : -1;
}

int SocketTableModel::rowOfSocket(qint32 id) const
{
    const qsizetype index = shownSockets().indexOf(id);
    return index < 0 ? -1 : rowOfIndex(qint32(index));
}

const SocketRecord *SocketTableModel::record(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &recordOfRow(row) : nullptr;
}

const SocketRecord &SocketTableModel::recordOfRow(int row) const
{
    const qint32 place = m_rows[size_t(row)];
    // A row fading out after a move of the playhead shows the instant it belonged to.
    if (const auto *from = fadingFrom(row))
        return *from ? (*from)->sockets().at(place) : m_live.at(place);
    return shownSockets().at(place);
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
    case SocketRecord::FieldTcpInfo:
        return ColumnCwnd;
    case SocketRecord::FieldClosed:
    case SocketRecord::FieldError:
        return ColumnAppState;
    default:
        return -1;
    }
}

quint32 SocketTableModel::differences(const SocketRecord &a, const SocketRecord &b)
{
    quint32 fields = 0;
    if (a.local != b.local || a.remote != b.remote || a.host != b.host)
        fields |= SocketRecord::FieldEndpoints;
    if (a.app != b.app)
        fields |= SocketRecord::FieldAppState;
    if (a.kernel != b.kernel || a.gone != b.gone)
        fields |= SocketRecord::FieldKernelState;
    if (a.queueLength != b.queueLength || a.queueLimit != b.queueLimit
        || a.acceptingPaused != b.acceptingPaused)
        fields |= SocketRecord::FieldQueue;
    if (a.bytesIn != b.bytesIn || a.bytesOut != b.bytesOut || a.packetsIn != b.packetsIn
        || a.packetsOut != b.packetsOut)
        fields |= SocketRecord::FieldTraffic;
    if (a.closedAt != b.closedAt)
        fields |= SocketRecord::FieldClosed;
    if (a.cwnd != b.cwnd || a.srttUs != b.srttUs || a.retransmissions != b.retransmissions)
        fields |= SocketRecord::FieldTcpInfo;
    if (a.lastErrorCode != b.lastErrorCode || a.lastError != b.lastError)
        fields |= SocketRecord::FieldError;
    return fields;
}

void SocketTableModel::markFields(int row, quint32 fields, int *left, int *right)
{
    for (quint32 bit = 1; bit <= SocketRecord::FieldTcpInfo; bit <<= 1) {
        if (!(fields & bit))
            continue;
        if (bit == SocketRecord::FieldGone) {
            m_animation.markLeaving(row);
            *left = 0;
            *right = ColumnCount - 1;
            continue;
        }
        const int column = columnOfField(bit);
        if (column < 0)
            continue;
        const int last = bit == SocketRecord::FieldEndpoints ? ColumnRemote
            : bit == SocketRecord::FieldTraffic              ? ColumnPacketsOut
            : bit == SocketRecord::FieldTcpInfo              ? ColumnRetransmissions
                                                             : column;
        for (int c = column; c <= last; ++c)
            m_animation.markChanged(row, c);
        *left = qMin(*left, column);
        *right = qMax(*right, last);
    }
}

void SocketTableModel::consume(qsizetype first, qsizetype last)
{
    // A large batch (the load of many connections) is shown without animation.
    m_animation.setQuiet(last - first + 1 > JournalFollower::kBusyBatch);
    // New sockets are collected and inserted at the end in one go.
    std::vector<qint32> added;
    QHash<qint32, quint32> changedIndices;
    for (qsizetype i = first; i <= last; ++i) {
        const SocketFold::Change change = m_live.apply(m_journal->at(i));
        if (change.added)
            added.push_back(qint32(change.index));
        else if (change.fields)
            changedIndices[qint32(change.index)] |= change.fields;
    }
    // While the past is shown the live fold goes on; its rows come back with Live.
    if (m_past)
        return;

    ChangedRows changedRows;
    for (auto it = changedIndices.cbegin(); it != changedIndices.cend(); ++it) {
        const int row = rowOfIndex(it.key());
        if (row < 0)
            continue; // a row that already faded out
        int left = ColumnCount, right = -1;
        markFields(row, it.value(), &left, &right);
        if (right >= 0)
            changedRows.add(row, left, right);
    }
    changedRows.emitRuns([this](int firstRow, int lastRow, int left, int right) {
        emit dataChanged(index(firstRow, left), index(lastRow, right));
    });

    if (const int firstRow = appendRows(added); firstRow >= 0) {
        for (int row = firstRow; row < int(m_rows.size()); ++row) {
            if (m_live.at(m_rows[size_t(row)]).gone)
                m_animation.markLeaving(row);
        }
    }

    if (!m_keepGone && !m_reaper.isActive()) {
        for (const qint32 index : m_rows) {
            if (m_live.at(index).gone) {
                m_reaper.start();
                break;
            }
        }
    }
}

void SocketTableModel::removeFinishedRows()
{
    if (m_past || m_keepGone) {
        // Rows shown for an instant of the past stay as they were then, and closed sockets
        // stay when kept; only the rows fading out after a move of the playhead go.
        dropFinishedRows(true);
        if (!hasFading())
            m_reaper.stop();
        return;
    }
    dropFinishedRows();
    const bool anyLeaving
        = std::any_of(m_rows.begin(), m_rows.end(), [this](qint32 index) { return m_live.at(index).gone; });
    if (!anyLeaving && !hasFading())
        m_reaper.stop();
}

void SocketTableModel::show(std::shared_ptr<const SessionFold> past)
{
    if (past == m_past)
        return;
    // Stepping through time animates both ways, however many rows differ.
    m_animation.setQuiet(false);
    const std::shared_ptr<const SessionFold> before = m_past; // alive until the rows are moved
    const SocketFold &from = shownSockets();
    const SocketFold &to = past ? past->sockets() : m_live;
    // A fold lists sockets in the order they first appeared, so a place means the same socket
    // in every fold of the journal, and both row lists are sorted by it.
    std::vector<qint32> wanted;
    wanted.reserve(size_t(to.count()));
    for (qsizetype i = 0; i < to.count(); ++i) {
        if (m_keepGone || !to.at(i).gone)
            wanted.push_back(qint32(i));
    }

    reconcileRows(wanted, before, [&] { m_past = std::move(past); });

    if (m_rows.empty())
        return;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const qint32 place = m_rows[size_t(row)];
        if (isFadingOut(row))
            continue;
        // Closing live, open at the instant shown: not leaving there.
        if (m_animation.isLeaving(row) && !to.at(place).gone)
            m_animation.stopLeaving(row);
        if (place < from.count()) {
            int left = ColumnCount, right = -1;
            markFields(row, differences(from.at(place), to.at(place)), &left, &right);
        }
    }
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (((!m_past && !m_keepGone) || hasFading()) && !m_reaper.isActive())
        m_reaper.start();
}

QVariant SocketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SocketRecord &r = recordOfRow(index.row());
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
            return r.host ? m_journal->string(r.host) : tr("this computer");
        case ColumnLocal:
            return m_journal->string(r.local);
        case ColumnRemote:
            if (!r.remote)
                return r.role == SocketRole::Listener || r.role == SocketRole::Udp ? QStringLiteral("*:*")
                                                                                   : QString();
            return m_journal->string(r.remote);
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
        case ColumnCwnd:
            return r.cwnd < 0 ? QVariant() : QVariant(r.cwnd);
        case ColumnRtt:
            return r.srttUs < 0 ? QString()
                                : tr("%1 ms", "round-trip time").arg(double(r.srttUs) / 1000.0, 0, 'f', 2);
        case ColumnRetransmissions:
            return r.retransmissions < 0 ? QVariant() : QVariant(r.retransmissions);
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
        case ColumnCwnd:
            return r.cwnd;
        case ColumnRtt:
            return r.srttUs;
        case ColumnRetransmissions:
            return r.retransmissions;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        const QString cell = cellToolTip(r, column);
        // Anywhere on a row that ended on an error, the whole sentence comes first.
        if (!endedOnError(r))
            return cell;
        const QString sentence = Labels::errorSentence(r.lastErrorCode, m_journal->string(r.lastError));
        return cell.isEmpty() ? sentence : sentence + QStringLiteral("\n\n") + cell;
    }
    case Qt::TextAlignmentRole:
        if (column >= ColumnBytesIn && column <= ColumnRetransmissions)
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

QString SocketTableModel::cellToolTip(const SocketRecord &r, int column) const
{
    switch (column) {
    case ColumnKernelState:
        return Labels::kernelStateExplained(r.gone ? TcpState::Gone : r.kernel);
    case ColumnAppState:
        if (!r.lastError || endedOnError(r))
            return Labels::appStateExplained(r.app);
        // An error the socket lived through (a refused datagram, say): under what it is now.
        return Labels::appStateExplained(r.app) + QLatin1Char('\n')
            + Labels::errorSentence(r.lastErrorCode, m_journal->string(r.lastError));
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
    if (role == ShortHeadingRole && section == ColumnId)
        return tr("#", "column: socket id, where the column is too narrow for its whole heading");
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
    case ColumnCwnd:
        return tr("Cwnd", "column: TCP congestion window");
    case ColumnRtt:
        return tr("RTT", "column: round-trip time");
    case ColumnRetransmissions:
        return tr("Resent", "column: TCP retransmissions");
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
    case ColumnCwnd:
        return tr("Congestion window: how many segments TCP lets itself send before it waits for an "
                  "acknowledgement. It grows while all goes well and shrinks when something is lost. "
                  "Read from the kernel.");
    case ColumnRtt:
        return tr("Round-trip time: how long a segment and its acknowledgement take, smoothed over the "
                  "last ones. Read from the kernel.");
    case ColumnRetransmissions:
        return tr("Retransmissions: how many segments TCP had to send again because their "
                  "acknowledgement did not come in time. Read from the kernel.");
    }
    return {};
}

} // namespace SocketScope
