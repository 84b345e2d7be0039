#include "labhelperprocess.h"
#include "network/labnetwork.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryFile>
#include <QtTest/QtTest>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

using namespace SocketScope;

// The lab helper's request grammar under attack, and its command line: hostile requests get
// an "error" answer, make nothing and leave the helper up; a --control descriptor that is not
// open or not the app's channel ends it at once with status 2 instead of spinning.
class TestAttackLabd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesHostileRequests_data();
    void refusesHostileRequests();
    void keepsNoDescriptorItIsSent();
    void endsWhenTheChannelCloses_data();
    void endsWhenTheChannelCloses();
    void refusesABadControlDescriptor_data();
    void refusesABadControlDescriptor();

private:
    QString ask(const QByteArray &request, int *descriptor = nullptr, int attach = -1);
    int openDescriptors() const;
    QString labProblem();

    QProcess *m_helper = nullptr;
    int m_control = -1;
    QString m_hello;
};

void TestAttackLabd::init()
{
    QVERIFY2(!LabNetwork::helperProgram().isEmpty(), "socketscope-labd was not built");
    int pair[2];
    QVERIFY(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) == 0);
    m_helper = startLabHelper(pair[1]);
    ::close(pair[1]);
    QVERIFY(m_helper->waitForStarted());
    m_control = pair[0];
    m_hello = ask("hello");
}

void TestAttackLabd::cleanup()
{
    if (m_control >= 0)
        ::close(m_control);
    m_control = -1;
    if (m_helper) {
        if (!m_helper->waitForFinished(5000))
            m_helper->kill();
        delete m_helper;
        m_helper = nullptr;
    }
}

// The grammar is only reached when the lab could be made (it needs user namespaces): empty
// when it could, else why not.
QString TestAttackLabd::labProblem()
{
    if (m_hello != QLatin1StringView("ok"))
        return QStringLiteral("the lab cannot be made here (user namespaces?): %1").arg(m_hello);
    for (const char *request : {"bridge lan 192.168.0.1/24", "host pc-a lan 192.168.0.10/24 192.168.0.1"}) {
        if (const QString answer = ask(request); answer != QLatin1StringView("ok"))
            return QStringLiteral("\"%1\" answered %2").arg(QLatin1StringView(request), answer);
    }
    return {};
}

QString TestAttackLabd::ask(const QByteArray &request, int *descriptor, int attach)
{
    if (descriptor)
        *descriptor = -1;
    iovec part {const_cast<char *>(request.constData()), size_t(request.size())};
    msghdr message {};
    message.msg_iov = &part;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char room[CMSG_SPACE(sizeof(int))];
    if (attach >= 0) {
        message.msg_control = room;
        message.msg_controllen = sizeof room;
        cmsghdr *c = CMSG_FIRSTHDR(&message);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(c), &attach, sizeof attach);
    }
    if (::sendmsg(m_control, &message, MSG_NOSIGNAL) < 0)
        return QStringLiteral("(send: %1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
    // The answer, read by the app's own code.
    QString failure;
    const std::optional<QByteArray> answer = LabNetwork::receiveAnswer(m_control, descriptor, &failure);
    return answer ? QString::fromUtf8(*answer) : QStringLiteral("(%1)").arg(failure);
}

int TestAttackLabd::openDescriptors() const
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(m_helper->processId()))
                   .entryList(QDir::Files | QDir::System)
                   .size());
}

void TestAttackLabd::refusesHostileRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    // Past the helper's 64 KiB receive buffer: a valid request padded out must not be read as
    // its first 64 KiB (which would make a socket).
    QTest::newRow("padded past the buffer") << QByteArray("socket pc-a tcp 4") + QByteArray(70000, ' ');
    QTest::newRow("nat script past the buffer") << QByteArray("nat\n") + QByteArray(100000, '#');
    QTest::newRow("huge junk") << QByteArray(150000, 'x');
    QTest::newRow("unknown verb") << QByteArray("reboot now");
    QTest::newRow("verb in capitals") << QByteArray("SOCKET pc-a tcp 4");
    QTest::newRow("NUL inside") << QByteArray("socket pc-a\0tcp 4", 17);
    QTest::newRow("prefix 99") << QByteArray("bridge wan 203.0.113.1/99");
    QTest::newRow("prefix negative") << QByteArray("bridge wan 203.0.113.1/-1");
    QTest::newRow("prefix with letters") << QByteArray("bridge wan 203.0.113.1/2a");
    QTest::newRow("prefix empty") << QByteArray("bridge wan 203.0.113.1/");
    QTest::newRow("prefix huge") << QByteArray("bridge wan 203.0.113.1/99999999999999999999");
    QTest::newRow("address 256") << QByteArray("bridge wan 256.0.0.1/24");
    QTest::newRow("address short") << QByteArray("bridge wan 203.113.1/24");
    QTest::newRow("address hex") << QByteArray("bridge wan 0xcb.0.113.1/24");
    QTest::newRow("gateway out of range") << QByteArray("host pc-x lan 192.168.0.20/24 192.168.0.300");
    QTest::newRow("family 4.0") << QByteArray("socket pc-a tcp 4.0");
    QTest::newRow("family -4") << QByteArray("socket pc-a tcp -4");
    QTest::newRow("family 44") << QByteArray("socket pc-a tcp 44");
    QTest::newRow("shell in a name") << QByteArray("bridge lan;reboot 10.0.0.1/24");
    QTest::newRow("path in a name") << QByteArray("socket ../../pc-a tcp 4");
    QTest::newRow("too few words") << QByteArray("socket pc-a");
}

void TestAttackLabd::refusesHostileRequests()
{
    QFETCH(QByteArray, request);
    if (const QString problem = labProblem(); !problem.isEmpty())
        QSKIP(qPrintable(problem));
    int fd = -1;
    const QString answer = ask(request, &fd);
    if (fd >= 0)
        ::close(fd);
    QVERIFY2(answer.startsWith(QLatin1StringView("error ")), qPrintable(answer.left(200)));
    QCOMPARE(fd, -1);
    // Still up, and still right.
    QCOMPARE(ask("hello"), QStringLiteral("ok"));
    QCOMPARE(ask("socket pc-a udp 4", &fd), QStringLiteral("ok"));
    QVERIFY(fd >= 0);
    ::close(fd);
}

void TestAttackLabd::keepsNoDescriptorItIsSent()
{
    // Descriptors attached to requests are not the helper's to keep.
    const int before = openDescriptors();
    QVERIFY(before > 0);
    for (int i = 0; i < 64; ++i) {
        int pipe[2];
        QVERIFY(::pipe2(pipe, O_CLOEXEC) == 0);
        ask("hello", nullptr, pipe[0]);
        ::close(pipe[0]);
        ::close(pipe[1]);
    }
    QCOMPARE(openDescriptors(), before);
}

void TestAttackLabd::endsWhenTheChannelCloses_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("closed") << 0;
    QTest::newRow("shut down for writing") << int(SHUT_WR);
    QTest::newRow("shut down both ways") << int(SHUT_RDWR);
}

void TestAttackLabd::endsWhenTheChannelCloses()
{
    QFETCH(int, how);
    if (how == 0)
        ::close(std::exchange(m_control, -1));
    else
        ::shutdown(m_control, how);
    QVERIFY(m_helper->waitForFinished(10000));
    QCOMPARE(m_helper->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_helper->exitCode(), 0);
}

void TestAttackLabd::refusesABadControlDescriptor_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not open") << QStringLiteral("closed");
    QTest::newRow("a pipe") << QStringLiteral("pipe");
    QTest::newRow("a file") << QStringLiteral("file");
    QTest::newRow("a stream socket") << QStringLiteral("stream");
    QTest::newRow("a datagram socket") << QStringLiteral("datagram");
}

void TestAttackLabd::refusesABadControlDescriptor()
{
    QFETCH(QString, kind);
    // The helper of init() is not needed here.
    ::close(std::exchange(m_control, -1));
    QVERIFY(m_helper->waitForFinished(10000));

    int mine[2] = {-1, -1};
    int given = -1;
    QTemporaryFile file;
    if (kind == QLatin1StringView("closed")) {
        // A descriptor number surely closed in the child: one just closed here (every other
        // descriptor of this process is close-on-exec).
        QVERIFY(::pipe2(mine, O_CLOEXEC) == 0);
        given = mine[0];
    } else if (kind == QLatin1StringView("pipe")) {
        QVERIFY(::pipe2(mine, O_CLOEXEC) == 0);
        given = mine[0];
    } else if (kind == QLatin1StringView("file")) {
        QVERIFY(file.open());
        given = ::fcntl(int(file.handle()), F_DUPFD_CLOEXEC, 3);
        mine[0] = given;
    } else {
        QVERIFY(::socketpair(AF_UNIX,
                    (kind == QLatin1StringView("stream") ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC, 0, mine)
            == 0);
        given = mine[1];
    }
    const bool keepOpen = kind != QLatin1StringView("closed");
    std::unique_ptr<QProcess> helper(startLabHelper(keepOpen ? given : -1, QString::number(given)));
    QVERIFY(helper->waitForStarted());
    // It must end by itself (before the fix, a closed descriptor made it spin forever).
    const bool ended = helper->waitForFinished(10000);
    if (!ended)
        helper->kill();
    for (int fd : mine) {
        if (fd >= 0)
            ::close(fd);
    }
    QVERIFY2(ended, "the helper did not end");
    QCOMPARE(helper->exitStatus(), QProcess::NormalExit);
    QCOMPARE(helper->exitCode(), 2);
    const QByteArray said = helper->readAllStandardError();
    QVERIFY2(said.contains("--control " + QByteArray::number(given)), said.constData());
}

QTEST_GUILESS_MAIN(TestAttackLabd)
#include "tst_attack_labd.moc"
