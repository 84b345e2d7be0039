#pragma once

#include <QtWidgets/QWidget>

class QTabWidget;

namespace SocketScope {

class ComposerPage;
class FanOutPage;
class ForwardingPage;
class IdentityPage;
class Journal;
class Lab;
class LossyPathPage;

// Hands-on experiments with real sockets: port forwarding, one datagram to many receivers, a
// path that loses on purpose, the uniqueness of <protocol, address, port>, and a payload
// composer. Every socket it opens is a lab socket, listed in the tables and on the timeline.
class ExperimentsPanel : public QWidget
{
    Q_OBJECT

public:
    ExperimentsPanel(Lab *lab, Journal *journal, QWidget *parent = nullptr);

    ComposerPage *composer() const { return m_composer; }
    QTabWidget *pages() const { return m_tabs; }

public slots:
    // The socket the payload composer sends to (the one selected in the tables).
    void selectSocket(qint32 id);
    // Larger type for presentation mode (1 is the normal size); every page follows the panel's font.
    void setPresentationScale(qreal scale);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The tab that shows `page` (each page sits in a scroll area).
    int indexOf(QWidget *page) const;

    QTabWidget *m_tabs;
    ForwardingPage *m_forwarding;
    FanOutPage *m_fanOut;
    LossyPathPage *m_lossy;
    IdentityPage *m_identity;
    ComposerPage *m_composer;
};

} // namespace SocketScope
