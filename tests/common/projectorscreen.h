#pragma once

#include <QtCore/QFile>
#include <QtCore/QSize>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

namespace SocketScope {

// Runs a widget test on an offscreen screen of exactly `screen` (a projector's 1024x768, say),
// whatever display the test runs under: Qt's offscreen platform reads the screen from a file.
// The body of a test's main(); 2 when the file cannot be written.
template<typename Test> int execOnScreen(QSize screen, int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(
        QStringLiteral("{ \"windowFrameMargins\": false, \"screens\": [ { \"name\": \"projector\", \"x\": 0, "
                       "\"y\": 0, \"width\": %1, \"height\": %2, \"logicalDpi\": 96, \"dpr\": 1 } ] }")
            .arg(screen.width())
            .arg(screen.height())
            .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace SocketScope
