#include "drillwords.h"

#include "drills/drillscene.h"

namespace SocketScope {

QString DrillWords::title(DrillFault fault)
{
    switch (fault) {
    case DrillFault::OneWayBlackHole:
        return tr("One-way black hole");
    case DrillFault::PortRejects:
        return tr("The port is refused (reset)");
    case DrillFault::PortDrops:
        return tr("The port is silently dropped");
    case DrillFault::FullBacklog:
        return tr("Full backlog");
    case DrillFault::ZeroWindow:
        return tr("Zero window");
    case DrillFault::WrongForward:
        return tr("Forwarded to the wrong port");
    }
    return {};
}

QString DrillWords::description(DrillFault fault)
{
    switch (fault) {
    case DrillFault::OneWayBlackHole:
        return tr("Packets get through in one direction only: the server's answers are lost on the way "
                  "back.");
    case DrillFault::PortRejects:
        return tr("A firewall answers every connection to the port with a reset (RST).");
    case DrillFault::PortDrops:
        return tr("A firewall throws away everything sent to the port, without an answer.");
    case DrillFault::FullBacklog:
        return tr("The server stopped accepting, and its queue of waiting connections is full.");
    case DrillFault::ZeroWindow:
        return tr("The server accepts the connection but never reads: its receive window closes.");
    case DrillFault::WrongForward:
        return tr("The router's port-forwarding rule sends the connection to another port.");
    }
    return {};
}

QString DrillWords::doesNotFit(DrillFault guessed)
{
    switch (guessed) {
    case DrillFault::OneWayBlackHole:
        return tr("Not a one-way black hole: then pc-b would answer your SYN with a SYN+ACK on its own "
                  "cable, and that answer would never reach remote.");
    case DrillFault::PortRejects:
        return tr("Not a refused port: then your connect would fail at once with a reset (RST) from "
                  "the router, and pc-b's cable would never see your SYN.");
    case DrillFault::PortDrops:
        return tr("Not a dropped port: then your SYN would be sent again and again, and never show up on "
                  "pc-b's cable.");
    case DrillFault::FullBacklog:
        return tr("Not a full backlog: then your SYN would reach pc-b's cable, and pc-b would not answer "
                  "it at all.");
    case DrillFault::ZeroWindow:
        return tr("Not a zero window: then you could connect, and after a few kilobytes pc-b would say "
                  "its window is 0 and your data would stop.");
    case DrillFault::WrongForward:
        return tr("Not a wrong forwarding rule: then your SYN would reach pc-b addressed to another port "
                  "than %1, and pc-b would answer with a reset.")
            .arg(DrillScene::kPort);
    }
    return {};
}

QString DrillWords::proof(DrillFault fault)
{
    switch (fault) {
    case DrillFault::OneWayBlackHole:
        return tr("The router dropped every packet pc-b sent back. The selected event is pc-b's SYN+ACK "
                  "on its own cable: it never reached remote, so your socket stayed in SYN_SENT and sent "
                  "its SYN again.");
    case DrillFault::PortRejects:
        return tr("The router's firewall refuses port %1. The selected event is the reset (RST) remote "
                  "got from the router; pc-b's cable never saw your SYN.")
            .arg(DrillScene::kPort);
    case DrillFault::PortDrops:
        return tr("The router's firewall drops everything sent to port %1. The selected event is your "
                  "SYN: it was sent again and again, stayed in SYN_SENT, and never appeared on pc-b's "
                  "cable.")
            .arg(DrillScene::kPort);
    case DrillFault::FullBacklog:
        return tr("The server stopped accepting, and its accept queue (backlog 1) is full of two "
                  "connections from pc-a. The selected event is your SYN on pc-b's cable: the kernel "
                  "dropped it without an answer, so your socket stayed in SYN_SENT.");
    case DrillFault::ZeroWindow:
        return tr("The server accepts but never reads, and its receive buffer is small. The selected "
                  "event is pc-b saying its window is 0: your bytes wait in your send queue, and your "
                  "kernel sends small probes until the window opens.");
    case DrillFault::WrongForward:
        return tr("The router forwards %1:%2 to port %3 on pc-b, where nothing listens. The selected "
                  "event is your SYN on pc-b's cable, addressed to port %3; pc-b answered with a reset.")
            .arg(DrillScene::publicAddress().toString())
            .arg(DrillScene::kPort)
            .arg(DrillScene::kWrongPort);
    }
    return {};
}

QString DrillWords::task()
{
    return tr("Something is wrong in the lab network. A web server runs on pc-b (%1, port %2), and the "
              "router publishes it on its public address %3, port %2. From the computer remote (%4), "
              "reach it: in the workbench's TCP client, connect to server %3, port %2, from address %4. "
              "Once connected, send a few kilobytes: paste a long text into Data and press Send several "
              "times (Probe for me does all of this for you). Watch the timeline, the tables and the "
              "event log (each computer's own cable is captured), then choose what is wrong.")
        .arg(DrillScene::serverAddress().toString())
        .arg(DrillScene::kPort)
        .arg(DrillScene::publicAddress().toString(), DrillScene::learnerAddress().toString());
}

} // namespace SocketScope
