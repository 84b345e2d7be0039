#pragma once

#include <QtCore/QStringList>
#include <QtCore/QTimer>
#include <QtWidgets/QLabel>

namespace SocketScope {

class HostCapture;
class Journal;
class Lab;
class Session;
class VirtualNetwork;

// The banner above the tabs for what must not be missed: sockets open to the network, the lab
// running short of descriptors, packet capture that is off and how to allow it, the virtual
// network that could not start, a replay and its damaged lines. Coloured by the theme's roles.
class WindowBanner : public QLabel
{
    Q_OBJECT

public:
    WindowBanner(Session *session, QWidget *parent = nullptr);

    // A replay: which file, and what was wrong with it.
    void setReplaySource(const QString &path, const QStringList &problems, qint64 damagedLines);
    // Larger type for a projector (1 = normal).
    void setScale(qreal scale);
    // Says again what is true now.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    QStringList captureLines() const;
    QStringList exposedSockets() const;

    Journal *m_journal;
    Lab *m_lab;
    HostCapture *m_capture;
    VirtualNetwork *m_network;
    QString m_replayPath;
    QStringList m_replayProblems;
    qint64 m_replayDamagedLines = 0;
    bool m_exposed = false;
    QTimer m_soon;
};

} // namespace SocketScope
