#include "lessonactions.h"

#include "experiments/portforwarder.h"
#include "journal/journal.h"
#include "kernel/kernelview.h"
#include "lab/endpoint.h"
#include "lab/lab.h"
#include "lessonplayer.h"
#include "lessonsteprun.h"
#include "network/linkfault.h"
#include "ports/bindprobe.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTimer>

#include <climits>
#include <memory>

namespace SocketScope {

namespace {

// Connect and close waits: loopback answers in microseconds, so a few seconds only pass when
// something is really wrong (a firewall, a full accept queue).
constexpr int kConnectWaitMs = 5000;
constexpr int kCloseWaitMs = 3000;
constexpr int kDeliveryWaitMs = 2000;
constexpr int kStateWaitMs = 5000;
// A bulk send through a slow or lossy lab link takes seconds, not microseconds.
constexpr int kBulkWaitMs = 5000;
constexpr int kMaxBulkWaitMs = 60000;
constexpr qint64 kMaxBulkBytes = qint64(16) * 1024 * 1024;
// Small writes: a few bytes each, as a program writing a message field by field does.
constexpr int kSmallWriteBytes = 10;
constexpr int kMaxSmallWrites = 200;
constexpr int kMaxSmallWriteBytes = 1000;
constexpr int kMaxWatchMs = 60000;

QString endpointOfSocket(const SocketInfo &info)
{
    return formatEndpoint(info.localAddress, info.localPort);
}

// The lab socket at the other end of a TCP connection, when the lab holds both ends.
qint32 peerOf(const Lab &lab, qint32 id)
{
    const SocketInfo *self = lab.info(id);
    if (!self || self->proto != Protocol::Tcp || !self->remotePort)
        return -1;
    for (const qint32 other : lab.socketIds()) {
        const SocketInfo *info = lab.info(other);
        if (other != id && info && info->isOpen() && info->proto == Protocol::Tcp
            && info->localPort == self->remotePort && info->remotePort == self->localPort)
            return other;
    }
    return -1;
}

// Listen or bind, and when a fixed port is taken (or protected) let the OS pick another and
// say so: a lesson must not stop because the teacher's machine runs something on 8080.
Lab::Opened openWithFallback(
    LessonStepRun *run, const std::function<Lab::Opened(quint16)> &open, quint16 port)
{
    Lab::Opened opened = open(port);
    const bool portProblem
        = opened.error.kind == LabError::AddressInUse || opened.error.kind == LabError::PortProtected;
    if (opened.error && port != 0 && portProblem && run->argBool(QStringLiteral("fallback"), true)) {
        const LabError first = opened.error;
        opened = open(0);
        if (!opened.error) {
            const SocketInfo *info = run->lab()->info(opened.id);
            // Part of the lesson's story, not an error message: the step goes on.
            run->note((first.kind == LabError::AddressInUse
                    ? LessonActions::tr("Port %1 could not be used (another socket already uses it), so the "
                                        "OS picked port %2 instead.")
                    : LessonActions::tr("Port %1 could not be used (it needs administrator rights), so the "
                                        "OS picked port %2 instead."))
                          .arg(port)
                          .arg(info ? info->localPort : 0));
        }
    }
    return opened;
}

void runNone(LessonStepRun *run)
{
    run->succeed();
}

void runListen(LessonStepRun *run)
{
    const auto address = run->addressOf(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const auto port = address ? run->portOf(QStringLiteral("port"), 0) : std::nullopt;
    if (!port)
        return;
    const int backlog = run->argInt(QStringLiteral("backlog"), Lab::kDefaultBacklog);
    Lab *lab = run->lab();
    const Lab::Opened opened = openWithFallback(
        run, [&](quint16 p) { return lab->listenTcp(*address, p, backlog); }, *port);
    if (opened.error)
        return run->fail(LessonFailure::Attempt::Listen, formatEndpoint(*address, *port), opened.error);
    run->adopt({opened.id});
    const SocketInfo *info = lab->info(opened.id);
    QString message = LessonActions::tr("The server socket listens on %1 with a backlog of %2.")
                          .arg(endpointOfSocket(*info))
                          .arg(backlog);
    if (*port == 0)
        message += QLatin1Char(' ')
            + LessonActions::tr("Port 0 asked the OS to pick a free port: it picked %1.")
                  .arg(info->localPort);
    run->succeed(message);
}

// Opens `count` clients to `to` and waits until every one is connected.
void connectClients(LessonStepRun *run, int count)
{
    QHostAddress remote;
    quint16 port = 0;
    if (!run->endpointOf(run->arg(QStringLiteral("to")), &remote, &port))
        return;
    QHostAddress source;
    if (run->step().args.contains(QStringLiteral("source"))) {
        const auto parsed = run->addressOf(QStringLiteral("source"), {});
        if (!parsed)
            return;
        source = *parsed;
    }
    Lab *lab = run->lab();
    QList<qint32> ids;
    for (int i = 0; i < count; ++i) {
        const Lab::Opened opened = lab->connectTcp(remote, port, source);
        if (opened.error)
            return run->fail(LessonFailure::Attempt::Connect, formatEndpoint(remote, port), opened.error);
        ids << opened.id;
    }
    run->adopt(ids);

    const auto check = [run, ids, remote, port] {
        Lab *lab = run->lab();
        QStringList ports;
        for (const qint32 id : ids) {
            const SocketInfo *info = lab ? lab->info(id) : nullptr;
            if (!info || !info->isOpen())
                return run->fail(LessonActions::tr("The connection to %1 ended before it was set up.")
                                     .arg(formatEndpoint(remote, port)));
            if (info->qtState != QAbstractSocket::ConnectedState)
                return;
            ports << QString::number(info->localPort);
        }
        if (ids.size() == 1)
            run->succeed(
                LessonActions::tr("Connected to %1. The OS gave the client the local port %2 by itself.")
                    .arg(formatEndpoint(remote, port), ports.constFirst()));
        else
            run->succeed(LessonActions::tr("%1 clients connected to %2. The OS gave them the local ports %3.")
                             .arg(ids.size())
                             .arg(formatEndpoint(remote, port), ports.join(QLatin1StringView(", "))));
    };
    QObject::connect(lab, &Lab::socketChanged, run, [ids, check](qint32 id) {
        if (ids.contains(id))
            check();
    });
    QObject::connect(
        lab, &Lab::socketFailed, run, [run, ids, remote, port](qint32 id, const LabError &error) {
            if (ids.contains(id))
                run->fail(LessonFailure::Attempt::Connection, formatEndpoint(remote, port), error);
        });
    run->failAfter(
        kConnectWaitMs, LessonActions::tr("No connection within %1 seconds.").arg(kConnectWaitMs / 1000));
    check();
}

void runConnect(LessonStepRun *run)
{
    connectClients(run, 1);
}

void runConnectMany(LessonStepRun *run)
{
    const int count = run->argInt(QStringLiteral("count"), 0);
    if (count < 1 || count > 100)
        return run->fail(LessonActions::tr("\"count\" must be between 1 and 100."));
    connectClients(run, count);
}

void runWaitAccepted(LessonStepRun *run)
{
    const auto listener = run->socketOf(QStringLiteral("listener"));
    if (!listener)
        return;
    const int count = qMax(1, run->argInt(QStringLiteral("count"), 1));
    const auto check = [run, listener = *listener, count] {
        Lab *lab = run->lab();
        QList<qint32> fresh;
        for (const qint32 id : lab->socketIds()) {
            const SocketInfo *info = lab->info(id);
            if (info && info->role == SocketRole::Accepted && info->parent == listener
                && !run->player()->isNamed(id))
                fresh << id;
        }
        if (fresh.size() < count)
            return;
        fresh = fresh.mid(0, count);
        run->adopt(fresh);
        const SocketInfo *first = lab->info(fresh.constFirst());
        const SocketInfo *server = lab->info(listener);
        if (count == 1)
            run->succeed(LessonActions::tr("accept() returned a new socket (#%1) for the client %2. Its "
                                           "local side %3 is the listening socket's own.")
                             .arg(first->id)
                             .arg(formatEndpoint(first->remoteAddress, first->remotePort),
                                 server ? endpointOfSocket(*server) : endpointOfSocket(*first)));
        else
            run->succeed(LessonActions::tr(
                "accept() returned %1 new sockets, one per client, all with the local side %2.")
                             .arg(count)
                             .arg(endpointOfSocket(*first)));
    };
    QObject::connect(run->lab(), &Lab::socketOpened, run, [check](qint32) { check(); });
    run->failAfter(kConnectWaitMs,
        LessonActions::tr("The server did not accept the connection (is accepting paused?)."));
    check();
}

void runPauseAccepting(LessonStepRun *run, bool paused)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    if (const LabError error = run->lab()->setAcceptingPaused(*id, paused))
        return run->fail(LessonFailure::Attempt::Command, {}, error);
    run->succeed(paused
            ? LessonActions::tr(
                "The server stopped calling accept(). The kernel still completes handshakes and queues them.")
            : LessonActions::tr("The server calls accept() again and takes the waiting connections."));
}

// A program that stops calling read() on one connection, or starts again: the lab leaves what
// arrives in the kernel, where the receive buffer fills and the advertised window closes.
void runPauseReading(LessonStepRun *run, bool paused)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    if (const LabError error = run->lab()->setReadingPaused(*id, paused))
        return run->fail(LessonFailure::Attempt::Command, {}, error);
    run->succeed(paused ? LessonActions::tr("Socket #%1 stops calling read(). What arrives now waits in "
                                            "its kernel's receive buffer.")
                              .arg(*id)
                        : LessonActions::tr("Socket #%1 calls read() again and takes what waited in "
                                            "its kernel's receive buffer.")
                              .arg(*id));
}

// The words for a number of segments the kernel counted, or for not knowing it.
QString segmentsWords(qint64 before, qint64 after)
{
    if (before < 0 || after < before)
        return LessonActions::tr("the kernel did not say how many segments");
    return LessonActions::tr("%n TCP segment(s)", "", int(after - before));
}

void runMaxConnections(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    const int count = run->argInt(QStringLiteral("count"), 0);
    if (const LabError error = run->lab()->setMaxConnections(*id, count))
        return run->fail(LessonFailure::Attempt::Command, {}, error);
    run->succeed(count > 0
            ? LessonActions::tr("The server accepts at most %1 connections at once; more wait in the queue.")
                  .arg(count)
            : LessonActions::tr("The server accepts any number of connections."));
}

// "text" is one string, or a list of strings sent right after each other.
QList<QByteArray> piecesOf(LessonStepRun *run)
{
    QList<QByteArray> pieces;
    const QJsonValue text = run->arg(QStringLiteral("text"));
    if (text.isArray()) {
        for (const auto &piece : text.toArray())
            pieces << piece.toString().toUtf8();
    } else {
        pieces << text.toString().toUtf8();
    }
    return pieces;
}

void runSend(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    Lab *lab = run->lab();
    const qint32 peer = peerOf(*lab, *id);
    qint64 size = 0;
    for (const QByteArray &piece : piecesOf(run)) {
        if (const LabError error = lab->send(*id, piece))
            return run->fail(LessonFailure::Attempt::Send, {}, error);
        size += piece.size();
    }
    const QString sent = LessonActions::tr("Sent %n byte(s).", "", int(size));
    if (peer < 0)
        return run->succeed(sent);
    // Wait until the other end has read every byte, so the next step sees them arrived, and
    // count its reads: a stream has no message borders, so two sends may be one read.
    // With a "reply", the other end answers the moment it has read them all, as a server
    // program does; an answer that quick also makes its kernel delay its ACKs from then on,
    // hoping to send each with the next answer (Linux's "pingpong" mode).
    const QByteArray reply = run->argString(QStringLiteral("reply")).toUtf8();
    auto received = std::make_shared<qint64>(0);
    auto reads = std::make_shared<int>(0);
    QObject::connect(lab, &Lab::dataReceived, run,
        [run, peer, received, reads, sent, size, reply](qint32 from, const QByteArray &bytes) {
            if (from != peer || *received >= size)
                return;
            *received += bytes.size();
            ++*reads;
            if (*received < size)
                return;
            QString message = sent + QLatin1Char(' ')
                + LessonActions::tr("The other end (#%1) received them in %n read(s).", "", *reads).arg(peer);
            if (!reply.isEmpty()) {
                if (const LabError error = run->lab()->send(peer, reply))
                    return run->fail(LessonFailure::Attempt::Send, {}, error);
                message += QLatin1Char(' ')
                    + LessonActions::tr("It answered at once with %n byte(s).", "", int(reply.size()));
            }
            run->succeed(message);
        });
    QTimer::singleShot(kDeliveryWaitMs, run, [run, sent] { run->succeed(sent); });
}

// `bytes` of filler text ("0123456789..." repeated, so a data view shows where in the stream a
// segment is), sent in one call: what a program copying a file does. The step ends when the
// other end has read them all or after `timeout_ms`, saying how much it has read by then: a
// reader that does not read is the point of some lessons, not a failure.
void runSendBulk(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    const qint64 size = qBound(qint64(1), qint64(run->argInt(QStringLiteral("bytes"), 1)), kMaxBulkBytes);
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char('0' + i % 10);
    Lab *lab = run->lab();
    const qint32 peer = peerOf(*lab, *id);
    if (const LabError error = lab->send(*id, data))
        return run->fail(LessonFailure::Attempt::Send, {}, error);
    const QString sent = LessonActions::tr("Sent %n byte(s) in one call.", "", int(size));
    auto received = std::make_shared<qint64>(0);
    QObject::connect(lab, &Lab::dataReceived, run,
        [run, peer, received, sent, size](qint32 from, const QByteArray &bytes) {
            if (peer < 0 || from != peer)
                return;
            *received += bytes.size();
            if (*received >= size)
                run->succeed(sent + QLatin1Char(' ')
                    + LessonActions::tr("The other end (#%1) has read them all.").arg(peer));
        });
    const int waitMs = qBound(0, run->argInt(QStringLiteral("timeout_ms"), kBulkWaitMs), kMaxBulkWaitMs);
    QTimer::singleShot(waitMs, run, [run, peer, received, sent] {
        if (peer < 0)
            return run->succeed(sent + QLatin1Char(' ')
                + LessonActions::tr("No program at the other end has read any of them yet."));
        run->succeed(sent + QLatin1Char(' ')
            + LessonActions::tr("The other end (#%1) has read %n byte(s) so far.", "", int(*received))
                  .arg(peer));
    });
}

// `count` writes of `bytes` each, one send() call after another with nothing in between: what
// a program that writes a message field by field does. The step ends once the other end has
// read them all and says how many segments the kernel made of them (tcp_info's segs_out
// before and after): with Nagle's rule a few, with TCP_NODELAY about one per write.
void runSmallWrites(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    const int count = run->argInt(QStringLiteral("count"), 0);
    const int bytes = run->argInt(QStringLiteral("bytes"), kSmallWriteBytes);
    Lab *lab = run->lab();
    const qint32 peer = peerOf(*lab, *id);
    const qint64 before = lab->segmentCounts(*id).sent;
    const qint64 noDelay = lab->kernelOption(*id, SocketOption::NoDelay);
    QByteArray piece(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        piece[i] = char('a' + i % 26);
    for (int i = 0; i < count; ++i) {
        if (const LabError error = lab->send(*id, piece))
            return run->fail(LessonFailure::Attempt::Send, {}, error);
    }
    const qint64 total = qint64(count) * bytes;
    const auto report = [run, id = *id, count, bytes, total, before, noDelay] {
        const qint64 after = run->lab()->segmentCounts(id).sent;
        QString message = LessonActions::tr("%n write(s) of %1 bytes each left in %2.", "", count)
                              .arg(bytes)
                              .arg(segmentsWords(before, after));
        if (before >= 0 && after > before)
            message += QLatin1Char(' ')
                + LessonActions::tr("That is about %1 bytes per segment.")
                      .arg((total + (after - before) / 2) / (after - before));
        if (noDelay != kOptionUnread)
            message += QLatin1Char(' ')
                + (noDelay ? LessonActions::tr(
                       "TCP_NODELAY is on: the kernel sends small writes without waiting for ACKs.")
                           : LessonActions::tr("TCP_NODELAY is off: Nagle's rule holds small writes back "
                                               "while a segment waits for its ACK."));
        run->succeed(message);
    };
    if (peer < 0) {
        // Nobody here reads them; the kernel has sent them by the time this runs.
        QTimer::singleShot(kDeliveryWaitMs, run, report);
        return;
    }
    auto received = std::make_shared<qint64>(0);
    QObject::connect(
        lab, &Lab::dataReceived, run, [peer, received, total, report](qint32 from, const QByteArray &data) {
            if (from != peer)
                return;
            *received += data.size();
            if (*received >= total)
                report();
        });
    run->failAfter(kDeliveryWaitMs,
        LessonActions::tr("The other end did not read the writes within %1 seconds.")
            .arg(kDeliveryWaitMs / 1000));
}

// Watches one connection for `ms` and says how many segments it sent meanwhile and how big the
// window the other side advertises is: with the window at 0, each segment is a probe.
void runWatchSegments(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    const int ms = qBound(0, run->argInt(QStringLiteral("ms"), 0), kMaxWatchMs);
    const qint64 before = run->lab()->segmentCounts(*id).sent;
    QTimer::singleShot(ms, run, [run, id = *id, ms, before] {
        const TcpSegmentCounts after = run->lab()->segmentCounts(id);
        QString message = LessonActions::tr("In %1 seconds socket #%2 sent %3.")
                              .arg(QString::number(ms / 1000.0, 'g', 2))
                              .arg(id)
                              .arg(segmentsWords(before, after.sent));
        const bool sentSome = before >= 0 && after.sent > before;
        if (after.sendWindow == 0 && sentSome)
            message += QLatin1Char(' ')
                + LessonActions::tr("The other side's window is 0 bytes, so every segment sent was a "
                                    "zero-window probe: \"do you have room yet?\"");
        else if (after.sendWindow >= 0)
            message += QLatin1Char(' ')
                + LessonActions::tr("The other side's window is %n byte(s).", "",
                    int(qMin<qint64>(after.sendWindow, INT_MAX)));
        run->succeed(message);
    });
}

// Waits until `socket` has read `bytes` in all since it opened.
void runWaitReceived(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    const qint64 bytes = qMax(1, run->argInt(QStringLiteral("bytes"), 1));
    const auto check = [run, id = *id, bytes] {
        const SocketInfo *info = run->lab()->info(id);
        if (info && info->bytesIn >= bytes)
            run->succeed(LessonActions::tr(
                "Socket #%1 has read %n byte(s) in all.", "", int(qMin<qint64>(info->bytesIn, INT_MAX)))
                             .arg(id));
    };
    QObject::connect(run->lab(), &Lab::dataReceived, run, [check, id = *id](qint32 at) {
        if (at == id)
            check();
    });
    const int timeout = qBound(0, run->argInt(QStringLiteral("timeout_ms"), kBulkWaitMs), kMaxBulkWaitMs);
    run->failAfter(timeout,
        LessonActions::tr(
            "Socket #%1 did not read %2 bytes within %n second(s).", "", qMax(1, timeout / 1000))
            .arg(*id)
            .arg(bytes));
    check();
}

void runShutdown(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    if (const LabError error = run->lab()->shutdownWrite(*id))
        return run->fail(LessonFailure::Attempt::Shutdown, {}, error);
    run->succeed(
        LessonActions::tr("shutdown(): this side sent FIN and sends no more, but it can still receive."));
}

void runClose(LessonStepRun *run, bool abort)
{
    const QList<qint32> ids = run->socketsOf(QStringLiteral("socket"));
    if (ids.isEmpty())
        return;
    Lab *lab = run->lab();
    for (const qint32 id : ids) {
        if (const LabError error = abort ? lab->abort(id) : lab->close(id))
            return run->fail(LessonFailure::Attempt::Command, {}, error);
    }
    const QString done = abort
        ? LessonActions::tr("abort(): the connection was reset with RST; no FIN, no TIME_WAIT.")
        : LessonActions::tr("close() was called.");
    const auto check = [run, ids, done] {
        for (const qint32 id : ids) {
            const SocketInfo *info = run->lab()->info(id);
            if (info && info->isOpen())
                return;
        }
        run->succeed(done);
    };
    QObject::connect(lab, &Lab::socketChanged, run, [check](qint32) { check(); });
    QObject::connect(lab, &Lab::socketRemoved, run, [check](qint32) { check(); });
    QTimer::singleShot(kCloseWaitMs, run, [run, done] { run->succeed(done); });
    check();
}

void runBindUdp(LessonStepRun *run)
{
    const auto address = run->addressOf(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const auto port = address ? run->portOf(QStringLiteral("port"), 0) : std::nullopt;
    if (!port)
        return;
    const bool broadcast = run->argBool(QStringLiteral("broadcast"), false);
    Lab *lab = run->lab();
    const Lab::Opened opened = openWithFallback(
        run, [&](quint16 p) { return lab->bindUdp(*address, p, broadcast); }, *port);
    if (opened.error)
        return run->fail(LessonFailure::Attempt::BindUdp, formatEndpoint(*address, *port), opened.error);
    run->adopt({opened.id});
    const SocketInfo *info = lab->info(opened.id);
    run->succeed(LessonActions::tr(
        "A UDP socket is bound to %1. No listen(), no accept(): it can send and receive at once.")
                     .arg(endpointOfSocket(*info)));
}

void runSendDatagram(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    QJsonArray targets;
    const QJsonValue to = run->arg(QStringLiteral("to"));
    if (to.isArray())
        targets = to.toArray();
    else
        targets.append(to);
    Lab *lab = run->lab();
    QList<UdpEndpoint::Destination> destinations;
    QList<qint32> receivers; // lab sockets among the destinations
    for (const auto &target : std::as_const(targets)) {
        const QString text = target.toString();
        // A group name sends to every member.
        QList<QJsonValue> members;
        if (LessonActions::isEndpoint(text) || text.contains(QLatin1Char('#'))) {
            members << target;
        } else {
            const QList<qint32> group = run->player()->socketsNamed(text);
            for (int i = 1; i <= group.size(); ++i)
                members << QJsonValue(QStringLiteral("%1#%2").arg(text).arg(i));
            if (members.isEmpty())
                members << target; // endpointOf() says what is missing
        }
        for (const QJsonValue &member : std::as_const(members)) {
            UdpEndpoint::Destination destination;
            if (!run->endpointOf(member, &destination.address, &destination.port))
                return;
            destinations << destination;
            if (!LessonActions::isEndpoint(member.toString()))
                receivers << run->player()->socketsNamed(member.toString());
        }
    }
    const QList<QByteArray> pieces = piecesOf(run);
    for (const QByteArray &piece : pieces) {
        if (const LabError error = lab->sendDatagram(*id, piece, destinations))
            return run->fail(LessonFailure::Attempt::SendDatagram, {}, error);
    }
    const int sent = int(pieces.size() * destinations.size());
    const int expected = int(pieces.size() * receivers.size());
    const QString sentText = LessonActions::tr("Sent %n datagram(s).", "", sent);
    if (expected == 0)
        return run->succeed(sentText);
    auto arrived = std::make_shared<int>(0);
    QObject::connect(lab, &Lab::dataReceived, run, [run, receivers, arrived, expected, sentText](qint32 at) {
        if (!receivers.contains(at))
            return;
        if (++*arrived >= expected)
            run->succeed(sentText + QLatin1Char(' ')
                + LessonActions::tr("All %n arrived, each as one whole message.", "", expected));
    });
    QTimer::singleShot(kDeliveryWaitMs, run, [run, arrived, expected, sentText] {
        run->succeed(sentText + QLatin1Char(' ')
            + LessonActions::tr("%1 of %2 arrived: UDP does not promise delivery.")
                  .arg(*arrived)
                  .arg(expected));
    });
}

QString outcomeName(BindProbe::Outcome outcome)
{
    switch (outcome) {
    case BindProbe::Free:
        return QStringLiteral("free");
    case BindProbe::InUse:
        return QStringLiteral("in_use");
    case BindProbe::Protected:
        return QStringLiteral("protected");
    case BindProbe::AddressNotAvailable:
        return QStringLiteral("address_not_available");
    case BindProbe::Other:
        break;
    }
    return QStringLiteral("other");
}

void runTryBind(LessonStepRun *run)
{
    const QString protoName = run->argString(QStringLiteral("proto"), QStringLiteral("tcp"));
    const Protocol proto = protoName == QLatin1StringView("udp") ? Protocol::Udp : Protocol::Tcp;
    const auto address = run->addressOf(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const auto port = address ? run->portOf(QStringLiteral("port"), 0) : std::nullopt;
    if (!port)
        return;
    const BindProbe::Result result = BindProbe::probe(proto, *address, *port, run->lab()->kernelView());
    // The outcome itself is worded by the window (BindPanel::outcomeText), as in the Ports tab.
    QString message;
    const QString expected = run->argString(QStringLiteral("expect"));
    if (!expected.isEmpty() && expected != outcomeName(result.outcome))
        message = LessonActions::tr("(This machine answered differently from most; the lesson goes on.)");
    run->succeed(result, message);
}

bool kernelVisible(LessonStepRun *run)
{
    const KernelView *kernel = run->lab()->kernelView();
    if (kernel && kernel->isAvailable())
        return true;
    run->fail(LessonActions::tr(
        "This step watches the kernel's socket states, and SocketScope cannot read them on this system."));
    return false;
}

void runWaitState(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id || !kernelVisible(run))
        return;
    const QString name = run->argString(QStringLiteral("state"));
    const auto state = tcpStateFromName(QLatin1StringView(name.toLatin1()));
    if (!state)
        return run->fail(LessonActions::tr("Unknown kernel state \"%1\".").arg(name));
    const auto check = [run, id = *id, state = *state, name] {
        Lab *lab = run->lab();
        const SocketInfo *info = lab->info(id);
        bool reached = info && info->kernelState == state;
        // It may have passed through the state between two looks; the journal remembers.
        const Journal *journal = lab->journal();
        for (const quint32 index : journal->eventsOfSocket(id)) {
            const Event &e = journal->at(index);
            reached = reached || (e.kind == EventKind::State && e.toState == state);
        }
        if (reached)
            run->succeed(LessonActions::tr("The kernel reports socket #%1 in %2.").arg(id).arg(name));
    };
    QObject::connect(run->lab(), &Lab::socketChanged, run, [check, id = *id](qint32 changed) {
        if (changed == id)
            check();
    });
    if (KernelView *kernel = run->lab()->kernelView())
        kernel->wakeUp();
    const int timeout = run->argInt(QStringLiteral("timeout_ms"), kStateWaitMs);
    run->failAfter(timeout,
        LessonActions::tr("Socket #%1 did not reach %2 within %3 seconds.")
            .arg(*id)
            .arg(name)
            .arg(qMax(1, timeout / 1000)));
    check();
}

void runWaitQueue(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id || !kernelVisible(run))
        return;
    const int atLeast = qMax(1, run->argInt(QStringLiteral("at_least"), 1));
    const auto check = [run, id = *id, atLeast] {
        const SocketInfo *info = run->lab()->info(id);
        if (info && info->queueLength >= atLeast)
            run->succeed(
                LessonActions::tr("The kernel says %n connection(s) wait in the accept queue (limit %1).", "",
                    info->queueLength)
                    .arg(info->queueLimit));
    };
    QObject::connect(run->lab(), &Lab::socketChanged, run, [check, id = *id](qint32 changed) {
        if (changed == id)
            check();
    });
    if (KernelView *kernel = run->lab()->kernelView())
        kernel->wakeUp();
    run->failAfter(run->argInt(QStringLiteral("timeout_ms"), kStateWaitMs),
        LessonActions::tr("No connection showed up in the accept queue."));
    check();
}

void runForward(LessonStepRun *run)
{
    ForwardRule rule;
    rule.proto = Protocol::Tcp;
    if (!run->endpointOf(run->arg(QStringLiteral("listen")), &rule.listenAddress, &rule.listenPort)
        || !run->endpointOf(run->arg(QStringLiteral("target")), &rule.targetAddress, &rule.targetPort))
        return;
    auto *forwarder = new PortForwarder(run->lab());
    run->player()->keepUntilReset(forwarder);
    if (const LabError error = forwarder->start(rule))
        return run->fail(LessonFailure::Attempt::StartForwarder,
            formatEndpoint(rule.listenAddress, rule.listenPort), error);
    run->adopt({forwarder->listenerId()});
    run->succeed(LessonActions::tr("The forwarder listens on %1 and passes every connection on to %2.")
                     .arg(formatEndpoint(rule.listenAddress, forwarder->listenPort()),
                         formatEndpoint(rule.targetAddress, rule.targetPort)));
}

// The value of an option as a person would write it after "=": a JSON true/false is on/off, a
// whole number is itself, a string ("off" for linger) is taken as written.
std::optional<QString> optionValueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != double(qint64(number)))
            return QString::number(number); // the rules refuse it by name
        return QString::number(qint64(number));
    }
    if (value.isString())
        return value.toString();
    return std::nullopt;
}

QString optionValueWords(SocketOption option, qint64 value)
{
    if (value == kOptionUnread)
        return LessonActions::tr("(it cannot say)");
    if (OptionRules::isSwitch(option))
        return value ? LessonActions::tr("on") : LessonActions::tr("off");
    if (option == SocketOption::Linger && value < 0)
        return LessonActions::tr("off");
    return QString::number(value);
}

// setsockopt() on a lesson's socket through the lab, as the workbench's option panel does, so
// the journal shows option_set with what the kernel reports back.
void runSetOption(LessonStepRun *run)
{
    const auto id = run->socketOf(QStringLiteral("socket"));
    if (!id)
        return;
    QString problem;
    const auto request = LessonActions::optionRequestOf(run->step().args, &problem);
    if (!request)
        return run->fail(problem);
    Lab *lab = run->lab();
    if (const LabError error = lab->setOption(*id, request->option, request->value))
        return run->fail(LessonFailure::Attempt::Command, {}, error);
    const qint64 kernel = lab->kernelOption(*id, request->option);
    const QString name = QString(socketOptionName(request->option));
    QString message = LessonActions::tr("setsockopt() on socket #%1: %2 asked %3, the kernel reports %4.")
                          .arg(*id)
                          .arg(name, optionValueWords(request->option, request->value),
                              optionValueWords(request->option, kernel));
    if (request->option == SocketOption::Linger && request->value == 0)
        message += QLatin1Char(' ')
            + LessonActions::tr("With linger 0, close() on this socket throws the connection away with RST.");
    run->succeed(message);
}

void runWait(LessonStepRun *run)
{
    QTimer::singleShot(
        qBound(0, run->argInt(QStringLiteral("ms"), 0), 60000), run, [run] { run->succeed(); });
}

} // namespace

const QList<LessonActions::Spec> &LessonActions::specs()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    static const QList<Spec> table = {
        {s("none"), false, {}, {}, runNone},
        {s("listen"), true, {s("port")}, {}, runListen},
        {s("connect"), true, {s("to")}, {s("to")}, runConnect},
        {s("connect_many"), true, {s("to")}, {s("to"), s("count")}, runConnectMany},
        {s("wait_accepted"), true, {s("listener")}, {s("listener")}, runWaitAccepted},
        {s("pause_accepting"), false, {s("socket")}, {s("socket")},
            [](LessonStepRun *run) { runPauseAccepting(run, true); }},
        {s("resume_accepting"), false, {s("socket")}, {s("socket")},
            [](LessonStepRun *run) { runPauseAccepting(run, false); }},
        {s("max_connections"), false, {s("socket")}, {s("socket"), s("count")}, runMaxConnections},
        {s("pause_reading"), false, {s("socket")}, {s("socket")},
            [](LessonStepRun *run) { runPauseReading(run, true); }},
        {s("resume_reading"), false, {s("socket")}, {s("socket")},
            [](LessonStepRun *run) { runPauseReading(run, false); }},
        {s("small_writes"), false, {s("socket")}, {s("socket"), s("count")}, runSmallWrites},
        {s("watch_segments"), false, {s("socket")}, {s("socket"), s("ms")}, runWatchSegments},
        {s("wait_received"), false, {s("socket")}, {s("socket"), s("bytes")}, runWaitReceived},
        {s("send"), false, {s("socket")}, {s("socket"), s("text")}, runSend},
        {s("send_bulk"), false, {s("socket")}, {s("socket"), s("bytes")}, runSendBulk},
        {s("shutdown"), false, {s("socket")}, {s("socket")}, runShutdown},
        {s("close"), false, {s("socket")}, {s("socket")}, [](LessonStepRun *run) { runClose(run, false); }},
        {s("abort"), false, {s("socket")}, {s("socket")}, [](LessonStepRun *run) { runClose(run, true); }},
        {s("bind_udp"), true, {s("port")}, {}, runBindUdp},
        {s("send_datagram"), false, {s("socket"), s("to")}, {s("socket"), s("to"), s("text")},
            runSendDatagram},
        {s("try_bind"), false, {s("port")}, {s("port")}, runTryBind},
        {s("wait_state"), false, {s("socket")}, {s("socket"), s("state")}, runWaitState},
        {s("wait_queue"), false, {s("socket")}, {s("socket")}, runWaitQueue},
        {s("wait"), false, {}, {s("ms")}, runWait},
        {s("set_option"), false, {s("socket")}, {s("socket"), s("option")}, runSetOption},
        // The port forwarder of app/experiments, TCP only in lessons.
        {s("forward"), true, {s("target")}, {s("listen"), s("target")}, runForward},
        // A port-forwarding rule on the virtual lab network's router: app/network implements
        // it and the Session registers it with the player.
        {s("router_forward"), false, {s("target")}, {s("public"), s("target")}, {}},
        // Loss, a rate limit or delay on a link of the virtual lab network: app/network too.
        {s("link_fault"), false, {}, {s("link"), s("fault")}, {}},
    };
    return table;
}

const LessonActions::Spec *LessonActions::spec(QStringView name)
{
    for (const Spec &spec : specs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QHash<QString, LessonAction> LessonActions::builtIns()
{
    QHash<QString, LessonAction> actions;
    for (const Spec &spec : specs()) {
        if (spec.run)
            actions.insert(spec.name, spec.run);
    }
    return actions;
}

std::optional<OptionRequest> LessonActions::optionRequestOf(const QJsonObject &args, QString *error)
{
    const QJsonValue option = args.value(QLatin1StringView("option"));
    if (!option.isString() || option.toString().trimmed().isEmpty()) {
        if (error)
            *error = tr("\"option\" must be the name of a socket option: %1").arg(OptionRules::knownNames());
        return std::nullopt;
    }
    QString written = option.toString().trimmed();
    if (written.contains(QLatin1Char('=')) || written.contains(QLatin1Char(','))) {
        if (error)
            *error = tr("\"option\" is \"%1\"; write the value in \"value\"").arg(quotedPart(written));
        return std::nullopt;
    }
    if (args.contains(QLatin1StringView("value"))) {
        const auto value = optionValueText(args.value(QLatin1StringView("value")));
        if (!value) {
            if (error)
                *error = tr("\"value\" of %1 must be a number, true/false or \"on\"/\"off\"").arg(written);
            return std::nullopt;
        }
        written += QLatin1Char('=') + *value;
    }
    // The socket's protocol is only known when the step runs; the lab refuses a TCP option on a
    // UDP socket then, in words.
    return OptionRules::parseOne(written, Protocol::Tcp, error);
}

QString LessonActions::argumentProblem(const QString &action, const QJsonObject &args)
{
    if (action == QLatin1StringView("set_option")) {
        QString problem;
        if (!optionRequestOf(args, &problem))
            return problem;
    }
    if (action == QLatin1StringView("send_bulk")) {
        const QJsonValue bytes = args.value(QLatin1StringView("bytes"));
        if (!bytes.isDouble() || bytes.toDouble() < 1 || bytes.toDouble() > double(kMaxBulkBytes))
            return tr("\"bytes\" must be a number from 1 to %1").arg(kMaxBulkBytes);
    }
    if (action == QLatin1StringView("small_writes")) {
        const QJsonValue count = args.value(QLatin1StringView("count"));
        if (!count.isDouble() || count.toDouble() < 1 || count.toDouble() > kMaxSmallWrites)
            return tr("\"count\" must be a number from 1 to %1").arg(kMaxSmallWrites);
        const QJsonValue bytes = args.value(QLatin1StringView("bytes"));
        if (!bytes.isUndefined()
            && (!bytes.isDouble() || bytes.toDouble() < 1 || bytes.toDouble() > kMaxSmallWriteBytes))
            return tr("\"bytes\" must be a number from 1 to %1").arg(kMaxSmallWriteBytes);
    }
    if (action == QLatin1StringView("link_fault")) {
        QString problem;
        const QJsonValue fault = args.value(QLatin1StringView("fault"));
        if (!fault.isString())
            return tr("\"fault\" must be written as --link takes it, e.g. \"loss=5%,rate=1mbit\" (\"none\" "
                      "clears it)");
        if (!LinkFault::parse(fault.toString(), &problem))
            return tr("\"fault\" is \"%1\": %2").arg(quotedPart(fault.toString()), problem);
    }
    return {};
}

bool LessonActions::isEndpoint(QStringView text)
{
    return text.contains(QLatin1Char(':'))
        || (!text.isEmpty() && (text.front().isDigit() || text.front() == QLatin1Char('[')));
}

QString LessonActions::referencedName(QStringView reference)
{
    const qsizetype hash = reference.indexOf(QLatin1Char('#'));
    return (hash < 0 ? reference : reference.left(hash)).toString();
}

} // namespace SocketScope
