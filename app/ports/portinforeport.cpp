#include "portinforeport.h"

#include "ianarange.h"
#include "kernel/kernelview.h"
#include "lab/endpoint.h"
#include "models/labels.h"
#include "portquery.h"
#include "portusers.h"
#include "serviceregistry.h"

namespace SocketScope {

namespace {

QString servicesLine(const ServiceRegistry &registry, quint16 port, Protocol proto)
{
    QStringList names;
    for (qint32 index : registry.lookup(port, proto)) {
        const ServiceEntry &entry = registry.at(index);
        names.append(entry.description.isEmpty()
                ? entry.name
                : QStringLiteral("%1 (%2)").arg(entry.name, entry.description));
    }
    return names.join(QStringLiteral("; "));
}

void printPort(quint16 port, Protocol onlyProto, const ServiceRegistry &registry,
    const std::vector<KernelSocket> *sockets, const QString &socketSource, const SystemPortSettings &settings,
    QTextStream &out)
{
    const IanaRange::Kind range = IanaRange::of(port);
    out << PortInfoReport::tr("Port %1").arg(port) << '\n';
    out << "  "
        << PortInfoReport::tr("IANA range: %1 (%2-%3)")
               .arg(IanaRange::name(range))
               .arg(IanaRange::first(range))
               .arg(IanaRange::last(range))
        << '\n';
    out << "    " << IanaRange::explanation(range) << '\n';

    for (Protocol proto : {Protocol::Tcp, Protocol::Udp}) {
        if (onlyProto != Protocol::None && proto != onlyProto)
            continue;
        const QString names = servicesLine(registry, port, proto);
        out << "  " << Labels::protocol(proto) << ": "
            << (names.isEmpty() ? PortInfoReport::tr("no service name", "after TCP: or UDP: in --port-info")
                                : names)
            << '\n';
    }

    out << "  "
        << (settings.isEphemeral(port)
                   ? PortInfoReport::tr("This machine's OS picks client ports from %1-%2; %3 is one of them.")
                   : PortInfoReport::tr(
                       "This machine's OS picks client ports from %1-%2; %3 is not one of them."))
               .arg(settings.ephemeralFirst)
               .arg(settings.ephemeralLast)
               .arg(port)
        << '\n';
    if (settings.isProtected(port))
        out << "  "
            << PortInfoReport::tr("Only the administrator may open a server on it here (ports below %1 are "
                                  "protected).")
                   .arg(settings.unprivilegedStart)
            << '\n';

    if (!sockets) {
        out << "  " << PortInfoReport::tr("In use now: unknown, this system does not list its sockets.")
            << '\n';
        return;
    }
    std::vector<PortUser> users = PortUsers::find(*sockets, port, onlyProto);
    if (users.empty()) {
        out << "  " << PortInfoReport::tr("In use now (%1): no socket on this port.").arg(socketSource)
            << '\n';
        return;
    }
    PortUsers::attachProcesses(users);
    out << "  "
        << PortInfoReport::tr("In use now (%1): %n socket(s)", "", int(users.size())).arg(socketSource)
        << '\n';
    for (const PortUser &user : users) {
        const KernelSocket &s = user.socket;
        QString line = QStringLiteral("    %1  %2")
                           .arg(Labels::protocol(s.proto), formatEndpoint(s.localAddress, s.localPort));
        if (s.remotePort != 0)
            line += QStringLiteral(" -> ") + formatEndpoint(s.remoteAddress, s.remotePort);
        line += QStringLiteral("  ") + Labels::kernelState(s.state);
        if (!user.process.isEmpty())
            line += QStringLiteral("  ")
                + PortInfoReport::tr("%1 (process %2)").arg(user.process).arg(user.pid);
        out << line << '\n';
    }
}

} // namespace

int PortInfoReport::print(const QString &query, QTextStream &out, QTextStream &err)
{
    const ServiceRegistry &registry = ServiceRegistry::shared();
    KernelView kernel(KernelSocketSource::best());
    const bool haveSockets = kernel.isAvailable() && kernel.poll();
    return print(query, registry, haveSockets ? &kernel.sockets() : nullptr, kernel.sourceName(),
        SystemPortSettings::read(), out, err);
}

int PortInfoReport::print(const QString &text, const ServiceRegistry &registry,
    const std::vector<KernelSocket> *sockets, const QString &socketSource, const SystemPortSettings &settings,
    QTextStream &out, QTextStream &err)
{
    const PortQuery query = PortQuery::parse(text, registry);
    if (!query.isValid()) {
        err << tr("socketscope: --port-info: %1").arg(query.error) << '\n';
        err.flush();
        return kExitBadQuery;
    }

    if (query.kind == PortQuery::Kind::Text) {
        out << tr("Services whose name or description has the words \"%1\":").arg(query.text) << '\n';
        for (qint32 index : query.entries) {
            const ServiceEntry &entry = registry.at(index);
            QStringList protocols;
            if (entry.hasTcp())
                protocols.append(QStringLiteral("tcp"));
            if (entry.hasUdp())
                protocols.append(QStringLiteral("udp"));
            out << QStringLiteral("  %1/%2  %3  %4")
                       .arg(entry.port, 5)
                       .arg(protocols.join(QLatin1Char('/')), -7)
                       .arg(entry.name, entry.description)
                       .trimmed()
                       .prepend(QStringLiteral("  "))
                << '\n';
        }
        if (query.entries.size() >= ServiceRegistry::kDefaultSearchLimit)
            out << "  "
                << tr("(only the first %1 are listed; ask for more words to narrow it down)")
                       .arg(query.entries.size())
                << '\n';
        out << '\n';
    }

    // A free-text answer lists its matches; the full facts follow when they name one port.
    const bool details = query.kind != PortQuery::Kind::Text || query.ports.size() == 1;
    if (details) {
        for (qsizetype i = 0; i < query.ports.size() && i < kMaxListed; ++i) {
            if (i > 0)
                out << '\n';
            printPort(query.ports[i], query.proto, registry, sockets, socketSource, settings, out);
        }
        out << '\n';
    }

    out << (registry.isLoaded()
            ? (registry.isIanaCopy() ? tr("Service names from %1, a copy of the IANA registry.")
                                     : tr("Service names from %1, this system's short list (install "
                                          "libwireshark-data for the full IANA registry)."))
                  .arg(registry.sourcePath())
            : tr("No list of service names could be read."))
        << '\n';
    out.flush();
    return kExitOk;
}

} // namespace SocketScope
