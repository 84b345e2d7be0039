#pragma once

#include "journal/event.h"
#include "serviceentry.h"

#include <QtCore/QHash>
#include <QtCore/QStringList>

#include <span>
#include <vector>

namespace SocketScope {

// The names services have on ports, read once from a services(5) file into an index, so that
// a lookup by number is two array reads. Debian's libwireshark-data ships a copy of the full
// IANA registry; /etc/services is a short list of common names and the fallback.
class ServiceRegistry
{
public:
    static constexpr qsizetype kDefaultSearchLimit = 50;

    // The IANA copy first, then the system's list.
    static QStringList defaultPaths();
    // A registry loaded from defaultPaths() on first use and kept for the whole run.
    static const ServiceRegistry &shared();

    ServiceRegistry();

    // Loads the first of `paths` that can be read; false when none could.
    bool load(const QStringList &paths = defaultPaths());
    // Reads services(5) text; `source` is what sourcePath() reports.
    void loadText(QByteArrayView text, const QString &source);

    bool isLoaded() const { return !m_source.isEmpty(); }
    // The file the names came from; empty when none could be read.
    QString sourcePath() const { return m_source; }
    // True when the source is the full IANA registry copy, not the short system list.
    bool isIanaCopy() const { return m_ianaCopy; }

    qsizetype size() const { return qsizetype(m_entries.size()); }
    const ServiceEntry &at(qint32 index) const { return m_entries[size_t(index)]; }

    // Indices of the entries for `port` over `proto` (Tcp or Udp), in file order.
    std::span<const qint32> lookup(quint16 port, Protocol proto) const
    {
        const size_t slot = size_t(port) * 2 + (proto == Protocol::Udp ? 1 : 0);
        const qint32 *base = m_portEntries.data();
        return {base + m_portStart[slot], base + m_portStart[slot + 1]};
    }
    // Entries whose name or alias is `name`, ignoring case.
    std::span<const qint32> byName(QStringView name) const;
    // Entries whose name, alias or description has every word of `text` as a whole word,
    // ignoring case: exact names first, then names, then descriptions. At most `limit`.
    // Whole words, so "abc" does not find "abcsoftware": a search says what services are
    // about, it is not a spelling game.
    QList<qint32> search(QStringView text, qsizetype limit = kDefaultSearchLimit) const;

    // Runs of letters and digits.
    static QStringList wordsOf(QStringView text);
    // Whether `word` appears in `haystack` with no letter or digit right before or after it.
    static bool containsWord(QStringView haystack, QStringView word);

private:
    void clear();
    void addLine(QByteArrayView line);
    void buildIndex();

    std::vector<ServiceEntry> m_entries;
    // Entry indices sorted by (port, protocol); slot = port * 2 + (udp ? 1 : 0) starts at
    // m_portStart[slot] and ends at m_portStart[slot + 1].
    std::vector<qint32> m_portStart;
    std::vector<qint32> m_portEntries;
    // Entry indices grouped by lower-case name or alias; the hash says where each name's run
    // starts and how long it is.
    std::vector<qint32> m_nameEntries;
    QHash<QString, std::pair<qint32, qint32>> m_nameRuns;
    QString m_source;
    bool m_ianaCopy = false;
};

} // namespace SocketScope
