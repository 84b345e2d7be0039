#pragma once

#include "challenge.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace SocketScope {

class Journal;

// What a recording keeps of a challenge: one challenge_started event each time one starts,
// with the challenge as compact JSON, so that a replay rebuilds the same board without being
// told which challenge ran.
namespace ChallengeRecord {

// {"key":"name","check":"send_name","proto":"tcp","port":9001,"time_limit_s":300, ...}; the
// teacher's own challenge adds "expected", "answer" (base64) and "title".
QString toJson(const Challenge &challenge);
// Null when the text names no challenge the app knows (a damaged or newer recording).
std::optional<Challenge> fromJson(const QString &json);

// Appends the challenge_started event: `classSocket` is the socket students connect to, and
// `endpoint` where it listens ("127.0.0.1:9001").
void write(Journal *journal, const Challenge &challenge, qint32 classSocket, const QString &endpoint);

// The challenge_started events among the first `count` events, in journal order.
QList<qsizetype> starts(const Journal &journal, qsizetype count);

} // namespace ChallengeRecord

} // namespace SocketScope
