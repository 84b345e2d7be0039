#pragma once

#include "lab/laberror.h"

#include <QtCore/QCoreApplication>

namespace SocketScope {

// The sentence a person reads for a LabError: what happened, then what to try.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString what(LabError::Kind kind);
    static QString whatToTry(LabError::Kind kind);
    // A few words for a table cell: "port in use", "refused" (empty for None and Other).
    static QString reason(LabError::Kind kind);
    // Both sentences, and the OS's own words in brackets when there are any.
    static QString full(const LabError &error);
};

} // namespace SocketScope
