#include "serviceregistry.h"

#include <QtCore/QFile>

#include <algorithm>

namespace SocketScope {

namespace {

constexpr qsizetype kSlots = qsizetype(65536) * 2;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// Splits at runs of blanks, the way services(5) separates its fields. A line has a handful of
// fields; more than kMaxFields are aliases nobody needs.
constexpr qsizetype kMaxFields = 12;

qsizetype fieldsOf(QByteArrayView text, QByteArrayView *fields)
{
    qsizetype count = 0;
    qsizetype i = 0;
    while (i < text.size() && count < kMaxFields) {
        while (i < text.size() && isBlank(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isBlank(text[i]))
            ++i;
        if (i > start)
            fields[count++] = text.sliced(start, i - start);
    }
    return count;
}

} // namespace

QStringList ServiceRegistry::defaultPaths()
{
    return {QStringLiteral("/usr/share/wireshark/services"), QStringLiteral("/etc/services")};
}

const ServiceRegistry &ServiceRegistry::shared()
{
    // A function-local static is built once, even when two threads ask at the same time.
    static const ServiceRegistry registry = [] {
        ServiceRegistry r;
        r.load();
        return r;
    }();
    return registry;
}

ServiceRegistry::ServiceRegistry()
{
    buildIndex();
}

void ServiceRegistry::clear()
{
    m_entries.clear();
    m_nameEntries.clear();
    m_nameRuns.clear();
    m_source.clear();
    m_ianaCopy = false;
}

bool ServiceRegistry::load(const QStringList &paths)
{
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        loadText(file.readAll(), path);
        return true;
    }
    clear();
    buildIndex();
    return false;
}

void ServiceRegistry::loadText(QByteArrayView text, const QString &source)
{
    clear();
    m_source = source;
    // Wireshark's copy says where it comes from in its first lines.
    m_ianaCopy
        = text.first(std::min<qsizetype>(text.size(), 1024)).toByteArray().contains("IANA port-numbers");
    m_entries.reserve(size_t(text.size() / 40));
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        addLine(text.sliced(start, end - start));
        start = end + 1;
    }
    buildIndex();
}

void ServiceRegistry::addLine(QByteArrayView line)
{
    QByteArrayView data = line;
    QByteArrayView comment;
    const qsizetype hash = line.indexOf('#');
    if (hash >= 0) {
        data = line.first(hash);
        comment = line.sliced(hash + 1).trimmed();
    }
    QByteArrayView fields[kMaxFields];
    const qsizetype fieldCount = fieldsOf(data, fields);
    if (fieldCount < 2)
        return;
    // "80/tcp", or Wireshark's merged form "80/tcp/udp/sctp".
    const QByteArrayView portField = fields[1];
    const qsizetype slash = portField.indexOf('/');
    if (slash <= 0)
        return;
    bool ok = false;
    const uint port = portField.first(slash).toUInt(&ok);
    if (!ok || port > 65535)
        return;
    quint8 protocols = 0;
    qsizetype at = slash + 1;
    while (at <= portField.size()) {
        qsizetype next = portField.indexOf('/', at);
        if (next < 0)
            next = portField.size();
        const QByteArrayView proto = portField.sliced(at, next - at);
        if (proto == "tcp")
            protocols |= ServiceEntry::Tcp;
        else if (proto == "udp")
            protocols |= ServiceEntry::Udp;
        at = next + 1;
    }
    // SCTP and DCCP are not in this app.
    if (!protocols)
        return;

    const QString name = QString::fromUtf8(fields[0]);
    // /etc/services writes TCP and UDP on two lines next to each other; one entry for both
    // reads better.
    if (!m_entries.empty() && m_entries.back().port == port && m_entries.back().name == name) {
        ServiceEntry &entry = m_entries.back();
        entry.protocols |= protocols;
        if (entry.description.isEmpty())
            entry.description = QString::fromUtf8(comment);
        return;
    }
    ServiceEntry entry;
    entry.name = name;
    entry.port = quint16(port);
    entry.protocols = protocols;
    entry.description = QString::fromUtf8(comment);
    for (qsizetype i = 2; i < fieldCount; ++i)
        entry.aliases.append(QString::fromUtf8(fields[i]));
    m_entries.push_back(std::move(entry));
}

void ServiceRegistry::buildIndex()
{
    // Counting sort into one flat array: each (port, protocol) slot is a contiguous run.
    m_portStart.assign(size_t(kSlots + 1), 0);
    for (const ServiceEntry &entry : m_entries) {
        const size_t slot = size_t(entry.port) * 2;
        if (entry.hasTcp())
            ++m_portStart[slot + 1];
        if (entry.hasUdp())
            ++m_portStart[slot + 2];
    }
    for (size_t i = 1; i < m_portStart.size(); ++i)
        m_portStart[i] += m_portStart[i - 1];
    m_portEntries.assign(size_t(m_portStart.back()), 0);
    std::vector<qint32> fill(m_portStart.begin(), m_portStart.end() - 1);
    std::vector<std::pair<QString, qint32>> names;
    names.reserve(m_entries.size() + m_entries.size() / 8);
    for (qint32 i = 0; i < qint32(m_entries.size()); ++i) {
        const ServiceEntry &entry = m_entries[size_t(i)];
        const size_t slot = size_t(entry.port) * 2;
        if (entry.hasTcp())
            m_portEntries[size_t(fill[slot]++)] = i;
        if (entry.hasUdp())
            m_portEntries[size_t(fill[slot + 1]++)] = i;
        // Already lower case in both files, so toLower() hands back the same shared string.
        names.emplace_back(entry.name.toLower(), i);
        for (const QString &alias : entry.aliases)
            names.emplace_back(alias.toLower(), i);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    m_nameEntries.clear();
    m_nameRuns.clear();
    m_nameEntries.reserve(names.size());
    m_nameRuns.reserve(qsizetype(names.size()));
    for (size_t i = 0; i < names.size(); ++i) {
        if (i == 0 || names[i].first != names[i - 1].first)
            m_nameRuns.insert(names[i].first, {qint32(i), 0});
        ++m_nameRuns[names[i].first].second;
        m_nameEntries.push_back(names[i].second);
    }
}

std::span<const qint32> ServiceRegistry::byName(QStringView name) const
{
    const auto it = m_nameRuns.constFind(name.trimmed().toString().toLower());
    if (it == m_nameRuns.cend())
        return {};
    return {m_nameEntries.data() + it->first, size_t(it->second)};
}

QList<qint32> ServiceRegistry::search(QStringView text, qsizetype limit) const
{
    QList<qint32> found;
    const QString needle = text.trimmed().toString();
    if (needle.isEmpty() || limit <= 0)
        return found;
    const QStringList words = wordsOf(needle);
    if (words.isEmpty())
        return found;
    std::vector<bool> taken(m_entries.size(), false);
    const auto take = [&](qint32 i) {
        if (taken[size_t(i)] || found.size() >= limit)
            return;
        taken[size_t(i)] = true;
        found.append(i);
    };
    const auto hasAllWords = [&](QStringView haystack) {
        return std::all_of(
            words.begin(), words.end(), [&](const QString &word) { return containsWord(haystack, word); });
    };
    for (qint32 i : byName(needle))
        take(i);
    for (qint32 i = 0; i < qint32(m_entries.size()) && found.size() < limit; ++i) {
        const ServiceEntry &entry = m_entries[size_t(i)];
        if (hasAllWords(entry.name) || std::any_of(entry.aliases.begin(), entry.aliases.end(), hasAllWords))
            take(i);
    }
    for (qint32 i = 0; i < qint32(m_entries.size()) && found.size() < limit; ++i) {
        if (hasAllWords(m_entries[size_t(i)].description))
            take(i);
    }
    return found;
}

QStringList ServiceRegistry::wordsOf(QStringView text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text[i].isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append(text.sliced(start, i - start).toString());
            start = -1;
        }
    }
    return words;
}

bool ServiceRegistry::containsWord(QStringView haystack, QStringView word)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(word, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        const bool startsWord = at == 0 || !haystack[at - 1].isLetterOrNumber();
        const bool endsWord = end == haystack.size() || !haystack[end].isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
        from = at + 1;
    }
}

} // namespace SocketScope
