#pragma once

// A live session's main window in a chosen language, built as main() builds it; and the
// English and Korean data rows the window tests run in. Header-only, test code.

#include "session/session.h"
#include "window/languageswitcher.h"
#include "window/mainwindow.h"

#include <QtTest/QTest>

#include <memory>

namespace SocketScope {

// Adds a "language" column with one row per language the app ships.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

struct WindowInLanguage
{
    Session session {Session::Kind::Live};
    LanguageSwitcher switcher;
    std::unique_ptr<MainWindow> window; // made by open(), gone before the switcher and session

    // False when the language's translations cannot be loaded (the window is not made).
    bool open(const QString &language)
    {
        if (!switcher.setLanguage(language))
            return false;
        window = std::make_unique<MainWindow>(&session, &switcher);
        return true;
    }
};

} // namespace SocketScope
