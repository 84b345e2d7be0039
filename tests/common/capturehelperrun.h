#pragma once

#include "framestream.h"

#include <QtCore/QProcess>
#include <QtCore/QString>

// The capture helper program, run on its own with one request, as the attack and unit tests of
// its request grammar need it. A test that includes this gets SOCKETSCOPE_CAPTURE_HELPER (the
// built helper's path) defined when the helper was built.
namespace CaptureHelperRun {

inline QString helperPath()
{
#ifdef SOCKETSCOPE_CAPTURE_HELPER
    return QStringLiteral(SOCKETSCOPE_CAPTURE_HELPER);
#else
    return {};
#endif
}

// How the helper answered one request it had to refuse.
struct Refusal
{
    bool ended = false; // it exited normally by itself within the time
    int exitCode = -1;
    bool badRequest = false; // its first record is a BadRequest status
    QString message; // that status's message
    bool moreRecords = false; // anything after that status
    QString errorOutput; // what it wrote to stderr
};

inline Refusal sendOnce(const QByteArray &request)
{
    namespace FS = SocketScope::FrameStream;
    Refusal answer;
    QProcess helper;
    helper.start(helperPath(), {});
    if (!helper.waitForStarted())
        return answer;
    helper.write(request);
    answer.ended = helper.waitForFinished(10000) && helper.exitStatus() == QProcess::NormalExit;
    answer.exitCode = helper.exitCode();
    const QByteArray out = helper.readAllStandardOutput();
    FS::Reader reader;
    reader.feed(out.constData(), std::size_t(out.size()));
    if (reader.next() == FS::Reader::Result::Status) {
        answer.badRequest = reader.status().code == FS::StatusCode::BadRequest;
        answer.message = QString::fromStdString(reader.status().message);
        answer.moreRecords = reader.next() != FS::Reader::Result::NeedMore;
    }
    answer.errorOutput = QString::fromUtf8(helper.readAllStandardError());
    return answer;
}

} // namespace CaptureHelperRun
