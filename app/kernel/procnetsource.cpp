#include "procnetsource.h"

#include <QtCore/QFile>
#include <QtCore/QtEndian>

#include <cstddef>
#include <cstring>

namespace SocketScope {

namespace {

// /proc prints an address as the 32-bit words the kernel keeps in network byte order, each
// read as a host-order number, in hex: the word's bytes in memory are the address's bytes.
bool parseEndpoint(QByteArrayView text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.indexOf(':');
    if (colon < 0)
        return false;
    const QByteArrayView hex = text.first(colon);
    bool ok = false;
    *port = quint16(text.sliced(colon + 1).toUInt(&ok, 16));
    if (!ok)
        return false;
    if (hex.size() == 8) {
        const quint32 word = hex.toUInt(&ok, 16);
        *address = QHostAddress(qFromBigEndian(word));
        return ok;
    }
    if (hex.size() == 32) {
        Q_IPV6ADDR v6;
        for (int i = 0; i < 4; ++i) {
            const quint32 word = hex.sliced(qsizetype(i) * 8, 8).toUInt(&ok, 16);
            if (!ok)
                return false;
            std::memcpy(v6.c + std::ptrdiff_t(i) * 4, &word, 4);
        }
        *address = QHostAddress(v6);
        return true;
    }
    return false;
}

} // namespace

ProcNetSource::ProcNetSource(QString root)
    : m_root(std::move(root))
{ }

bool ProcNetSource::isAvailable() const
{
    return QFile::exists(m_root + QStringLiteral("/tcp"));
}

QString ProcNetSource::name() const
{
    return QStringLiteral("/proc/net");
}

bool ProcNetSource::read(std::vector<KernelSocket> &out, QString *error)
{
    out.clear();
    const struct
    {
        const char *file;
        Protocol proto;
    } files[] = {
        {"/tcp", Protocol::Tcp}, {"/tcp6", Protocol::Tcp}, {"/udp", Protocol::Udp}, {"/udp6", Protocol::Udp}};
    bool any = false;
    for (const auto &entry : files) {
        QFile file(m_root + QLatin1StringView(entry.file));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        any = true;
        parse(file.readAll(), entry.proto, out);
    }
    if (!any && error)
        *error = QStringLiteral("%1 cannot be read").arg(m_root);
    return any;
}

void ProcNetSource::parse(QByteArrayView text, Protocol proto, std::vector<KernelSocket> &out)
{
    qsizetype start = text.indexOf('\n'); // the first line names the columns
    while (start >= 0 && start < text.size()) {
        qsizetype end = text.indexOf('\n', start + 1);
        if (end < 0)
            end = text.size();
        const QList<QByteArray> fields
            = text.sliced(start + 1, end - start - 1).toByteArray().simplified().split(' ');
        start = end;
        if (fields.size() < 10)
            continue;
        KernelSocket socket;
        socket.proto = proto;
        if (!parseEndpoint(fields[1], &socket.localAddress, &socket.localPort)
            || !parseEndpoint(fields[2], &socket.remoteAddress, &socket.remotePort))
            continue;
        bool ok = false;
        const uint state = fields[3].toUInt(&ok, 16);
        if (!ok)
            continue;
        socket.state = proto == Protocol::Udp ? (state == 1 ? TcpState::Established : TcpState::Bound)
                                              : TcpState(state);
        const QList<QByteArray> queues = fields[4].split(':');
        if (queues.size() == 2) {
            socket.sendQueue = queues[0].toUInt(nullptr, 16);
            socket.receiveQueue = queues[1].toUInt(nullptr, 16);
        }
        socket.uid = fields[7].toUInt();
        socket.inode = fields[9].toULongLong();
        out.push_back(socket);
    }
}

} // namespace SocketScope
