#include "lessonplayer.h"

#include "lab/lab.h"
#include "lessonsteprun.h"

namespace SocketScope {

LessonPlayer::LessonPlayer(Lab *lab, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_actions(LessonActions::builtIns())
{
    m_autoplayTimer.setSingleShot(true);
    connect(&m_autoplayTimer, &QTimer::timeout, this, &LessonPlayer::next);
    if (lab)
        connect(lab, &Lab::socketOpened, this, &LessonPlayer::onSocketOpened);
}

LessonPlayer::~LessonPlayer()
{
    // The lab may outlive the player (the window closes a lesson); leave no lesson socket open.
    delete m_run;
    m_run = nullptr;
    if (m_lab) {
        for (const qint32 id : std::as_const(m_owned)) {
            const SocketInfo *info = m_lab->info(id);
            if (info && info->isOpen())
                m_lab->abort(id);
        }
    }
}

Lab *LessonPlayer::lab() const
{
    return m_lab;
}

void LessonPlayer::registerAction(const QString &name, const LessonAction &action)
{
    if (!m_actions.contains(name) && !LessonActions::spec(name))
        m_extraNames << name;
    m_actions.insert(name, action);
}

void LessonPlayer::load(const Lesson &lesson)
{
    reset();
    m_lesson = lesson;
    m_loaded = true;
    emit lessonLoaded(lesson.id);
    emit stepChanged(m_index);
    emit narrationChanged(narration());
    emit highlightChanged(m_highlights);
    scheduleAutoplay();
}

void LessonPlayer::unload()
{
    reset();
    m_loaded = false;
    m_lesson = {};
    setAutoplay(false);
    emit stepChanged(m_index);
    emit narrationChanged({});
    emit highlightChanged(m_highlights);
}

void LessonPlayer::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit narrationChanged(narration());
}

QString LessonPlayer::narration() const
{
    if (!m_loaded)
        return {};
    if (m_index < 0 || m_index >= m_lesson.steps.size())
        return m_lesson.summary.in(m_language);
    return m_lesson.steps.at(m_index).narration.in(m_language);
}

void LessonPlayer::setPaceScale(qreal scale)
{
    m_paceScale = qMax(0.0, scale);
}

QList<qint32> LessonPlayer::socketsNamed(const QString &reference) const
{
    QList<qint32> group = m_names.value(LessonActions::referencedName(reference));
    const qsizetype hash = reference.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return group;
    bool ok = false;
    const int member = reference.mid(hash + 1).toInt(&ok);
    if (!ok || member < 1 || member > group.size())
        return {};
    return {group.at(member - 1)};
}

bool LessonPlayer::isNamed(qint32 id) const
{
    for (const QList<qint32> &group : m_names) {
        if (group.contains(id))
            return true;
    }
    return false;
}

void LessonPlayer::keepUntilReset(QObject *object)
{
    object->setParent(this);
    m_kept << object;
}

void LessonPlayer::nameSockets(const QString &name, const QList<qint32> &ids)
{
    for (const qint32 id : ids)
        m_owned.insert(id);
    if (!name.isEmpty())
        m_names[name] += ids;
}

void LessonPlayer::onSocketOpened(qint32 id)
{
    // Sockets a lesson's listener accepts are the lesson's too, named or not.
    const SocketInfo *info = m_lab ? m_lab->info(id) : nullptr;
    if (info && info->parent >= 0 && m_owned.contains(info->parent))
        m_owned.insert(id);
}

void LessonPlayer::next()
{
    if (!m_loaded || m_run || m_index + 1 >= m_lesson.steps.size())
        return;
    m_autoplayTimer.stop();
    runStep(m_index + 1);
}

void LessonPlayer::back()
{
    if (!m_loaded)
        return;
    const int target = m_index - 1;
    reset();
    if (target < 0) {
        emit stepChanged(m_index);
        emit narrationChanged(narration());
        emit highlightChanged(m_highlights);
        return;
    }
    m_replayTo = target;
    runStep(0);
}

void LessonPlayer::restart()
{
    if (!m_loaded)
        return;
    reset();
    emit stepChanged(m_index);
    emit narrationChanged(narration());
    emit highlightChanged(m_highlights);
    scheduleAutoplay();
}

void LessonPlayer::setAutoplay(bool on)
{
    if (on == m_autoplay)
        return;
    m_autoplay = on;
    emit autoplayChanged(on);
    if (!on) {
        m_autoplayTimer.stop();
        return;
    }
    if (m_status == Status::Finished)
        restart();
    else
        scheduleAutoplay();
}

void LessonPlayer::reset()
{
    m_autoplayTimer.stop();
    m_bindProbe.reset();
    m_replayTo = -1;
    if (m_run) {
        // Deleting the run cancels everything its action still waits for.
        m_run->disconnect(this);
        m_run->deleteLater();
        m_run = nullptr;
        emit busyChanged(false);
    }
    if (m_lab) {
        // Aborted, not closed: a reset leaves nothing in TIME_WAIT to clutter the next run.
        for (const qint32 id : std::as_const(m_owned)) {
            const SocketInfo *info = m_lab->info(id);
            if (info && info->isOpen())
                m_lab->abort(id);
        }
    }
    // After the sockets: a forwarder sees its legs reset rather than closing them politely.
    for (const QPointer<QObject> &object : std::as_const(m_kept))
        delete object.data();
    m_kept.clear();
    m_owned.clear();
    m_names.clear();
    m_highlights.clear();
    m_focus = -1;
    m_index = -1;
    setMessage({}, false);
    setStatus(Status::Idle);
}

void LessonPlayer::runStep(int index)
{
    m_index = index;
    m_bindProbe.reset();
    if (m_replayTo < 0) {
        emit stepChanged(index);
        emit narrationChanged(narration());
        setMessage({}, false);
    }
    const LessonStep &step = m_lesson.steps.at(index);
    m_run = new LessonStepRun(this, m_lab, step, index, this);
    // Queued: an action may end its step before it returns, and the player must not start the
    // next step from inside the previous one.
    connect(m_run, &LessonStepRun::completed, this, &LessonPlayer::onStepCompleted, Qt::QueuedConnection);
    emit busyChanged(true);
    setStatus(Status::Running);
    const auto action = m_actions.constFind(step.action);
    // A step that only shows (a lesson on a recording) needs no live sockets.
    if (!m_lab && step.action != QLatin1StringView("none"))
        m_run->fail(tr("This step needs live sockets, and there are none while a recording is replayed."));
    else if (action == m_actions.constEnd()
        && (step.action == QLatin1StringView("router_forward")
            || step.action == QLatin1StringView("link_fault")))
        m_run->fail(
            tr("This step needs the router of the virtual lab network, which is not running here, so it "
               "cannot run. The lesson can go on without it."));
    else if (action == m_actions.constEnd() && step.action == QLatin1StringView("forward"))
        m_run->fail(tr("The port forwarder is not available yet in this version, so this step cannot run. "
                       "The lesson can go on without it."));
    else if (action == m_actions.constEnd())
        m_run->fail(tr("The action \"%1\" is not available in this version.").arg(step.action));
    else
        (*action)(m_run);
}

void LessonPlayer::onStepCompleted(bool ok, const QString &message)
{
    if (sender() != m_run)
        return;
    LessonFailure failure = m_run->failure();
    const std::optional<BindProbe::Result> probe = m_run->bindProbe();
    m_run->deleteLater();
    m_run = nullptr;
    emit busyChanged(false);
    m_highlights = resolve(m_lesson.steps.at(m_index).highlights);
    m_focus = focusOf(m_lesson.steps.at(m_index));

    const bool replaying = m_replayTo >= 0;
    if (ok && replaying && m_index < m_replayTo) {
        runStep(m_index + 1);
        return;
    }
    m_replayTo = -1;
    if (replaying) {
        emit stepChanged(m_index);
        emit narrationChanged(narration());
    }
    emit highlightChanged(m_highlights);
    if (!ok) {
        failure.step = m_index;
        failure.replaying = replaying;
        // The window words the failure (LessonFailureText); the message itself stays empty.
        setMessage({}, true);
        m_failure = failure;
        setStatus(Status::Failed);
        setAutoplay(false);
        emit failed(failure);
        return;
    }
    m_bindProbe = probe;
    QString text = message;
    if (replaying)
        text = tr("Steps 1 to %1 ran again on fresh sockets, so the ports may differ.").arg(m_index + 1)
            + (message.isEmpty() ? QString() : QLatin1Char(' ') + message);
    setMessage(text, false);
    if (m_index + 1 >= m_lesson.steps.size()) {
        setStatus(Status::Finished);
        setAutoplay(false);
        emit finished();
        return;
    }
    setStatus(Status::Idle);
    scheduleAutoplay();
}

void LessonPlayer::scheduleAutoplay()
{
    if (!m_autoplay || !m_loaded || m_run || m_index + 1 >= m_lesson.steps.size())
        return;
    // The summary is short; each step stays as long as its pace says.
    const int pace = m_index < 0 ? m_lesson.paceMs / 2 : m_lesson.paceOf(m_index);
    m_autoplayTimer.start(qRound(pace * m_paceScale));
}

void LessonPlayer::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void LessonPlayer::setMessage(const QString &text, bool isError)
{
    m_failure.reset();
    // A step with a bind probe says something new even when its own words are the same.
    if (text == m_message && isError == m_messageIsError && !m_bindProbe)
        return;
    m_message = text;
    m_messageIsError = isError;
    emit messageChanged(text, isError);
}

qint32 LessonPlayer::focusOf(const LessonStep &step) const
{
    if (!step.select.isEmpty()) {
        const QList<qint32> named = socketsNamed(step.select);
        return named.isEmpty() ? -1 : named.constFirst();
    }
    for (const LessonHighlight &highlight : std::as_const(m_highlights)) {
        if (highlight.kind == LessonHighlight::Socket && !highlight.sockets.isEmpty())
            return highlight.sockets.constFirst();
    }
    return -1;
}

QList<LessonHighlight> LessonPlayer::resolve(const QList<LessonHighlight> &highlights) const
{
    QList<LessonHighlight> resolved;
    for (LessonHighlight highlight : highlights) {
        if (highlight.kind == LessonHighlight::Socket) {
            highlight.sockets = socketsNamed(highlight.target);
        } else if (highlight.kind == LessonHighlight::Port && highlight.port == 0) {
            highlight.sockets = socketsNamed(highlight.target);
            const SocketInfo *info = highlight.sockets.isEmpty() || !m_lab
                ? nullptr
                : m_lab->info(highlight.sockets.constFirst());
            if (!info)
                continue;
            highlight.port = info->localPort;
        }
        resolved << highlight;
    }
    return resolved;
}

} // namespace SocketScope
