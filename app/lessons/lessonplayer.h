#pragma once

#include "lesson.h"
#include "lessonactions.h"
#include "lessonfailure.h"
#include "ports/bindprobe.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <optional>

namespace SocketScope {

class Lab;
class LessonStepRun;

// Plays a lesson on the real lab, one step at a time. Works without any window: the window
// (or a test, or `--autoplay`) listens to the signals and calls next() / back().
//
// Stepping back re-runs the lesson from a fresh start up to the step before, with no pauses:
// the sockets the player opened are reset (aborted, so nothing lingers in TIME_WAIT), and the
// earlier steps run again. Real sockets cannot be un-closed, so replaying is the only way to
// show the picture that step had; the ports the OS picks will differ, and the narration says
// "the OS picked", never a fixed number.
//
// When a step fails the player reports why as data (failed: the LabError and what the step
// tried; LessonFailureText in ui/ words it), stops autoplay and stays on that step. next() goes on regardless
// (steps that need a socket the failed step should have opened fail too, saying so); restart() starts clean.
class LessonPlayer : public QObject
{
    Q_OBJECT

public:
    enum class Status : quint8 { Idle, Running, Failed, Finished };
    Q_ENUM(Status)

    explicit LessonPlayer(Lab *lab, QObject *parent = nullptr);
    ~LessonPlayer() override;

    Lab *lab() const;

    // Plugs in an action the engine does not have itself (the port forwarder's "forward").
    void registerAction(const QString &name, const LessonAction &action);
    // Takes an action away (a window may offer lessons without a part it lacks); a step that
    // uses it then fails with "not available".
    void unregisterAction(const QString &name) { m_actions.remove(name); }
    bool hasAction(const QString &name) const { return m_actions.contains(name); }
    QStringList extraActionNames() const { return m_extraNames; }

    // Resets the lab sockets of any previous lesson; stepIndex() is -1 (the summary) until next().
    void load(const Lesson &lesson);
    // Resets the lab sockets the lesson opened and forgets the lesson.
    void unload();
    bool hasLesson() const { return m_loaded; }
    const Lesson &lesson() const { return m_lesson; }

    // "en" or "ko"; the narration follows at once (narrationChanged).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    int stepIndex() const { return m_index; }
    int stepCount() const { return int(m_lesson.steps.size()); }
    Status status() const { return m_status; }
    bool isBusy() const { return m_run != nullptr; }
    // The current step's narration in the current language (the summary before the first step).
    QString narration() const;
    QString title() const { return m_lesson.title.in(m_language); }
    // What the last step did; empty when it failed (failure() says why).
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    // Why the current step failed, while the player stays on a failed step.
    std::optional<LessonFailure> failure() const { return m_failure; }
    // The bind the current step tried (try_bind), for the window to word before message().
    const std::optional<BindProbe::Result> &bindProbe() const { return m_bindProbe; }
    QList<LessonHighlight> highlights() const { return m_highlights; }
    // The view the current step is about ("timeline", "sockets" ...; the lesson's own before
    // step 1), for the window to show when stepChanged comes.
    QString view() const { return m_loaded ? m_lesson.viewOf(m_index) : QString(); }
    // The socket the narration speaks of once the step has run (its `select`, else the first
    // socket it highlights), for the window to select with the highlights; -1: none.
    qint32 focusSocket() const { return m_focus; }

    bool isAutoplay() const { return m_autoplay; }
    // Multiplies every step's pace: 1 normal, 0.5 twice as fast, 0 no pause at all (tests).
    void setPaceScale(qreal scale);
    qreal paceScale() const { return m_paceScale; }

    // Lab sockets a step name stands for ("clients" or "clients#2"); empty when none.
    QList<qint32> socketsNamed(const QString &reference) const;
    bool isNamed(qint32 id) const;
    // An object a step made that must live while the lesson's sockets do (a port forwarder);
    // deleted when the lesson restarts, steps back or is unloaded.
    void keepUntilReset(QObject *object);
    // A sentence about the lesson as a whole (where it runs), shown until the next step's message.
    void announce(const QString &text, bool isError) { setMessage(text, isError); }
    // Called by the running step.
    void nameSockets(const QString &name, const QList<qint32> &ids);

public slots:
    void next();
    void back();
    void restart();
    void setAutoplay(bool on);

signals:
    void lessonLoaded(const QString &id);
    void stepChanged(int index);
    void narrationChanged(const QString &text);
    void highlightChanged(const QList<SocketScope::LessonHighlight> &highlights);
    // What the step did ("The OS picked port 43122"); empty with isError when it failed.
    void messageChanged(const QString &text, bool isError);
    void busyChanged(bool busy);
    void autoplayChanged(bool on);
    void statusChanged(SocketScope::LessonPlayer::Status status);
    void finished();
    void failed(const SocketScope::LessonFailure &failure);

private:
    void reset();
    void runStep(int index);
    void onStepCompleted(bool ok, const QString &message);
    void scheduleAutoplay();
    void setStatus(Status status);
    void setMessage(const QString &text, bool isError);
    QList<LessonHighlight> resolve(const QList<LessonHighlight> &highlights) const;
    qint32 focusOf(const LessonStep &step) const;
    void onSocketOpened(qint32 id);

    QPointer<Lab> m_lab;
    QHash<QString, LessonAction> m_actions;
    QStringList m_extraNames;
    Lesson m_lesson;
    bool m_loaded = false;
    QString m_language = QStringLiteral("en");
    int m_index = -1;
    // While re-running after back(): the step to stop at; -1 otherwise.
    int m_replayTo = -1;
    Status m_status = Status::Idle;
    LessonStepRun *m_run = nullptr;
    QHash<QString, QList<qint32>> m_names;
    QSet<qint32> m_owned;
    QList<QPointer<QObject>> m_kept;
    QList<LessonHighlight> m_highlights;
    qint32 m_focus = -1;
    QString m_message;
    bool m_messageIsError = false;
    std::optional<LessonFailure> m_failure;
    std::optional<BindProbe::Result> m_bindProbe;
    bool m_autoplay = false;
    qreal m_paceScale = 1.0;
    QTimer m_autoplayTimer;
};

} // namespace SocketScope
