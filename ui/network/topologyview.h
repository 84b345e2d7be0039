#pragma once

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

namespace SocketScope {

class Lab;
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

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QStringList socketLines(const QString &host) const;

    QPointer<VirtualNetwork> m_network;
    QPointer<Lab> m_lab;
    // Sockets change in bursts; the picture follows a few times a second.
    QTimer m_refresh;
};

} // namespace SocketScope
