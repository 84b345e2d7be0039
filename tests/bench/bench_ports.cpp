// Prints how fast the port explorer's engine and map are: registry load, lookups, map repaint.
#include "ports/portmap.h"
#include "ports/portquery.h"
#include "ports/serviceregistry.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace SocketScope;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void line(const char *what, double value, const char *unit, const QString &note = {})
{
    std::printf("%-46s %10.3f %s%s%s\n", what, value, unit, note.isEmpty() ? "" : "  ", qPrintable(note));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // Registry load: the whole file read and indexed, as the app does once at start.
    std::vector<double> loads;
    ServiceRegistry registry;
    for (int i = 0; i < 15; ++i) {
        ServiceRegistry fresh;
        QElapsedTimer timer;
        timer.start();
        fresh.load();
        loads.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (i == 0)
            registry = std::move(fresh);
    }
    line("registry load (median of 15)", median(loads), "ms",
        QStringLiteral("%1 entries from %2").arg(registry.size()).arg(registry.sourcePath()));
    line("registry load (first, cold)", loads.front(), "ms");

    // Lookup by number: every port, both protocols, many rounds.
    {
        constexpr int kRounds = 20;
        qsizetype found = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < kRounds; ++round) {
            for (int port = 0; port < 65536; ++port) {
                found += qsizetype(registry.lookup(quint16(port), Protocol::Tcp).size());
                found += qsizetype(registry.lookup(quint16(port), Protocol::Udp).size());
            }
        }
        const double ns = double(timer.nsecsElapsed()) / (kRounds * 65536.0 * 2);
        line("lookup by number+protocol", ns, "ns per lookup",
            QStringLiteral("(%1 hits per round)").arg(found / kRounds));
    }

    // Lookup by name, including the lower-casing a typed name needs.
    {
        const QStringList names = {QStringLiteral("ssh"), QStringLiteral("HTTP"), QStringLiteral("domain"),
            QStringLiteral("mysql"), QStringLiteral("http-alt"), QStringLiteral("nosuchname")};
        constexpr int kRounds = 50000;
        qsizetype found = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < kRounds; ++round) {
            for (const QString &name : names)
                found += qsizetype(registry.byName(name).size());
        }
        line("lookup by service name", double(timer.nsecsElapsed()) / (kRounds * names.size()),
            "ns per lookup", QStringLiteral("(%1 hits)").arg(found / kRounds));
    }

    // A whole typed query: parsing plus lookup.
    {
        constexpr int kRounds = 50000;
        QElapsedTimer timer;
        timer.start();
        qsizetype ports = 0;
        for (int round = 0; round < kRounds; ++round)
            ports += PortQuery::parse(u"8080", registry).ports.size();
        line("typed query \"8080\" parsed and looked up", double(timer.nsecsElapsed()) / kRounds,
            "ns per query", QStringLiteral("(%1)").arg(ports / kRounds));
    }

    // Free-text search walks every description: slower, and only run on Enter.
    {
        constexpr int kRounds = 200;
        QElapsedTimer timer;
        timer.start();
        qsizetype hits = 0;
        for (int round = 0; round < kRounds; ++round)
            hits += registry.search(u"secure").size();
        line("free-text search \"secure\"", double(timer.nsecsElapsed()) / kRounds / 1e3, "us per search",
            QStringLiteral("(%1 hits, first 50 kept)").arg(hits / kRounds));
    }

    // The map at about full-HD, painted offscreen into an image.
    {
        PortMap map;
        map.setRegistry(&registry);
        map.setSystemSettings(SystemPortSettings::read());
        map.resize(1920, 1080);
        auto *random = QRandomGenerator::global();
        std::vector<quint16> inUse, lab, picked;
        for (int i = 0; i < 2000; ++i)
            inUse.push_back(quint16(random->bounded(65536)));
        for (int i = 0; i < 100; ++i)
            lab.push_back(quint16(random->bounded(65536)));
        for (int i = 0; i < 100; ++i)
            picked.push_back(quint16(32768 + random->bounded(28232)));
        std::sort(inUse.begin(), inUse.end());
        std::sort(lab.begin(), lab.end());
        std::sort(picked.begin(), picked.end());
        map.setPortsInUse(inUse);
        map.setLabSocketPorts(lab);
        map.setOsPickedPorts(picked);
        map.selectPort(8080);
        QImage image(map.size(), QImage::Format_ARGB32_Premultiplied);
        map.render(&image); // the first paint builds the cached layer

        constexpr int kRounds = 60;
        std::vector<double> warm;
        for (int i = 0; i < kRounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            map.render(&image);
            warm.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        line("map repaint 1920x1080, 2,300 marks, cached", median(warm), "ms (median)");

        std::vector<double> cold;
        for (int i = 0; i < 20; ++i) {
            // Toggling the zoom forces the cached layer to be rebuilt.
            map.setView(0, 65535 - (i % 2));
            QElapsedTimer timer;
            timer.start();
            map.render(&image);
            cold.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        line("map repaint 1920x1080, cache rebuilt", median(cold), "ms (median)");

        map.setView(0, 1023);
        map.render(&image);
        std::vector<double> zoomed;
        for (int i = 0; i < 20; ++i) {
            map.setView(i % 2 ? 0 : 1, 1023);
            QElapsedTimer timer;
            timer.start();
            map.render(&image);
            zoomed.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        line("map repaint zoomed to 1,024 ports, rebuilt", median(zoomed), "ms (median)",
            QStringLiteral("(numbers drawn in cells)"));
    }
    return 0;
}
