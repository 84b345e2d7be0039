#include "eventlogmodel.h"

#include "eventexplanations.h"
#include "journal/journal.h"
#include "journalfollower.h"
#include "labels.h"

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
    return parent.isValid() ? 0 : int(m_rows);
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EventLogModel::catchUp()
{
    m_follower->catchUp();
}

void EventLogModel::consume(qsizetype first, qsizetype last)
{
    beginInsertRows({}, int(first), int(last));
    m_rows = last + 1;
    endInsertRows();
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_journal->at(index.row());
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
            return Labels::kind(e.kind);
        case ColumnDetails:
            return Labels::describe(*m_journal, e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ColumnSource)
            return Labels::sourceExplained(e.source);
        if (index.column() == ColumnKind) {
            // What this kind of event means; for a state change, also what the new state means.
            const QString kind = EventExplanations::explain(e.kind);
            return e.kind == EventKind::State
                ? kind + QLatin1Char('\n') + Labels::kernelStateExplained(e.toState)
                : kind;
        }
        return Labels::describe(*m_journal, e);
    case SocketIdRole:
        return e.socket;
    case EventIndexRole:
        return index.row();
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
