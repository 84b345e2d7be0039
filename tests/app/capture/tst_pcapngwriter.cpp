#include "capture/pcapngwriter.h"
#include "framebuilder.h"

#include "journal/event.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <cstring>

using namespace SocketScope;
using namespace FrameBuilder;

namespace {

// A small pcapng reader of our own: enough to check every block and option we write.
struct Block
{
    quint32 type = 0;
    QByteArray body;
};

template<typename T> T get(const QByteArray &bytes, qsizetype at)
{
    T value {};
    std::memcpy(&value, bytes.constData() + at, sizeof(T));
    return value;
}

QList<Block> readBlocks(const QByteArray &file, QString *error)
{
    QList<Block> blocks;
    qsizetype at = 0;
    while (at < file.size()) {
        if (file.size() - at < 12) {
            *error = QStringLiteral("a block is cut at %1").arg(at);
            return blocks;
        }
        const auto type = get<quint32>(file, at);
        const auto length = get<quint32>(file, at + 4);
        if (length < 12 || length % 4 != 0 || at + qsizetype(length) > file.size()) {
            *error = QStringLiteral("bad block length %1 at %2").arg(length).arg(at);
            return blocks;
        }
        if (get<quint32>(file, at + length - 4) != length) {
            *error = QStringLiteral("trailing length differs at %1").arg(at);
            return blocks;
        }
        blocks.append({type, file.mid(at + 8, length - 12)});
        at += length;
    }
    return blocks;
}

// Options from `at` in a block body: code -> value.
QMultiMap<quint16, QByteArray> readOptions(const QByteArray &body, qsizetype at)
{
    QMultiMap<quint16, QByteArray> options;
    while (at + 4 <= body.size()) {
        const auto code = get<quint16>(body, at);
        const auto length = get<quint16>(body, at + 2);
        if (code == 0)
            break;
        options.insert(code, body.mid(at + 4, length));
        at += 4 + ((length + 3) & ~3);
    }
    return options;
}

QByteArray synFrame()
{
    return ethernet(0x0800, ipv4(0x7f000001, 0x7f000001, 6, tcp(40000, 8080, 1000, 0, FlagSyn, 65495)));
}

} // namespace

// pcapng as Wireshark reads it: checked with a reader of our own, and with tshark itself.
class TestPcapngWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("round.pcapng"));
        const QByteArray frame = synFrame();
        {
            PcapngWriter writer;
            QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
            QCOMPARE(writer.addInterface(1, 65535, QStringLiteral("lo"), QString()), 0u);
            QCOMPARE(
                writer.addInterface(276, 262144, QStringLiteral("veth-pc-a"), QStringLiteral("pc-a")), 1u);
            QVERIFY(writer.writePacket(0, 1700000000123456789ull, frame, quint32(frame.size())));
            QVERIFY(
                writer.writePacket(1, 1700000000223456789ull, frame.left(30), 1500)); // cut by snap length
            QVERIFY(!writer.writePacket(5, 1, frame, 1)); // no such interface
            QVERIFY(writer.flush());
            QCOMPARE(writer.packetsWritten(), 2);
            // Readable before close: what a crash would leave.
            QFile early(path);
            QVERIFY(early.open(QIODevice::ReadOnly));
            QString error;
            QCOMPARE(readBlocks(early.readAll(), &error).size(), 5);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const QList<Block> blocks = readBlocks(file.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(blocks.size(), 5);
        QCOMPARE(blocks[0].type, 0x0a0d0d0au);
        QCOMPARE(get<quint32>(blocks[0].body, 0), 0x1a2b3c4du);
        QCOMPARE(get<quint16>(blocks[0].body, 4), quint16(1));
        QCOMPARE(get<qint64>(blocks[0].body, 8), qint64(-1));

        QCOMPARE(blocks[1].type, 1u);
        QCOMPARE(get<quint16>(blocks[1].body, 0), quint16(1));
        QCOMPARE(get<quint32>(blocks[1].body, 4), 65535u);
        auto options = readOptions(blocks[1].body, 8);
        QCOMPARE(options.value(2), QByteArray("lo"));
        QCOMPARE(options.value(9), QByteArray(1, char(9))); // nanoseconds
        QVERIFY(!options.contains(1));
        options = readOptions(blocks[2].body, 8);
        QCOMPARE(get<quint16>(blocks[2].body, 0), quint16(276));
        QCOMPARE(options.value(2), QByteArray("veth-pc-a"));
        QVERIFY(options.value(3).contains("pc-a"));
        QCOMPARE(options.value(1), QByteArray("host=pc-a"));

        QCOMPARE(blocks[3].type, 6u);
        const QByteArray &epb = blocks[3].body;
        QCOMPARE(get<quint32>(epb, 0), 0u);
        const quint64 ts = (quint64(get<quint32>(epb, 4)) << 32) | get<quint32>(epb, 8);
        QCOMPARE(ts, 1700000000123456789ull);
        QCOMPARE(get<quint32>(epb, 12), quint32(frame.size()));
        QCOMPARE(get<quint32>(epb, 16), quint32(frame.size()));
        QCOMPARE(epb.mid(20, frame.size()), frame);
        const QByteArray &cut = blocks[4].body;
        QCOMPARE(get<quint32>(cut, 0), 1u);
        QCOMPARE(get<quint32>(cut, 12), 30u);
        QCOMPARE(get<quint32>(cut, 16), 1500u);
    }

    void tsharkReadsIt()
    {
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP(
                "tshark is not installed (./run.sh test installs it): only our own reader checked the file");
        const QString path = m_dir.filePath(QStringLiteral("tshark.pcapng"));
        PcapngWriter writer;
        QVERIFY(writer.open(path));
        writer.addInterface(1, 65535, QStringLiteral("lo"), QString());
        writer.addInterface(1, 65535, QStringLiteral("eth0"), QStringLiteral("pc-a"));
        const QByteArray syn = synFrame();
        const QByteArray synAck = ethernet(
            0x0800, ipv4(0x7f000001, 0x7f000001, 6, tcp(8080, 40000, 5000, 1001, FlagSyn | FlagAck, 65483)));
        QVERIFY(writer.writePacket(0, 1700000000000000001ull, syn, quint32(syn.size())));
        QVERIFY(writer.writePacket(1, 1700000000000000002ull, synAck, quint32(synAck.size())));
        writer.close();

        QProcess process;
        process.start(tshark,
            {QStringLiteral("-r"), path, QStringLiteral("-o"),
                QStringLiteral("tcp.relative_sequence_numbers:FALSE"), QStringLiteral("-T"),
                QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.interface_name"),
                QStringLiteral("-e"), QStringLiteral("frame.time_epoch"), QStringLiteral("-e"),
                QStringLiteral("tcp.srcport"), QStringLiteral("-e"), QStringLiteral("tcp.flags.syn"),
                QStringLiteral("-e"), QStringLiteral("tcp.seq"), QStringLiteral("-e"),
                QStringLiteral("tcp.ack")});
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        const QStringList lines = output.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QStringList first = lines[0].split(QLatin1Char('\t'));
        const QStringList second = lines[1].split(QLatin1Char('\t'));
        QCOMPARE(first.value(0), QStringLiteral("lo"));
        QVERIFY2(first.value(1).startsWith(QStringLiteral("1700000000.000000001")), qPrintable(lines[0]));
        QCOMPARE(first.value(2), QStringLiteral("40000"));
        QCOMPARE(first.value(4), QStringLiteral("1000"));
        QCOMPARE(second.value(0), QStringLiteral("eth0"));
        QCOMPARE(second.value(2), QStringLiteral("8080"));
        QCOMPARE(second.value(4), QStringLiteral("5000"));
        QCOMPARE(second.value(5), QStringLiteral("1001"));
    }

    void refusesAnUnwritablePath()
    {
        PcapngWriter writer;
        QVERIFY(!writer.open(m_dir.filePath(QStringLiteral("no/such/folder/x.pcapng"))));
        QVERIFY(!writer.errorString().isEmpty());
        QVERIFY(!writer.writePacket(0, 0, "x", 1));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPcapngWriter)
#include "tst_pcapngwriter.moc"
