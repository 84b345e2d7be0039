#pragma once

#include "event.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

class QJsonValue;

namespace SocketScope {

class Journal;

// The JSON Lines recording format of README.md ("The recording format"): a header line, then one event a
// line. These functions are the only place that knows the field names.
namespace RecordingFormat {

inline constexpr int kVersion = 1;

QByteArray headerLine(const Journal &journal);
QByteArray eventLine(const Journal &journal, const Event &event);
// The same line, added to the end of `out` (no array of its own made for it).
void appendEventLine(QByteArray &out, const Journal &journal, const Event &event);

// Reads the header. Returns an empty string when it is a journal header we can read, else why not.
QString checkHeader(QByteArrayView line);

// A value read from a recording, as a short phrase for a message: `the text "1"`, `1.5`, `null`.
// Long text is clipped and control characters are escaped.
QString describeValue(const QJsonValue &value);
// The same for a piece of text: quoted, clipped, escaped.
QString describeText(QStringView text);

// Parses one event line into `event`, interning its strings in `journal`. Returns an empty
// string on success, else what is wrong with the line.
QString parseEventLine(QByteArrayView line, Journal &journal, Event *event);

} // namespace RecordingFormat
} // namespace SocketScope
