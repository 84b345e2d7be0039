#pragma once

#include "ports/portuser.h"

#include <QtWidgets/QTreeWidget>

#include <vector>

namespace SocketScope {

class Journal;
class LabPorts;
class SocketFold;

// "Who uses this port": every socket on one port with its state, its peer and who holds it.
// Rows that are the lab's own sockets can be picked to select that socket elsewhere.
class PortUsersView : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxRows = 200;
    enum Column { ProtocolColumn, LocalColumn, PeerColumn, StateColumn, HolderColumn, ColumnCount };
    static constexpr int kLabSocketRole = Qt::UserRole + 1;

    explicit PortUsersView(QWidget *parent = nullptr);

    // `lab` may be null. Without a kernel view only the lab's own sockets can be listed.
    void setUsers(int port, const std::vector<PortUser> &users, const LabPorts *lab, bool kernelAvailable);
    // The lab's sockets that held `port` at an instant of the past (`sockets`, as the playhead
    // shows them; `journal` names their addresses). What the kernel lists is the present's
    // and is left out. `step` says which instant, for the line shown when the list is empty.
    void setUsersAt(int port, const SocketFold &sockets, const Journal &journal, qsizetype step);
    // Selects the row of a lab socket without emitting labSocketPicked.
    bool selectLabSocket(qint32 id);
    int port() const { return m_port; }

signals:
    void labSocketPicked(qint32 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onItemChosen(QTreeWidgetItem *item);

    int m_port = -1;
    int m_count = 0;
    bool m_kernelAvailable = true;
    // The list shows an instant of the past: after this many events; -1 while live.
    qsizetype m_pastStep = -1;
    qint32 m_selectedLab = -1;
};

} // namespace SocketScope
