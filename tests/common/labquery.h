#pragma once

#include "lab/lab.h"

#include <QtCore/QList>

namespace SocketScope {

// The lab sockets a listener has accepted, in the order they were opened.
inline QList<qint32> acceptedBy(const Lab &lab, qint32 listener)
{
    QList<qint32> ids;
    for (const qint32 id : lab.socketIds()) {
        const SocketInfo *info = lab.info(id);
        if (info && info->role == SocketRole::Accepted && info->parent == listener)
            ids.append(id);
    }
    return ids;
}

} // namespace SocketScope
