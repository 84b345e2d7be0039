#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QSettings;

namespace SocketScope {

// What SocketScope remembers between runs. Every value is checked on load; anything missing,
// of the wrong kind or out of range falls back to its default, and a settings file that
// cannot be parsed at all is set aside so the app starts clean.
struct AppSettings
{
    static constexpr int kMaxRecent = 8;

    QString language; // "en", "ko", or empty: follow the system
    QString theme = QStringLiteral("system"); // system, light, dark, high-contrast
    bool reduceMotion = false;
    bool showWelcome = true; // the welcome page at start, until "Don't show this at start"
    QByteArray geometry;
    QByteArray windowState;
    QStringList recentRecordings;
    QString serverAddress = QStringLiteral("127.0.0.1");
    QString serverPort = QStringLiteral("8080");
    QString clientHost = QStringLiteral("127.0.0.1");
    QString clientPort = QStringLiteral("8080");
    QString udpAddress = QStringLiteral("127.0.0.1");
    QString udpPort = QStringLiteral("9000");

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    void addRecent(const QString &path);

    // The settings file SocketScope uses; `broken` tells whether it had to be set aside.
    static QString fileName();
    static AppSettings loadDefaultFile(bool *broken = nullptr);
    void saveDefaultFile() const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace SocketScope
