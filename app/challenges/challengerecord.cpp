#include "challengerecord.h"

#include "journal/journal.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <array>
#include <utility>

namespace SocketScope::ChallengeRecord {

namespace {

constexpr std::array<std::pair<Challenge::Check, const char *>, 8> kChecks {{
    {Challenge::Check::Connect, "connect"},
    {Challenge::Check::SendName, "send_name"},
    {Challenge::Check::LengthPrefixedHex, "length_prefixed_hex"},
    {Challenge::Check::UdpAnswer, "udp_answer"},
    {Challenge::Check::ChosenPort, "chosen_port"},
    {Challenge::Check::HalfClose, "half_close"},
    {Challenge::Check::HoldThroughPause, "hold_through_pause"},
    {Challenge::Check::SendText, "send_text"},
}};

QLatin1StringView checkName(Challenge::Check check)
{
    for (const auto &[value, name] : kChecks) {
        if (value == check)
            return QLatin1StringView(name);
    }
    return QLatin1StringView("connect");
}

std::optional<Challenge::Check> checkFromName(const QString &text)
{
    for (const auto &[value, name] : kChecks) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

QLatin1StringView key(const char *name)
{
    return QLatin1StringView(name);
}

} // namespace

QString toJson(const Challenge &challenge)
{
    QJsonObject o;
    o.insert(key("key"), challenge.key);
    o.insert(key("check"), checkName(challenge.check));
    o.insert(key("proto"), protocolName(challenge.proto));
    o.insert(key("port"), int(challenge.port));
    o.insert(key("time_limit_s"), challenge.timeLimitS);
    if (challenge.check == Challenge::Check::SendText) {
        // What a student must send may be any bytes; base64 keeps them exact.
        o.insert(key("expected"), QString::fromLatin1(challenge.expected.toBase64()));
        o.insert(key("answer"), QString::fromLatin1(challenge.answer.toBase64()));
    }
    if (!challenge.customTitle.isEmpty())
        o.insert(key("title"), challenge.customTitle);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Challenge> fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto check = checkFromName(o.value(key("check")).toString());
    const auto proto = protocolFromName(QLatin1StringView(o.value(key("proto")).toString().toLatin1()));
    const qint64 port = o.value(key("port")).toInteger(-1);
    const qint64 limit = o.value(key("time_limit_s")).toInteger(0);
    if (!check || !proto || *proto == Protocol::None || port < 0 || port > 65535 || limit < 0
        || limit > qint64(24) * 3600)
        return std::nullopt;
    Challenge challenge;
    challenge.key = o.value(key("key")).toString().left(64);
    challenge.check = *check;
    challenge.proto = *proto;
    challenge.port = quint16(port);
    challenge.timeLimitS = int(limit);
    if (challenge.check == Challenge::Check::SendText) {
        challenge.expected = QByteArray::fromBase64(o.value(key("expected")).toString().toLatin1());
        challenge.answer = QByteArray::fromBase64(o.value(key("answer")).toString().toLatin1());
    }
    challenge.customTitle = o.value(key("title")).toString().left(200);
    return challenge;
}

void write(Journal *journal, const Challenge &challenge, qint32 classSocket, const QString &endpoint)
{
    Event e;
    e.t = journal->now();
    e.kind = EventKind::ChallengeStarted;
    e.source = EventSource::App;
    e.socket = classSocket;
    e.proto = challenge.proto;
    e.local = journal->intern(endpoint);
    e.text = journal->intern(toJson(challenge));
    e.value = challenge.timeLimitS;
    e.value2 = QDateTime::currentMSecsSinceEpoch();
    journal->append(e);
}

QList<qsizetype> starts(const Journal &journal, qsizetype count)
{
    QList<qsizetype> found;
    const qsizetype end = qMin(count, journal.count());
    for (qsizetype i = 0; i < end; ++i) {
        if (journal.at(i).kind == EventKind::ChallengeStarted)
            found.append(i);
    }
    return found;
}

} // namespace SocketScope::ChallengeRecord
