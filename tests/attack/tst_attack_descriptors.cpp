#include "journal/journal.h"
#include "journal/recordingreader.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <csignal>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace SocketScope;

// Attacks on the program's descriptors: the real executable under a low RLIMIT_NOFILE, with
// more sockets than the limit allows (its own clients, or connections from outside), and a
// SIGTERM in the middle of a busy recording. The program must live through each: stop
// accepting and say so once, never abort, answer SIGTERM, and leave a whole recording.
class TestAttackDescriptors : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QStringLiteral(SOCKETSCOPE_BINARY); }

    // Starts the program offscreen; `fileLimit` > 0 sets both the soft and the hard limit in
    // the child (the program raises its soft limit to the hard one at start).
    static void start(QProcess &process, const QStringList &arguments, int fileLimit)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        if (fileLimit > 0) {
            process.setChildProcessModifier([fileLimit] {
                const rlimit files {rlim_t(fileLimit), rlim_t(fileLimit)};
                ::setrlimit(RLIMIT_NOFILE, &files);
            });
        }
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(program(), arguments);
    }

    // A port nothing listens on right now, for a --server the same command line's --client
    // calls.
    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    static QByteArray content(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QList<QJsonObject> lines(const QByteArray &bytes)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }

    // The lab's own word that it ran out of descriptors: an error without a socket, code 13.
    static int shortages(const QList<QJsonObject> &events)
    {
        return int(std::count_if(events.cbegin(), events.cend(), [](const QJsonObject &e) {
            return e.value(QLatin1StringView("kind")).toString() == QLatin1StringView("error")
                && e.value(QLatin1StringView("code")).toInt() == 13
                && !e.contains(QLatin1StringView("socket"));
        }));
    }

    static int countKind(
        const QList<QJsonObject> &events, QLatin1StringView kind, QLatin1StringView note = {})
    {
        return int(std::count_if(events.cbegin(), events.cend(), [&](const QJsonObject &e) {
            return e.value(QLatin1StringView("kind")).toString() == kind
                && (note.isEmpty() || e.value(QLatin1StringView("note")).toString() == note);
        }));
    }

    // SIGTERM, then the checks every attack here ends with: exit 0, a recording of whole JSON
    // lines that replays without a damaged line, every socket in it opened and closed.
    static void endAndCheckRecording(QProcess &process, const QString &recording)
    {
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        const QByteArray bytes = content(recording);
        QVERIFY(bytes.endsWith('\n'));
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            QVERIFY2(QJsonDocument::fromJson(line, &error).isObject(), line.constData());
        }
        Journal journal;
        RecordingReader reader;
        QVERIFY(reader.read(recording, journal));
        QVERIFY(reader.problems().isEmpty());
        QSet<qint32> opened, ended;
        for (qsizetype i = 0; i < journal.count(); ++i) {
            const Event &e = journal.at(i);
            if (e.kind == EventKind::SocketOpened)
                opened.insert(e.socket);
            else if (e.kind == EventKind::Closed || e.kind == EventKind::Aborted)
                ended.insert(e.socket);
        }
        QVERIFY(!opened.isEmpty());
        QCOMPARE(ended, opened);
    }

    // A connection from outside the program, made with the system's calls so that it can end
    // in a reset (SO_LINGER 0): the program lets a connection go at once after a reset, while
    // after an orderly close it keeps it half-closed to show CLOSE_WAIT.
    struct OutsideConnection
    {
        int fd = -1;
        ~OutsideConnection() { reset(); }
        void reset()
        {
            if (fd < 0)
                return;
            const linger option {1, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, sizeof option);
            ::close(fd);
            fd = -1;
        }
    };

    static void connectTo(OutsideConnection &connection, quint16 port)
    {
        connection.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in to {};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // Non-blocking: once the accept queue is full the kernel answers no more SYNs, and a
        // blocking connect() would wait for it.
        ::connect(connection.fd, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    }

    static quint16 listeningPort(const QString &recording)
    {
        static const QRegularExpression listening(
            QStringLiteral("\"kind\":\"listening\".*\"local\":\"127\\.0\\.0\\.1:(\\d+)\""));
        return quint16(listening.match(QString::fromUtf8(content(recording))).captured(1).toUInt());
    }

private slots:
    // The attack pass's case: 130 clients of the program's own server under a limit of 256
    // descriptors. It used to abort (Qt could not make a thread pipe) with the recording cut
    // to its header.
    void ownClientsBeyondTheLimit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recording = dir.filePath(QStringLiteral("clients.jsonl"));
        const quint16 port = freePort();
        QVERIFY(port != 0);
        const QString endpoint = QStringLiteral("tcp:127.0.0.1:%1").arg(port);
        QStringList arguments {QStringLiteral("--server"), endpoint, QStringLiteral("--record"), recording};
        for (int i = 0; i < 130; ++i)
            arguments << QStringLiteral("--client") << endpoint;
        QProcess process;
        start(process, arguments, 256);
        QVERIFY(process.waitForStarted(20000));

        // The program says once that it ran out, and lives on.
        QTRY_VERIFY_WITH_TIMEOUT(shortages(lines(content(recording))) >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(countKind(lines(content(recording)), QLatin1StringView("accepting_paused"),
                                     QLatin1StringView("too many open files"))
                == 1,
            10000);
        QCOMPARE(process.state(), QProcess::Running);
        const QList<QJsonObject> events = lines(content(recording));
        QCOMPARE(shortages(events), 1);
        // The clients beyond the limit were refused before socket() was called, each with
        // its own error.
        const int refused = int(std::count_if(events.cbegin(), events.cend(), [](const QJsonObject &e) {
            return e.value(QLatin1StringView("kind")).toString() == QLatin1StringView("error")
                && e.value(QLatin1StringView("code")).toInt() == 13
                && e.contains(QLatin1StringView("socket"));
        }));
        QVERIFY(refused > 0);

        endAndCheckRecording(process, recording);
    }

    // Connections from outside take the descriptors: the listener's accept() would fail with
    // EMFILE and the listener stay readable (the program spun at a full core, saying nothing).
    // Now accepting pauses, is journalled, and resumes once the connections are gone.
    void outsideConnectionsPauseThenResume()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recording = dir.filePath(QStringLiteral("outside.jsonl"));
        QProcess process;
        start(process,
            {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:0"), QStringLiteral("--record"),
                recording},
            128);
        QVERIFY(process.waitForStarted(20000));
        quint16 port = 0;
        QTRY_VERIFY_WITH_TIMEOUT((port = listeningPort(recording)) != 0, 20000);

        std::vector<OutsideConnection> connections(150);
        for (OutsideConnection &connection : connections)
            connectTo(connection, port);
        QTRY_VERIFY_WITH_TIMEOUT(countKind(lines(content(recording)), QLatin1StringView("accepting_paused"),
                                     QLatin1StringView("too many open files"))
                == 1,
            30000);
        QCOMPARE(shortages(lines(content(recording))), 1);
        QCOMPARE(process.state(), QProcess::Running);

        connections.clear(); // every one reset
        QTRY_VERIFY_WITH_TIMEOUT(countKind(lines(content(recording)), QLatin1StringView("accepting_resumed"),
                                     QLatin1StringView("too many open files"))
                >= 1,
            30000);

        // It accepts again: a new connection is taken.
        const int acceptedBefore = countKind(lines(content(recording)), QLatin1StringView("accepted"));
        OutsideConnection late;
        connectTo(late, port);
        QTRY_VERIFY_WITH_TIMEOUT(
            countKind(lines(content(recording)), QLatin1StringView("accepted")) > acceptedBefore, 20000);
        late.reset();

        endAndCheckRecording(process, recording);
    }

    // SIGTERM while many connections are sending: the recording still ends on a whole line,
    // and every socket in it is closed.
    void sigtermMidRecording()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recording = dir.filePath(QStringLiteral("busy.jsonl"));
        QProcess process;
        start(process,
            {QStringLiteral("--server"), QStringLiteral("tcp:127.0.0.1:0"), QStringLiteral("--server"),
                QStringLiteral("udp:127.0.0.1:0"), QStringLiteral("--record"), recording},
            0);
        QVERIFY(process.waitForStarted(20000));
        quint16 port = 0;
        QTRY_VERIFY_WITH_TIMEOUT((port = listeningPort(recording)) != 0, 20000);

        std::vector<OutsideConnection> connections(20);
        for (OutsideConnection &connection : connections)
            connectTo(connection, port);
        const QByteArray chunk(1024, 'b');
        // Keep every connection sending until traffic from most of them is in the recording.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const OutsideConnection &connection : connections)
                    [[maybe_unused]] const auto sent = ::send(
                        connection.fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
                return content(recording).count("\"data_received\"") >= 200;
            }(),
            30000);
        for (const OutsideConnection &connection : connections)
            [[maybe_unused]] const auto sent
                = ::send(connection.fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        endAndCheckRecording(process, recording);
    }
};

QTEST_GUILESS_MAIN(TestAttackDescriptors)
#include "tst_attack_descriptors.moc"
