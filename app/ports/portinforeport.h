#pragma once

#include "kernel/kernelsocket.h"
#include "systemportsettings.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <vector>

namespace SocketScope {

class ServiceRegistry;

// The text `socketscope --port-info QUERY` prints: the port's IANA range, its service names
// per protocol, this machine's own port rules, and the sockets on it right now.
class PortInfoReport
{
    Q_DECLARE_TR_FUNCTIONS(PortInfoReport)

public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitBadQuery = 2;
    // Free-text answers beyond this many are counted, not listed.
    static constexpr qsizetype kMaxListed = 40;

    // Loads the shared registry, reads this machine's sockets and port settings, prints to
    // `out` and returns kExitOk; or prints why the query is bad to `err` and returns
    // kExitBadQuery.
    static int print(const QString &query, QTextStream &out, QTextStream &err);

    // The same with everything given, for tests. `sockets` may be null: no kernel view.
    static int print(const QString &query, const ServiceRegistry &registry,
        const std::vector<KernelSocket> *sockets, const QString &socketSource,
        const SystemPortSettings &settings, QTextStream &out, QTextStream &err);
};

} // namespace SocketScope
