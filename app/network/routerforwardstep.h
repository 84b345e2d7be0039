#pragma once

#include "lessons/lessonactions.h"

namespace SocketScope {

class VirtualNetwork;

// The lessons' "router_forward" step: a port-forwarding rule on the virtual lab network's
// router (`public`: the port on the router's public address; `target`: a socket name or
// ip:port), taken away again when the lesson resets.
LessonAction routerForwardStep(VirtualNetwork *network);

} // namespace SocketScope
