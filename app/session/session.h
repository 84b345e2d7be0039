#pragma once

#include "lab/laberror.h"

#include <QtCore/QObject>
#include <QtNetwork/QHostAddress>

#include <memory>
#include <vector>

namespace SocketScope {

class ChallengeHost;
class ClassroomListener;
struct ForwardRule;
class Heartbeat;
class HostCapture;
class Journal;
class KernelView;
class Lab;
class LessonLibrary;
class LessonPlayer;
class PortForwarder;
class RecordingWriter;
class VirtualNetwork;

// Everything one run of SocketScope is made of, and the rules between the parts: the journal,
// the kernel's view, the lab of real sockets, packet capture, the virtual lab network, the
// lessons, forwarders and the classroom page. main() builds one; the window lays out views
// around it and never owns a part of it.
//
// The session outlives every window and tears its parts down in one fixed order: what uses
// the lab (classroom, forwarders, the lesson player and what its steps made) goes first, then
// the lab network and capture, then the lab, the kernel view, the recording, and the journal
// last. So a part that says something while it goes (a lesson removing its router rule) can
// only reach parts that are still whole.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Kind : quint8 {
        Live, // real sockets, the kernel's view, lessons
        Replay, // a recording: the journal only
    };

    explicit Session(Kind kind, QObject *parent = nullptr);
    ~Session() override;

    Kind kind() const { return m_kind; }
    bool isLive() const { return m_kind == Kind::Live; }

    Journal *journal() const { return m_journal.get(); }
    // The rest is null in a replay.
    KernelView *kernel() const { return m_kernel.get(); }
    Lab *lab() const { return m_lab.get(); }
    HostCapture *capture() const { return m_capture.get(); }
    VirtualNetwork *network() const { return m_network.get(); }
    // In a replay too: there the library holds only the lessons whose steps only show, and the
    // player has no lab (a step that needs live sockets fails, saying so).
    LessonLibrary *lessons() const { return m_library.get(); }
    LessonPlayer *lessonPlayer() const { return m_player.get(); }
    // The actions a live session plugs into its lesson player, for checking a lesson file
    // before the session exists (LessonChoice).
    static QStringList extraLessonActions();
    // Adds the lesson in the file at `path` to the library (--lesson PATH); its id, or empty
    // with `error` saying why.
    QString addLessonFile(const QString &path, QString *error);
    Heartbeat *heartbeat() const { return m_heartbeat.get(); }
    ClassroomListener *classroom() const { return m_classroom.get(); }
    // The class challenge's server; null in a replay.
    ChallengeHost *challenges() const { return m_challenges.get(); }
    // The recording streamed while running (--record); null when none.
    RecordingWriter *recorder() const { return m_recorder.get(); }

    // Streams the journal to `path` from now on; false and `error` says why when it cannot.
    bool record(const QString &path, QString *error);
    // Every captured packet, on this machine's network and in the lab network, also goes to
    // this pcapng file; false and `error` says why when it cannot be written.
    bool writePackets(const QString &path, QString *error);
    // A port forwarder that lives as long as the session.
    LabError startForwarder(const ForwardRule &rule);
    // The classroom page on `address`:`port`.
    LabError openClassroom(const QHostAddress &address, quint16 port);

    // Closes every socket while the journal can still write it down, stops the kernel view and
    // flushes the recording. Called when the app is about to quit; the destructor does it too.
    void shutDown();

signals:
    // A lesson that shows real packets was loaded. `inLab`: it runs in the virtual lab network
    // (started for it when needed); otherwise the network could not be made, and the network's
    // problem() says why.
    void lessonNetworkChosen(bool inLab);

private:
    void onLessonLoaded();

    Kind m_kind;
    bool m_shutDown = false;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<RecordingWriter> m_recorder;
    std::unique_ptr<KernelView> m_kernel;
    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<HostCapture> m_capture;
    std::unique_ptr<VirtualNetwork> m_network;
    std::unique_ptr<LessonLibrary> m_library;
    std::unique_ptr<LessonPlayer> m_player;
    std::vector<std::unique_ptr<PortForwarder>> m_forwarders;
    std::unique_ptr<ClassroomListener> m_classroom;
    std::unique_ptr<ChallengeHost> m_challenges;
    std::unique_ptr<Heartbeat> m_heartbeat;
};

} // namespace SocketScope
