#pragma once

#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "journalquery.h"
#include "livelabtest.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace SocketScope {

// The three pairs a teacher shows side by side (issue 20), each side recorded on loopback with
// real sockets, written to a recording and read back, as a teacher brings them to class:
// a normal close against an abort, small writes with and without Nagle's algorithm, a listener
// that accepts against one that has paused accepting. The diff's tests and the Compare window's
// record them alike. Each recording stops the lab; the next one starts its own.
class TeacherPairsTest : public LiveLabTest
{
protected:
    // Writes the lab's journal to a recording and reads it back into `into`; m_lastRecording
    // is its path. SOCKETSCOPE_KEEP_RECORDINGS=DIR keeps them there (r1.jsonl, r2.jsonl ... in
    // test order), to open them in the window or with --compare.
    void saveAndLoad(Journal &into)
    {
        const QString keep = qEnvironmentVariable("SOCKETSCOPE_KEEP_RECORDINGS");
        const QString path = QDir(keep.isEmpty() ? m_dir.path() : keep)
                                 .filePath(QStringLiteral("r%1.jsonl").arg(++m_recordings));
        {
            RecordingWriter writer(m_journal.get());
            QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
            writer.close();
        }
        stopLab();
        m_lastRecording = path;
        RecordingReader reader;
        QVERIFY2(reader.read(path, into), qPrintable(reader.fatalError()));
        QCOMPARE(reader.damagedLines(), 0);
    }

    bool journalHas(EventKind kind, qint32 socket) const { return hasEvent(*m_journal, socket, kind); }

    qint32 acceptedOf(qint32 listener) const
    {
        for (const qint32 id : m_lab->socketIds()) {
            if (m_lab->info(id)->parent == listener)
                return id;
        }
        return -1;
    }

    // A client sends "hello", then closes (FIN) or aborts (RST).
    void recordCloseOrAbort(bool abort, Journal &into)
    {
        startLab();
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        QTRY_VERIFY(acceptedOf(listener.id) >= 0);
        const qint32 accepted = acceptedOf(listener.id);
        QVERIFY(!m_lab->send(client.id, "hello"));
        QTRY_COMPARE(m_lab->info(accepted)->bytesIn, 5);
        QVERIFY(!(abort ? m_lab->abort(client.id) : m_lab->close(client.id)));
        QTRY_VERIFY(journalHas(abort ? EventKind::Aborted : EventKind::Closed, client.id));
        saveAndLoad(into);
    }

    // Ten one-byte writes in a row, each handed to the kernel at once (flush), from a client
    // with or without Nagle's algorithm, to a lab server that acknowledges late (delayed ACK,
    // as a server that is about to answer does): with Nagle, the kernel holds the last nine
    // until the first is acknowledged.
    void recordSmallWrites(bool noDelay, Journal &into)
    {
        startLab();
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        const quint16 port = m_lab->info(listener.id)->localPort;
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        // Set once connected: Qt hands the option to the kernel only when it has the socket.
        client.setSocketOption(QAbstractSocket::LowDelayOption, noDelay ? 1 : 0);
        QTRY_VERIFY(acceptedOf(listener.id) >= 0);
        const qint32 accepted = acceptedOf(listener.id);
        QVERIFY(delayAcknowledgements(port, client.localPort()));
        for (int i = 0; i < 10; ++i) {
            client.write("x");
            client.flush();
        }
        QTRY_COMPARE(m_lab->info(accepted)->bytesIn, 10);
        client.abort();
        saveAndLoad(into);
    }

    // The lab's accepted socket for the client at `clientPort`, found among this process's
    // descriptors, told to delay its acknowledgements (TCP_QUICKACK off).
    static bool delayAcknowledgements(quint16 serverPort, quint16 clientPort)
    {
        const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
        bool found = false;
        for (const QString &name : fds) {
            const int fd = name.toInt();
            sockaddr_in local {};
            sockaddr_in peer {};
            socklen_t size = sizeof(local);
            if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &size) != 0
                || local.sin_family != AF_INET)
                continue;
            size = sizeof(peer);
            if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &size) != 0)
                continue;
            if (ntohs(local.sin_port) != serverPort || ntohs(peer.sin_port) != clientPort)
                continue;
            const int off = 0;
            found = ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &off, sizeof(off)) == 0 || found;
        }
        return found;
    }

    // A client connects to a listener that accepts it, or to one that has paused accepting
    // (the kernel finishes the handshake and the connection waits in the accept queue).
    void recordAccepting(bool paused, Journal &into)
    {
        startLab();
        const Lab::Opened listener = m_lab->listenTcp(QHostAddress::LocalHost, 0);
        QVERIFY(!listener.error);
        if (paused)
            QVERIFY(!m_lab->setAcceptingPaused(listener.id, true));
        const Lab::Opened client
            = m_lab->connectTcp(QHostAddress::LocalHost, m_lab->info(listener.id)->localPort);
        QVERIFY(!client.error);
        // The kernel finishes the handshake either way; only accept() differs.
        QTRY_VERIFY(journalHas(EventKind::Connected, client.id));
        if (paused)
            QTRY_VERIFY(journalHas(EventKind::Queue, listener.id));
        else
            QTRY_VERIFY(acceptedOf(listener.id) >= 0);
        saveAndLoad(into);
    }

    QTemporaryDir m_dir;
    int m_recordings = 0;
    QString m_lastRecording;
};

} // namespace SocketScope
