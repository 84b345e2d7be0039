#include "recordednetwork.h"

#include "labnetwork.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace SocketScope {

namespace {

QLatin1StringView key(const char *name)
{
    return QLatin1StringView(name);
}

// "192.168.0.10:80" -> address and port; false when it is not one.
bool splitEndpoint(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number == 0 || number > 65535 || !address->setAddress(text.left(colon)))
        return false;
    *port = quint16(number);
    return true;
}

QString endpointText(const QHostAddress &address, quint16 port)
{
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace

RecordedNetwork RecordedNetwork::of(const LabNetwork &lab)
{
    RecordedNetwork network;
    if (!lab.isRunning())
        return network;
    network.running = true;
    network.topology = lab.topology();
    network.translates = lab.hasNat();
    network.forwards = lab.natRules();
    network.faults = lab.linkFaults();
    return network;
}

QByteArray RecordedNetwork::toJson() const
{
    if (!running)
        return QByteArrayLiteral("{}");
    QJsonArray segments;
    for (const LabSegment &s : topology.segments)
        segments.append(QJsonObject {
            {key("name"), s.name}, {key("router"), s.routerAddress.toString()}, {key("prefix"), s.prefix}});
    QJsonArray hosts;
    for (const LabHost &h : topology.hosts)
        hosts.append(QJsonObject {{key("name"), h.name}, {key("segment"), h.segment},
            {key("address"), h.address.toString()}, {key("prefix"), h.prefix},
            {key("gateway"), h.gateway.toString()}});
    QJsonArray rules;
    for (const ForwardRule &r : forwards)
        rules.append(QJsonObject {{key("proto"), QString(protocolName(r.proto))},
            {key("public"), endpointText(r.listenAddress, r.listenPort)},
            {key("inside"), endpointText(r.targetAddress, r.targetPort)}});
    const QJsonObject object {{key("segments"), segments}, {key("hosts"), hosts},
        {key("default_host"), topology.defaultHost}, {key("nat"), translates}, {key("forwards"), rules}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RecordedNetwork RecordedNetwork::fromJson(QByteArrayView json)
{
    RecordedNetwork network;
    const QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    network.topology.segments.clear();
    network.topology.hosts.clear();
    for (const QJsonValue value : object.value(key("segments")).toArray()) {
        const QJsonObject o = value.toObject();
        LabSegment s;
        s.name = o.value(key("name")).toString();
        s.routerAddress = QHostAddress(o.value(key("router")).toString());
        s.prefix = qBound(0, o.value(key("prefix")).toInt(24), 32);
        if (!s.name.isEmpty() && !s.routerAddress.isNull())
            network.topology.segments << s;
    }
    for (const QJsonValue value : object.value(key("hosts")).toArray()) {
        const QJsonObject o = value.toObject();
        LabHost h;
        h.name = o.value(key("name")).toString();
        h.segment = o.value(key("segment")).toString();
        h.address = QHostAddress(o.value(key("address")).toString());
        h.prefix = qBound(0, o.value(key("prefix")).toInt(24), 32);
        h.gateway = QHostAddress(o.value(key("gateway")).toString());
        if (!h.name.isEmpty() && !h.address.isNull())
            network.topology.hosts << h;
    }
    if (const QString host = object.value(key("default_host")).toString(); !host.isEmpty())
        network.topology.defaultHost = host;
    network.translates = object.value(key("nat")).toBool();
    for (const QJsonValue value : object.value(key("forwards")).toArray()) {
        const QJsonObject o = value.toObject();
        ForwardRule rule;
        rule.proto = protocolFromName(QLatin1StringView(o.value(key("proto")).toString().toLatin1()))
                         .value_or(Protocol::None);
        if (rule.proto == Protocol::None
            || !splitEndpoint(o.value(key("public")).toString(), &rule.listenAddress, &rule.listenPort)
            || !splitEndpoint(o.value(key("inside")).toString(), &rule.targetAddress, &rule.targetPort))
            continue;
        network.forwards << rule;
    }
    network.running = !network.topology.hosts.isEmpty();
    return network;
}

} // namespace SocketScope
