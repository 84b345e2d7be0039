#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtWidgets/QWidget>

namespace SocketScope {

// A small drawing of what an experiment does: a box per socket with its address:port, an arrow
// per direction data goes. It fills in as the experiment runs: a box is dashed until its
// socket is open, an arrow dashed until data went that way, then it carries a count. Each
// experiment page feeds it its own sockets and flows; the drawing only draws.
class ExperimentDiagram : public QWidget
{
    Q_OBJECT

public:
    struct Box
    {
        QString key; // the page's name for it
        QString title; // what it is, in a word or two
        QString address; // address:port, or what it will be
        int column = 0; // left to right; boxes in a column stack from the top
        bool open = false; // the socket is open: drawn solid
        bool refused = false; // the OS refused it: drawn in the error colour
    };
    struct Arrow
    {
        QString from;
        QString to;
        qint64 bytes = 0;
        qint64 datagrams = 0; // UDP: how many; a stream counts only bytes
        bool flowed() const { return bytes > 0 || datagrams > 0; }
    };

    explicit ExperimentDiagram(QWidget *parent = nullptr);

    void setBoxes(const QList<Box> &boxes);
    void setArrows(const QList<Arrow> &arrows);
    const QList<Box> &boxes() const { return m_boxes; }
    const QList<Arrow> &arrows() const { return m_arrows; }
    const Box *box(const QString &key) const;
    const Arrow *arrow(const QString &from, const QString &to) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int boxHeight() const;
    int rowsNeeded() const;
    QRectF boxRect(const Box &box) const;

    QList<Box> m_boxes;
    QList<Arrow> m_arrows;
};

} // namespace SocketScope
