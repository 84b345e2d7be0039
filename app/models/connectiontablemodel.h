#pragma once

#include "rowanimation.h"
#include "socketrecord.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QTimer>

#include <vector>

namespace SocketScope {

class Journal;
class JournalFollower;

// One row per TCP connection, that is per socket pair <client ip:port, server ip:port>. When
// both ends are lab sockets they share the row. A listener's ip:port shows up as the server
// side of every connection it accepted.
class ConnectionTableModel : public QAbstractTableModel
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

    // The row showing socket `id`, or -1.
    int rowOfSocket(qint32 id) const;

private:
    struct Connection
    {
        QString client;
        QString server;
        qint32 clientSocket = -1;
        qint32 serverSocket = -1;
        qint32 listener = -1;
        bool leaving = false;
        // In the virtual lab network a router may rewrite the pair on the way: the address the
        // server side saw as its own (port forwarding), or the client as the server saw it
        // (masquerade). Empty when nothing was rewritten.
        QString serverInside;
        QString clientOutside;
    };

    void consume(qsizetype first, qsizetype last);
    void removeFinishedRows();
    const SocketRecord *socket(qint32 id) const;
    QString socketText(qint32 id, bool serverSide, const Connection &c) const;
    QString statusText(const Connection &c) const;
    bool waitsForAccept(const Connection &c) const;
    bool allGone(const Connection &c) const;
    static QString key(const QString &client, const QString &server);
    // Every key a row is found by: its own pair, and for a connection the lab's router
    // rewrote, the pair as the other end sees it too.
    void indexRow(int row);
    // The row of a lab connection whose other end a router rewrote, for the socket `record`
    // (either end); -1 when there is none. Sets which address was rewritten.
    int translatedRow(const SocketRecord &record, std::vector<Connection> &added, bool *inAdded);

    Journal *m_journal;
    JournalFollower *m_follower;
    QHash<qint32, SocketRecord> m_sockets;
    QHash<QString, qint32> m_listenerAt; // endpoint -> open listener
    std::vector<Connection> m_rows;
    QHash<QString, int> m_rowOfKey;
    RowAnimation m_animation;
    QTimer m_reaper;
    bool m_keepGone = false;
};

} // namespace SocketScope
