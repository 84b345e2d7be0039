#pragma once

// Builds real frames byte by byte, the way they appear on the wire, for the capture tests.

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QtEndian>

namespace FrameBuilder {

inline void be16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8)).append(char(v & 0xff));
}

inline void be32(QByteArray &out, quint32 v)
{
    be16(out, quint16(v >> 16));
    be16(out, quint16(v & 0xffff));
}

inline QByteArray tcp(quint16 sport, quint16 dport, quint32 seq, quint32 ack, quint8 flags, quint16 window,
    const QByteArray &payload = {}, int optionBytes = 0)
{
    QByteArray out;
    be16(out, sport);
    be16(out, dport);
    be32(out, seq);
    be32(out, ack);
    out.append(char(((20 + optionBytes) / 4) << 4));
    out.append(char(flags));
    be16(out, window);
    be16(out, 0); // checksum: not checked by the decoder
    be16(out, 0);
    out.append(QByteArray(optionBytes, '\x01')); // NOPs
    return out + payload;
}

// A TCP header carrying the given option bytes, padded with end-of-list bytes to a whole
// number of 32-bit words, as the data offset counts them.
inline QByteArray tcpWithOptions(
    quint16 sport, quint16 dport, quint32 seq, quint32 ack, quint8 flags, quint16 window, QByteArray options)
{
    while (options.size() % 4 != 0)
        options.append('\0');
    QByteArray out = tcp(sport, dport, seq, ack, flags, window, {}, int(options.size()));
    out.replace(20, options.size(), options);
    return out;
}

inline QByteArray udp(quint16 sport, quint16 dport, const QByteArray &payload)
{
    QByteArray out;
    be16(out, sport);
    be16(out, dport);
    be16(out, quint16(8 + payload.size()));
    be16(out, 0);
    return out + payload;
}

inline QByteArray ipv4(quint32 src, quint32 dst, quint8 proto, const QByteArray &transport,
    int optionBytes = 0, quint16 fragment = 0)
{
    QByteArray out;
    out.append(char(0x40 | ((20 + optionBytes) / 4)));
    out.append('\0');
    be16(out, quint16(20 + optionBytes + transport.size()));
    be16(out, 0x1234);
    be16(out, fragment);
    out.append(char(64)).append(char(proto));
    be16(out, 0);
    be32(out, src);
    be32(out, dst);
    out.append(QByteArray(optionBytes, '\x01'));
    return out + transport;
}

inline QByteArray ipv6(const QByteArray &src16, const QByteArray &dst16, quint8 next, const QByteArray &rest)
{
    QByteArray out;
    be32(out, 0x60000000);
    be16(out, quint16(rest.size()));
    out.append(char(next)).append(char(64));
    return out + src16 + dst16 + rest;
}

inline QByteArray v6(const char *hex32)
{
    return QByteArray::fromHex(hex32);
}

inline QByteArray ethernet(quint16 type, const QByteArray &payload, const QList<quint16> &vlans = {})
{
    QByteArray out(12, '\0');
    out[0] = '\x02';
    out[6] = '\x02';
    out[11] = '\x01';
    for (quint16 tag : vlans) {
        be16(out, tag == 0 ? 0x8100 : 0x88a8);
        be16(out, 42);
    }
    be16(out, type);
    return out + payload;
}

inline QByteArray sll(quint16 type, const QByteArray &payload)
{
    QByteArray out;
    be16(out, 0); // to us
    be16(out, 1); // ARPHRD_ETHER
    be16(out, 6);
    out.append(QByteArray(8, '\x02'));
    be16(out, type);
    return out + payload;
}

inline QByteArray sll2(quint16 type, const QByteArray &payload)
{
    QByteArray out;
    be16(out, type);
    be16(out, 0);
    be32(out, 1); // interface index
    be16(out, 1); // ARPHRD_ETHER
    out.append('\0').append('\x06');
    out.append(QByteArray(8, '\x02'));
    return out + payload;
}

inline QByteArray null(quint32 family, const QByteArray &payload)
{
    QByteArray out(4, '\0');
    const quint32 little = qToLittleEndian(family);
    memcpy(out.data(), &little, 4);
    return out + payload;
}

} // namespace FrameBuilder
