#pragma once

#include "experiments/forwardrule.h"
#include "history/sessionfold.h"
#include "network/networkhistory.h"

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

namespace SocketScope {

class Journal;
class Lab;
class Playhead;
class VirtualNetwork;

// A picture of the virtual lab network: the home network on the left, the router in the
// middle with its two addresses and its port-forwarding rules, "the internet" on the right,
// and in every host the lab sockets that live there.
class TopologyView : public QWidget
{
    Q_OBJECT

public:
    TopologyView(VirtualNetwork *network, Lab *lab, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // The height that shows every box whole at `width`: each computer with all its socket
    // lines, the router with its rules.
    int neededHeight(int width) const;

    // Each computer's sockets as they were at the playhead's instant (the lab's now while it
    // is live). `journal` names the sockets' addresses; either may be null.
    void followPlayhead(const Playhead *playhead, const Journal *journal);
    // The lines the picture writes in `host`'s box: its open sockets.
    QStringList socketLines(const QString &host) const;
    // Whether computer `host` was there at the playhead's instant: one added later is drawn
    // greyed, as "not there yet".
    bool hostExisted(const QString &host) const;
    // The router's port-forwarding rules at the playhead's instant.
    QList<ForwardRule> rulesShown() const;
    // The lab network at the playhead's instant: from the journal's network and link_fault
    // events (live or replayed), or the lab's own while the journal says nothing of it.
    const RecordedNetwork &networkShown() const;
    // The sentence the picture shows instead of a network, empty when it draws one.
    QString absenceText() const;
    // The router's translation table at the playhead's instant: one line per open connection
    // whose addresses the router rewrites.
    QStringList translationLines() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    qsizetype shownCount() const;
    // The sockets and connections at the playhead (the present's, folded as the journal grows).
    const SessionFold *shownState() const;
    QStringList routerLines() const;
    // A computer's lines: its address, then its sockets.
    QStringList hostLines(const QString &host) const;
    // The widths of the three columns for `width`: home network, router, internet.
    struct Columns
    {
        int gap = 0;
        int side = 0;
        int router = 0;
    };
    Columns columnsFor(int width) const;
    // How tall a box is with `body` wrapped to `width`.
    int boxHeight(const QStringList &body, int width) const;

    QPointer<VirtualNetwork> m_network;
    QPointer<Lab> m_lab;
    const Playhead *m_playhead = nullptr;
    const Journal *m_journal = nullptr;
    // Sockets change in bursts; the picture follows a few times a second.
    QTimer m_refresh;
    // The computers the picture draws: the shown network's, then those added after the shown
    // instant (drawn greyed, as "not there yet").
    QList<LabHost> hostsDrawn() const;
    mutable NetworkHistory m_networkHistory;
    // networkShown() for the instant, journal length and network change it was worked out for.
    struct ShownNetwork
    {
        qsizetype shown = -1;
        qsizetype journalCount = -1;
        int revision = -1;
        RecordedNetwork network;
        QList<LabHost> later; // computers of the latest network not there yet
    };
    mutable ShownNetwork m_shown;
    const ShownNetwork &shownNetwork() const;
    // Counts the live network's changes, so the picture works its network out again.
    int m_revision = 0;
    // The present, for the translation table while live; folded up to the journal's end when
    // the picture refreshes.
    mutable SessionFold m_live;
};

} // namespace SocketScope
