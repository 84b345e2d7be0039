#include "session.h"

#include "capture/hostcapture.h"
#include "challenges/challengehost.h"
#include "classroom/classroomfeed.h"
#include "classroom/classroomlistener.h"
#include "experiments/portforwarder.h"
#include "health/heartbeat.h"
#include "journal/journal.h"
#include "journal/recordingwriter.h"
#include "kernel/kernelsocketsource.h"
#include "kernel/kernelview.h"
#include "lab/lab.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonplayer.h"
#include "network/linkfaultstep.h"
#include "network/routerforwardstep.h"
#include "network/virtualnetwork.h"

namespace SocketScope {

Session::Session(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_journal(std::make_unique<Journal>())
{
    if (kind == Kind::Replay) {
        // A recording is a lesson's stage too: only the lessons that need no live socket.
        m_player = std::make_unique<LessonPlayer>(nullptr);
        m_library = std::make_unique<LessonLibrary>();
        m_library->load(LessonLibrary::builtInFolder(), extraLessonActions());
        m_library->keepOnly([](const Lesson &lesson) { return lesson.firstLiveStep() < 0; });
        return;
    }
    m_kernel = std::make_unique<KernelView>(KernelSocketSource::best());
    m_lab = std::make_unique<Lab>(m_journal.get(), m_kernel.get());
    m_kernel->start();
    m_capture = std::make_unique<HostCapture>(m_journal.get(), m_lab.get());
    m_network = std::make_unique<VirtualNetwork>(m_journal.get(), m_lab.get(), m_kernel.get());

    m_player = std::make_unique<LessonPlayer>(m_lab.get());
    // Actions the lesson engine does not have itself are plugged in before the lessons are
    // read, so a lesson that uses one is not turned away as unknown.
    m_player->registerAction(QStringLiteral("router_forward"), routerForwardStep(m_network.get()));
    m_player->registerAction(QStringLiteral("link_fault"), linkFaultStep(m_network.get()));
    Q_ASSERT(m_player->extraActionNames() == extraLessonActions());
    m_library = std::make_unique<LessonLibrary>();
    m_library->load(LessonLibrary::builtInFolder(), m_player->extraActionNames());
    connect(m_player.get(), &LessonPlayer::lessonLoaded, this, &Session::onLessonLoaded);

    m_heartbeat = std::make_unique<Heartbeat>(m_journal.get());
    m_challenges = std::make_unique<ChallengeHost>(m_lab.get());
    // The board says what the capture cannot show it (a knock on a wrong port).
    m_challenges->setHostCapture(m_capture.get());
}

Session::~Session()
{
    shutDown();
    // What uses the lab goes before the lab; the lesson player before the lab network, whose
    // router rules its steps made; the journal last, since everything writes to it.
    m_heartbeat.reset();
    m_classroom.reset();
    m_challenges.reset();
    m_forwarders.clear();
    m_player.reset();
    m_library.reset();
    m_network.reset();
    m_capture.reset();
    m_lab.reset();
    m_kernel.reset();
    m_recorder.reset();
    m_journal.reset();
}

QStringList Session::extraLessonActions()
{
    return {QStringLiteral("router_forward")};
}

QString Session::addLessonFile(const QString &path, QString *error)
{
    if (!m_library->loadFile(path, extraLessonActions(), true)) {
        if (error)
            *error = m_library->problems().constLast().reason;
        return {};
    }
    for (const Lesson &lesson : m_library->lessons()) {
        if (lesson.sourcePath == path)
            return lesson.id;
    }
    return {};
}

bool Session::record(const QString &path, QString *error)
{
    auto recorder = std::make_unique<RecordingWriter>(m_journal.get());
    if (!recorder->open(path)) {
        if (error)
            *error = recorder->errorString();
        return false;
    }
    m_recorder = std::move(recorder);
    return true;
}

bool Session::writePackets(const QString &path, QString *error)
{
    if (!m_capture || !m_capture->setPcapFile(path, error))
        return false;
    m_network->setPcapWriter(m_capture->pcapWriter());
    return true;
}

LabError Session::startForwarder(const ForwardRule &rule)
{
    if (!m_lab)
        return {LabError::WrongState, QString()};
    auto forwarder = std::make_unique<PortForwarder>(m_lab.get());
    LabError error = forwarder->start(rule);
    if (!error)
        m_forwarders.push_back(std::move(forwarder));
    return error;
}

LabError Session::openClassroom(const QHostAddress &address, quint16 port)
{
    if (!m_lab)
        return {LabError::WrongState, QString()};
    m_classroom = std::make_unique<ClassroomListener>(m_lab.get());
    // A student's live page shows their verdict in the class challenge.
    m_classroom->feed()->followChallenges(m_challenges.get());
    return m_classroom->start(address, port);
}

void Session::shutDown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    if (m_heartbeat)
        m_heartbeat->stop();
    if (m_lab)
        m_lab->closeAll();
    // The lab network goes down with the app: taken down here, while the recorder still
    // writes, the recording ends with it gone (a `network` event with no topology).
    if (m_network)
        m_network->stop();
    if (m_kernel)
        m_kernel->stop();
    if (m_recorder)
        m_recorder->close();
}

void Session::onLessonLoaded()
{
    // A lesson about packets or a router runs in the lab network where there is one.
    if (!m_network || m_player->lesson().network != QLatin1String("lab"))
        return;
    emit lessonNetworkChosen(m_network->isActive() || m_network->start());
}

} // namespace SocketScope
