#pragma once

// The order a learner must see, checked on a finished layout: for each TCP connection
// S < SA < A, A before the client's `connected` and the server's accept(), and a FIN before
// the peer's CLOSE_WAIT. Shared by the timeline tests; header-only, test code.

#include "journal/journal.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QHash>
#include <QtCore/QStringList>

namespace CausalOrder {

using namespace SocketScope;

struct Report
{
    QStringList problems;
    int handshakes = 0; // connections whose S, SA and A were all drawn
    int closeWaits = 0; // CLOSE_WAIT states checked
};

inline QString connectionKey(const Journal &journal, const Event &e)
{
    QString a = journal.string(e.local);
    QString b = journal.string(e.remote);
    if (a.isEmpty() || b.isEmpty())
        return {};
    if (b < a)
        std::swap(a, b);
    // Not by host: in the lab each packet is drawn once, from whichever computer's copy shows
    // it leaving its sender. A connection the router rewrote has one key on each side of it.
    return a + QLatin1Char(' ') + b;
}

inline Report check(const TimelineLayout &layout)
{
    struct Connection
    {
        qsizetype syn = -1, synAck = -1, ack = -1, firstFin = -1;
        QList<qsizetype> opened; // connected, accept() and the accepted socket's marker
        QList<qsizetype> closeWaits;
    };
    const Journal &journal = layout.journal();
    QHash<QString, Connection> connections;
    for (qsizetype i = 0; i < layout.itemCount(); ++i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (item.isHidden())
            continue;
        const Event &e = journal.at(item.event);
        QString key = connectionKey(journal, e);
        if (item.kind == TimelineItem::Segment && item.isInferred()) {
            // Inferred from a call that may not know its own address yet (connect() from
            // 0.0.0.0): the connection is the one the lane ends up with.
            for (const LaneId end : {item.lane, item.toLane}) {
                const TimelineLane &l = layout.lane(end);
                if (!l.isOutside() && l.role != SocketRole::Listener && !l.local.isEmpty()
                    && !l.remote.isEmpty()) {
                    key = l.local < l.remote ? l.local + QLatin1Char(' ') + l.remote
                                             : l.remote + QLatin1Char(' ') + l.local;
                    break;
                }
            }
        }
        if (key.isEmpty())
            continue;
        Connection &c = connections[key];
        if (item.kind == TimelineItem::Segment) {
            const quint8 f = item.code;
            if ((f & FlagSyn) && !(f & FlagAck) && c.syn < 0)
                c.syn = i;
            else if ((f & FlagSyn) && (f & FlagAck) && c.synAck < 0)
                c.synAck = i;
            else if (f == FlagAck && item.value == 0 && c.synAck >= 0 && c.ack < 0)
                c.ack = i;
            else if ((f & FlagFin) && c.firstFin < 0)
                c.firstFin = i;
        } else if ((item.kind == TimelineItem::Call
                       && (EventKind(item.code) == EventKind::Connected
                           || EventKind(item.code) == EventKind::Accepted))
            || (item.kind == TimelineItem::LaneOpened && e.role == SocketRole::Accepted)) {
            c.opened.append(i);
        } else if (item.kind == TimelineItem::State && TcpState(item.code) == TcpState::CloseWait) {
            c.closeWaits.append(i);
        }
    }
    Report report;
    for (auto it = connections.cbegin(); it != connections.cend(); ++it) {
        const Connection &c = *it;
        const auto problem = [&](qsizetype step, const char *what) {
            report.problems.append(
                QStringLiteral("%1 at step %2: %3").arg(it.key()).arg(step).arg(QLatin1StringView(what)));
        };
        if (c.synAck >= 0 && (c.syn < 0 || c.synAck < c.syn))
            problem(c.synAck, "SYN+ACK before SYN");
        if (c.ack >= 0 && c.syn >= 0)
            ++report.handshakes;
        if (c.syn >= 0 || c.synAck >= 0) {
            for (const qsizetype opened : c.opened) {
                if (c.ack < 0 || c.ack > opened || c.synAck > opened || c.syn > opened)
                    problem(opened, "connected or accept() before the handshake's last ACK");
            }
        }
        for (const qsizetype closeWait : c.closeWaits) {
            ++report.closeWaits;
            if (c.firstFin < 0 || c.firstFin > closeWait)
                problem(closeWait, "CLOSE_WAIT before any FIN");
        }
    }
    return report;
}

// The exported text lists the first SYN, then SYN+ACK, then the first accept() marker.
inline QStringList checkText(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype syn = -1, synAck = -1, accept = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.contains(QLatin1StringView("SYN+ACK"))) {
            if (synAck < 0)
                synAck = i;
        } else if (line.contains(QLatin1StringView("SYN"))) {
            if (syn < 0)
                syn = i;
        } else if (line.contains(QLatin1StringView("accept()")) && accept < 0) {
            accept = i;
        }
    }
    QStringList problems;
    if (syn >= 0 && synAck >= 0 && synAck < syn)
        problems.append(QStringLiteral("SYN+ACK listed before SYN"));
    if (accept >= 0 && (synAck < 0 || accept < synAck))
        problems.append(QStringLiteral("accept() listed before SYN+ACK"));
    return problems;
}

inline QStringList checkAll(const TimelineLayout &layout, Report *out = nullptr)
{
    Report report = check(layout);
    report.problems += checkText(TimelineExporter::toMermaid(layout, 0, layout.itemCount()));
    report.problems += checkText(TimelineExporter::toPlantUml(layout, 0, layout.itemCount()));
    if (out)
        *out = report;
    return report.problems;
}

} // namespace CausalOrder
