#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace SocketScope {

// A file's bytes, to send as they are. Bounded, so a mistaken pick of a huge file does not
// freeze the lab.
struct PayloadFile
{
    static constexpr qint64 kMaxBytes = qint64(16) * 1024 * 1024;

    enum Outcome : quint8 { Read, CannotOpen, TooLarge };

    Outcome outcome = CannotOpen;
    QByteArray bytes;
    qint64 size = 0; // the file's size, also when too large
    QString detail; // the OS's words when it could not be opened

    static PayloadFile read(const QString &path);
};

} // namespace SocketScope
