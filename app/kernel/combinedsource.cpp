#include "combinedsource.h"

#include <algorithm>

namespace SocketScope {

void CombinedSource::add(std::unique_ptr<KernelSocketSource> source)
{
    if (source)
        m_sources.push_back(std::move(source));
}

bool CombinedSource::remove(const KernelSocketSource *source)
{
    const auto it
        = std::find_if(m_sources.begin(), m_sources.end(), [&](const auto &s) { return s.get() == source; });
    if (it == m_sources.end())
        return false;
    m_sources.erase(it);
    return true;
}

QString CombinedSource::name() const
{
    return m_sources.empty() ? QString() : m_sources.front()->name();
}

bool CombinedSource::read(std::vector<KernelSocket> &out, QString *error)
{
    out.clear();
    bool ok = true;
    for (const auto &source : m_sources) {
        // One namespace failing (its host was just removed) does not hide the others.
        if (!source->read(m_part, error)) {
            ok = false;
            continue;
        }
        out.insert(out.end(), m_part.begin(), m_part.end());
    }
    return ok;
}

} // namespace SocketScope
