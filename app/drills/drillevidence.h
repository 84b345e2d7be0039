#pragma once

#include "drillfault.h"

#include <QtCore/QtGlobal>

namespace SocketScope {

class Journal;

// The captured packet that proves a drill's fault, looked for in the journal from the drill's
// start: what a learner should have found, and what "Reveal" selects in the event log.
//   blackhole:    pc-b's SYN+ACK on its own cable, while no SYN+ACK reached the other side
//   reject:       the RST the learner's computer got, while pc-b's cable never saw the SYN
//   drop:         the learner's SYN, sent again, that never reached pc-b's cable
//   backlog:      a SYN on pc-b's cable, sent again, that pc-b never answered
//   zerowindow:   pc-b's segment with a receive window of 0
//   wrongforward: the SYN on pc-b's cable addressed to the wrong port
struct DrillEvidence
{
    qsizetype index = -1; // in the journal; -1: nothing proves it yet
    qint32 socket = -1; // the lab socket the packet belongs to, when the capture matched one

    bool found() const { return index >= 0; }

    static DrillEvidence find(const Journal &journal, DrillFault fault, qsizetype from = 0);
};

} // namespace SocketScope
