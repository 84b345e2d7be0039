#pragma once

#include "compare/sessiondiff.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

class QTextStream;

namespace SocketScope {

// `socketscope --compare A.jsonl B.jsonl`: the differences between two recordings, printed,
// for a teacher preparing a class or a script checking a run against a known good one.
class CompareReport
{
    Q_DECLARE_TR_FUNCTIONS(CompareReport)

public:
    // Prints the comparison to `out` and damaged lines to `err`. Returns the exit status:
    // 0 when both were read and compared (whether or not they differ), 1 when one cannot be.
    static int run(const QString &pathA, const QString &pathB, SessionDiff::Anchor anchor, QTextStream &out,
        QTextStream &err);
};

} // namespace SocketScope
