#pragma once

#include "history/sessionfold.h"
#include "models/placerowsmodel.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QTimer>

#include <memory>
#include <vector>

namespace SocketScope {

class Journal;
class JournalFollower;
class Playhead;

// One row per TCP connection, that is per socket pair <client ip:port, server ip:port>. When
// both ends are lab sockets they share the row. A listener's ip:port shows up as the server
// side of every connection it accepted.
class ConnectionTableModel : public PlaceRowsModel
{
    Q_OBJECT

public:
    enum Column {
        ColumnClient,
        ColumnServer,
        ColumnClientSocket,
        ColumnServerSocket,
        ColumnToServer,
        ColumnToClient,
        ColumnStatus,
        ColumnCount
    };
    enum Role {
        ClientSocketRole = Qt::UserRole + 1,
        ServerSocketRole,
        ListenerRole,
        SocketIdsRole, // QList<qint32> of the row's lab sockets
        HighlightMarkRole,
        HighlightStrengthRole,
        SortRole,
    };

    explicit ConnectionTableModel(Journal *journal, QObject *parent = nullptr);
    ~ConnectionTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAnimated(bool animated) { m_animation.setEnabled(animated); }
    bool isAnimating() const { return m_animation.isAnimating(); }
    void setKeepGone(bool keep) { m_keepGone = keep; }
    void catchUp();
    // Shows the instant `playhead` shows from now on (the past, or live again).
    void followPlayhead(Playhead *playhead);
    // What the rows are read from: the live fold, or the past instant shown.
    const SessionFold &shownState() const { return m_past ? *m_past : m_live; }

    // The row showing socket `id`, or -1.
    int rowOfSocket(qint32 id) const;

private:
    using Connection = ConnectionRecord;

    void consume(qsizetype first, qsizetype last);
    void removeFinishedRows();
    void show(std::shared_ptr<const SessionFold> past);
    int rowOfIndex(qint32 index) const;
    // The instant row `row` shows: the one shown, or the one it fades out from.
    const SessionFold &stateOfRow(int row) const;
    static QString socketText(const SessionFold &state, qint32 id, bool serverSide, const Connection &c);
    static QString statusText(const SessionFold &state, const Connection &c);
    QString endpoint(quint32 id) const;

    Journal *m_journal;
    JournalFollower *m_follower;
    SessionFold m_live;
    std::shared_ptr<const SessionFold> m_past;
    QTimer m_reaper;
    bool m_keepGone = false;
};

} // namespace SocketScope
