#pragma once

#include "kernelsocketsource.h"

namespace SocketScope {

// Several socket lists read as one: this machine's and each lab host's network namespace.
// Socket inodes are unique across namespaces, so the lists join without clashing.
class CombinedSource : public KernelSocketSource
{
public:
    void add(std::unique_ptr<KernelSocketSource> source);
    // Drops `source` (and closes it); false when it is not one of these.
    bool remove(const KernelSocketSource *source);
    QString name() const override;
    bool read(std::vector<KernelSocket> &out, QString *error) override;

private:
    std::vector<std::unique_ptr<KernelSocketSource>> m_sources;
    std::vector<KernelSocket> m_part;
};

} // namespace SocketScope
