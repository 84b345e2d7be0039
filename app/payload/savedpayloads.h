#pragma once

#include "payloadparser.h"

#include <QtCore/QList>
#include <QtCore/QString>

class QSettings;

namespace SocketScope {

struct SavedPayload
{
    QString name;
    QString text; // as typed, so it can be edited again
    PayloadMode mode = PayloadMode::Text;
    LineEnding ending = LineEnding::None;
};

// A short list of payloads a person wants again, kept in the app's settings. Saving under a
// name that exists replaces it.
class SavedPayloads
{
public:
    static constexpr int kMaxSaved = 50;

    explicit SavedPayloads(QSettings &settings);

    QList<SavedPayload> list() const { return m_list; }
    void save(const SavedPayload &payload);
    void remove(const QString &name);

private:
    void load();
    void store();

    QSettings &m_settings;
    QList<SavedPayload> m_list;
};

} // namespace SocketScope
