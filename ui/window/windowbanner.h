#pragma once

#include <QtCore/QStringList>
#include <QtCore/QTimer>
#include <QtWidgets/QLabel>

class QPushButton;

namespace SocketScope {

class HostCapture;
class Journal;
class Lab;
class Session;
class VirtualNetwork;

// The banner above the tabs for what must not be missed: sockets open to the network, the lab
// running short of descriptors, packet capture that is off and how to allow it, the virtual
// network that could not start, a replay and its damaged lines, an instant of the past that
// every view shows (with a Live button back to the present). Coloured by the theme's roles.
class WindowBanner : public QLabel
{
    Q_OBJECT

public:
    WindowBanner(Session *session, QWidget *parent = nullptr);

    // A replay: which file, and what was wrong with it.
    void setReplaySource(const QString &path, const QStringList &problems, qint64 damagedLines);
    // Every view shows the instant `ns` (journal clock), timeline step `step` of `steps`;
    // `step` < 0 clears it: the views are live.
    void setPastInstant(qint64 ns, qsizetype step, qsizetype steps);
    // Larger type for a projector (1 = normal).
    void setScale(qreal scale);
    // Says again what is true now.
    void refresh();

signals:
    // The Live button was pressed.
    void liveRequested();

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
    qint64 m_pastNs = 0;
    qsizetype m_pastStep = -1;
    qsizetype m_pastSteps = 0;
    QPushButton *m_live;
    QTimer m_soon;
};

} // namespace SocketScope
