#include "forwardrule.h"

#include "lab/endpoint.h"

namespace SocketScope {

namespace {

// Forwarders relay between addresses of this machine's own network; names are not looked
// up, except the one everybody types.
std::optional<QHostAddress> addressOf(const QString &host)
{
    if (host == QLatin1StringView("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(host))
        return std::nullopt;
    return address;
}

} // namespace

std::optional<ForwardRule> ForwardRule::parse(QStringView text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<ForwardRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals < 0)
        return fail(tr("\"%1\" has no \"=\": write tcp:LISTEN_HOST:PORT=TARGET_HOST:PORT").arg(text));
    if (text.indexOf(QLatin1Char('='), equals + 1) >= 0)
        return fail(tr("\"%1\" has more than one \"=\"").arg(text));

    QString why;
    const auto listen = EndpointSpec::parse(text.first(equals), false, &why);
    if (!listen)
        return fail(tr("listening side: %1").arg(why));
    const QString protocolPrefix
        = listen->proto == Protocol::Udp ? QStringLiteral("udp:") : QStringLiteral("tcp:");
    const QStringView targetText = text.sliced(equals + 1);
    if (targetText.startsWith(QLatin1StringView("tcp:")) || targetText.startsWith(QLatin1StringView("udp:")))
        return fail(tr("target side \"%1\": the protocol is written once, before the listening side")
                        .arg(targetText));
    const auto target = EndpointSpec::parse(QString(protocolPrefix + targetText.toString()), true, &why);
    if (!target)
        return fail(tr("target side: %1").arg(why));

    ForwardRule rule;
    rule.proto = listen->proto;
    const auto listenAddress = addressOf(listen->host);
    if (!listenAddress)
        return fail(tr("the listening address \"%1\" is not an IP address").arg(listen->host));
    const auto targetAddress = addressOf(target->host);
    if (!targetAddress)
        return fail(tr("the target address \"%1\" is not an IP address").arg(target->host));
    if (target->port == 0)
        return fail(tr("the target port must not be 0: nothing can be reached there"));
    rule.listenAddress = *listenAddress;
    rule.listenPort = listen->port;
    rule.targetAddress = *targetAddress;
    rule.targetPort = target->port;
    if (!target->source.isEmpty())
        rule.source = *addressOf(target->source); // EndpointSpec checked it is an address
    return rule;
}

QString ForwardRule::toString() const
{
    QString text = QStringLiteral("%1:%2=%3")
                       .arg(protocolName(proto), formatEndpoint(listenAddress, listenPort),
                           formatEndpoint(targetAddress, targetPort));
    if (!source.isNull())
        text += QLatin1Char('@') + displayAddress(source).toString();
    return text;
}

} // namespace SocketScope
