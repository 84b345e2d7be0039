#pragma once

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

namespace SocketScope {

class Journal;
class Lab;
class Playhead;
class VirtualNetwork;

// A picture of the virtual lab network: the home network on the left, the router in the
// middle with its two addresses and its port-forwarding rules, "the internet" on the right,
// and in every host the lab sockets that live there.
class TopologyView : public QWidget
{
    Q_OBJECT

public:
    TopologyView(VirtualNetwork *network, Lab *lab, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // The height that shows every box whole at `width`: each computer with all its socket
    // lines, the router with its rules.
    int neededHeight(int width) const;

    // Each computer's sockets as they were at the playhead's instant (the lab's now while it
    // is live). `journal` names the sockets' addresses; either may be null.
    void followPlayhead(const Playhead *playhead, const Journal *journal);
    // The lines the picture writes in `host`'s box: its open sockets.
    QStringList socketLines(const QString &host) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QStringList routerLines() const;
    // A computer's lines: its address, then its sockets.
    QStringList hostLines(const QString &host) const;
    // The widths of the three columns for `width`: home network, router, internet.
    struct Columns
    {
        int gap = 0;
        int side = 0;
        int router = 0;
    };
    Columns columnsFor(int width) const;
    // How tall a box is with `body` wrapped to `width`.
    int boxHeight(const QStringList &body, int width) const;

    QPointer<VirtualNetwork> m_network;
    QPointer<Lab> m_lab;
    const Playhead *m_playhead = nullptr;
    const Journal *m_journal = nullptr;
    // Sockets change in bursts; the picture follows a few times a second.
    QTimer m_refresh;
};

} // namespace SocketScope
