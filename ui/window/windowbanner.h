#pragma once

#include <QtCore/QStringList>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QLabel;
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
// The instant of the past is one short line with its Live button beside it, above the
// warnings, so stepping through a recording does not push the tabs down.
class WindowBanner : public QWidget
{
    Q_OBJECT

public:
    WindowBanner(Session *session, QWidget *parent = nullptr);

    // A replay: which file, and what was wrong with it.
    void setReplaySource(const QString &path, const QStringList &problems, qint64 damagedLines);
    // Where the playhead stands in the past: the instant `ns` (journal clock), the timeline's
    // step `step` of `steps` (as its playback bar counts), and the first `events` of
    // `eventCount` journal events (the event log's rows up to the one it selects).
    struct PastInstant
    {
        qint64 ns = 0;
        qsizetype step = -1; // < 0: live
        qsizetype steps = 0;
        qsizetype events = 0;
        qsizetype eventCount = 0;
        bool operator==(const PastInstant &) const = default;
    };
    // Every view shows `instant`; a step < 0 clears it: the views are live.
    void setPastInstant(const PastInstant &instant);
    bool showsPast() const { return m_past.step >= 0; }
    // What the banner says: the past's line and the warnings, one per line.
    QString text() const;
    QString pastText() const;
    QPushButton *liveButton() const { return m_live; }
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
    PastInstant m_past;
    QWidget *m_pastRow;
    QLabel *m_pastLine;
    QPushButton *m_live;
    QLabel *m_lines;
    QTimer m_soon;
};

} // namespace SocketScope
