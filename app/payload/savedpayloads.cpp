#include "savedpayloads.h"

#include <QtCore/QSettings>

namespace SocketScope {

namespace {

const QString kGroup = QStringLiteral("experiments/payloads");

} // namespace

SavedPayloads::SavedPayloads(QSettings &settings)
    : m_settings(settings)
{
    load();
}

void SavedPayloads::load()
{
    m_list.clear();
    const int size = m_settings.beginReadArray(kGroup);
    for (int i = 0; i < size && i < kMaxSaved; ++i) {
        m_settings.setArrayIndex(i);
        SavedPayload payload;
        payload.name = m_settings.value(QStringLiteral("name")).toString();
        payload.text = m_settings.value(QStringLiteral("text")).toString();
        const int mode = m_settings.value(QStringLiteral("mode")).toInt();
        const int ending = m_settings.value(QStringLiteral("ending")).toInt();
        // A hand-edited settings file may hold anything; fall back rather than trust it.
        payload.mode = mode >= 0 && mode <= int(PayloadMode::Escapes) ? PayloadMode(mode) : PayloadMode::Text;
        payload.ending
            = ending >= 0 && ending <= int(LineEnding::CrLf) ? LineEnding(ending) : LineEnding::None;
        if (!payload.name.isEmpty())
            m_list.append(payload);
    }
    m_settings.endArray();
}

void SavedPayloads::store()
{
    m_settings.remove(kGroup);
    m_settings.beginWriteArray(kGroup, int(m_list.size()));
    for (int i = 0; i < m_list.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), m_list[i].name);
        m_settings.setValue(QStringLiteral("text"), m_list[i].text);
        m_settings.setValue(QStringLiteral("mode"), int(m_list[i].mode));
        m_settings.setValue(QStringLiteral("ending"), int(m_list[i].ending));
    }
    m_settings.endArray();
}

void SavedPayloads::save(const SavedPayload &payload)
{
    if (payload.name.isEmpty())
        return;
    for (SavedPayload &existing : m_list) {
        if (existing.name == payload.name) {
            existing = payload;
            store();
            return;
        }
    }
    m_list.append(payload);
    while (m_list.size() > kMaxSaved)
        m_list.removeFirst();
    store();
}

void SavedPayloads::remove(const QString &name)
{
    const auto removed = m_list.removeIf([&](const SavedPayload &p) { return p.name == name; });
    if (removed)
        store();
}

} // namespace SocketScope
