// The thin executable: parse the command line, build the session, show the window.

#include "capture/capturehelperclient.h"
#include "capture/hostcapture.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "challenges/challengerecord.h"
#include "challenges/challengeview.h"
#include "classroom/classroomlistener.h"
#include "cli/commandline.h"
#include "cli/lessonchoice.h"
#include "cli/quitsignals.h"
#include "compare/comparereport.h"
#include "drills/drillpanel.h"
#include "experiments/portforwarder.h"
#include "health/descriptorlimit.h"
#include "health/heartbeat.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "journal/recordingwriter.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "lessons/lessonfailuretext.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonplayer.h"
#include "network/virtualnetwork.h"
#include "ports/portinforeport.h"
#include "session/session.h"
#include "timeline/timelineexporter.h"
#include "window/appsettings.h"
#include "window/errortext.h"
#include "window/languageswitcher.h"
#include "window/mainwindow.h"
#include "window/wheelguard.h"

#include <QtCore/QEventLoop>
#include <QtCore/QLocale>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtNetwork/QHostInfo>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTabWidget>

#include <cstdio>

#include <memory>

using namespace SocketScope;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// What the program says in the terminal starts with its name, in every language.
constexpr QLatin1StringView kPrefix("socketscope: ");

void complain(const QString &text)
{
    err() << kPrefix << text << Qt::endl;
}

// The terminal's sentences, translated under one name.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

std::optional<QHostAddress> resolve(
    const QString &host, QAbstractSocket::NetworkLayerProtocol family = QAbstractSocket::IPv4Protocol)
{
    QHostAddress address;
    if (address.setAddress(host))
        return address;
    const QHostInfo info = QHostInfo::fromName(host);
    for (const QHostAddress &candidate : info.addresses()) {
        if (candidate.protocol() == family)
            return candidate;
    }
    if (!info.addresses().isEmpty())
        return info.addresses().constFirst();
    return std::nullopt;
}

// Opens what --server and --client ask for; a failure is reported and the app runs on.
void openStartupSockets(const LaunchOptions &options, Lab &lab, MainWindow &window, HostCapture *capture)
{
    const auto fail = [&](const QString &what, const LabError &error) {
        const QString text = QStringLiteral("%1: %2").arg(what, ErrorText::full(error));
        err() << text << Qt::endl;
        window.showMessage(text, true);
    };
    for (const EndpointSpec &spec : options.servers) {
        const QString what
            = QStringLiteral("--server %1:%2:%3")
                  .arg(spec.proto == Protocol::Udp ? QStringLiteral("udp") : QStringLiteral("tcp"), spec.host)
                  .arg(spec.port);
        const auto address = resolve(spec.host);
        if (!address) {
            fail(what, {LabError::HostNotFound, spec.host});
            continue;
        }
        const Lab::Opened opened = spec.proto == Protocol::Udp
            ? lab.bindUdp(*address, spec.port, false, false, spec.options)
            : lab.listenTcp(*address, spec.port, Lab::kDefaultBacklog, spec.options);
        if (opened.error)
            fail(what, opened.error);
    }
    // The capture helper captures a port only once a socket of ours has it: let it see the
    // servers before the clients connect, so their handshakes are captured.
    if (capture && capture->isEnabled())
        capture->client()->recheckNow(1000);
    int notOpened = 0;
    for (const EndpointSpec &spec : options.clients) {
        // Out of descriptors, the lab refuses every new socket: said once, not once per client.
        if (lab.isShortOfDescriptors()) {
            ++notOpened;
            continue;
        }
        const QString what = QStringLiteral("--client tcp:%1:%2").arg(spec.host).arg(spec.port);
        QHostAddress source;
        if (!spec.source.isEmpty())
            source = displayAddress(QHostAddress(spec.source)); // ::ffff:a.b.c.d is IPv4
        const auto address
            = resolve(spec.host, source.isNull() ? QAbstractSocket::IPv4Protocol : source.protocol());
        if (!address) {
            fail(what, {LabError::HostNotFound, spec.host});
            continue;
        }
        const Lab::Opened opened = lab.connectTcp(*address, spec.port, source, spec.options);
        if (opened.error)
            fail(what, opened.error);
    }
    if (notOpened > 0)
        complain(Cli::tr("%n more --client(s) not opened: too many open files", "", notOpened));
}

// --capture: the helper starts before the startup sockets, already asked for the --server
// ports, and gets a moment to say it is ready, so the first handshake is on the wire it watches.
void startCapture(const LaunchOptions &options, HostCapture &capture)
{
    QList<CaptureHelperClient::Port> ports;
    for (const EndpointSpec &spec : options.servers)
        ports.append({spec.proto, spec.port});
    capture.expectPorts(ports);
    capture.setEnabled(true);
    CaptureHelperClient *client = capture.client();
    if (client->state() == CaptureHelperClient::State::Starting) {
        QEventLoop wait;
        QTimer::singleShot(3000, &wait, &QEventLoop::quit);
        QObject::connect(client, &CaptureHelperClient::stateChanged, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (client->state() != CaptureHelperClient::State::Capturing && !client->message().isEmpty())
        complain(client->message());
}

// --network lab: the lab network is built before any socket opens, so they all live in it.
// When it cannot be built the app says why and carries on with this machine's network.
void startLabNetwork(const LaunchOptions &options, VirtualNetwork &network, MainWindow &window)
{
    if (!network.start()) {
        complain(network.problem());
        window.showMessage(network.problem(), true);
        return;
    }
    for (const ForwardRule &rule : options.natRules) {
        if (const QString problem = network.addNatRule(rule); !problem.isEmpty()) {
            const QString text = QStringLiteral("--nat %1: %2").arg(rule.toString(), problem);
            complain(text);
            window.showMessage(text, true);
        }
    }
    for (const LinkFaultSetting &setting : options.linkFaults) {
        const LabNetwork::LinkFaultOutcome outcome = network.setLinkFault(setting.link, setting.fault);
        QString problem = outcome.error;
        if (problem.isEmpty() && outcome.refused)
            problem = LinkFault::explainRefusal(outcome.refused, outcome.why, outcome.kernelSaid);
        if (!problem.isEmpty()) {
            const QString text
                = QStringLiteral("--link %1:%2: %3").arg(setting.link, setting.fault.toSpec(), problem);
            complain(text);
            window.showMessage(text, true);
        }
    }
}

// --replay FILE --export OUT: draws the timeline into a file without opening a window.
int exportRecording(int argc, char *argv[], const LaunchOptions &options)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    LanguageSwitcher language;
    language.setLanguage(options.language.isEmpty() ? LanguageSwitcher::systemLanguage() : options.language);
    Journal journal;
    RecordingReader reader;
    if (!reader.read(options.replayPath, journal)) {
        complain(Cli::tr("cannot replay %1: %2").arg(options.replayPath, reader.fatalError()));
        return 1;
    }
    for (const QString &line : reader.problemSummary())
        complain(Cli::tr("%1: skipped %2").arg(options.replayPath, line));
    QString error;
    if (!TimelineExporter::exportJournal(journal, options.exportPath, &error)) {
        complain(Cli::tr("cannot export to %1: %2").arg(options.exportPath, error));
        return 1;
    }
    out() << kPrefix
          << Cli::tr("wrote %1 (%n event(s))", "", int(qMin<qint64>(journal.count(), INT_MAX)))
                 .arg(options.exportPath)
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const std::optional<LaunchOptions> parsed = CommandLine::parse(arguments, &error);
    if (!parsed || parsed->help || parsed->version || parsed->portInfo || parsed->listLessons
        || !parsed->compareA.isEmpty()) {
        // Answers in the terminal, in the language asked for (or the system's): translations
        // need an application object, so a small one lives just long enough to say them.
        QCoreApplication app(argc, argv);
        LanguageSwitcher language;
        const QString requested = parsed ? parsed->language : CommandLine::requestedLanguage(arguments);
        language.setLanguage(requested.isEmpty() ? LanguageSwitcher::systemLanguage() : requested);
        if (!parsed) {
            CommandLine::parse(arguments, &error); // again, to word the problem in that language
            complain(error);
            err() << Cli::tr("Try 'socketscope --help'.") << Qt::endl;
            return 2;
        }
        if (parsed->help) {
            out() << CommandLine::helpText();
            out().flush();
            return 0;
        }
        if (parsed->version) {
            out() << QStringLiteral("SocketScope %1 (Qt %2)")
                         .arg(QStringLiteral(SOCKETSCOPE_VERSION), QString::fromLatin1(qVersion()))
                  << Qt::endl;
            return 0;
        }
        if (!parsed->compareA.isEmpty()) {
            const int status
                = CompareReport::run(parsed->compareA, parsed->compareB, parsed->compareAnchor, out(), err());
            out().flush();
            return status;
        }
        if (parsed->portInfo) {
            const int status = PortInfoReport::print(parsed->portQuery, out(), err());
            out().flush();
            err().flush();
            return status;
        }
        LessonLibrary library;
        library.load(LessonLibrary::builtInFolder());
        for (const Lesson &lesson : library.lessons())
            out() << lesson.id << QLatin1Char('\t') << lesson.title.in(language.language()) << Qt::endl;
        for (const QString &problem : library.problemLines())
            complain(Cli::tr("lesson skipped: %1").arg(problem));
        return 0;
    }
    const LaunchOptions &options = *parsed;
    if (!options.exportPath.isEmpty())
        return exportRecording(argc, argv, options);

    // Without a display Qt would end with advice about reinstalling its plugins. Say what is
    // missing and what works without one; a lesson run to its end needs no screen at all.
    const bool display = qEnvironmentVariableIsSet("QT_QPA_PLATFORM")
        || !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (!display && options.quitWhenDone) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (!display) {
        QCoreApplication app(argc, argv);
        LanguageSwitcher language;
        language.setLanguage(
            options.language.isEmpty() ? LanguageSwitcher::systemLanguage() : options.language);
        complain(Cli::tr(
            "there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)."));
        err() << Cli::tr(
            "Without a display these work: a lesson run to its end (--lesson ID --autoplay "
            "--quit-when-done), drawing a recording (--replay FILE --export OUT.svg), --port-info "
            "QUERY and --list-lessons.")
              << Qt::endl;
        return 1;
    }

    // A busy server holds a descriptor per connection: take all the system allows this user.
    const DescriptorLimit::Raised files = DescriptorLimit::raiseToHard();

    // Qt's glib event loop finds a socket's notifier by walking a list, so two thousand
    // connections closing at once (a classroom leaving) held the window for about 100 ms; Qt's
    // own loop does not. GTK's file dialogs only work inside the glib loop, so Qt's own
    // dialogs are used with it. Setting QT_NO_GLIB yourself keeps your choice.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SocketScope"));
    QApplication::setOrganizationName(QStringLiteral("SocketScope"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKETSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.socketscope.SocketScope"));
    WheelGuard::install(&app);
    // Caught from here on: a SIGTERM while the startup sockets open (a script that kills the
    // app as soon as its client connects) still closes them and leaves the recording whole.
    bool quitBeforeLoop = false;
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &app, [&quitBeforeLoop] {
        quitBeforeLoop = true; // seen if it came in a wait before app.exec()
        QApplication::quit();
    });

    bool settingsBroken = false;
    AppSettings settings = AppSettings::loadDefaultFile(&settingsBroken);
    if (settingsBroken)
        complain(Cli::tr("the settings file %1 could not be read; it was set aside and defaults are used")
                     .arg(AppSettings::fileName()));
    LanguageSwitcher language;
    QString chosen = options.language;
    if (chosen.isEmpty())
        chosen = settings.language.isEmpty() ? LanguageSwitcher::systemLanguage() : settings.language;
    language.setLanguage(chosen);

    // The lesson decides what the session is: a lesson told over a recording opens it.
    std::optional<LessonChoice> lessonChoice;
    if (!options.lesson.isEmpty()) {
        int status = 0;
        lessonChoice = LessonChoice::choose(options.lesson, options.replayPath, &error, &status);
        if (!lessonChoice) {
            complain(error);
            return status;
        }
    }
    const QString replayPath = lessonChoice ? lessonChoice->replayPath : options.replayPath;

    // The session outlives the window, so nothing it says while going down reaches a window
    // that is half gone.
    Session session(replayPath.isEmpty() ? Session::Kind::Live : Session::Kind::Replay);
    Lab *lab = session.lab();
    QStringList problems;
    qint64 damagedLines = 0;
    if (!replayPath.isEmpty()) {
        RecordingReader reader;
        if (!reader.read(replayPath, *session.journal())) {
            complain(Cli::tr("cannot replay %1: %2").arg(replayPath, reader.fatalError()));
            return 1;
        }
        // The first damaged lines, then how many more: a file of millions must not print millions.
        problems = reader.problemSummary();
        damagedLines = reader.damagedLines();
        for (const QString &text : std::as_const(problems))
            complain(Cli::tr("%1: skipped %2").arg(replayPath, text));
    }
    if (!options.recordPath.isEmpty()) {
        QString why;
        if (!session.record(options.recordPath, &why)) {
            complain(Cli::tr("cannot record to %1: %2").arg(options.recordPath, why));
            return 1;
        }
    }
    if (lab && !options.pcapPath.isEmpty()) {
        QString why;
        if (!session.writePackets(options.pcapPath, &why)) {
            complain(Cli::tr("cannot write packets to %1: %2").arg(options.pcapPath, why));
            return 1;
        }
    }

    MainWindow window(&session, &language);
    if (!options.replayPath.isEmpty())
        settings.addRecent(options.replayPath);
    window.applySettings(settings);
    if (!replayPath.isEmpty())
        window.setReplaySource(replayPath, problems, damagedLines);
    if (options.presentation)
        window.setPresentationMode(true);
    else
        window.show();
    if (files.tooLow()) {
        // Said once, at start, in the terminal and in the status bar.
        // Short enough for the status bar at 1024 pixels.
        const QString text
            = Cli::tr("Only %1 open files allowed (one per socket): not enough for %2 connections.")
                  .arg(QLocale().toString(qulonglong(files.now)),
                      QLocale().toString(DescriptorLimit::kConnections));
        complain(text);
        window.showMessage(text, true);
    }
    if (lab) {
        if (options.capture)
            startCapture(options, *session.capture());
        if (options.labNetwork)
            startLabNetwork(options, *session.network(), window);
        openStartupSockets(options, *lab, window, session.capture());
        // --drill: the Mystery fault page, with its fault hidden in the lab network.
        if (options.drill && session.network() && session.network()->isActive()) {
            DrillPanel *drills = window.showDrills();
            if (!drills || !drills->startDrill(*options.drill))
                complain(Cli::tr("--drill: could not start; the window says why"));
        }
    }

    for (const ForwardRule &rule : options.forwards) {
        if (const LabError error = session.startForwarder(rule)) {
            const QString text = QStringLiteral("--forward: %1").arg(ErrorText::full(error));
            err() << text << Qt::endl;
            window.showMessage(text, true);
        }
    }
    if (options.classroom) {
        const auto address = resolve(options.classroomHost);
        const LabError error = address ? session.openClassroom(*address, options.classroomPort)
                                       : LabError {LabError::HostNotFound, options.classroomHost};
        if (error) {
            const QString text = QStringLiteral("--classroom: %1").arg(ErrorText::full(error));
            err() << text << Qt::endl;
            window.showMessage(text, true);
        } else {
            out() << kPrefix << Cli::tr("classroom page at %1").arg(session.classroom()->url()) << Qt::endl;
            window.showMessage(Cli::tr("Classroom page: %1").arg(session.classroom()->url()), false);
        }
    }
    std::optional<Challenge> challenge;
    if (!options.challenge.isEmpty()) {
        challenge = ChallengeCatalog::find(options.challenge);
        if (options.challengePort >= 0)
            challenge->port = quint16(options.challengePort);
        challenge->timeLimitS = options.challengeTimeS;
    }
    const bool namedInRecording
        = !lab && !ChallengeRecord::starts(*session.journal(), session.journal()->count()).isEmpty();
    if (!lab && (challenge || namedInRecording)) {
        // A replay: the recording judged by the challenge named (or the one it names itself),
        // at the playhead.
        if (ChallengeView *view = window.showRecordedChallenge(challenge))
            window.centralTabs()->setCurrentWidget(view);
    } else if (challenge && window.challengeView()) {
        if (window.challengeView()->start(*challenge, options.challengeHost)) {
            window.centralTabs()->setCurrentWidget(window.challengeView());
            out() << kPrefix
                  << Cli::tr("challenge on %1")
                         .arg(formatEndpoint(session.challenges()->address(), session.challenges()->port()))
                  << Qt::endl;
        } else {
            err() << QStringLiteral("--challenge: ") << Cli::tr("could not start; the window says why")
                  << Qt::endl;
        }
    }
    if (lessonChoice) {
        QString lessonId = lessonChoice->id;
        if (!lessonChoice->path.isEmpty()) {
            QString why;
            lessonId = session.addLessonFile(lessonChoice->path, &why);
            if (lessonId.isEmpty()) {
                complain(Cli::tr("the lesson file %1 cannot be used: %2").arg(lessonChoice->path, why));
                return 1;
            }
        }
        // Scripts and tests run lessons faster: 0.1 is ten times the normal pace, 0 no pause.
        bool paceOk = false;
        const double pace = qEnvironmentVariable("SOCKETSCOPE_LESSON_PACE").toDouble(&paceOk);
        if (paceOk && session.lessonPlayer())
            session.lessonPlayer()->setPaceScale(pace);
        if (!window.openLesson(lessonId, options.autoplay)) {
            complain(Cli::tr("there is no lesson \"%1\"; --list-lessons shows them").arg(options.lesson));
            return 2;
        }
        if (options.quitWhenDone) {
            QObject::connect(session.lessonPlayer(), &LessonPlayer::finished, &app,
                [] { QTimer::singleShot(300, qApp, [] { QApplication::exit(0); }); });
            QObject::connect(
                session.lessonPlayer(), &LessonPlayer::failed, &app, [](const LessonFailure &failure) {
                    complain(Cli::tr("the lesson failed: %1").arg(LessonFailureText::sentence(failure)));
                    QApplication::exit(1);
                });
        }
    }

    // Started once the window has drawn itself: the first paint is not a stall.
    if (Heartbeat *heartbeat = session.heartbeat())
        QTimer::singleShot(1000, heartbeat, &Heartbeat::start);

    const auto goDown = [&] {
        // For the load benchmark: how the window's thread kept up, measured to the end.
        if (Heartbeat *heartbeat = session.heartbeat();
            heartbeat && qEnvironmentVariableIsSet("SOCKETSCOPE_HEARTBEAT_REPORT"))
            std::fprintf(stderr, "%s\n", qPrintable(heartbeat->summary()));
        // Close every socket while the journal is still there to write it down, then flush.
        session.shutDown();
        window.currentSettings().saveDefaultFile();
    };
    if (quitBeforeLoop) {
        goDown();
        return 0;
    }
    QObject::connect(&app, &QApplication::aboutToQuit, &app, goDown);
    return app.exec();
}
