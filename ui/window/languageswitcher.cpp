#include "languageswitcher.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>

namespace SocketScope {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

QString LanguageSwitcher::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const bool loaded = m_app.load(QStringLiteral(":/i18n/socketscope_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = language;
    QLocale::setDefault(QLocale(language == QLatin1StringView("ko") ? QLocale::Korean : QLocale::English,
                                language == QLatin1StringView("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    emit languageChanged(language);
    return loaded;
}

} // namespace SocketScope
