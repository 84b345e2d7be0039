#pragma once

#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QStringList>

// The real socketscope executable, driven from outside as a user's script drives it. A test
// that includes this defines SOCKETSCOPE_BINARY (the built program's path).
namespace AppProcess {

inline QString program()
{
    return QStringLiteral(SOCKETSCOPE_BINARY);
}

// The environment of a run with no display: Qt's offscreen platform.
inline QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// Starts the program with no display; the caller waits on it.
inline void start(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(offscreen());
    process.start(program(), arguments);
}

struct Finished
{
    int exitCode = -1; // -1: it did not end by itself in time
    QByteArray out;
    QByteArray err;
};

// Runs the program to its end with `arguments`.
inline Finished runToEnd(const QStringList &arguments, int timeoutMs = 20000)
{
    QProcess process;
    start(process, arguments);
    Finished run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace AppProcess
