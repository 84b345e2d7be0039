#include "lessonnotices.h"

#include "lessons/lessonplayer.h"
#include "network/virtualnetwork.h"
#include "session/session.h"

namespace SocketScope {

LessonNotices::LessonNotices(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session->lessonPlayer() && session->network())
        connect(session, &Session::lessonNetworkChosen, this, &LessonNotices::announceNetwork);
}

void LessonNotices::announceNetwork(bool inLab)
{
    LessonPlayer *player = m_session->lessonPlayer();
    if (!inLab) {
        player->announce(tr("This lesson shows real packets in the virtual lab network, which cannot be "
                            "started here: %1 It runs on this computer's network instead; the timeline "
                            "draws the packets it cannot see as inferred, and steps that need the lab's "
                            "router are skipped.")
                             .arg(m_session->network()->problem()),
            true);
        return;
    }
    player->announce(tr("This lesson runs in the virtual lab network: every arrow on the timeline is a "
                        "packet that was really captured."),
        false);
}

} // namespace SocketScope
