#include "recordingformat.h"

#include "journal.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonParseError>

#include <cstdio>

namespace SocketScope::RecordingFormat {

namespace {

void appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
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
    out.append('"');
}

class LineBuilder
{
public:
    explicit LineBuilder(QByteArray &out) : m_out(out) { m_out.append('{'); }
    void number(const char *key, qint64 value)
    {
        field(key);
        m_out.append(QByteArray::number(value));
    }
    void text(const char *key, QStringView value)
    {
        field(key);
        appendJsonString(m_out, value);
    }
    void latin1(const char *key, QLatin1StringView value)
    {
        field(key);
        m_out.append('"').append(value.data(), value.size()).append('"');
    }
    void finish() { m_out.append("}\n"); }

private:
    void field(const char *key)
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
        m_out.append('"').append(key).append("\":");
    }
    QByteArray &m_out;
    bool m_first = true;
};

// What an event's free text is called in a line: a segment's is the interface it was seen on.
const char *textKey(EventKind kind)
{
    switch (kind) {
    case EventKind::Error: return "message";
    case EventKind::Segment: return "iface";
    default: return "note";
    }
}

} // namespace

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
    case EventKind::Segment:
        line.text("flags", segmentFlagsName(e.flags));
        line.number("seq", e.value);
        line.number("ack", e.value2);
        line.number("len", e.length);
        line.number("window", e.window);
        break;
    default:
        break;
    }
    if (e.text)
        line.text(textKey(e.kind), journal.string(e.text));
    line.finish();
    return out;
}

QString checkHeader(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (!doc.isObject())
        return QCoreApplication::translate("RecordingFormat", "the first line is not a JSON object (%1)").arg(error.errorString());
    const QJsonObject header = doc.object();
    if (header.value(QLatin1StringView("format")).toString() != QLatin1StringView("socketscope-journal"))
        return QCoreApplication::translate("RecordingFormat", "the first line does not say \"format\":\"socketscope-journal\"");
    const int version = header.value(QLatin1StringView("version")).toInt(-1);
    if (version < 1 || version > kVersion)
        return QCoreApplication::translate("RecordingFormat", "version %1 is not one this SocketScope reads").arg(version);
    return {};
}

QString parseEventLine(QByteArrayView bytes, Journal &journal, Event *event)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (!doc.isObject())
        return error.error != QJsonParseError::NoError ? error.errorString()
                                                       : QCoreApplication::translate("RecordingFormat", "not a JSON object");
    const QJsonObject o = doc.object();
    Event e;
    const auto str = [&](const char *key) { return o.value(QLatin1StringView(key)).toString(); };
    const auto num = [&](const char *key) { return o.value(QLatin1StringView(key)).toInteger(); };

    const QJsonValue t = o.value(QLatin1StringView("t"));
    if (!t.isDouble())
        return QCoreApplication::translate("RecordingFormat", "\"t\" is missing or not a number");
    e.t = t.toInteger();
    const QString kind = str("kind");
    const auto parsedKind = kindFromName(QLatin1StringView(kind.toLatin1()));
    if (!parsedKind)
        return QCoreApplication::translate("RecordingFormat", "unknown kind \"%1\"").arg(kind);
    e.kind = *parsedKind;
    const QString source = str("source");
    const auto parsedSource = sourceFromName(QLatin1StringView(source.toLatin1()));
    if (!parsedSource)
        return QCoreApplication::translate("RecordingFormat", "unknown source \"%1\"").arg(source);
    e.source = *parsedSource;
    if (o.contains(QLatin1StringView("socket")))
        e.socket = qint32(num("socket"));
    if (o.contains(QLatin1StringView("proto")))
        e.proto = protocolFromName(QLatin1StringView(str("proto").toLatin1())).value_or(Protocol::None);
    if (e.kind == EventKind::Segment) {
        e.local = journal.intern(str("from"));
        e.remote = journal.intern(str("to"));
    } else {
        e.local = journal.intern(str("local"));
        e.remote = journal.intern(str("remote"));
    }
    e.host = journal.intern(str("host"));

    switch (e.kind) {
    case EventKind::SocketOpened: {
        const auto role = roleFromName(QLatin1StringView(str("role").toLatin1()));
        if (!role)
            return QCoreApplication::translate("RecordingFormat", "socket_opened has an unknown role \"%1\"").arg(str("role"));
        e.role = *role;
        e.value = num("parent");
        break;
    }
    case EventKind::Listening:
        e.value = num("backlog");
        break;
    case EventKind::Queue:
        e.value = num("length");
        e.value2 = num("limit");
        break;
    case EventKind::DataSent:
    case EventKind::DataReceived:
    case EventKind::DatagramSent:
    case EventKind::DatagramReceived:
        e.value = num("bytes");
        if (!e.remote)
            e.remote = journal.intern(str("peer"));
        if (o.contains(QLatin1StringView("data")))
            e.payload = journal.storePayload(QByteArray::fromBase64(str("data").toLatin1()));
        break;
    case EventKind::Error:
        e.value = num("code");
        break;
    case EventKind::Linked:
        e.value = num("peer_socket");
        break;
    case EventKind::Stall:
        e.value = num("us");
        break;
    case EventKind::Impaired: {
        const auto action = impairmentFromName(QLatin1StringView(str("action").toLatin1()));
        if (!action)
            return QCoreApplication::translate("RecordingFormat", "impaired has an unknown action \"%1\"").arg(str("action"));
        e.flags = quint8(*action);
        e.value = num("delay_ms");
        e.length = quint32(num("bytes"));
        break;
    }
    case EventKind::State: {
        const auto from = tcpStateFromName(QLatin1StringView(str("from").toLatin1()));
        const auto to = tcpStateFromName(QLatin1StringView(str("to").toLatin1()));
        if (!to)
            return QCoreApplication::translate("RecordingFormat", "state has an unknown \"to\" state \"%1\"").arg(str("to"));
        e.fromState = from.value_or(TcpState::Unknown);
        e.toState = *to;
        break;
    }
    case EventKind::Segment: {
        const auto flags = segmentFlagsFromName(str("flags"));
        if (!flags)
            return QCoreApplication::translate("RecordingFormat", "segment has unknown flags \"%1\"").arg(str("flags"));
        e.flags = *flags;
        e.value = num("seq");
        e.value2 = num("ack");
        e.length = quint32(num("len"));
        e.window = quint32(num("window"));
        break;
    }
    default:
        break;
    }
    e.text = journal.intern(str(textKey(e.kind)));
    *event = e;
    return {};
}

} // namespace SocketScope::RecordingFormat
