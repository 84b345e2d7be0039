#include "routerforwardstep.h"

#include "lab/endpoint.h"
#include "lessons/lessonplayer.h"
#include "lessons/lessonsteprun.h"
#include "virtualnetwork.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>

namespace SocketScope {

namespace {

// Lives as long as the lesson's sockets: removes its rule from the router when it goes.
class RouterRuleHolder : public QObject
{
public:
    RouterRuleHolder(VirtualNetwork *network, const ForwardRule &rule)
        : m_network(network)
        , m_rule(rule)
    { }

    ~RouterRuleHolder() override
    {
        if (!m_network || !m_network->isActive())
            return;
        const QList<ForwardRule> &rules = m_network->network()->natRules();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            if (rules[i].toString() == m_rule.toString()) {
                m_network->removeNatRule(i);
                return;
            }
        }
    }

private:
    QPointer<VirtualNetwork> m_network;
    ForwardRule m_rule;
};

} // namespace

LessonAction routerForwardStep(VirtualNetwork *network)
{
    QPointer<VirtualNetwork> guarded(network);
    return [guarded](LessonStepRun *run) {
        if (!guarded || !guarded->isActive())
            return run->fail(QCoreApplication::translate("RouterForwardStep",
                "This step needs the router of the virtual lab network, which is not running here, so "
                "it cannot run. The lesson can go on without it."));
        ForwardRule rule;
        rule.proto = run->argString(QStringLiteral("proto"), QStringLiteral("tcp")) == QLatin1String("udp")
            ? Protocol::Udp
            : Protocol::Tcp;
        rule.listenAddress = guarded->network()->topology().publicAddress();
        const int publicPort = run->argInt(QStringLiteral("public"), 0);
        if (publicPort < 1 || publicPort > 65535)
            return run->fail(QCoreApplication::translate(
                "RouterForwardStep", "\"public\" must be a port number from 1 to 65535."));
        rule.listenPort = quint16(publicPort);
        if (!run->endpointOf(run->arg(QStringLiteral("target")), &rule.targetAddress, &rule.targetPort))
            return;
        if (const QString problem = guarded->addNatRule(rule); !problem.isEmpty())
            return run->fail(
                QCoreApplication::translate("RouterForwardStep", "The router did not take the rule: %1")
                    .arg(problem));
        run->player()->keepUntilReset(new RouterRuleHolder(guarded, rule));
        run->succeed(QCoreApplication::translate(
            "RouterForwardStep", "The router now passes what arrives at %1 on to %2.")
                         .arg(formatEndpoint(rule.listenAddress, rule.listenPort),
                             formatEndpoint(rule.targetAddress, rule.targetPort)));
    };
}

} // namespace SocketScope
