#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QFile>
#include <QtCore/QString>

namespace SocketScope {

// Writes captured frames as pcapng (the format Wireshark and tshark read): one section header,
// one interface description per interface (its name, the lab host it belongs to, nanosecond
// timestamps) and one enhanced packet block per frame. Blocks are written whole and handed to
// the kernel at every flush(), so a crash leaves a file that opens up to the last flush.
class PcapngWriter
{
public:
    PcapngWriter();
    ~PcapngWriter();
    PcapngWriter(const PcapngWriter &) = delete;
    PcapngWriter &operator=(const PcapngWriter &) = delete;

    // Creates (or truncates) `path` and writes the section header. On failure returns false
    // and errorString() says why in the system's words.
    bool open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }

    // Describes an interface; returns its pcapng interface id (0, 1, 2 ... in order). `host`
    // (the lab host, empty off the lab) goes into the description and a comment.
    quint32 addInterface(quint32 linkType, quint32 snapLength, const QString &name, const QString &host);
    quint32 interfaceCount() const { return m_interfaces; }

    // `bytes` is what was captured, `originalLength` how long the frame was on the wire.
    bool writePacket(quint32 interfaceId, quint64 realtimeNs, QByteArrayView bytes, quint32 originalLength);
    qint64 packetsWritten() const { return m_packets; }

    // Hands everything written so far to the kernel.
    bool flush();
    void close();

private:
    bool writeOut();

    QFile m_file;
    QByteArray m_pending;
    QString m_error;
    quint32 m_interfaces = 0;
    qint64 m_packets = 0;
};

} // namespace SocketScope
