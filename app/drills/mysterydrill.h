#pragma once

#include "drillchoice.h"
#include "drillevidence.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace SocketScope {

class Lab;
class VirtualNetwork;

// A mystery-fault drill: a web server on pc-b, published on the router's public address, with
// one fault hidden between it and the learner (DrillFault). The learner probes from the
// computer "remote" and names the fault; Reveal points at the packet that proves it.
//
// The drill's start, each guess and the reveal are journalled as notes (`error` events with
// code 0, "no error", on no socket), so a recording shows which drill ran: the start names
// the drill as --drill takes it, "random:SEED" for a random one, so the note does not give
// the answer away. A drill that ends (stopped, replaced, the lab network going down as the
// app quits) with no guess and no reveal says so in a last note.
class MysteryDrill : public QObject
{
    Q_OBJECT

public:
    MysteryDrill(Lab *lab, VirtualNetwork *network, QObject *parent = nullptr);
    ~MysteryDrill() override;

    // Builds the scene (starting the lab network when it is not running) and hides the fault,
    // replacing a drill already running. False, with a sentence in `problem`, when it cannot.
    bool start(const DrillChoice &choice, QString *problem);
    // Takes the scene down: the drill's sockets, its forwarding rule and its filter.
    void stop();
    bool isRunning() const { return m_running; }
    const DrillChoice &choice() const { return m_choice; }
    DrillFault fault() const { return m_choice.fault; }
    qint32 serverSocket() const { return m_server; }

    // The learner's answer; journalled. True when it names the hidden fault.
    bool guess(DrillFault fault);
    // The packet that proves the fault so far (DrillEvidence::find from the drill's start).
    DrillEvidence evidence() const;
    // Shows the answer: journalled, and the evidence so far. When nothing proves it yet,
    // probe() makes some (the caller looks again a little later).
    DrillEvidence reveal();
    bool isRevealed() const { return m_revealed; }

    // Does what the learner is asked to do: from remote, connect to the public address, and
    // once connected send a few kilobytes. The new socket's id, or -1.
    qint32 probe();

signals:
    void started();
    void stopped();
    void guessed(SocketScope::DrillFault fault, bool right);
    void revealed();

private:
    // Why the fault could not be hidden, or empty.
    QString buildScene();
    void note(const QString &text);
    void fillBacklog();
    // Zero window: a connection the server accepted is never read.
    void stopReading(qint32 id);

    QPointer<Lab> m_lab;
    QPointer<VirtualNetwork> m_network;
    DrillChoice m_choice;
    bool m_running = false;
    bool m_revealed = false;
    // A guess (right or wrong) or the reveal was made; the start note was written.
    bool m_answered = false;
    bool m_announced = false;
    qsizetype m_startIndex = 0;
    qint32 m_server = -1;
    // The drill's own sockets besides the server: the neighbours that fill a backlog.
    QList<qint32> m_helpers;
    // Zero window: the connections the server accepted and does not read.
    QList<qint32> m_accepted;
    QMetaObject::Connection m_readingStopper;
    bool m_forwardAdded = false;
};

} // namespace SocketScope
