#pragma once

#include "experiments/forwardrule.h"
#include "history/sessionfold.h"

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
    // The router's translation table at the playhead's instant: one line per open connection
    // whose addresses the router rewrites.
    QStringList translationLines() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // When each computer and each rule appeared (and went), counted in journal events: the
    // journal records sockets, not the network, so the picture notes the network's changes
    // itself as they happen.
    void noteNetwork();
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
    QHash<QString, qsizetype> m_hostSince;
    struct RuleSpan
    {
        ForwardRule rule;
        qsizetype since = 0;
        qsizetype until = -1; // -1: still there
    };
    std::vector<RuleSpan> m_rules;
    // The present, for the translation table while live; folded up to the journal's end when
    // the picture refreshes.
    mutable SessionFold m_live;
};

} // namespace SocketScope
