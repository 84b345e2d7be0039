#include "identitypage.h"

#include "experimentdiagram.h"
#include "experiments/sharedportdemo.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace SocketScope {

namespace {

constexpr int kExperiments = int(SocketIdentityLab::Experiment::Count);

// Allowed and refused in the theme's success and error colours, readable in every theme.
QString answerStyle(SocketIdentityLab::Outcome outcome)
{
    switch (outcome) {
    case SocketIdentityLab::Outcome::BothBound:
        return QStringLiteral("QLabel { %1 }").arg(Theme::bannerStyle(Theme::Role::Success));
    case SocketIdentityLab::Outcome::SecondRefused:
        return QStringLiteral("QLabel { %1 }").arg(Theme::bannerStyle(Theme::Role::Error));
    case SocketIdentityLab::Outcome::SetupFailed:
        break;
    }
    return QStringLiteral("QLabel { border-left: 4px solid palette(mid); padding: 4px; }");
}

} // namespace

IdentityPage::IdentityPage(Lab *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
    , m_intro(new QLabel(this))
    , m_caveatIntro(new QLabel(this))
    , m_showShared(new QPushButton(this))
    , m_tuples(new QLabel(this))
    , m_demo(new SharedPortDemo(lab, this))
    , m_diagram(new ExperimentDiagram(this))
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    m_intro->setWordWrap(true);
    grid->addWidget(m_intro, 0, 0, 1, 2);
    grid->addWidget(m_diagram, 1, 0, 1, 2);
    constexpr int kFirstRow = 2;
    for (int i = 0; i < kExperiments; ++i) {
        auto *button = new QPushButton(content);
        auto *answer = new QLabel(content);
        answer->setWordWrap(true);
        answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
        answer->setMinimumHeight(button->sizeHint().height());
        answer->setStyleSheet(answerStyle(SocketIdentityLab::Outcome::SetupFailed));
        grid->addWidget(button, kFirstRow + i, 0, Qt::AlignTop);
        grid->addWidget(answer, kFirstRow + i, 1);
        m_buttons.append(button);
        m_answers.append(answer);
        m_results.append(SocketIdentityLab::Result());
        m_ran.append(false);
        const auto experiment = SocketIdentityLab::Experiment(i);
        connect(button, &QPushButton::clicked, this, [this, experiment] { run(experiment); });
    }
    m_caveatIntro->setWordWrap(true);
    m_tuples->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tuples->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tuples->setWordWrap(true);
    grid->addWidget(m_caveatIntro, kFirstRow + kExperiments, 0, 1, 2);
    grid->addWidget(m_showShared, kFirstRow + kExperiments + 1, 0, Qt::AlignTop);
    grid->addWidget(m_tuples, kFirstRow + kExperiments + 1, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(kFirstRow + kExperiments + 2, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_showShared, &QPushButton::clicked, this, [this] {
        m_tuples->setText(tr("Connecting two clients..."));
        if (!m_demo->start(2))
            m_tuples->setText(tr("The listener could not be opened."));
    });
    connect(m_demo, &SharedPortDemo::ready, this, &IdentityPage::showTuples);
    retranslate();
}

SocketIdentityLab::Result IdentityPage::run(SocketIdentityLab::Experiment experiment)
{
    const int i = int(experiment);
    m_results[i] = SocketIdentityLab::run(experiment);
    m_ran[i] = true;
    m_answers[i]->setText(m_results[i].sentence);
    m_answers[i]->setStyleSheet(answerStyle(m_results[i].outcome));
    showBinds(m_results[i]);
    return m_results[i];
}

void IdentityPage::showBinds(const SocketIdentityLab::Result &result)
{
    QList<ExperimentDiagram::Box> boxes;
    for (int i = 0; i < result.binds.size(); ++i) {
        const SocketIdentityLab::Bind &bind = result.binds[i];
        boxes.append({QStringLiteral("bind%1").arg(i),
            bind.ok ? tr("socket %1: bound").arg(i + 1) : tr("socket %1: refused").arg(i + 1),
            SocketIdentityLab::describe(bind), i, bind.ok, !bind.ok});
    }
    if (boxes.isEmpty()) {
        // Nothing tried yet: two sockets that will ask for a name each.
        for (int i = 0; i < 2; ++i)
            boxes.append({QStringLiteral("bind%1").arg(i), tr("socket %1").arg(i + 1),
                tr("protocol, address:port"), i, false, false});
    }
    m_diagram->setBoxes(boxes);
    m_diagram->setArrows({});
}

QString IdentityPage::answerText(SocketIdentityLab::Experiment experiment) const
{
    return m_answers[int(experiment)]->text();
}

void IdentityPage::showTuples()
{
    QStringList lines = m_demo->tuples();
    lines.append(QString());
    lines.append(tr("All of them have the same local address and port. The OS keeps them apart by "
                    "the whole <protocol, local, remote>: the listener has no remote side, and each "
                    "accepted socket has its own client's address and port."));
    m_tuples->setText(lines.join(QLatin1Char('\n')));
}

void IdentityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IdentityPage::retranslate()
{
    m_intro->setText(tr("A socket is named by its protocol, its address and its port, and the OS lets "
                        "only one socket have each name. Each button below makes real bind() calls on "
                        "this machine and shows what the OS answered. 127.0.0.1 and 127.0.0.2 stand in "
                        "for two addresses of one host."));
    for (int i = 0; i < kExperiments; ++i) {
        const auto experiment = SocketIdentityLab::Experiment(i);
        m_buttons[i]->setText(SocketIdentityLab::title(experiment));
        m_buttons[i]->setToolTip(SocketIdentityLab::question(experiment));
        // The engine wrote the sentence in the language of the moment; ask again.
        if (m_ran[i])
            run(experiment);
        else
            m_answers[i]->setText(SocketIdentityLab::question(experiment));
    }
    m_caveatIntro->setText(tr("But a server's listening socket and every socket it accepted share one "
                              "local address and port. This is allowed because a connection is named by "
                              "both of its ends. See it on live sockets:"));
    m_showShared->setText(tr("Sho&w on live sockets"));
    if (std::find(m_ran.cbegin(), m_ran.cend(), true) == m_ran.cend())
        showBinds({});
    if (!m_demo->accepted().isEmpty())
        showTuples();
}

} // namespace SocketScope
