#include "drillevidence.h"

#include "drillscene.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "network/labtopology.h"

#include <QtCore/QHash>

#include <vector>

namespace SocketScope {

namespace {

// A packet captured on a computer's own cable (not on the router's side of it).
struct Captured
{
    qsizetype index;
    const Event *event;
    QString host;
    QString from;
    QString to;

    bool isSyn() const { return (event->flags & (FlagSyn | FlagAck | FlagRst)) == FlagSyn; }
    bool isSynAck() const { return (event->flags & (FlagSyn | FlagAck | FlagRst)) == (FlagSyn | FlagAck); }
    bool isRst() const { return event->flags & FlagRst; }
};

std::vector<Captured> capturedOnCables(const Journal &journal, qsizetype from)
{
    std::vector<Captured> out;
    for (qsizetype i = qMax<qsizetype>(0, from); i < journal.count(); ++i) {
        const Event &e = journal.at(i);
        if (e.kind != EventKind::Segment || e.source != EventSource::Capture || e.proto != Protocol::Tcp)
            continue;
        const QString host = journal.string(e.host);
        if (host.isEmpty() || host == LabTopology::kRouter)
            continue;
        out.push_back({i, &e, host, journal.string(e.local), journal.string(e.remote)});
    }
    return out;
}

DrillEvidence evidenceAt(const Captured &c)
{
    return {c.index, c.event->socket};
}

} // namespace

DrillEvidence DrillEvidence::find(const Journal &journal, DrillFault fault, qsizetype from)
{
    const std::vector<Captured> packets = capturedOnCables(journal, from);
    const QString server = formatEndpoint(DrillScene::serverAddress(), DrillScene::kPort);
    const QString wrong = formatEndpoint(DrillScene::serverAddress(), DrillScene::kWrongPort);
    const QString published = formatEndpoint(DrillScene::publicAddress(), DrillScene::kPort);
    const auto onServer = [](const Captured &c) { return c.host == DrillScene::kServerHost; };

    bool synReachedServer = false;
    for (const Captured &c : packets)
        synReachedServer
            = synReachedServer || (onServer(c) && c.isSyn() && (c.to == server || c.to == wrong));

    switch (fault) {
    case DrillFault::OneWayBlackHole: {
        // pc-b answered someone who came through the router, and the answer reached nobody.
        for (const Captured &c : packets) {
            if (!onServer(c) && c.isSynAck() && c.from == published)
                return {};
        }
        const LabTopology home = LabTopology::homeNetwork();
        const QString serverSegment = home.host(DrillScene::kServerHost)->segment;
        for (const Captured &c : packets) {
            if (!onServer(c) || !c.isSynAck() || c.from != server)
                continue;
            // A neighbour on pc-b's own network is answered straight, not through the router.
            const QString peer = home.hostOwning(QHostAddress(c.to.section(QLatin1Char(':'), 0, 0)));
            const LabHost *peerHost = home.host(peer);
            if (peerHost && peerHost->segment == serverSegment)
                continue;
            return evidenceAt(c);
        }
        return {};
    }
    case DrillFault::PortRejects:
        if (synReachedServer)
            return {};
        for (const Captured &c : packets) {
            if (!onServer(c) && c.isRst() && c.from == published)
                return evidenceAt(c);
        }
        return {};
    case DrillFault::PortDrops: {
        if (synReachedServer)
            return {};
        // A SYN sent again proves no answer came back in a whole second.
        QHash<QString, qsizetype> firstSyn;
        for (const Captured &c : packets) {
            if (onServer(c) || !c.isSyn() || c.to != published)
                continue;
            if (const auto seen = firstSyn.constFind(c.from); seen != firstSyn.cend()) {
                for (const Captured &first : packets) {
                    if (first.index == *seen)
                        return evidenceAt(first);
                }
            }
            firstSyn.insert(c.from, c.index);
        }
        return {};
    }
    case DrillFault::FullBacklog: {
        // A SYN that reached pc-b, came again, and was never answered.
        QHash<QString, qsizetype> firstSyn;
        QHash<QString, int> synCount;
        QHash<QString, bool> answered;
        for (const Captured &c : packets) {
            if (!onServer(c))
                continue;
            if (c.isSyn() && c.to == server) {
                if (!firstSyn.contains(c.from))
                    firstSyn.insert(c.from, c.index);
                ++synCount[c.from];
            } else if (c.isSynAck() && c.from == server) {
                answered.insert(c.to, true);
            }
        }
        qsizetype best = -1;
        for (auto it = firstSyn.cbegin(); it != firstSyn.cend(); ++it) {
            if (synCount.value(it.key()) >= 2 && !answered.value(it.key()) && (best < 0 || *it < best))
                best = *it;
        }
        for (const Captured &c : packets) {
            if (c.index == best)
                return evidenceAt(c);
        }
        return {};
    }
    case DrillFault::ZeroWindow:
        for (const Captured &c : packets) {
            if (onServer(c) && c.from == server && c.event->window == 0 && (c.event->flags & FlagAck)
                && !(c.event->flags & (FlagSyn | FlagRst)))
                return evidenceAt(c);
        }
        return {};
    case DrillFault::WrongForward:
        for (const Captured &c : packets) {
            if (onServer(c) && c.isSyn() && c.to == wrong)
                return evidenceAt(c);
        }
        return {};
    }
    return {};
}

} // namespace SocketScope
