#pragma once

#include "journal/event.h"
#include "lab/laberror.h"
#include "socketrecord.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace SocketScope {

class Journal;

// The words a person reads for the engine's enums, translated. Kernel state names stay as the
// kernel writes them (SYN_SENT ...), because that is what `ss` and every textbook show; their
// explanations are translated.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString role(SocketRole role);
    static QString protocol(Protocol proto);
    static QString appState(AppState state);
    static QString appStateExplained(AppState state);
    static QString kernelState(TcpState state);
    static QString kernelStateExplained(TcpState state);
    static QString kind(EventKind kind);
    // The same for one event: an error event with code 0 is a note the app wrote (a drill's
    // start, answer or end), not a failure.
    static QString kind(const Event &e);
    static bool isNote(const Event &e) { return e.kind == EventKind::Error && e.value == 0; }
    // What a note is, for its tooltip.
    static QString noteExplained();
    static QString source(EventSource source);
    static QString sourceExplained(EventSource source);
    // One line saying what an event means, for the event log.
    static QString describe(const Journal &journal, const Event &event);
    static QString bytes(qint64 count);

    // The words for an error live in ui/ (ErrorText); the window hands them over here, so the
    // tables and the event log say the same sentence the rest of the app says. Until then an
    // error shows the OS's own words.
    struct ErrorWording
    {
        QString (*sentence)(const LabError &error) = nullptr; // what happened and what to try
        QString (*reason)(LabError::Kind kind) = nullptr; // a few words for a table cell
    };
    static void setErrorWording(ErrorWording wording);
    // `code` is an error event's value (a LabError::Kind), `detail` its text.
    static QString errorSentence(qint64 code, const QString &detail);
    static QString errorReason(qint64 code);
    static QString time(qint64 ns);
};

} // namespace SocketScope
