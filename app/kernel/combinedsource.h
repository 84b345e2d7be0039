#pragma once

#include "kernelsocketsource.h"

namespace SocketScope {

// Several socket lists read as one: this machine's and each lab host's network namespace.
// Socket inodes are unique across namespaces, so the lists join without clashing.
class CombinedSource : public KernelSocketSource
{
public:
    // `ownedWhole`: every socket it lists is the app's (a lab host's own network), so it is
    // read whole even when the others are asked for some ports only.
    void add(std::unique_ptr<KernelSocketSource> source, bool ownedWhole = false);
    // Drops `source` (and closes it); false when it is not one of these.
    bool remove(const KernelSocketSource *source);
    QString name() const override;
    bool read(std::vector<KernelSocket> &out, QString *error) override;
    bool readPorts(
        const std::vector<quint16> &ports, std::vector<KernelSocket> &out, QString *error) override;

private:
    bool readAll(const std::vector<quint16> *ports, std::vector<KernelSocket> &out, QString *error);

    struct Part
    {
        std::unique_ptr<KernelSocketSource> source;
        bool ownedWhole = false;
    };
    std::vector<Part> m_sources;
    std::vector<KernelSocket> m_part;
};

} // namespace SocketScope
