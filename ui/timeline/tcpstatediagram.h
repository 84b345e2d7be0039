#pragma once

#include "journal/event.h"

#include <QtCore/QList>
#include <QtGui/QFont>
#include <QtGui/QPainterPath>
#include <QtWidgets/QWidget>

namespace SocketScope {

// The TCP state machine as the standard draws it: the states and the transitions between
// them, each labelled with what causes it and what is sent. The current state of both ends of
// the selected connection is lit, so a learner sees where each side stands while the timeline
// plays.
class TcpStateDiagram : public QWidget
{
    Q_OBJECT

public:
    // The drawing's size at normal type; it shrinks to fit a smaller panel.
    static constexpr int kNaturalWidth = 220;
    static constexpr int kNaturalHeight = 420;

    // Where everything goes in a panel of one size: worked out without painting, so a test can
    // check that no edge's label sits under a box and every state's name fits its box.
    struct Layout
    {
        struct Edge
        {
            TcpState from;
            TcpState to;
            QString label;
            QPainterPath path;
            // Where the label is drawn: centred here; up the side for the routes back to CLOSED.
            QPointF labelCentre;
            bool vertical = false;
            // Where one line finds no free place on its line, "cause /" over "what is sent".
            bool stacked = false;
            // Smaller type than the other labels' where a crowded corner has no room (1 = the same).
            qreal shrink = 1;
            // The label's whole area on the panel (turned, for a vertical one).
            QRectF labelRect;
        };

        qreal scale = 1; // the type size, 1 = normal
        QFont title;
        QFont small; // the key and the edges' labels
        QFont boxFont;
        double margin = 0;
        double keyTop = 0;
        QRectF outer; // the boxes and the routes round them
        QList<TcpState> states;
        QList<QRectF> boxes; // one per state, in the same order
        QList<Edge> edges;

        QRectF box(TcpState state) const;
    };
    // The layout for a panel `size` large: type as large as the panel allows, between half the
    // normal size and `maxScale`.
    static Layout layoutFor(const QSizeF &size, const QFont &font, qreal maxScale);

    explicit TcpStateDiagram(QWidget *parent = nullptr);

    // `self` is the selected socket, `peer` the other end (Unknown: not known or not ours).
    // Called again for the same names with a new state, the transition taken is lit.
    void setStates(TcpState self, TcpState peer, const QString &selfName, const QString &peerName);
    void setPresentationScale(qreal scale);
    // The states a lesson step names: their boxes get a halo in the theme's lesson colour.
    void setLessonStates(const QList<TcpState> &states);
    QList<TcpState> lessonStates() const { return m_lessonStates; }
    // How large the drawing is made at this size (1 = normal type): the smaller of what the
    // width and the height allow, never above the presentation scale.
    qreal drawingScale() const;
    // The largest type: the presentation scale, or a little above normal in a roomy panel.
    qreal maxScale() const;
    // The width the whole drawing needs when it is `height` pixels tall.
    int widthForDrawing(int height) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {240, 320}; }

signals:
    // A lesson step named other states (or none): the timeline panel, which decides the
    // drawing's width, makes room for it.
    void lessonStatesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TcpState m_self = TcpState::Unknown;
    TcpState m_peer = TcpState::Unknown;
    // Where each end was before its latest change, to light the transition it took.
    TcpState m_selfFrom = TcpState::Unknown;
    TcpState m_peerFrom = TcpState::Unknown;
    QString m_selfName;
    QString m_peerName;
    qreal m_scale = 1;
    QList<TcpState> m_lessonStates;
};

} // namespace SocketScope
