#pragma once

#include "compare/sessiondiff.h"
#include "drills/drillchoice.h"
#include "experiments/forwardrule.h"
#include "lab/endpoint.h"
#include "network/linkfault.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace SocketScope {

// What the command line asks for (README.md, "Command line"). Parsing never exits the process:
// main() decides, so the rules can be tested.
struct LaunchOptions
{
    QList<EndpointSpec> servers;
    QList<EndpointSpec> clients;
    QString recordPath;
    QString replayPath;
    QString exportPath;
    QString language; // "en", "ko" or empty for the system's
    QString portQuery;
    bool portInfo = false;
    bool presentation = false;
    QList<ForwardRule> forwards;
    QString lesson;
    bool autoplay = false;
    bool quitWhenDone = false;
    bool listLessons = false;
    bool classroom = false;
    QString classroomHost;
    quint16 classroomPort = 0;
    // --challenge KEY[@HOST:PORT]: start a class challenge (ChallengeCatalog's keys).
    QString challenge;
    QString challengeHost = QStringLiteral("127.0.0.1");
    int challengePort = -1; // -1: the challenge's own port
    int challengeTimeS = 0; // --challenge-time: the time limit in seconds; 0: none
    bool capture = false; // capture packets on this machine's network (the capture helper)
    QString pcapPath; // write every captured packet here as pcapng
    bool labNetwork = false; // --network lab: sockets live in the private virtual lab network
    QList<ForwardRule> natRules; // --nat: port-forwarding rules on the lab's router
    QList<LinkFaultSetting> linkFaults; // --link: faults on the lab's links
    std::optional<DrillChoice> drill; // --drill: a mystery-fault drill in the lab network
    // --compare A B: print what differs between two recordings, and exit.
    QString compareA;
    QString compareB;
    SessionDiff::Anchor compareAnchor = SessionDiff::Anchor::FirstSyn;
    bool help = false;
    bool version = false;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Parses `arguments` (the first is the program). On failure returns nullopt and sets
    // `error` to a sentence naming the bad part; main() prints it and exits with status 2.
    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
    // The language --lang names ("ko" or "en"), read even from a command line that does not
    // parse, so the complaint about it can be worded in that language; empty if none.
    static QString requestedLanguage(const QStringList &arguments);
};

} // namespace SocketScope
