#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

class Lab;

// What the window's banner says while the lab has run out of descriptors (Lab::
// isShortOfDescriptors): why nothing new opens, and what brings it back.
class ResourceWarning
{
    Q_DECLARE_TR_FUNCTIONS(ResourceWarning)

public:
    // Empty when there is nothing to say (no lab, or descriptors to spare).
    static QString bannerText(const Lab *lab);
};

} // namespace SocketScope
