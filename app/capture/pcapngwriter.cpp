#include "pcapngwriter.h"

#include <cstring>

namespace SocketScope {

namespace {

constexpr quint32 kSectionHeader = 0x0a0d0d0a;
constexpr quint32 kInterfaceDescription = 0x00000001;
constexpr quint32 kEnhancedPacket = 0x00000006;
constexpr quint32 kByteOrderMagic = 0x1a2b3c4d;
constexpr quint16 kOptEnd = 0;
constexpr quint16 kOptComment = 1;
constexpr quint16 kShbUserApplication = 4;
constexpr quint16 kIfName = 2;
constexpr quint16 kIfDescription = 3;
constexpr quint16 kIfTsResolution = 9;
// Write out once this much is waiting, even between flushes.
constexpr qsizetype kWriteOutBytes = qsizetype(64) * 1024;

// pcapng is written in the writer's byte order; the byte-order magic tells readers which.
template<typename T> void put(QByteArray &out, T value)
{
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));
    out.append(raw, sizeof(T));
}

void pad(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

void option(QByteArray &out, quint16 code, QByteArrayView value)
{
    // An option value is at most 65535 bytes; names and hosts are far shorter.
    const auto size = quint16(qMin<qsizetype>(value.size(), 0xfff0));
    put<quint16>(out, code);
    put<quint16>(out, size);
    out.append(value.data(), size);
    pad(out);
}

// Wraps `body` as a block: type, total length, body, total length.
void block(QByteArray &out, quint32 type, const QByteArray &body)
{
    const auto total = quint32(12 + body.size());
    put<quint32>(out, type);
    put<quint32>(out, total);
    out.append(body);
    put<quint32>(out, total);
}

} // namespace

PcapngWriter::PcapngWriter() = default;

PcapngWriter::~PcapngWriter()
{
    close();
}

bool PcapngWriter::open(const QString &path)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    m_interfaces = 0;
    m_packets = 0;
    QByteArray body;
    put<quint32>(body, kByteOrderMagic);
    put<quint16>(body, 1); // major
    put<quint16>(body, 0); // minor
    put<qint64>(body, -1); // section length not known in advance
    option(body, kShbUserApplication, QByteArrayLiteral("SocketScope " SOCKETSCOPE_VERSION));
    put<quint16>(body, kOptEnd);
    put<quint16>(body, 0);
    block(m_pending, kSectionHeader, body);
    return flush();
}

quint32 PcapngWriter::addInterface(
    quint32 linkType, quint32 snapLength, const QString &name, const QString &host)
{
    QByteArray body;
    put<quint16>(body, quint16(linkType));
    put<quint16>(body, 0);
    put<quint32>(body, snapLength);
    if (!name.isEmpty())
        option(body, kIfName, name.toUtf8());
    if (!host.isEmpty()) {
        option(body, kIfDescription, QStringLiteral("%1 on lab host %2").arg(name, host).toUtf8());
        option(body, kOptComment, QStringLiteral("host=%1").arg(host).toUtf8());
    }
    const char nanoseconds = 9;
    option(body, kIfTsResolution, QByteArrayView(&nanoseconds, 1));
    put<quint16>(body, kOptEnd);
    put<quint16>(body, 0);
    block(m_pending, kInterfaceDescription, body);
    return m_interfaces++;
}

bool PcapngWriter::writePacket(
    quint32 interfaceId, quint64 realtimeNs, QByteArrayView bytes, quint32 originalLength)
{
    if (!m_file.isOpen() || interfaceId >= m_interfaces)
        return false;
    const auto captured = quint32(bytes.size());
    const quint32 padded = (captured + 3) & ~quint32(3);
    const auto total = quint32(32 + padded);
    put<quint32>(m_pending, kEnhancedPacket);
    put<quint32>(m_pending, total);
    put<quint32>(m_pending, interfaceId);
    put<quint32>(m_pending, quint32(realtimeNs >> 32));
    put<quint32>(m_pending, quint32(realtimeNs & 0xffffffffu));
    put<quint32>(m_pending, captured);
    put<quint32>(m_pending, qMax(originalLength, captured));
    m_pending.append(bytes.data(), bytes.size());
    m_pending.append(qsizetype(padded - captured), '\0');
    put<quint32>(m_pending, total);
    ++m_packets;
    if (m_pending.size() >= kWriteOutBytes)
        return writeOut();
    return true;
}

bool PcapngWriter::writeOut()
{
    if (m_pending.isEmpty() || !m_file.isOpen())
        return m_file.isOpen();
    const qint64 written = m_file.write(m_pending);
    if (written != m_pending.size()) {
        m_error = m_file.errorString();
        m_pending.clear();
        return false;
    }
    m_pending.clear();
    return true;
}

bool PcapngWriter::flush()
{
    return writeOut();
}

void PcapngWriter::close()
{
    if (!m_file.isOpen())
        return;
    writeOut();
    m_file.close();
}

} // namespace SocketScope
