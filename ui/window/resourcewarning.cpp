#include "resourcewarning.h"

#include "lab/lab.h"

namespace SocketScope {

QString ResourceWarning::bannerText(const Lab *lab)
{
    if (!lab || !lab->isShortOfDescriptors())
        return {};
    return tr("Out of sockets: the system lets SocketScope have %1 sockets and files open at once, and "
              "the last %2 are kept for the program itself. Servers stop accepting new connections and "
              "new sockets are refused until some close; it goes on by itself then.")
        .arg(lab->descriptorLimit())
        .arg(lab->descriptorsReserved());
}

} // namespace SocketScope
