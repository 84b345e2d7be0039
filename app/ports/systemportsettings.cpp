#include "systemportsettings.h"

#include <QtCore/QFile>

namespace SocketScope {

namespace {

// Numbers separated by blanks, as the sysctl files write them.
QList<int> readNumbers(const QString &path)
{
    QFile file(path);
    QList<int> numbers;
    if (!file.open(QIODevice::ReadOnly))
        return numbers;
    const QList<QByteArray> fields = file.read(256).simplified().split(' ');
    for (const QByteArray &field : fields) {
        bool ok = false;
        const int value = field.toInt(&ok);
        if (!ok)
            return {};
        numbers.append(value);
    }
    return numbers;
}

} // namespace

SystemPortSettings SystemPortSettings::read(const QString &root)
{
    SystemPortSettings settings;
#ifndef Q_OS_LINUX
    // BSDs, macOS and Windows pick client ports from IANA's dynamic range by default.
    settings.ephemeralFirst = 49152;
    settings.ephemeralLast = 65535;
#endif
    const QList<int> range = readNumbers(root + QStringLiteral("/ip_local_port_range"));
    if (range.size() == 2 && range[0] >= 1 && range[0] <= range[1] && range[1] <= 65535) {
        settings.ephemeralFirst = quint16(range[0]);
        settings.ephemeralLast = quint16(range[1]);
        settings.ephemeralFromOs = true;
    }
    const QList<int> start = readNumbers(root + QStringLiteral("/ip_unprivileged_port_start"));
    if (start.size() == 1 && start[0] >= 0 && start[0] <= 65535) {
        settings.unprivilegedStart = quint16(start[0]);
        settings.unprivilegedFromOs = true;
    }
    return settings;
}

} // namespace SocketScope
