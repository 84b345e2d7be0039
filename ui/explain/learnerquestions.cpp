#include "learnerquestions.h"

namespace SocketScope {

QList<LearnerQuestions::Answer> LearnerQuestions::all()
{
    return {
        {tr("What is a socket?"),
            tr("The endpoint a program talks through: the door between the program and the network part of "
               "the OS. It works both ways. In the socket table each row is one socket, named by its "
               "protocol, local ip:port and remote ip:port."),
            QStringLiteral("call-sequence")},
        {tr("Stream or datagram: what is the difference?"),
            tr("A stream socket (TCP) first sets up a connection, then delivers every byte, in order, with "
               "no message borders. A datagram socket (UDP) needs no set-up and keeps each message whole, "
               "but a message may be lost or come out of order. TCP gives reliability and order; UDP gives "
               "speed and no waiting."),
            QStringLiteral("stream-vs-datagram")},
        {tr("Why do we need port numbers at all?"),
            tr("The IP address only brings a packet to the right computer. Many programs run there, so the "
               "port says which one gets it."),
            QStringLiteral("ports-and-ranges")},
        {tr("Why does my client get a different port every time?"),
            tr("Clients do not choose their port: the OS picks a free one from its ephemeral range for each "
               "connection, and takes it back afterwards."),
            QStringLiteral("ephemeral-ports")},
        {tr("How can one server port talk to many clients?"),
            tr("accept() makes a new socket for each client, all with the server's ip:port. The OS tells "
               "them apart by the client's side: every connection is a different socket pair."),
            QStringLiteral("socket-pair")},
        {tr("Is the connection ready before the server calls accept()?"),
            tr("Yes. The OS finishes the 3-way handshake by itself, and the connection waits in the backlog "
               "until accept() picks it up."),
            QStringLiteral("three-way-handshake")},
        {tr("Why is a closed socket still listed in TIME_WAIT?"),
            tr("The side that closed first waits a while so late packets of the old connection die out "
               "before the same ports are used again."),
            QStringLiteral("four-way-close")},
        {tr("Can two sockets use the same port?"),
            tr("Not with the same protocol and address: bind() fails with \"address in use\". TCP and UDP "
               "may share a number, two addresses of one host may share it, and accepted sockets share their "
               "listener's, because the OS looks at the whole tuple."),
            QStringLiteral("socket-identity")},
    };
}

} // namespace SocketScope
