#include "linkfaultstep.h"

#include "lessons/lessonplayer.h"
#include "lessons/lessonsteprun.h"
#include "virtualnetwork.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>

namespace SocketScope {

namespace {

// Lives as long as the lesson's sockets: clears its link's faults when it goes, so a lesson
// started again, or the next one, begins on a clean link.
class LinkFaultHolder : public QObject
{
public:
    LinkFaultHolder(VirtualNetwork *network, const QString &link)
        : m_network(network)
        , m_link(link)
    { }

    ~LinkFaultHolder() override
    {
        if (m_network && m_network->isActive() && m_network->network()->linkFaults().contains(m_link))
            m_network->setLinkFault(m_link, LinkFault());
    }

private:
    QPointer<VirtualNetwork> m_network;
    QString m_link;
};

} // namespace

LessonAction linkFaultStep(VirtualNetwork *network)
{
    QPointer<VirtualNetwork> guarded(network);
    return [guarded](LessonStepRun *run) {
        if (!guarded || !guarded->isActive())
            return run->fail(QCoreApplication::translate("LinkFaultStep",
                "This step needs the virtual lab network, which is not running here, so its "
                "link cannot be made to lose or slow packets. The lesson can go on without it."));
        const QString link = run->argString(QStringLiteral("link"));
        const QStringList names = linkNames(guarded->network()->topology());
        if (!names.contains(link))
            return run->fail(QCoreApplication::translate(
                "LinkFaultStep", "The lab has no link called \"%1\"; its links are %2.")
                                 .arg(link, names.join(QStringLiteral(", "))));
        QString problem;
        const std::optional<LinkFault> fault
            = LinkFault::parse(run->argString(QStringLiteral("fault")), &problem);
        if (!fault)
            return run->fail(problem);
        const LabNetwork::LinkFaultOutcome outcome = guarded->setLinkFault(link, *fault);
        if (!outcome.error.isEmpty())
            return run->fail(
                QCoreApplication::translate("LinkFaultStep", "The link %1 could not be changed: %2")
                    .arg(link, outcome.error));
        run->player()->keepUntilReset(new LinkFaultHolder(guarded, link));
        if (outcome.refused)
            run->note(LinkFault::explainRefusal(outcome.refused, outcome.why, outcome.kernelSaid));
        if (outcome.applied.isEmpty())
            return run->succeed(fault->isEmpty()
                    ? QCoreApplication::translate(
                        "LinkFaultStep", "The link %1 now carries packets without faults.")
                          .arg(link)
                    : QCoreApplication::translate("LinkFaultStep",
                        "The link %1 carries packets as before: the kernel applied none of the faults.")
                          .arg(link));
        run->succeed(QCoreApplication::translate("LinkFaultStep", "The link %1 now has: %2.")
                         .arg(link, outcome.applied.describe()));
    };
}

} // namespace SocketScope
