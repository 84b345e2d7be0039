#include "languageswitcher.h"

#include "theme.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>

namespace SocketScope {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{ }

QString LanguageSwitcher::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QStringList LanguageSwitcher::translationFolders()
{
    // Embedded first; then the installed files, next to the binary and where it was installed.
    return {QStringLiteral(":/i18n"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(SOCKETSCOPE_QM_FROM_BIN)),
        QStringLiteral(SOCKETSCOPE_QM_DIR)};
}

bool LanguageSwitcher::loadAppTranslation(const QString &language)
{
    const QString file = QStringLiteral("socketscope_%1.qm").arg(language);
    for (const QString &folder : translationFolders()) {
        if (m_app.load(file, folder))
            return true;
    }
    return false;
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const bool loaded = loadAppTranslation(language);
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(
            QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = language;
    QLocale::setDefault(QLocale(language == QLatin1StringView("ko") ? QLocale::Korean : QLocale::English,
        language == QLatin1StringView("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    Theme::applyLanguageFont(language);
    emit languageChanged(language);
    return loaded;
}

} // namespace SocketScope
