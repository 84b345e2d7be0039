#pragma once

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QTranslator>

namespace SocketScope {

// Loads SocketScope's and Qt's own translations and swaps them at run time; every widget
// then receives QEvent::LanguageChange and retranslates itself.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // "en" or "ko". Returns false when no translation for it could be loaded.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    // The system's language when SocketScope speaks it, else English.
    static QString systemLanguage();
    // Where SocketScope's .qm files are looked for, in order.
    static QStringList translationFolders();

signals:
    void languageChanged(const QString &language);

private:
    bool loadAppTranslation(const QString &language);

    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace SocketScope
