#include "combinedsource.h"

#include <algorithm>

namespace SocketScope {

void CombinedSource::add(std::unique_ptr<KernelSocketSource> source, bool ownedWhole)
{
    if (source)
        m_sources.push_back({std::move(source), ownedWhole});
}

bool CombinedSource::remove(const KernelSocketSource *source)
{
    const auto it = std::find_if(
        m_sources.begin(), m_sources.end(), [&](const Part &part) { return part.source.get() == source; });
    if (it == m_sources.end())
        return false;
    m_sources.erase(it);
    return true;
}

QString CombinedSource::name() const
{
    return m_sources.empty() ? QString() : m_sources.front().source->name();
}

bool CombinedSource::read(std::vector<KernelSocket> &out, QString *error)
{
    return readAll(nullptr, out, error);
}

bool CombinedSource::readPorts(
    const std::vector<quint16> &ports, std::vector<KernelSocket> &out, QString *error)
{
    return readAll(&ports, out, error);
}

bool CombinedSource::readAll(
    const std::vector<quint16> *ports, std::vector<KernelSocket> &out, QString *error)
{
    out.clear();
    bool ok = true;
    for (const Part &part : m_sources) {
        const bool whole = !ports || part.ownedWhole;
        // One namespace failing (its host was just removed) does not hide the others.
        if (!(whole ? part.source->read(m_part, error) : part.source->readPorts(*ports, m_part, error))) {
            ok = false;
            continue;
        }
        out.insert(out.end(), m_part.begin(), m_part.end());
    }
    return ok;
}

} // namespace SocketScope
