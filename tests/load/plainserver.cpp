// The baseline for the load test: a plain QTcpServer that accepts connections and lets each go
// when its peer closes, with no journal, no kernel view and no window. The load generator's
// rate against it, measured in the same run as against the app, says what the app's
// visualization costs.
//
//   socketscope_plainserver PORTFILE
// listens on 127.0.0.1 (an OS-picked port, written to PORTFILE once listening, so the caller
// knows when to start) with the lab's default backlog, and runs until SIGTERM.

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QSocketNotifier>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_quitPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_quitPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s PORTFILE\n", argv[0]);
        return 2;
    }
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    QCoreApplication app(argc, argv);
    if (::pipe(g_quitPipe) != 0)
        return 1;
    std::signal(SIGTERM, onSignal);
    QSocketNotifier quit(g_quitPipe[0], QSocketNotifier::Read);
    QObject::connect(&quit, &QSocketNotifier::activated, &app, &QCoreApplication::quit);

    QTcpServer server;
    server.setListenBacklogSize(128); // the same as the lab's default
    long long accepted = 0;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++accepted;
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "plainserver: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QFile portFile(QString::fromLocal8Bit(argv[1]));
    if (!portFile.open(QIODevice::WriteOnly)
        || portFile.write(QByteArray::number(server.serverPort()) + '\n') < 0)
        return 1;
    portFile.close();
    const int status = app.exec();
    // The CPU time it took, user and system: on a shared machine a steadier figure than the
    // wall-clock rate, which the other programs' load moves.
    rusage used {};
    ::getrusage(RUSAGE_SELF, &used);
    const double cpuSeconds = double(used.ru_utime.tv_sec + used.ru_stime.tv_sec)
        + double(used.ru_utime.tv_usec + used.ru_stime.tv_usec) / 1e6;
    std::printf("plainserver: %lld connections accepted, CPU time %.2f s\n", accepted, cpuSeconds);
    return status;
}
