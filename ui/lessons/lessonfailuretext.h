#pragma once

#include "lessons/lessonfailure.h"

#include <QtCore/QCoreApplication>

namespace SocketScope {

// The sentence a person reads when a lesson step failed: which step, what it tried, and the
// LabError worded by ErrorText. The lesson panel and the headless runner (--quit-when-done)
// both use it.
class LessonFailureText
{
public:
    static QString sentence(const LessonFailure &failure);
    // Only why: what the step tried and what the OS said, or the step's own words.
    static QString reason(const LessonFailure &failure);
};

} // namespace SocketScope
