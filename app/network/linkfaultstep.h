#pragma once

#include "lessons/lessonactions.h"

namespace SocketScope {

class VirtualNetwork;

// The lessons' "link_fault" step: faults on a link of the virtual lab network (`link`: a
// computer's cable or the router's "lan"/"wan" side; `fault`: as --link takes it,
// "loss=5%,rate=1mbit"), taken away again when the lesson resets. A part the kernel cannot
// apply (delay without netem) is named in the step's message, and the lesson goes on.
LessonAction linkFaultStep(VirtualNetwork *network);

} // namespace SocketScope
