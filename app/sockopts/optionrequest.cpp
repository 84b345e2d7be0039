#include "optionrequest.h"

#include "lab/endpoint.h"

#include <array>

namespace SocketScope {

namespace {

// Largest buffer worth asking for: Linux doubles the value and keeps it in an int.
constexpr qint64 kLargestBuffer = (qint64(1) << 30) - 1;
// The kernel's own limits (MAX_TCP_KEEPIDLE, MAX_TCP_KEEPINTVL, MAX_TCP_KEEPCNT).
constexpr qint64 kLongestKeepAliveTime = 32767;
constexpr qint64 kMostKeepAliveProbes = 127;
// An hour: longer lingering only makes close() look stuck.
constexpr qint64 kLongestLinger = 3600;

constexpr std::array kAllOptions {SocketOption::NoDelay, SocketOption::Linger, SocketOption::ReceiveBuffer,
    SocketOption::SendBuffer, SocketOption::KeepAlive, SocketOption::KeepIdle, SocketOption::KeepInterval,
    SocketOption::KeepCount, SocketOption::ReuseAddress, SocketOption::ReusePort, SocketOption::Ttl};

std::optional<qint64> wholeNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}

// A sensible value to show in a message.
qint64 exampleValue(SocketOption option)
{
    switch (option) {
    case SocketOption::ReceiveBuffer:
    case SocketOption::SendBuffer:
        return 4096;
    case SocketOption::KeepIdle:
        return 10;
    case SocketOption::KeepInterval:
        return 5;
    case SocketOption::KeepCount:
        return 3;
    case SocketOption::Ttl:
        return 64;
    default:
        return 0;
    }
}

} // namespace

OptionRules::Range OptionRules::range(SocketOption option)
{
    switch (option) {
    case SocketOption::NoDelay:
    case SocketOption::KeepAlive:
    case SocketOption::ReuseAddress:
    case SocketOption::ReusePort:
        return {0, 1};
    case SocketOption::Linger:
        return {0, kLongestLinger};
    case SocketOption::ReceiveBuffer:
    case SocketOption::SendBuffer:
        return {1, kLargestBuffer};
    case SocketOption::KeepIdle:
    case SocketOption::KeepInterval:
        return {1, kLongestKeepAliveTime};
    case SocketOption::KeepCount:
        return {1, kMostKeepAliveProbes};
    case SocketOption::Ttl:
        return {1, 255};
    }
    return {};
}

bool OptionRules::isSwitch(SocketOption option)
{
    const Range r = range(option);
    return r.min == 0 && r.max == 1;
}

bool OptionRules::isTcpOnly(SocketOption option)
{
    switch (option) {
    case SocketOption::NoDelay:
    case SocketOption::Linger:
    case SocketOption::KeepAlive:
    case SocketOption::KeepIdle:
    case SocketOption::KeepInterval:
    case SocketOption::KeepCount:
        return true;
    default:
        return false;
    }
}

bool OptionRules::belongsBeforeBind(SocketOption option)
{
    return option == SocketOption::ReuseAddress || option == SocketOption::ReusePort
        || option == SocketOption::ReceiveBuffer || option == SocketOption::SendBuffer;
}

QString OptionRules::knownNames()
{
    QStringList names;
    for (SocketOption option : kAllOptions) {
        const QString name = socketOptionName(option);
        names.append(isSwitch(option) ? name : name + QStringLiteral("=N"));
    }
    return names.join(QStringLiteral(", "));
}

std::optional<OptionRequest> OptionRules::parseOne(QStringView text, Protocol proto, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<OptionRequest> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QStringView name = (equals < 0 ? text : text.first(equals)).trimmed();
    const std::optional<QStringView> valueText
        = equals < 0 ? std::nullopt : std::optional<QStringView>(text.sliced(equals + 1).trimmed());
    const auto option = socketOptionFromName(QLatin1StringView(name.toString().toLower().toLatin1()));
    if (!option || name.isEmpty())
        return fail(
            tr("unknown socket option \"%1\"; the options are: %2").arg(quotedPart(name), knownNames()));
    if (isTcpOnly(*option) && proto == Protocol::Udp)
        return fail(tr("%1 is for TCP sockets only").arg(name));
    OptionRequest request {*option, 1};
    const Range r = range(*option);
    if (isSwitch(*option)) {
        if (!valueText)
            return request; // the bare name switches it on
        const QString lower = valueText->toString().toLower();
        if (lower == QLatin1StringView("1") || lower == QLatin1StringView("on"))
            return request;
        if (lower == QLatin1StringView("0") || lower == QLatin1StringView("off"))
            return OptionRequest {*option, 0};
        return fail(tr("%1=%2: write %1, %1=on or %1=off").arg(name, quotedPart(*valueText)));
    }
    if (!valueText || valueText->isEmpty())
        return fail(tr("%1 needs a value, such as %1=%2").arg(name).arg(exampleValue(*option)));
    if (*option == SocketOption::Linger
        && valueText->compare(QLatin1StringView("off"), Qt::CaseInsensitive) == 0)
        return OptionRequest {*option, -1};
    const std::optional<qint64> number = wholeNumber(*valueText);
    if (!number || *number < r.min || *number > r.max) {
        if (*option == SocketOption::Linger)
            return fail(tr("linger=%1: give a number of seconds from 0 to %2 (0: close() sends a reset), "
                           "or linger=off")
                            .arg(quotedPart(*valueText))
                            .arg(r.max));
        return fail(tr("%1=%2: the value must be a whole number from %3 to %4")
                        .arg(name, quotedPart(*valueText))
                        .arg(r.min)
                        .arg(r.max));
    }
    request.value = *number;
    return request;
}

std::optional<QList<OptionRequest>> OptionRules::parseList(QStringView text, Protocol proto, QString *error)
{
    QList<OptionRequest> requests;
    for (QStringView part : text.split(QLatin1Char(','))) {
        if (part.trimmed().isEmpty()) {
            if (error)
                *error = tr("an empty socket option (two commas in a row, or one at the end)");
            return std::nullopt;
        }
        const auto request = parseOne(part, proto, error);
        if (!request)
            return std::nullopt;
        for (const OptionRequest &earlier : requests) {
            if (earlier.option == request->option) {
                if (error)
                    *error = tr("%1 is given twice").arg(socketOptionName(request->option));
                return std::nullopt;
            }
        }
        requests.append(*request);
    }
    return requests;
}

} // namespace SocketScope
