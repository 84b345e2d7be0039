#include "linkfaultpanel.h"

#include "network/virtualnetwork.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

namespace SocketScope {

LinkFaultPanel::LinkFaultPanel(VirtualNetwork *network, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title, 0, 0, 1, 4);
    m_link = new QComboBox(this);
    m_spec = new QLineEdit(this);
    m_spec->setMaxLength(200);
    m_apply = new QPushButton(this);
    m_clear = new QPushButton(this);
    layout->addWidget(m_link, 1, 0);
    layout->addWidget(m_spec, 1, 1);
    layout->addWidget(m_apply, 1, 2);
    layout->addWidget(m_clear, 1, 3);
    layout->setColumnStretch(1, 1);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    layout->addWidget(m_feedback, 2, 0, 1, 4);

    connect(m_apply, &QPushButton::clicked, this,
        [this] { apply(m_link->currentData().toString(), m_spec->text()); });
    connect(m_spec, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
    connect(m_clear, &QPushButton::clicked, this, [this] { apply(m_link->currentData().toString(), {}); });
    connect(m_link, &QComboBox::currentIndexChanged, this, [this] {
        // The form shows what the chosen link has (now, or at the playhead), ready to change.
        if (!m_live || (m_network && m_network->isActive()))
            m_spec->setText(faultShown(m_link->currentData().toString()));
    });
    if (m_network)
        connect(m_network, &VirtualNetwork::changed, this, &LinkFaultPanel::refresh);
    m_spec->setText(QStringLiteral("loss=5%,rate=1mbit"));
    retranslate();
}

void LinkFaultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LinkFaultPanel::retranslate()
{
    m_title->setText(tr("Faults on a link: lose packets, limit the rate, delay (as with --link)"));
    m_spec->setPlaceholderText(tr("e.g. loss=5%,rate=1mbit"));
    m_spec->setToolTip(
        tr("loss=PERCENT with seed=N to lose the same packets again; rate=1mbit with queue=64kb; "
           "delay=50ms, jitter=5ms and reorder=25% where the kernel has netem."));
    m_apply->setText(tr("Apply faults"));
    m_clear->setText(tr("Clear"));
    refresh();
}

void LinkFaultPanel::showInstant(const RecordedNetwork &network, bool live)
{
    const bool wasLive = m_live;
    m_past = live ? RecordedNetwork() : network;
    m_live = live;
    refresh();
    // Into the past, and back: the text shows the chosen link's faults of the instant shown.
    if (!live || !wasLive)
        m_spec->setText(faultShown(m_link->currentData().toString()));
    if (live && !wasLive)
        m_feedback->clear();
}

QString LinkFaultPanel::faultShown(const QString &link) const
{
    if (!m_live)
        return m_past.faults.value(link).toSpec();
    if (m_network && m_network->isActive())
        return m_network->network()->linkFaults().value(link).toSpec();
    return {};
}

void LinkFaultPanel::refresh()
{
    const bool active = m_live && m_network && m_network->isActive();
    // In the past the faults can be read, not changed: the choice of link stays open.
    for (QWidget *w : std::initializer_list<QWidget *> {m_spec, m_apply, m_clear})
        w->setEnabled(active);
    m_link->setEnabled(active || (!m_live && m_past.running));
    m_spec->setReadOnly(!m_live);
    const QString chosen = m_link->currentData().toString();
    const QSignalBlocker quiet(m_link);
    m_link->clear();
    if (!m_live) {
        m_spec->setEnabled(m_past.running);
        if (m_past.running)
            m_feedback->setText(tr("These are the faults at the playhead's instant. Go back to Live to "
                                   "change them."));
    }
    if (!active && !(!m_live && m_past.running))
        return;
    const LabTopology &topology = m_live ? m_network->network()->topology() : m_past.topology;
    for (const LabHost &h : topology.hosts)
        m_link->addItem(tr("%1's cable").arg(h.name), h.name);
    for (const LabSegment &s : topology.segments)
        m_link->addItem(tr("router, %1 side").arg(s.name), s.name);
    m_link->setCurrentIndex(qMax(0, m_link->findData(chosen.isEmpty() ? QStringLiteral("wan") : chosen)));
}

QString LinkFaultPanel::apply(const QString &link, const QString &spec)
{
    if (!m_network || !m_network->isActive())
        return {};
    QString why;
    const std::optional<LinkFault> fault = LinkFault::parse(spec, &why);
    if (!fault) {
        QString text = tr("The faults were not applied: %1").arg(why);
        say(text, true);
        return text;
    }
    const LabNetwork::LinkFaultOutcome outcome = m_network->setLinkFault(link, *fault);
    QString text;
    bool isError = false;
    if (!outcome.error.isEmpty()) {
        text = tr("The faults were not applied: %1").arg(outcome.error);
        isError = true;
    } else if (outcome.applied.isEmpty() && !outcome.refused) {
        text = tr("The link %1 works normally again.").arg(link);
    } else {
        text = outcome.applied.isEmpty()
            ? tr("The link %1 has no faults.").arg(link)
            : tr("The link %1 now has: %2.").arg(link, outcome.applied.describe());
        if (outcome.refused) {
            text += QLatin1Char(' ')
                + LinkFault::explainRefusal(outcome.refused, outcome.why, outcome.kernelSaid);
            isError = true;
        }
    }
    say(text, isError);
    return text;
}

void LinkFaultPanel::say(const QString &text, bool isError)
{
    m_feedback->setText(text);
    if (isError)
        Theme::followStyleSheet(m_feedback,
            [] { return QStringLiteral("color: %1;").arg(Theme::color(Theme::Role::Error).name()); });
    else
        Theme::followStyleSheet(m_feedback, {});
    emit messageRaised(text, isError);
}

} // namespace SocketScope
