#include "commandline.h"

#include "challenges/challengecatalog.h"
#include "network/labtopology.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QRegularExpression>

namespace SocketScope {

namespace {

struct OptionNames
{
    QCommandLineOption server {QStringLiteral("server"), QString(), QStringLiteral("tcp|udp:HOST:PORT")};
    QCommandLineOption client {QStringLiteral("client"), QString(), QStringLiteral("tcp:HOST:PORT[@SOURCE]")};
    QCommandLineOption record {QStringLiteral("record"), QString(), QStringLiteral("FILE")};
    QCommandLineOption replay {QStringLiteral("replay"), QString(), QStringLiteral("FILE")};
    QCommandLineOption exportTo {QStringLiteral("export"), QString(), QStringLiteral("OUT")};
    QCommandLineOption lang {QStringLiteral("lang"), QString(), QStringLiteral("ko|en")};
    QCommandLineOption portInfo {QStringLiteral("port-info"), QString(), QStringLiteral("QUERY")};
    QCommandLineOption presentation {QStringLiteral("presentation")};
    QCommandLineOption forward {QStringLiteral("forward"), QString(), QStringLiteral("RULE")};
    QCommandLineOption lesson {QStringLiteral("lesson"), QString(), QStringLiteral("ID|FILE.json")};
    QCommandLineOption autoplay {QStringLiteral("autoplay")};
    QCommandLineOption quitWhenDone {QStringLiteral("quit-when-done")};
    QCommandLineOption listLessons {QStringLiteral("list-lessons")};
    QCommandLineOption classroom {QStringLiteral("classroom"), QString(), QStringLiteral("HOST:PORT")};
    QCommandLineOption challenge {QStringLiteral("challenge"), QString(), QStringLiteral("NAME[@HOST:PORT]")};
    QCommandLineOption challengeTime {QStringLiteral("challenge-time"), QString(), QStringLiteral("TIME")};
    QCommandLineOption capture {QStringLiteral("capture")};
    QCommandLineOption pcap {QStringLiteral("pcap"), QString(), QStringLiteral("FILE.pcapng")};
    QCommandLineOption network {QStringLiteral("network"), QString(), QStringLiteral("host|lab")};
    QCommandLineOption nat {QStringLiteral("nat"), QString(), QStringLiteral("RULE")};
    QCommandLineOption link {QStringLiteral("link"), QString(), QStringLiteral("NAME:FAULTS")};
    QCommandLineOption drill {QStringLiteral("drill"), QString(), QStringLiteral("NAME|random[:SEED]")};
    QCommandLineOption compare {QStringLiteral("compare"), QString(), QStringLiteral("A.jsonl")};
    QCommandLineOption anchor {QStringLiteral("anchor"), QString(), QStringLiteral("syn|data|fin|rst|start")};
    QCommandLineOption help {{QStringLiteral("help"), QStringLiteral("h")}};
    QCommandLineOption version {QStringLiteral("version")};
};

constexpr qsizetype kLongestArgument = 4096;

// The longest time limit a challenge takes (the board's own setting goes as far).
constexpr int kLongestChallengeS = 3600;

// "90", "90s", "5m", "1m30s" into seconds; nullopt for anything else. Overflow cannot happen:
// the minutes have at most 3 digits and the seconds at most 5.
std::optional<int> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:([0-9]{1,3})m)?(?:([0-9]{1,5})s?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (text.isEmpty() || !match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}

// Whatever a message quotes (Qt's own parser words some of it) shows control characters as
// \xNN instead of sending them to the terminal.
QString visible(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

// `tcp:HOST:PORT[@SOURCE][,OPTION...]`: the endpoint, then the socket options after the first
// comma (no address or port has one).
std::optional<EndpointSpec> parseSocketSpec(const QString &value, bool allowSource, QString *why)
{
    const qsizetype comma = value.indexOf(QLatin1Char(','));
    auto spec = EndpointSpec::parse(
        comma < 0 ? QStringView(value) : QStringView(value).first(comma), allowSource, why);
    if (!spec || comma < 0)
        return spec;
    const auto options = OptionRules::parseList(QStringView(value).sliced(comma + 1), spec->proto, why);
    if (!options)
        return std::nullopt;
    spec->options = *options;
    return spec;
}

} // namespace

QString CommandLine::helpText()
{
    return tr("Usage: socketscope [options]\n"
              "SocketScope opens real sockets and shows what happens to them.\n"
              "\n"
              "  --server tcp:HOST:PORT     open a TCP listener at start (repeatable)\n"
              "  --server udp:HOST:PORT     open a bound UDP socket at start (repeatable)\n"
              "  --client tcp:HOST:PORT[@SOURCE]\n"
              "                             connect at start, after the servers (repeatable);\n"
              "                             @SOURCE binds the client to that local address first\n"
              "  --record FILE              write the journal to FILE as JSON Lines while running\n"
              "  --replay FILE              open a recording instead of a live lab\n"
              "  --export OUT               with --replay: draw the timeline to OUT (.svg, .png,\n"
              "                             .mmd, .puml) and exit without a window\n"
              "  --lang ko|en               interface language (default: the system's)\n"
              "  --port-info QUERY          print what SocketScope knows about a port number or\n"
              "                             service name, and exit\n"
              "  --forward tcp:LISTEN_HOST:PORT=TARGET_HOST:PORT[@SOURCE]\n"
              "                             start a port forwarder (also udp:); @SOURCE is the\n"
              "                             address the forwarder speaks from (repeatable)\n"
              "  --lesson ID                open a built-in lesson (see --list-lessons)\n"
              "  --autoplay                 with --lesson: run the lesson by itself\n"
              "  --quit-when-done           with --autoplay: exit (status 0) when the lesson ends\n"
              "  --list-lessons             print the lessons, one per line: id, then title\n"
              "  --classroom HOST:PORT      open the classroom page: a browser that connects sees\n"
              "                             its own connection (loopback unless you name another)\n"
              "  --challenge NAME[@HOST:PORT]\n"
              "                             start a class challenge (connect, name, hex, udp,\n"
              "                             bind, halfclose, backlog); students' sockets appear\n"
              "                             one row each (loopback unless you name another);\n"
              "                             with --replay: judge the recording by that\n"
              "                             challenge, on its port, at the playhead\n"
              "  --challenge-time TIME      with --challenge: a time limit (90s, 5m, 1m30s; at\n"
              "                             most 60m), counted down on the board\n"
              "  --presentation             start in presentation mode (projector): full screen,\n"
              "                             large type; F5 or Esc leaves it\n"
              "  --capture                  capture the packets of SocketScope's sockets on this\n"
              "                             machine's network (needs the capture helper's\n"
              "                             permission; the window says how to grant it)\n"
              "  --pcap FILE.pcapng         write every captured packet to FILE.pcapng, a file\n"
              "                             Wireshark and tshark open\n"
              "  --network host|lab         where the sockets live: this machine's own network\n"
              "                             (the default), or the private virtual lab network,\n"
              "                             a home network behind a router (no root needed)\n"
              "  --nat tcp:PUBLIC:PORT=PRIVATE:PORT\n"
              "                             with --network lab: a port-forwarding rule on the\n"
              "                             lab's router, e.g. tcp:203.0.113.1:8080=192.168.0.10:80\n"
              "                             (also udp:; repeatable)\n"
              "  --version                  print the version and exit\n"
              "  -h, --help                 print this help and exit\n"
              "\n"
              "HOST is an IP address (IPv6 in brackets: [::1]) or a name such as localhost.\n"
              "Listeners use 127.0.0.1 (this machine only) unless you name another address.\n"
              "Exit status: 0 on success, 2 for a malformed command line.\n")
        // A paragraph of its own, so the text above keeps its translation.
        + tr("\n"
             "Comparing two recordings (prints, then exits):\n"
             "  --compare A.jsonl B.jsonl  print what differs between two recordings (a segment\n"
             "                             or state only one has, other flags or sizes), lined\n"
             "                             up from each one's first SYN; exit status 1 when a\n"
             "                             file is not a recording\n"
             "  --anchor syn|data|fin|rst|start\n"
             "                             with --compare: line the two up from each one's first\n"
             "                             SYN (the default), first data, first FIN, first RST,\n"
             "                             or from the very start\n")
        + tr("\n"
             "Lessons over a recording:\n"
             "  --lesson FILE.json         --lesson also takes a lesson file (a path with / or\n"
             "                             ending in .json) instead of a built-in id\n"
             "  --replay FILE --lesson ID|FILE.json\n"
             "                             play a lesson over a recording: its steps move the\n"
             "                             playhead and every view shows that moment; only a\n"
             "                             lesson whose steps only show can (exit status 2 for\n"
             "                             one that opens sockets). A lesson told over its own\n"
             "                             recording opens it by itself with --lesson ID.\n"
             "                             Exit status 1 when a lesson file or recording cannot\n"
             "                             be read or is damaged\n")
        + tr("\n"
             "Faults on the lab's links (with --network lab):\n"
             "  --link NAME:FAULTS         make a link worse on purpose, e.g.\n"
             "                             --link wan:loss=5%,rate=1mbit. NAME is a computer's\n"
             "                             cable (pc-a, pc-b, remote) or the router's side of a\n"
             "                             network (lan, wan). FAULTS: loss=PERCENT[,seed=N]\n"
             "                             (the seed picks which packets), rate=1mbit[,queue=64kb],\n"
             "                             delay=50ms[,jitter=5ms][,reorder=25%] (delay and\n"
             "                             reorder need the kernel's netem module). Repeatable\n")
        + tr("\n"
             "Mystery-fault drills (in the virtual lab network):\n"
             "  --drill NAME|random[:SEED]\n"
             "                             open the Mystery fault page with one fault hidden in\n"
             "                             the lab: blackhole, reject, drop, backlog, zerowindow\n"
             "                             or wrongforward; random picks one, and the same SEED\n"
             "                             picks the same one (give a class random:SEED)\n")
        + tr("\n"
             "Socket options (after --server or --client, separated by commas):\n"
             "  --server tcp:127.0.0.1:8080,reuseport,rcvbuf=4096\n"
             "  --client tcp:127.0.0.1:8080,nodelay,linger=0\n"
             "                             set before bind(), each written to the journal with\n"
             "                             the value the kernel reports back:\n"
             "    nodelay                  TCP_NODELAY: send small writes at once (no Nagle)\n"
             "    linger=SECONDS|off       SO_LINGER: how long close() waits for unsent data;\n"
             "                             linger=0: close() sends a reset (RST) at once\n"
             "    rcvbuf=BYTES, sndbuf=BYTES\n"
             "                             SO_RCVBUF, SO_SNDBUF: buffer sizes (Linux doubles them)\n"
             "    keepalive                SO_KEEPALIVE: probe an idle connection\n"
             "    keepidle=S, keepintvl=S, keepcnt=N\n"
             "                             TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT: its timers\n"
             "    reuseaddr, reuseport     SO_REUSEADDR, SO_REUSEPORT: share a port (reuseport:\n"
             "                             several listeners, the kernel spreads connections)\n"
             "    ttl=HOPS                 IP_TTL (1 to 255)\n"
             "  An on/off option takes =on or =off too (nodelay=off). TCP-only options on a\n"
             "  udp: socket, an unknown option or a value out of range exit with status 2.\n");
}

std::optional<LaunchOptions> CommandLine::parse(const QStringList &arguments, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<LaunchOptions> {
        if (error)
            *error = visible(why);
        return std::nullopt;
    };
    const auto q = [](QStringView part) { return quotedPart(part); };

    // No value a person types is this long (a path is at most 4,096 bytes on Linux); refusing
    // it here also keeps the messages below short.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.size() <= kLongestArgument)
            continue;
        // Named by its option: itself (--client=VALUE) or the one before it (--client VALUE).
        QString part;
        if (argument.startsWith(QLatin1Char('-')))
            part = q(argument.section(QLatin1Char('='), 0, 0));
        else if (i > 1 && arguments.at(i - 1).startsWith(QLatin1Char('-')))
            part = q(arguments.at(i - 1));
        else
            part = tr("argument %1").arg(i);
        return fail(tr("%1: the value is %2 characters long; the longest SocketScope reads is %3")
                        .arg(part)
                        .arg(argument.size())
                        .arg(kLongestArgument));
    }

    OptionNames names;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({names.server, names.client, names.record, names.replay, names.exportTo, names.lang,
        names.portInfo, names.presentation, names.forward, names.lesson, names.autoplay, names.quitWhenDone,
        names.listLessons, names.classroom, names.help, names.version});
    parser.addOptions({names.challenge, names.challengeTime, names.capture, names.pcap, names.network,
        names.nat, names.compare, names.anchor, names.link, names.drill});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    // --compare A B: the second recording is the one argument without an option.
    QStringList positional = parser.positionalArguments();
    QString compareB;
    if (parser.isSet(names.compare) && !positional.isEmpty())
        compareB = positional.takeFirst();
    if (!positional.isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(q(positional.constFirst())));
    // An option that takes one value, given twice, would quietly lose the first.
    for (const QCommandLineOption *single : {&names.record, &names.replay, &names.exportTo, &names.lang,
             &names.portInfo, &names.lesson, &names.classroom, &names.challenge, &names.challengeTime,
             &names.pcap, &names.network, &names.compare, &names.anchor, &names.drill}) {
        if (parser.values(*single).size() > 1)
            return fail(tr("--%1 is given more than once; give it once").arg(single->names().constFirst()));
    }

    LaunchOptions options;
    options.help = parser.isSet(names.help);
    options.version = parser.isSet(names.version);
    options.presentation = parser.isSet(names.presentation);
    options.autoplay = parser.isSet(names.autoplay);
    options.quitWhenDone = parser.isSet(names.quitWhenDone);
    options.listLessons = parser.isSet(names.listLessons);
    options.capture = parser.isSet(names.capture);
    options.pcapPath = parser.value(names.pcap);
    if (parser.isSet(names.pcap) && options.pcapPath.isEmpty())
        return fail(tr("--pcap needs a file name, such as capture.pcapng"));
    options.lesson = parser.value(names.lesson);
    if (parser.isSet(names.lesson) && options.lesson.isEmpty())
        return fail(tr("--lesson needs a lesson id or a lesson file; --list-lessons shows the ids"));
    if ((options.autoplay || options.quitWhenDone) && options.lesson.isEmpty())
        return fail(tr("--autoplay and --quit-when-done work with --lesson ID"));
    if (options.quitWhenDone && !options.autoplay)
        return fail(tr("--quit-when-done works with --autoplay"));
    for (const QString &value : parser.values(names.forward)) {
        QString why;
        const auto rule = ForwardRule::parse(value, &why);
        if (!rule)
            return fail(tr("--forward %1: %2").arg(q(value), why));
        options.forwards.append(*rule);
    }
    options.replayPath = parser.value(names.replay);
    if (parser.isSet(names.replay) && options.replayPath.isEmpty())
        return fail(tr("--replay needs a file name"));
    if (parser.isSet(names.classroom)) {
        QString why;
        const auto spec
            = EndpointSpec::parse(QStringLiteral("tcp:") + parser.value(names.classroom), false, &why);
        if (!spec)
            return fail(tr("--classroom %1: %2").arg(q(parser.value(names.classroom)), why));
        options.classroom = true;
        options.classroomHost = spec->host;
        options.classroomPort = spec->port;
    }
    if (parser.isSet(names.challenge)) {
        const QString value = parser.value(names.challenge);
        const qsizetype at = value.indexOf(QLatin1Char('@'));
        options.challenge = value.left(at < 0 ? value.size() : at);
        if (!ChallengeCatalog::keys().contains(options.challenge))
            return fail(tr("--challenge %1: no such challenge; there are %2")
                            .arg(q(options.challenge), ChallengeCatalog::keys().join(QStringLiteral(", "))));
        if (at >= 0) {
            QString why;
            const auto spec = EndpointSpec::parse(QStringLiteral("tcp:") + value.mid(at + 1), false, &why);
            if (!spec)
                return fail(tr("--challenge %1: %2").arg(q(value), why));
            options.challengeHost = spec->host;
            options.challengePort = spec->port;
        }
    }
    if (parser.isSet(names.challengeTime)) {
        const QString value = parser.value(names.challengeTime).trimmed();
        if (options.challenge.isEmpty())
            return fail(tr("--challenge-time works with --challenge NAME"));
        const std::optional<int> seconds = parseDuration(value);
        if (!seconds)
            return fail(tr("--challenge-time %1: write the time as seconds or minutes, like 90s, 5m or 1m30s")
                            .arg(q(value)));
        if (*seconds <= 0)
            return fail(tr("--challenge-time %1: the time must be longer than 0 seconds").arg(q(value)));
        if (*seconds > kLongestChallengeS)
            return fail(
                tr("--challenge-time %1: at most %2 minutes").arg(q(value)).arg(kLongestChallengeS / 60));
        options.challengeTimeS = *seconds;
    }
    // A lesson may play over a recording (LessonChoice checks that its steps only show).
    if (!options.replayPath.isEmpty() && (options.classroom || !options.forwards.isEmpty()))
        return fail(tr("--replay shows a recording; --classroom and --forward need a live lab"));
    // With --replay, --challenge names the challenge the recording is judged by.

    for (const QString &value : parser.values(names.server)) {
        QString why;
        const auto spec = parseSocketSpec(value, false, &why);
        if (!spec)
            return fail(tr("--server %1: %2").arg(q(value), why));
        options.servers.append(*spec);
    }
    for (const QString &value : parser.values(names.client)) {
        QString why;
        const auto spec = parseSocketSpec(value, true, &why);
        if (!spec)
            return fail(tr("--client %1: %2").arg(q(value), why));
        if (spec->proto != Protocol::Tcp)
            return fail(
                tr("--client %1: clients are TCP; for UDP open a --server udp:HOST:PORT").arg(q(value)));
        // Port 0 means "any free port" to a listener; nothing can be called there.
        if (spec->port == 0)
            return fail(tr("--client %1: a client needs a port from 1 to 65535").arg(q(value)));
        options.clients.append(*spec);
    }

    options.recordPath = parser.value(names.record);
    if (parser.isSet(names.record) && options.recordPath.isEmpty())
        return fail(tr("--record needs a file name"));
    options.exportPath = parser.value(names.exportTo);
    if (parser.isSet(names.exportTo)) {
        if (options.replayPath.isEmpty())
            return fail(tr("--export works with --replay FILE"));
        const QString lower = options.exportPath.toLower();
        const bool known = lower.endsWith(QLatin1StringView(".svg"))
            || lower.endsWith(QLatin1StringView(".png")) || lower.endsWith(QLatin1StringView(".mmd"))
            || lower.endsWith(QLatin1StringView(".puml"));
        if (!known)
            return fail(
                tr("--export %1: the file must end in .svg, .png, .mmd or .puml").arg(q(options.exportPath)));
    }
    if (!options.replayPath.isEmpty() && (!options.servers.isEmpty() || !options.clients.isEmpty()))
        return fail(tr("--replay shows a recording; it cannot be combined with --server or --client"));
    if (!options.replayPath.isEmpty() && !options.recordPath.isEmpty())
        return fail(tr("--replay and --record cannot be used together"));
    if (parser.isSet(names.network)) {
        const QString where = parser.value(names.network).toLower();
        if (where != QLatin1StringView("host") && where != QLatin1StringView("lab"))
            return fail(tr("--network %1: choose host (this machine) or lab (the virtual lab network)")
                            .arg(q(parser.value(names.network))));
        options.labNetwork = where == QLatin1StringView("lab");
    }
    if (parser.isSet(names.drill)) {
        const QString value = parser.value(names.drill);
        QString why;
        options.drill = DrillChoice::parse(value, &why);
        if (!options.drill)
            return fail(tr("--drill %1: %2").arg(q(value), why));
        if (!options.replayPath.isEmpty())
            return fail(tr("--replay shows a recording; --drill needs live sockets"));
        if (parser.isSet(names.network) && !options.labNetwork)
            return fail(
                tr("--drill hides its fault in the virtual lab network; it cannot run with --network host"));
        options.labNetwork = true;
    }
    for (const QString &value : parser.values(names.nat)) {
        QString why;
        const auto rule = ForwardRule::parse(value, &why);
        if (!rule)
            return fail(tr("--nat %1: %2").arg(q(value), why));
        if (!rule->source.isNull())
            return fail(tr("--nat %1: a rule on the router takes no @SOURCE").arg(q(value)));
        options.natRules.append(*rule);
    }
    if (!options.natRules.isEmpty() && !options.labNetwork)
        return fail(tr("--nat adds a rule to the lab's router; use it with --network lab"));
    for (const QString &value : parser.values(names.link)) {
        QString why;
        const auto setting = LinkFaultSetting::parse(value, LabTopology::homeNetwork(), &why);
        if (!setting)
            return fail(tr("--link %1: %2").arg(q(value), why));
        options.linkFaults.append(*setting);
    }
    if (!options.linkFaults.isEmpty() && !options.labNetwork)
        return fail(tr("--link makes a link of the lab network worse; use it with --network lab"));
    if (!options.replayPath.isEmpty() && options.labNetwork)
        return fail(tr("--replay shows a recording; --network lab needs live sockets"));
    if (!options.replayPath.isEmpty() && (options.capture || !options.pcapPath.isEmpty()))
        return fail(tr("--replay shows a recording; --capture and --pcap need live sockets"));

    if (parser.isSet(names.lang)) {
        options.language = parser.value(names.lang).toLower();
        if (options.language != QLatin1StringView("en") && options.language != QLatin1StringView("ko"))
            return fail(tr("--lang %1: choose ko or en").arg(q(parser.value(names.lang))));
    }
    if (parser.isSet(names.anchor) && !parser.isSet(names.compare))
        return fail(tr("--anchor works with --compare A.jsonl B.jsonl"));
    if (parser.isSet(names.compare)) {
        options.compareA = parser.value(names.compare);
        options.compareB = compareB;
        if (options.compareA.isEmpty() || options.compareB.isEmpty())
            return fail(tr("--compare needs two recordings: --compare A.jsonl B.jsonl"));
        if (parser.isSet(names.anchor)) {
            const auto anchor = SessionDiff::anchorFromName(parser.value(names.anchor));
            if (!anchor)
                return fail(tr("--anchor %1: choose syn, data, fin, rst or start")
                                .arg(q(parser.value(names.anchor))));
            options.compareAnchor = *anchor;
        }
        // It prints and exits: only the language of what it prints goes with it.
        for (const QString &name : parser.optionNames()) {
            if (name != QLatin1StringView("compare") && name != QLatin1StringView("anchor")
                && name != QLatin1StringView("lang"))
                return fail(tr("--compare prints and exits; it cannot be combined with --%1").arg(q(name)));
        }
    }
    if (parser.isSet(names.portInfo)) {
        options.portInfo = true;
        options.portQuery = parser.value(names.portInfo);
        if (!options.servers.isEmpty() || !options.clients.isEmpty() || !options.replayPath.isEmpty())
            return fail(tr(
                "--port-info prints and exits; it cannot be combined with --server, --client or --replay"));
    }
    return options;
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1StringView("--lang") && i + 1 < arguments.size())
            language = arguments.at(++i).toLower();
        else if (argument.startsWith(QLatin1StringView("--lang=")))
            language = argument.mid(7).toLower();
    }
    return language == QLatin1StringView("ko") || language == QLatin1StringView("en") ? language : QString();
}

} // namespace SocketScope
