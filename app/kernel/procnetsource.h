#pragma once

#include "kernelsocketsource.h"

namespace SocketScope {

// Reads /proc/net/{tcp,tcp6,udp,udp6}: the fallback where sock_diag is missing. It cannot see
// request sockets or a listener's queue limit.
class ProcNetSource : public KernelSocketSource
{
public:
    explicit ProcNetSource(QString root = QStringLiteral("/proc/net"));

    bool isAvailable() const;
    QString name() const override;
    bool read(std::vector<KernelSocket> &out, QString *error) override;

    // Parses one file's text, as /proc writes it, appending to `out`.
    static void parse(QByteArrayView text, Protocol proto, std::vector<KernelSocket> &out);

private:
    QString m_root;
};

} // namespace SocketScope
