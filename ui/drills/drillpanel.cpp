#include "drillpanel.h"

#include "drills/mysterydrill.h"
#include "drillwords.h"
#include "window/fontscale.h"

#include <QtCore/QEvent>
#include <QtCore/QTimer>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {
constexpr int kEvidencePollMs = 250;
// A retried SYN comes after one second, the next after three: enough to prove any fault.
constexpr int kEvidenceTries = 40;
} // namespace

DrillPanel::DrillPanel(Lab *lab, VirtualNetwork *network, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_task(new QLabel)
    , m_state(new QLabel)
    , m_newDrill(new QPushButton)
    , m_probe(new QPushButton)
    , m_question(new QLabel)
    , m_answers(new QButtonGroup(this))
    , m_check(new QPushButton)
    , m_reveal(new QPushButton)
    , m_feedback(new QLabel)
    , m_evidenceWait(new QTimer(this))
{
    setObjectName(QStringLiteral("mysteryFault"));
    m_probe->setObjectName(QStringLiteral("drillProbe"));
    m_check->setObjectName(QStringLiteral("drillCheck"));
    m_reveal->setObjectName(QStringLiteral("drillReveal"));
    m_feedback->setObjectName(QStringLiteral("drillFeedback"));
    if (lab && network)
        m_drill = new MysteryDrill(lab, network, this);

    // Everything scrolls, so the page fits a 1024x768 screen even at presentation size.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("drillScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    for (QLabel *label : {m_task, m_state, m_feedback}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    layout->addWidget(m_task);
    layout->addWidget(m_state);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newDrill);
    actions->addWidget(m_probe);
    actions->addStretch(1);
    layout->addLayout(actions);

    QFont questionFont = m_question->font();
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    layout->addWidget(m_question);
    auto *choices = new QGridLayout;
    choices->setColumnStretch(1, 1);
    int row = 0;
    for (const DrillFault fault : drillFaults()) {
        auto *button = new QRadioButton(page);
        button->setObjectName(QStringLiteral("drillAnswer_%1").arg(drillFaultKey(fault)));
        auto *line = new QLabel(page);
        line->setWordWrap(true);
        line->setBuddy(button);
        m_answers->addButton(button, int(fault));
        m_answerButtons.append(button);
        m_answerLines.append(line);
        choices->addWidget(button, row, 0, Qt::AlignTop);
        choices->addWidget(line, row, 1, Qt::AlignTop);
        ++row;
    }
    layout->addLayout(choices);
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_check);
    answerRow->addWidget(m_reveal);
    answerRow->addStretch(1);
    layout->addLayout(answerRow);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    Theme::followStyleSheet(m_feedback, [this] { return Theme::messageStyle(m_feedbackRole); });

    m_evidenceWait->setInterval(kEvidencePollMs);
    connect(m_evidenceWait, &QTimer::timeout, this, &DrillPanel::lookForEvidence);
    connect(m_newDrill, &QPushButton::clicked, this, [this] { startDrill(DrillChoice::fresh()); });
    connect(m_probe, &QPushButton::clicked, this, [this] {
        if (m_drill)
            m_drill->probe();
    });
    connect(m_check, &QPushButton::clicked, this, &DrillPanel::checkAnswer);
    connect(m_reveal, &QPushButton::clicked, this, &DrillPanel::reveal);
    connect(m_answers, &QButtonGroup::idClicked, this, &DrillPanel::refresh);
    if (m_drill)
        connect(m_drill, &MysteryDrill::stopped, this, &DrillPanel::refresh);
    retranslate();
}

DrillPanel::~DrillPanel()
{
    // The drill takes its scene down as it goes, and says so: not to a page half gone.
    if (m_drill) {
        disconnect(m_drill, nullptr, this, nullptr);
        delete m_drill;
    }
}

bool DrillPanel::startDrill(const DrillChoice &choice)
{
    if (!m_drill) {
        say(tr("A mystery-fault drill needs the live lab; a recording cannot run one."), Theme::Role::Error);
        return false;
    }
    m_evidenceWait->stop();
    QString problem;
    const bool ok = m_drill->start(choice, &problem);
    m_answers->setExclusive(false);
    for (QRadioButton *button : std::as_const(m_answerButtons))
        button->setChecked(false);
    m_answers->setExclusive(true);
    if (ok)
        say({}, Theme::Role::Warning);
    else
        say(problem, Theme::Role::Error);
    refresh();
    return ok;
}

void DrillPanel::checkAnswer()
{
    if (!m_drill || !m_drill->isRunning() || m_answers->checkedId() < 0)
        return;
    const auto guessed = DrillFault(m_answers->checkedId());
    if (m_drill->guess(guessed)) {
        say(tr("Right: %1. %2").arg(DrillWords::title(guessed), DrillWords::proof(guessed)),
            Theme::Role::Success);
        m_evidenceTries = 0;
        lookForEvidence();
    } else {
        say(DrillWords::doesNotFit(guessed), Theme::Role::Error);
    }
    refresh();
}

void DrillPanel::reveal()
{
    if (!m_drill || !m_drill->isRunning())
        return;
    m_drill->reveal();
    say(tr("The fault was: %1. %2")
            .arg(DrillWords::title(m_drill->fault()), DrillWords::proof(m_drill->fault())),
        Theme::Role::Warning);
    m_evidenceTries = 0;
    lookForEvidence();
    refresh();
}

void DrillPanel::lookForEvidence()
{
    if (!m_drill || !m_drill->isRunning()) {
        m_evidenceWait->stop();
        return;
    }
    const DrillEvidence evidence = m_drill->evidence();
    if (evidence.found()) {
        m_evidenceWait->stop();
        emit evidenceShown(evidence.index, evidence.socket);
        return;
    }
    if (++m_evidenceTries > kEvidenceTries) {
        m_evidenceWait->stop();
        say(m_feedback->text() + QLatin1Char(' ')
                + tr("No packet proves it yet: was the lab's capture on? Press Probe for me and look again."),
            m_feedbackRole);
        return;
    }
    if (!m_evidenceWait->isActive())
        m_evidenceWait->start();
}

void DrillPanel::refresh()
{
    const bool running = m_drill && m_drill->isRunning();
    m_probe->setEnabled(running);
    m_check->setEnabled(running && m_answers->checkedId() >= 0 && !m_drill->isRevealed());
    m_reveal->setEnabled(running && !m_drill->isRevealed());
    for (QRadioButton *button : std::as_const(m_answerButtons))
        button->setEnabled(running && !m_drill->isRevealed());
    m_newDrill->setEnabled(m_drill != nullptr);
    if (!m_drill)
        m_state->setText(tr("A mystery-fault drill needs the live lab; a recording cannot run one."));
    else if (!running)
        m_state->setText(tr("No drill is running. Press New drill to hide a fault in the lab network."));
    else if (m_drill->choice().random)
        m_state->setText(
            tr("A drill is running (random, seed %1): one fault is hidden.").arg(m_drill->choice().seed));
    else
        m_state->setText(tr("A drill is running: one fault is hidden."));
}

void DrillPanel::say(const QString &text, Theme::Role role)
{
    m_feedbackRole = role;
    m_feedback->setText(text);
    // Below the answers, the verdict may be out of sight on a small screen; looked at once the
    // page has laid it out.
    if (!text.isEmpty())
        QTimer::singleShot(50, this, [this] { m_scroll->ensureWidgetVisible(m_feedback); });
    Theme::followStyleSheet(m_feedback, [this] { return Theme::messageStyle(m_feedbackRole); });
}

void DrillPanel::setPresentationScale(qreal scale)
{
    FontScale::apply(this, scale);
    const QFont scaled = font();
    QFont title = scaled;
    title.setBold(true);
    title.setPointSizeF(FontScale::baseSize(this) * scale * 1.3);
    m_title->setFont(title);
    QFont question = scaled;
    question.setBold(true);
    m_question->setFont(question);
    // A label with a style sheet of its own does not take its parent's font.
    m_feedback->setFont(question);
}

void DrillPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DrillPanel::retranslate()
{
    m_title->setText(tr("Mystery fault"));
    m_task->setText(DrillWords::task());
    m_newDrill->setText(tr("New drill"));
    m_newDrill->setToolTip(tr("Hide a new fault, picked at random, in the lab network."));
    m_probe->setText(tr("Probe for me"));
    m_probe->setToolTip(tr("Connect from remote to the public address and send a few kilobytes, as the "
                           "task asks."));
    m_question->setText(tr("What is wrong?"));
    const QList<DrillFault> &faults = drillFaults();
    for (qsizetype i = 0; i < faults.size(); ++i) {
        m_answerButtons.at(i)->setText(DrillWords::title(faults.at(i)));
        m_answerLines.at(i)->setText(DrillWords::description(faults.at(i)));
    }
    m_check->setText(tr("Check my answer"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Show the hidden fault and select the event that proves it."));
    refresh();
}

} // namespace SocketScope
