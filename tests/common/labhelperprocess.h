#pragma once

#include "network/labnetwork.h"

#include <QtCore/QProcess>
#include <QtCore/QStringList>

#include <fcntl.h>
#include <unistd.h>

namespace SocketScope {

// The lab helper started the way the app starts it, with `childEnd` as its --control descriptor
// (kept open across exec) or, for the attack tests, `controlArgument` as written. As root it
// drops to nobody as the app asks it to. The caller owns the process.
inline QProcess *startLabHelper(int childEnd, const QString &controlArgument)
{
    auto *helper = new QProcess;
    helper->setChildProcessModifier([childEnd] {
        if (childEnd >= 0)
            ::fcntl(childEnd, F_SETFD, 0);
    });
    QStringList arguments {QStringLiteral("--control"), controlArgument};
    if (::getuid() == 0)
        arguments << QStringLiteral("--user") << QStringLiteral("65534");
    helper->start(LabNetwork::helperProgram(), arguments);
    return helper;
}

inline QProcess *startLabHelper(int childEnd)
{
    return startLabHelper(childEnd, QString::number(childEnd));
}

} // namespace SocketScope
