#pragma once

#include "kernel/kernelsocket.h"

#include <QtCore/QString>

namespace SocketScope {

// One socket on a port, as the kernel lists it, with the process that holds it where the OS
// tells us (an ordinary user only sees their own processes).
struct PortUser
{
    KernelSocket socket;
    qint64 pid = -1; // -1: unknown
    QString process; // the command name, empty when unknown
};

} // namespace SocketScope
