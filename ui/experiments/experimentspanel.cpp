#include "experimentspanel.h"

#include "composerpage.h"
#include "fanoutpage.h"
#include "forwardingpage.h"
#include "identitypage.h"
#include "lossypathpage.h"
#include "window/fontscale.h"

#include <QtCore/QEvent>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

ExperimentsPanel::ExperimentsPanel(Lab *lab, Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_forwarding(new ForwardingPage(lab, this))
    , m_fanOut(new FanOutPage(lab, journal, this))
    , m_lossy(new LossyPathPage(lab, journal, this))
    , m_identity(new IdentityPage(lab, this))
    , m_composer(new ComposerPage(lab, this))
{
    m_tabs->setDocumentMode(true);
    // Each page scrolls when it needs more room than the screen leaves it (a projector, the
    // lesson below it), rather than pushing the window off the screen.
    for (QWidget *page :
        std::initializer_list<QWidget *> {m_forwarding, m_fanOut, m_lossy, m_identity, m_composer}) {
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_tabs->addTab(scroll, {});
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void ExperimentsPanel::selectSocket(qint32 id)
{
    m_composer->setSocket(id);
}

void ExperimentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExperimentsPanel::setPresentationScale(qreal scale)
{
    FontScale::apply(this, scale);
}

int ExperimentsPanel::indexOf(QWidget *page) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(i)); scroll && scroll->widget() == page)
            return i;
    }
    return -1;
}

void ExperimentsPanel::retranslate()
{
    m_tabs->setTabText(indexOf(m_forwarding), tr("Port forwarding"));
    m_tabs->setTabText(indexOf(m_fanOut), tr("UDP one-to-many"));
    m_tabs->setTabText(indexOf(m_lossy), tr("Lossy path"));
    m_tabs->setTabText(indexOf(m_identity), tr("Socket identity"));
    m_tabs->setTabText(indexOf(m_composer), tr("Payload composer"));
}

} // namespace SocketScope
