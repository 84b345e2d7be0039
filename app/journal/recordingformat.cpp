#include "recordingformat.h"

#include "journal.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonParseError>
#include <QtCore/QJsonValue>
#include <QtCore/QLocale>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <limits>
#include <optional>

namespace SocketScope::RecordingFormat {

namespace {

void appendEscapedUtf8(QByteArray &out, QByteArrayView utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out.append(escaped);
            } else {
                out.append(c);
            }
        }
    }
}

// Plain ASCII that JSON takes as it is: nearly every text a recording holds (endpoints, notes,
// names).
bool isPlainAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\';
    });
}

void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    // Written straight from the UTF-16 text, with no UTF-8 copy made for each line first.
    if (isPlainAscii(text)) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        for (const QChar c : text)
            *to++ = char(c.unicode());
    } else {
        appendEscapedUtf8(out, text.toUtf8());
    }
    out.append('"');
}

// Builds one line in a buffer of its own and hands it to the output in one piece: appending
// each key, comma and number to the QByteArray went through its general insert() some twenty
// times a line (about 8% of the app's instructions under a load of short connections).
class LineBuilder
{
public:
    explicit LineBuilder(QByteArray &out)
        : m_out(out)
    {
        put('{');
    }
    ~LineBuilder() { flush(); }
    LineBuilder(const LineBuilder &) = delete;
    LineBuilder &operator=(const LineBuilder &) = delete;

    void number(const char *key, qint64 value)
    {
        field(key);
        char digits[24];
        const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
        put(digits, written.ptr - digits);
    }
    void text(const char *key, QStringView value)
    {
        field(key);
        if (value.size() + 2 <= kSize - m_size && isPlainAscii(value)) {
            m_buffer[m_size++] = '"';
            for (const QChar c : value)
                m_buffer[m_size++] = char(c.unicode());
            m_buffer[m_size++] = '"';
            return;
        }
        flush();
        appendJsonString(m_out, value);
    }
    void latin1(const char *key, QLatin1StringView value)
    {
        field(key);
        put('"');
        put(value.data(), value.size());
        put('"');
    }
    // JSON already written out (an object kept whole in the journal), placed as it is.
    void raw(const char *key, QByteArrayView json)
    {
        field(key);
        put(json.data(), json.size());
    }
    void finish()
    {
        put("}\n", 2);
        flush();
    }

private:
    static constexpr qsizetype kSize = 512; // most lines whole; a longer one goes in pieces

    void put(char c)
    {
        if (m_size == kSize)
            flush();
        m_buffer[m_size++] = c;
    }
    void put(const char *data, qsizetype size)
    {
        if (size > kSize - m_size) {
            flush();
            if (size > kSize) {
                m_out.append(data, size);
                return;
            }
        }
        std::memcpy(m_buffer + m_size, data, size_t(size));
        m_size += size;
    }
    void flush()
    {
        if (m_size > 0)
            m_out.append(m_buffer, m_size);
        m_size = 0;
    }
    void field(const char *key)
    {
        if (!m_first)
            put(',');
        m_first = false;
        put('"');
        put(key, qsizetype(std::strlen(key)));
        put("\":", 2);
    }

    QByteArray &m_out;
    char m_buffer[kSize];
    qsizetype m_size = 0;
    bool m_first = true;
};

// What an event's free text is called in a line: a segment's is the interface it was seen on.
const char *textKey(EventKind kind)
{
    switch (kind) {
    case EventKind::Error:
        return "message";
    case EventKind::Segment:
        return "iface";
    case EventKind::LinkFault:
        return "link";
    default:
        return "note";
    }
}

// A value taken from a recording, as a short phrase for a message: clipped, and with control
// characters shown as escapes so a hostile file cannot steer the terminal it is reported to.
QString quotedText(QStringView text)
{
    constexpr qsizetype kShown = 40;
    QString out;
    out.reserve(kShown + 8);
    out.append(QLatin1Char('"'));
    for (qsizetype i = 0; i < text.size() && i < kShown; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        else
            out.append(c);
    }
    if (text.size() > kShown)
        out.append(QStringLiteral("..."));
    out.append(QLatin1Char('"'));
    return out;
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() gives its fallback for a fraction or a number beyond 64 bits; two different
    // fallbacks tell that apart from a real 0.
    const qint64 number = value.toInteger(0);
    if (number == 0 && value.toInteger(1) != 0)
        return std::nullopt;
    return number;
}

// The tcp_info fields as a recording names them, each with where it lives in a reading.
struct TcpInfoField
{
    const char *key;
    qint64 TcpInfo::*member;
};
constexpr TcpInfoField kTcpInfoFields[] {
    {"cwnd", &TcpInfo::cwnd},
    {"ssthresh", &TcpInfo::ssthresh},
    {"srtt_us", &TcpInfo::srttUs},
    {"rttvar_us", &TcpInfo::rttvarUs},
    {"unacked", &TcpInfo::unacked},
    {"in_flight", &TcpInfo::inFlight},
    {"bytes_in_flight", &TcpInfo::bytesInFlight},
    {"retrans", &TcpInfo::retransmissions},
    {"snd_wnd", &TcpInfo::sendWindow},
    {"rcv_wnd", &TcpInfo::receiveWindow},
    {"send_queue", &TcpInfo::sendQueue},
    {"recv_queue", &TcpInfo::receiveQueue},
    {"delivery_rate", &TcpInfo::deliveryRate},
    {"segs_out", &TcpInfo::segmentsOut},
    {"segs_in", &TcpInfo::segmentsIn},
    {"data_segs_out", &TcpInfo::dataSegmentsOut},
    {"data_segs_in", &TcpInfo::dataSegmentsIn},
};

} // namespace

QString describeText(QStringView text)
{
    return quotedText(text);
}

QString describeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QCoreApplication::translate("RecordingFormat", "the text %1")
            .arg(quotedText(value.toString()));
    case QJsonValue::Double:
        if (const std::optional<qint64> number = wholeNumber(value))
            return QString::number(*number);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QCoreApplication::translate("RecordingFormat", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("RecordingFormat", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("RecordingFormat", "nothing");
}

QByteArray headerLine(const Journal &journal)
{
    QByteArray out;
    LineBuilder line(out);
    line.latin1("format", QLatin1StringView("socketscope-journal"));
    line.number("version", kVersion);
    line.text("app", QStringLiteral("SocketScope " SOCKETSCOPE_VERSION));
    line.text("started", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!journal.label().isEmpty())
        line.text("label", journal.label());
    line.finish();
    return out;
}

QByteArray eventLine(const Journal &journal, const Event &e)
{
    QByteArray out;
    out.reserve(160);
    appendEventLine(out, journal, e);
    return out;
}

void appendEventLine(QByteArray &out, const Journal &journal, const Event &e)
{
    LineBuilder line(out);
    line.number("t", e.t);
    line.latin1("kind", kindName(e.kind));
    line.latin1("source", sourceName(e.source));
    if (e.socket >= 0)
        line.number("socket", e.socket);
    if (e.proto != Protocol::None)
        line.latin1("proto", protocolName(e.proto));
    if (e.kind == EventKind::Segment) {
        if (e.local)
            line.text("from", journal.string(e.local));
        if (e.remote)
            line.text("to", journal.string(e.remote));
    } else if (e.kind == EventKind::LinkFault) {
        // A spec each (--link's form); "" is no fault at all.
        line.text("asked", journal.string(e.local));
        line.text("applied", journal.string(e.remote));
    } else {
        if (e.local)
            line.text("local", journal.string(e.local));
        if (e.remote)
            line.text("remote", journal.string(e.remote));
    }
    if (e.host)
        line.text("host", journal.string(e.host));

    switch (e.kind) {
    case EventKind::SocketOpened:
        line.latin1("role", roleName(e.role));
        if (e.role == SocketRole::Accepted)
            line.number("parent", e.value);
        break;
    case EventKind::Listening:
        line.number("backlog", e.value);
        break;
    case EventKind::Queue:
        line.number("length", e.value);
        line.number("limit", e.value2);
        break;
    case EventKind::DataSent:
    case EventKind::DataReceived:
    case EventKind::DatagramSent:
    case EventKind::DatagramReceived:
        line.number("bytes", e.value);
        if (e.kind == EventKind::DatagramSent || e.kind == EventKind::DatagramReceived) {
            if (e.remote)
                line.text("peer", journal.string(e.remote));
        }
        if (e.payload)
            line.latin1("data", QLatin1StringView(journal.payload(e.payload).toBase64()));
        break;
    case EventKind::Error:
        line.number("code", e.value);
        break;
    case EventKind::Linked:
        line.number("peer_socket", e.value);
        break;
    case EventKind::Stall:
        line.number("us", e.value);
        break;
    case EventKind::Impaired:
        line.latin1("action", impairmentName(ImpairmentAction(e.flags)));
        line.number("delay_ms", e.value);
        line.number("bytes", e.length);
        break;
    case EventKind::State:
        line.latin1("from", tcpStateName(e.fromState));
        line.latin1("to", tcpStateName(e.toState));
        break;
    case EventKind::TcpInfo: {
        // The event's own fields hold cwnd, the RTT and the retransmissions; the reading the
        // rest. A number the kernel did not give is left out, not written as -1.
        TcpInfo info = journal.tcpInfo(e.payload);
        info.cwnd = e.value;
        info.srttUs = e.value2;
        if (e.length > 0 || info.retransmissions >= 0)
            info.retransmissions = e.length;
        for (const TcpInfoField &field : kTcpInfoFields) {
            if (info.*field.member >= 0)
                line.number(field.key, info.*field.member);
        }
        break;
    }
    case EventKind::LinkFault:
        if (e.flags) {
            line.text("refused", linkFaultPartsName(e.flags));
            line.latin1("why", linkFaultRefusalName(LinkFaultRefusal(e.value)));
        }
        if (e.payload)
            line.text("kernel_said", QString::fromUtf8(journal.payload(e.payload)));
        break;
    case EventKind::OptionSet:
        line.latin1("option", socketOptionName(SocketOption(e.flags)));
        line.number("asked", e.value);
        // A value the kernel did not give back is left out rather than made up.
        if (e.value2 != kOptionUnread)
            line.number("kernel", e.value2);
        break;
    case EventKind::NetworkBuilt: {
        // The journal keeps it as compact JSON text; text that is not an object (it cannot come
        // from the lab, only from a damaged journal) is written as an empty network.
        const QByteArray topology = journal.string(e.text).toUtf8();
        const bool isObject = QJsonDocument::fromJson(topology).isObject();
        line.raw("topology", isObject ? QByteArrayView(topology) : QByteArrayView("{}"));
        break;
    }
    case EventKind::ChallengeStarted: {
        // The same rule as the network's: JSON text from the journal, an empty object when it is
        // not one.
        const QByteArray challenge = journal.string(e.text).toUtf8();
        const bool isObject = QJsonDocument::fromJson(challenge).isObject();
        line.raw("challenge", isObject ? QByteArrayView(challenge) : QByteArrayView("{}"));
        line.number("time_limit_s", e.value);
        line.number("started_ms", e.value2);
        break;
    }
    case EventKind::ReadingPaused:
        line.number("paused", e.value ? 1 : 0);
        break;
    case EventKind::Segment:
        line.text("flags", segmentFlagsName(e.flags));
        line.number("seq", e.value);
        line.number("ack", e.value2);
        line.number("len", e.length);
        line.number("window", e.window);
        if (e.windowScale != Event::kNoWindowScale)
            line.number("wscale", e.windowScale);
        break;
    default:
        break;
    }
    if (e.text && e.kind != EventKind::NetworkBuilt && e.kind != EventKind::ChallengeStarted)
        line.text(textKey(e.kind), journal.string(e.text));
    line.finish();
}

QString checkHeader(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (!doc.isObject())
        return QCoreApplication::translate("RecordingFormat", "the first line is not a JSON object (%1)")
            .arg(error.errorString());
    const QJsonObject header = doc.object();
    if (header.value(QLatin1StringView("format")).toString() != QLatin1StringView("socketscope-journal"))
        return QCoreApplication::translate(
            "RecordingFormat", "the first line does not say \"format\":\"socketscope-journal\"");
    const QJsonValue version = header.value(QLatin1StringView("version"));
    if (version.isUndefined())
        return QCoreApplication::translate("RecordingFormat", "the first line has no \"version\"");
    // Say what was found, as it was written: a version written as text or with a fraction is
    // not a version number, and calling it "-1" would send the reader looking for the wrong thing.
    if (!version.isDouble())
        return QCoreApplication::translate(
            "RecordingFormat", "the first line's \"version\" is %1, not a number")
            .arg(describeValue(version));
    const std::optional<qint64> number = wholeNumber(version);
    if (!number || *number < 1 || *number > kVersion)
        return QCoreApplication::translate(
            "RecordingFormat", "version %1 is not one this SocketScope reads (it reads version %2)")
            .arg(describeValue(version))
            .arg(kVersion);
    return {};
}

namespace {

// The fields of one event line, read with their types checked: a field that is there with the
// wrong type or out of range makes the line damaged, rather than quietly turning into 0 or "".
class EventFields
{
public:
    explicit EventFields(const QJsonObject &object)
        : m_object(object)
    { }

    bool has(const char *key) const { return m_object.contains(QLatin1StringView(key)); }

    // The text under `key`, empty when the field is absent.
    QString text(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isString())
            return value.toString();
        fail(QCoreApplication::translate("RecordingFormat", "\"%1\" should be text, not %2")
                 .arg(QLatin1StringView(key), describeValue(value)));
        return {};
    }

    // The whole number under `key` when it lies in [min, max]; `fallback` when the field is absent.
    qint64 number(const char *key, qint64 min = std::numeric_limits<qint64>::min(),
        qint64 max = std::numeric_limits<qint64>::max(), qint64 fallback = 0)
    {
        const QJsonValue value = m_object.value(QLatin1StringView(key));
        if (value.isUndefined())
            return fallback;
        const std::optional<qint64> number = wholeNumber(value);
        if (number && *number >= min && *number <= max)
            return *number;
        fail(QCoreApplication::translate(
            "RecordingFormat", "\"%1\" should be a whole number from %2 to %3, not %4")
                 .arg(QLatin1StringView(key))
                 .arg(min)
                 .arg(max)
                 .arg(describeValue(value)));
        return fallback;
    }

    // What was wrong with the first bad field, empty when every field read so far was good.
    QString problem() const { return m_problem; }

private:
    void fail(const QString &why)
    {
        if (m_problem.isEmpty())
            m_problem = why;
    }

    const QJsonObject &m_object;
    QString m_problem;
};

constexpr qint64 kUint32Max = std::numeric_limits<quint32>::max();
constexpr qint64 kInt32Max = std::numeric_limits<qint32>::max();

} // namespace

QString parseEventLine(QByteArrayView bytes, Journal &journal, Event *event)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (!doc.isObject())
        return error.error != QJsonParseError::NoError
            ? error.errorString()
            : QCoreApplication::translate("RecordingFormat", "not a JSON object");
    const QJsonObject o = doc.object();
    EventFields fields(o);
    Event e;
    const auto latin1 = [](const QString &text) { return text.toLatin1(); };

    const QJsonValue t = o.value(QLatin1StringView("t"));
    if (!t.isDouble())
        return QCoreApplication::translate("RecordingFormat", "\"t\" is missing or not a number");
    e.t = fields.number("t");
    const QString kind = fields.text("kind");
    if (!fields.problem().isEmpty())
        return fields.problem();
    const auto parsedKind = kindFromName(QLatin1StringView(latin1(kind)));
    if (!parsedKind)
        return QCoreApplication::translate("RecordingFormat", "unknown kind %1").arg(describeText(kind));
    e.kind = *parsedKind;
    const QString source = fields.text("source");
    if (!fields.problem().isEmpty())
        return fields.problem();
    const auto parsedSource = sourceFromName(QLatin1StringView(latin1(source)));
    if (!parsedSource)
        return QCoreApplication::translate("RecordingFormat", "unknown source %1").arg(describeText(source));
    e.source = *parsedSource;
    e.socket = qint32(fields.number("socket", 0, kInt32Max, -1));
    if (fields.has("proto"))
        e.proto = protocolFromName(QLatin1StringView(latin1(fields.text("proto")))).value_or(Protocol::None);
    if (e.kind == EventKind::Segment) {
        e.local = journal.intern(fields.text("from"));
        e.remote = journal.intern(fields.text("to"));
    } else if (e.kind == EventKind::LinkFault) {
        e.local = journal.intern(fields.text("asked"));
        e.remote = journal.intern(fields.text("applied"));
    } else {
        e.local = journal.intern(fields.text("local"));
        e.remote = journal.intern(fields.text("remote"));
    }
    e.host = journal.intern(fields.text("host"));

    switch (e.kind) {
    case EventKind::SocketOpened: {
        const QString roleText = fields.text("role");
        const auto role = roleFromName(QLatin1StringView(latin1(roleText)));
        if (!role && fields.problem().isEmpty())
            return QCoreApplication::translate("RecordingFormat", "socket_opened has an unknown role %1")
                .arg(describeText(roleText));
        e.role = role.value_or(SocketRole::None);
        e.value = fields.number("parent");
        break;
    }
    case EventKind::Listening:
        e.value = fields.number("backlog");
        break;
    case EventKind::Queue:
        e.value = fields.number("length");
        e.value2 = fields.number("limit");
        break;
    case EventKind::DataSent:
    case EventKind::DataReceived:
    case EventKind::DatagramSent:
    case EventKind::DatagramReceived:
        e.value = fields.number("bytes", 0, kUint32Max);
        if (!e.remote)
            e.remote = journal.intern(fields.text("peer"));
        if (fields.has("data"))
            e.payload = journal.storePayload(QByteArray::fromBase64(latin1(fields.text("data"))));
        break;
    case EventKind::Error:
        e.value = fields.number("code");
        break;
    case EventKind::Linked:
        e.value = fields.number("peer_socket");
        break;
    case EventKind::Stall:
        e.value = fields.number("us");
        break;
    case EventKind::Impaired: {
        const QString actionText = fields.text("action");
        const auto action = impairmentFromName(QLatin1StringView(latin1(actionText)));
        if (!action && fields.problem().isEmpty())
            return QCoreApplication::translate("RecordingFormat", "impaired has an unknown action %1")
                .arg(describeText(actionText));
        e.flags = quint8(action.value_or(ImpairmentAction::Drop));
        e.value = fields.number("delay_ms");
        e.length = quint32(fields.number("bytes", 0, kUint32Max));
        break;
    }
    case EventKind::State: {
        const auto from = tcpStateFromName(QLatin1StringView(latin1(fields.text("from"))));
        const QString toText = fields.text("to");
        const auto to = tcpStateFromName(QLatin1StringView(latin1(toText)));
        if (!to && fields.problem().isEmpty())
            return QCoreApplication::translate("RecordingFormat", "state has an unknown \"to\" state %1")
                .arg(describeText(toText));
        e.fromState = from.value_or(TcpState::Unknown);
        e.toState = to.value_or(TcpState::Unknown);
        break;
    }
    case EventKind::TcpInfo: {
        TcpInfo info;
        for (const TcpInfoField &field : kTcpInfoFields)
            info.*field.member = fields.number(field.key, 0, std::numeric_limits<qint64>::max(), -1);
        e.value = info.cwnd;
        e.value2 = info.srttUs;
        e.length = quint32(qBound<qint64>(0, info.retransmissions, kUint32Max));
        // A reading is kept only when the line has more than the event's own fields hold.
        TcpInfo bare;
        bare.cwnd = info.cwnd;
        bare.srttUs = info.srttUs;
        bare.retransmissions = info.retransmissions;
        if (fields.problem().isEmpty() && !(info == bare))
            e.payload = journal.storeTcpInfo(info);
        break;
    }
    case EventKind::LinkFault: {
        const QString refusedText = fields.text("refused");
        const auto refused = linkFaultPartsFromName(refusedText);
        if (!refused && fields.problem().isEmpty())
            return QCoreApplication::translate("RecordingFormat", "link_fault refused an unknown part %1")
                .arg(describeText(refusedText));
        e.flags = refused.value_or(0);
        if (fields.has("why"))
            e.value = qint64(linkFaultRefusalFromName(QLatin1StringView(latin1(fields.text("why"))))
                                 .value_or(LinkFaultRefusal::KernelError));
        if (fields.has("kernel_said"))
            e.payload = journal.storePayload(fields.text("kernel_said").toUtf8());
        break;
    }
    case EventKind::OptionSet: {
        const QString optionText = fields.text("option");
        const auto option = socketOptionFromName(QLatin1StringView(latin1(optionText)));
        if (!option && fields.problem().isEmpty())
            return QCoreApplication::translate("RecordingFormat", "option_set has an unknown option %1")
                .arg(describeText(optionText));
        e.flags = quint8(option.value_or(SocketOption::NoDelay));
        e.value = fields.number("asked", -1, kInt32Max);
        e.value2 = fields.number("kernel", -1, kInt32Max, kOptionUnread);
        break;
    }
    case EventKind::NetworkBuilt: {
        const QJsonValue topology = o.value(QLatin1StringView("topology"));
        if (!topology.isObject())
            return QCoreApplication::translate(
                "RecordingFormat", "network's \"topology\" should be an object, not %1")
                .arg(describeValue(topology));
        // An empty object is a network taken down: no text, as the journal writes it.
        if (!topology.toObject().isEmpty())
            e.text = journal.intern(
                QString::fromUtf8(QJsonDocument(topology.toObject()).toJson(QJsonDocument::Compact)));
        break;
    }
    case EventKind::ChallengeStarted: {
        const QJsonValue challenge = o.value(QLatin1StringView("challenge"));
        if (!challenge.isObject())
            return QCoreApplication::translate(
                "RecordingFormat", "challenge_started's \"challenge\" should be an object, not %1")
                .arg(describeValue(challenge));
        // An empty object names no challenge: no text, as the journal writes it.
        if (!challenge.toObject().isEmpty())
            e.text = journal.intern(
                QString::fromUtf8(QJsonDocument(challenge.toObject()).toJson(QJsonDocument::Compact)));
        e.value = fields.number("time_limit_s", 0, kInt32Max);
        e.value2 = fields.number("started_ms", 0);
        break;
    }
    case EventKind::ReadingPaused:
        // Without "paused" the line says nothing: read as 0 it would claim the reader resumed.
        if (!fields.has("paused"))
            return QCoreApplication::translate("RecordingFormat",
                "reading_paused has no \"paused\" (1 when reading stopped, 0 when it resumed)");
        e.value = fields.number("paused", 0, 1);
        break;
    case EventKind::Segment: {
        const QString flagsText = fields.text("flags");
        const auto flags = segmentFlagsFromName(flagsText);
        if (!flags && fields.problem().isEmpty())
            return QCoreApplication::translate("RecordingFormat", "segment has unknown flags %1")
                .arg(describeText(flagsText));
        e.flags = flags.value_or(0);
        e.value = fields.number("seq");
        e.value2 = fields.number("ack");
        e.length = quint32(fields.number("len", 0, kUint32Max));
        e.window = quint32(fields.number("window", 0, kUint32Max));
        // Optional (older recordings have none). A shift above 14 counts as 14, as RFC 7323
        // tells a receiver to treat it.
        if (fields.has("wscale"))
            e.windowScale = quint8(qMin(fields.number("wscale", 0, 255), qint64(14)));
        break;
    }
    default:
        break;
    }
    if (e.kind != EventKind::NetworkBuilt && e.kind != EventKind::ChallengeStarted)
        e.text = journal.intern(fields.text(textKey(e.kind)));
    if (!fields.problem().isEmpty())
        return fields.problem();
    *event = e;
    return {};
}

} // namespace SocketScope::RecordingFormat
