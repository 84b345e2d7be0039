#include "appsettings.h"

#include "lab/endpoint.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>

namespace SocketScope {

namespace {

QString checkedString(
    const QSettings &settings, const char *key, const QString &fallback, bool (*valid)(const QString &))
{
    const QVariant value = settings.value(QLatin1StringView(key));
    if (!value.isValid() || value.typeId() != QMetaType::QString)
        return fallback;
    const QString text = value.toString();
    return valid(text) ? text : fallback;
}

bool isLanguage(const QString &text)
{
    return text.isEmpty() || text == QLatin1StringView("en") || text == QLatin1StringView("ko");
}

bool isTheme(const QString &text)
{
    return text == QLatin1StringView("system") || text == QLatin1StringView("light")
        || text == QLatin1StringView("dark") || text == QLatin1StringView("high-contrast");
}

bool isPort(const QString &text)
{
    return parsePort(text).has_value();
}

bool isAddressText(const QString &text)
{
    return !text.isEmpty() && text.size() <= 255 && !text.contains(QLatin1Char(' '));
}

} // namespace

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings s;
    if (settings.status() != QSettings::NoError)
        return s;
    s.language = checkedString(settings, "language", s.language, isLanguage);
    s.theme = checkedString(settings, "theme", s.theme, isTheme);
    const QVariant reduce = settings.value(QStringLiteral("reduceMotion"));
    if (reduce.isValid())
        s.reduceMotion = reduce.toString() == QLatin1StringView("true");
    const QVariant welcome = settings.value(QStringLiteral("welcome/showAtStart"));
    if (welcome.isValid())
        s.showWelcome = welcome.toString() != QLatin1StringView("false");
    s.geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    s.windowState = settings.value(QStringLiteral("window/state")).toByteArray();
    for (const QString &path : settings.value(QStringLiteral("recentRecordings")).toStringList()) {
        if (!path.isEmpty() && s.recentRecordings.size() < kMaxRecent)
            s.recentRecordings << path;
    }
    s.serverAddress = checkedString(settings, "workbench/serverAddress", s.serverAddress, isAddressText);
    s.serverPort = checkedString(settings, "workbench/serverPort", s.serverPort, isPort);
    s.clientHost = checkedString(settings, "workbench/clientHost", s.clientHost, isAddressText);
    s.clientPort = checkedString(settings, "workbench/clientPort", s.clientPort, isPort);
    s.udpAddress = checkedString(settings, "workbench/udpAddress", s.udpAddress, isAddressText);
    s.udpPort = checkedString(settings, "workbench/udpPort", s.udpPort, isPort);
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("theme"), theme);
    settings.setValue(
        QStringLiteral("reduceMotion"), reduceMotion ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QStringLiteral("welcome/showAtStart"),
        showWelcome ? QStringLiteral("true") : QStringLiteral("false"));
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), windowState);
    settings.setValue(QStringLiteral("recentRecordings"), recentRecordings);
    settings.setValue(QStringLiteral("workbench/serverAddress"), serverAddress);
    settings.setValue(QStringLiteral("workbench/serverPort"), serverPort);
    settings.setValue(QStringLiteral("workbench/clientHost"), clientHost);
    settings.setValue(QStringLiteral("workbench/clientPort"), clientPort);
    settings.setValue(QStringLiteral("workbench/udpAddress"), udpAddress);
    settings.setValue(QStringLiteral("workbench/udpPort"), udpPort);
    settings.sync();
}

void AppSettings::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recentRecordings.removeAll(absolute);
    recentRecordings.prepend(absolute);
    while (recentRecordings.size() > kMaxRecent)
        recentRecordings.removeLast();
}

QString AppSettings::fileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/socketscope.ini");
}

AppSettings AppSettings::loadDefaultFile(bool *broken)
{
    const QString path = fileName();
    QSettings settings(path, QSettings::IniFormat);
    if (broken)
        *broken = settings.status() == QSettings::FormatError;
    if (settings.status() == QSettings::FormatError) {
        // Keep the damaged file for whoever wants to look at it, and start from defaults.
        QFile::remove(path + QStringLiteral(".broken"));
        QFile::rename(path, path + QStringLiteral(".broken"));
        return AppSettings();
    }
    return load(settings);
}

void AppSettings::saveDefaultFile() const
{
    QDir().mkpath(QFileInfo(fileName()).absolutePath());
    QSettings settings(fileName(), QSettings::IniFormat);
    save(settings);
}

} // namespace SocketScope
