#pragma once

#include "journal/event.h"

#include <QtCore/QTimer>
#include <QtWidgets/QSplitter>

class QLabel;
class QSortFilterProxyModel;

namespace SocketScope {

class ConnectionTableModel;
class LiveTableView;
class Selection;
class SocketTableModel;

// The first tab: the socket table above the connection table, each under a title that says
// what a row is. Both follow the selection, and a row picked in either sets it.
class TablesPage : public QSplitter
{
    Q_OBJECT

public:
    TablesPage(SocketTableModel *sockets, ConnectionTableModel *connections, Selection *selection,
        QWidget *parent = nullptr);

    LiveTableView *socketView() const { return m_socketView; }
    LiveTableView *connectionView() const { return m_connectionView; }

    // The Computer column of the socket table, which matters in the virtual lab network.
    void showComputerColumn(bool shown);
    // Larger type for a projector (1 = normal).
    void setScale(qreal scale);
    void retranslate();

private:
    void showSocket(qint32 id);
    // The protocol every socket in the table has, or None when they differ or there is none.
    Protocol oneProtocol() const;
    // Refits the socket table when the sockets stop or start sharing one protocol.
    void checkOneProtocol();
    void updateSocketsTitle();

    SocketTableModel *m_socketModel;
    ConnectionTableModel *m_connectionModel;
    QSortFilterProxyModel *m_socketProxy;
    QSortFilterProxyModel *m_connectionProxy;
    QLabel *m_socketsTitle;
    QLabel *m_connectionsTitle;
    LiveTableView *m_socketView;
    LiveTableView *m_connectionView;
    Protocol m_oneProtocol = Protocol::None;
    QTimer m_protocolCheck;
};

} // namespace SocketScope
