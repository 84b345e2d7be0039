#include "payloadfile.h"

#include <QtCore/QFile>

namespace SocketScope {

PayloadFile PayloadFile::read(const QString &path)
{
    PayloadFile file;
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        file.detail = source.errorString();
        return file;
    }
    file.size = source.size();
    if (file.size > kMaxBytes) {
        file.outcome = TooLarge;
        return file;
    }
    file.bytes = source.read(kMaxBytes + 1);
    if (file.bytes.size() > kMaxBytes) {
        // A device or pipe that reported no size.
        file.size = file.bytes.size();
        file.bytes.clear();
        file.outcome = TooLarge;
        return file;
    }
    file.size = file.bytes.size();
    file.outcome = Read;
    return file;
}

} // namespace SocketScope
