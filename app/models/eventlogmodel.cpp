#include "eventlogmodel.h"

#include "eventexplanations.h"
#include "journal/journal.h"
#include "journalfollower.h"
#include "labels.h"

#include <algorithm>

namespace SocketScope {

EventLogModel::EventLogModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_follower(new JournalFollower(
          journal, [this](qsizetype f, qsizetype l) { consume(f, l); }, this))
{
    m_follower->catchUp();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_showKernelNumbers ? int(m_rows) : int(m_shown.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EventLogModel::catchUp()
{
    m_follower->catchUp();
}

bool EventLogModel::isShown(qsizetype event) const
{
    return m_showKernelNumbers || m_journal->at(event).kind != EventKind::TcpInfo;
}

void EventLogModel::consume(qsizetype first, qsizetype last)
{
    if (m_showKernelNumbers) {
        beginInsertRows({}, int(first), int(last));
        m_rows = last + 1;
        endInsertRows();
        return;
    }
    m_rows = last + 1;
    std::vector<quint32> added;
    for (qsizetype i = first; i <= last; ++i) {
        if (isShown(i))
            added.push_back(quint32(i));
    }
    const qsizetype hidden = (last - first + 1) - qsizetype(added.size());
    if (!added.empty()) {
        const int from = int(m_shown.size());
        beginInsertRows({}, from, from + int(added.size()) - 1);
        m_shown.insert(m_shown.end(), added.begin(), added.end());
        endInsertRows();
    }
    if (hidden > 0) {
        m_hidden += hidden;
        emit hiddenCountChanged(m_hidden);
    }
}

void EventLogModel::setShowKernelNumbers(bool show)
{
    if (show == m_showKernelNumbers)
        return;
    // A change of view asked for by a person, not one per event: the rows are laid out anew.
    beginResetModel();
    m_showKernelNumbers = show;
    m_shown.clear();
    m_shown.shrink_to_fit();
    m_hidden = 0;
    if (!show) {
        for (qsizetype i = 0; i < m_rows; ++i) {
            if (isShown(i))
                m_shown.push_back(quint32(i));
            else
                ++m_hidden;
        }
    }
    endResetModel();
    emit hiddenCountChanged(m_hidden);
}

qsizetype EventLogModel::eventOfRow(int row) const
{
    return m_showKernelNumbers ? qsizetype(row) : qsizetype(m_shown[size_t(row)]);
}

int EventLogModel::rowAtOrBefore(qsizetype event) const
{
    if (event < 0)
        return -1;
    if (m_showKernelNumbers)
        return int(std::min(event, m_rows - 1));
    // Rows are in journal order: the last one at or before `event`.
    const auto after = std::upper_bound(m_shown.begin(), m_shown.end(), quint64(event),
        [](quint64 value, quint32 shown) { return value < shown; });
    return int(after - m_shown.begin()) - 1;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype event = eventOfRow(index.row());
    const Event &e = m_journal->at(event);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColumnTime:
            return Labels::time(e.t);
        case ColumnSocket:
            return e.socket >= 0 ? QStringLiteral("#%1").arg(e.socket) : QString();
        case ColumnSource:
            return Labels::source(e.source);
        case ColumnKind:
            return Labels::kind(e);
        case ColumnDetails:
            return Labels::describe(*m_journal, e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ColumnSource)
            return Labels::sourceExplained(e.source);
        if (index.column() == ColumnKind) {
            // What this kind of event means; for a state change, also what the new state means.
            if (Labels::isNote(e))
                return Labels::noteExplained();
            const QString kind = EventExplanations::explain(e.kind);
            return e.kind == EventKind::State
                ? kind + QLatin1Char('\n') + Labels::kernelStateExplained(e.toState)
                : kind;
        }
        return Labels::describe(*m_journal, e);
    case SocketIdRole:
        return e.socket;
    case EventIndexRole:
        return event;
    case SourceRole:
        return int(e.source);
    case KindRole:
        return int(e.kind);
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ColumnTime:
            return tr("When it happened, in seconds since the session began.");
        case ColumnSocket:
            return tr("SocketScope's number for the socket the event is about.");
        case ColumnSource:
            return tr("Who says so: the app (a call it made), Qt (a report from Qt), the kernel (read from "
                      "the OS), a captured packet, or inferred (implied by the protocol, not seen).");
        case ColumnKind:
            return tr("What kind of thing happened. Point at a row to read what it means.");
        case ColumnDetails:
            return tr("What happened, in one line.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnTime:
        return tr("Time");
    case ColumnSocket:
        return tr("Socket", "column: socket id");
    case ColumnSource:
        return tr("Seen by");
    case ColumnKind:
        return tr("Event");
    case ColumnDetails:
        return tr("What happened");
    }
    return {};
}

} // namespace SocketScope
