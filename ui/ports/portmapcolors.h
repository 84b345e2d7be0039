#pragma once

#include "ports/ianarange.h"

#include <QtGui/QColor>
#include <QtGui/QPalette>

namespace SocketScope {

// The port map's colours, worked out from the palette so a dark or high-contrast theme and
// presentation mode read as well as the default one. The legend uses the same colours.
struct PortMapColors
{
    QColor background;
    QColor text;
    QColor range[IanaRange::kCount]; // cell fill per IANA range
    QColor rangeEdge[IanaRange::kCount]; // stronger, for outlines and swatch borders
    QColor inUse; // a port some socket on this machine holds
    QColor labSocket; // a port one of the lab's sockets holds
    QColor osPicked; // a port the OS picked for a lab client
    QColor osRange; // hatching over the OS's ephemeral range
    QColor selection;
    QColor hover;
    QColor grid;

    bool isDark = false;

    static PortMapColors fromPalette(const QPalette &palette);
};

} // namespace SocketScope
