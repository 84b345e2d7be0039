#include "experimentspanel.h"

#include "composerpage.h"
#include "fanoutpage.h"
#include "forwardingpage.h"
#include "identitypage.h"
#include "lossypathpage.h"

#include <QtCore/QEvent>
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
    m_tabs->addTab(m_forwarding, {});
    m_tabs->addTab(m_fanOut, {});
    m_tabs->addTab(m_lossy, {});
    m_tabs->addTab(m_identity, {});
    m_tabs->addTab(m_composer, {});
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

void ExperimentsPanel::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_forwarding), tr("Port forwarding"));
    m_tabs->setTabText(m_tabs->indexOf(m_fanOut), tr("UDP one-to-many"));
    m_tabs->setTabText(m_tabs->indexOf(m_lossy), tr("Lossy path"));
    m_tabs->setTabText(m_tabs->indexOf(m_identity), tr("Socket identity"));
    m_tabs->setTabText(m_tabs->indexOf(m_composer), tr("Payload composer"));
}

} // namespace SocketScope
