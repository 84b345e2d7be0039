#pragma once

#include <QtCore/QObject>

namespace SocketScope {

class Session;

// The lesson panel's message when a lesson chooses where it runs: in the virtual lab network,
// or on this computer's network because the lab network cannot start here (and why).
class LessonNotices : public QObject
{
    Q_OBJECT

public:
    // Nothing is said for a session without lessons or without a virtual network.
    explicit LessonNotices(Session *session, QObject *parent = nullptr);

private:
    void announceNetwork(bool inLab);

    Session *m_session;
};

} // namespace SocketScope
