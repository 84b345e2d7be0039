#include "challengeview.h"

#include "challengeboardmodel.h"
#include "challenges/challengeboard.h"
#include "challenges/challengecatalog.h"
#include "challenges/challengehost.h"
#include "challenges/challengerecord.h"
#include "challenges/challengeresults.h"
#include "challengeseats.h"
#include "challengewords.h"
#include "history/playhead.h"
#include "journal/journal.h"
#include "lab/endpoint.h"
#include "window/errortext.h"
#include "window/fontscale.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

constexpr auto kCustomKey = "custom";

QString preformatted(const QString &text)
{
    return QStringLiteral("<pre style=\"margin:0\">") + text.toHtmlEscaped() + QStringLiteral("</pre>");
}

} // namespace

ChallengeView::ChallengeView(ChallengeHost *host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_model(new ChallengeBoardModel(this))
    , m_choiceLabel(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_limitLabel(new QLabel(this))
    , m_limit(new QSpinBox(this))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_paused(new QCheckBox(this))
    , m_export(new QPushButton(this))
    , m_custom(new QWidget(this))
    , m_protocolLabel(new QLabel(m_custom))
    , m_protocol(new QComboBox(m_custom))
    , m_expectedLabel(new QLabel(m_custom))
    , m_expected(new QLineEdit(m_custom))
    , m_banner(new QLabel(this))
    , m_instructions(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_unseen(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_seats(new ChallengeSeats(m_model, this))
    , m_boards(new QStackedWidget(this))
    , m_boardLabel(new QLabel(this))
    , m_tableButton(new QToolButton(this))
    , m_seatsButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("challenges"));
    m_port->setRange(0, 65535);
    m_limit->setRange(0, 3600);
    m_address->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    m_protocol->addItem(QStringLiteral("TCP"), int(Protocol::Tcp));
    m_protocol->addItem(QStringLiteral("UDP"), int(Protocol::Udp));
    m_stop->setEnabled(false);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(12);
    m_paused->setEnabled(false);
    m_choiceLabel->setBuddy(m_choice);
    m_addressLabel->setBuddy(m_address);
    m_portLabel->setBuddy(m_port);
    m_limitLabel->setBuddy(m_limit);
    m_expectedLabel->setBuddy(m_expected);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_choiceLabel);
    controls->addWidget(m_choice, 1);
    controls->addWidget(m_addressLabel);
    controls->addWidget(m_address);
    controls->addWidget(m_portLabel);
    controls->addWidget(m_port);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_limitLabel);
    actions->addWidget(m_limit);
    actions->addWidget(m_start);
    actions->addWidget(m_stop);
    actions->addWidget(m_paused);
    actions->addStretch(1);
    actions->addWidget(m_export);
    auto *custom = new QHBoxLayout(m_custom);
    custom->setContentsMargins(0, 0, 0, 0);
    custom->addWidget(m_protocolLabel);
    custom->addWidget(m_protocol);
    custom->addWidget(m_expectedLabel);
    custom->addWidget(m_expected, 1);

    m_banner->setWordWrap(true);
    m_banner->hide();
    Theme::followBannerStyle(m_banner, Theme::Role::Exposed);
    // Scrolls rather than widening the window: the goal wraps, a command line does not.
    m_instructions->setFrameShape(QFrame::NoFrame);
    m_instructions->setOpenLinks(false);
    m_instructions->setLineWrapMode(QTextEdit::WidgetWidth);
    m_instructions->setMaximumHeight(m_instructions->fontMetrics().lineSpacing() * 9);
    m_instructions->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setWordWrap(true);
    Theme::followMessageStyle(m_message, Theme::Role::Error);
    m_unseen->setObjectName(QStringLiteral("challengeUnseen"));
    m_unseen->setWordWrap(true);
    m_unseen->hide();
    Theme::followMessageStyle(m_unseen, Theme::Role::Inferred);
    m_summary->setObjectName(QStringLiteral("challengeSummary"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setBold(true);
    m_summary->setFont(big);
    m_countdown->setObjectName(QStringLiteral("challengeCountdown"));
    m_countdown->setFont(big);
    m_countdown->hide();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ChallengeView::showCountdown);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("challengeTable"));
    m_table->verticalHeader()->hide();
    // Compact rows: a class of thirty on one screen.
    m_table->verticalHeader()->setDefaultSectionSize(int(m_table->fontMetrics().height() * 1.25));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ChallengeBoardModel::SentColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        ChallengeBoardModel::VerdictColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        ChallengeBoardModel::StudentColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        ChallengeBoardModel::KernelStateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(
        ChallengeBoardModel::SecondsColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_custom);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(m_instructions);
    auto *status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_countdown);
    // Beside the summary it counts, where the line has room (the buttons' row has none to
    // spare on a projector in English).
    status->addSpacing(m_summary->fontMetrics().height());
    status->addWidget(m_boardLabel);
    status->addWidget(m_tableButton);
    status->addWidget(m_seatsButton);
    layout->addLayout(status);
    layout->addWidget(m_unseen);
    m_boards->addWidget(m_table);
    m_boards->addWidget(m_seats);
    layout->addWidget(m_boards, 1);
    for (QToolButton *button : {m_tableButton, m_seatsButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_tableButton->setChecked(true);
    m_tableButton->setObjectName(QStringLiteral("challengeTableButton"));
    m_seatsButton->setObjectName(QStringLiteral("challengeSeatsButton"));
    m_boardLabel->setBuddy(m_tableButton);
    connect(m_tableButton, &QToolButton::clicked, this, [this] {
        m_boardPicked = true;
        showBoard(Board::Table);
    });
    connect(m_seatsButton, &QToolButton::clicked, this, [this] {
        m_boardPicked = true;
        showBoard(Board::Seats);
    });

    connect(m_choice, &QComboBox::currentIndexChanged, this, &ChallengeView::onChoiceChanged);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ChallengeView::showInstructions);
    connect(m_expected, &QLineEdit::textChanged, this, &ChallengeView::showInstructions);
    connect(m_port, &QSpinBox::valueChanged, this, &ChallengeView::showInstructions);
    connect(m_address, &QLineEdit::textChanged, this, &ChallengeView::showInstructions);
    connect(m_start, &QPushButton::clicked, this, &ChallengeView::onStart);
    connect(m_export, &QPushButton::clicked, this, &ChallengeView::onExport);
    if (m_host) {
        connect(m_stop, &QPushButton::clicked, m_host, &ChallengeHost::stop);
        connect(m_paused, &QCheckBox::toggled, this, [this](bool paused) {
            if (m_host->isRunning() && paused != m_host->isAcceptingPaused())
                m_host->setAcceptingPaused(paused);
        });
        connect(m_host, &ChallengeHost::started, this, &ChallengeView::onStarted);
        connect(m_host, &ChallengeHost::stopped, this, &ChallengeView::onStopped);
        connect(m_host, &ChallengeHost::unseenKnocksChanged, this, &ChallengeView::showUnseen);
    } else {
        // A replay starts nothing until followRecording() says what to judge.
        m_start->setEnabled(false);
    }

    retranslate();
    onChoiceChanged();
}

ChallengeView::~ChallengeView()
{
    // The model lets go of the replay's board before the board goes.
    m_model->setBoard(nullptr);
}

bool ChallengeView::isRunning() const
{
    return m_host && m_host->isRunning();
}

void ChallengeView::followRecording(
    Journal *journal, Playhead *playhead, const std::optional<Challenge> &challenge)
{
    if (m_host)
        return;
    m_journal = journal;
    m_followNamed = !challenge;
    m_namedStart = -1;
    m_namedStarts.clear();
    m_namedScanned = 0;
    m_recorded = challenge ? std::make_unique<Challenge>(*challenge) : nullptr;
    if (m_playhead)
        disconnect(m_playhead, nullptr, this, nullptr);
    m_playhead = playhead;
    if (m_recorded)
        showRecordedControls();
    const QList<QWidget *> fixed {m_choice, m_address, m_port, m_limit, m_custom};
    for (QWidget *control : fixed)
        control->setEnabled(false);
    const QList<QWidget *> live {m_start, m_stop, m_paused};
    for (QWidget *control : live)
        control->hide();
    m_replayBoard.reset();
    m_openedAtShown = m_playhead ? m_playhead->shownCount() : journal->count();
    m_showingEnd = m_openedAtShown < journal->count();
    if (m_playhead)
        connect(m_playhead, &Playhead::moved, this, &ChallengeView::onPlayheadMoved);
    onPlayheadMoved();
    showInstructions();
}

void ChallengeView::showRecordedControls()
{
    // The controls say what is judged; in a replay nothing can be started or changed.
    const QSignalBlocker choice(m_choice);
    const QSignalBlocker port(m_port);
    const QSignalBlocker limit(m_limit);
    const QSignalBlocker protocol(m_protocol);
    const bool custom = m_recorded->check == Challenge::Check::SendText;
    const int index = m_choice->findData(custom ? QString::fromLatin1(kCustomKey) : m_recorded->key);
    if (index >= 0)
        m_choice->setCurrentIndex(index);
    m_custom->setVisible(custom);
    if (custom) {
        const int proto = m_protocol->findData(int(m_recorded->proto));
        if (proto >= 0)
            m_protocol->setCurrentIndex(proto);
        m_expected->setText(QString::fromUtf8(m_recorded->expected));
    }
    m_port->setValue(m_recorded->port);
    m_limit->setValue(m_recorded->timeLimitS);
}

bool ChallengeView::pickNamedChallenge(qsizetype shown, bool *changed)
{
    // A class may start several challenges (or one again): the board is the latest one started
    // at the playhead, and before the first start, the first one.
    // Only the events not looked at yet are scanned: the playhead moves often.
    const qsizetype count = m_journal->count();
    for (; m_namedScanned < count; ++m_namedScanned) {
        if (m_journal->at(m_namedScanned).kind == EventKind::ChallengeStarted)
            m_namedStarts.append(m_namedScanned);
    }
    qsizetype start = -1;
    std::optional<Challenge> named;
    for (const qsizetype index : std::as_const(m_namedStarts)) {
        if (start >= 0 && index >= shown)
            break;
        if (auto challenge = ChallengeRecord::fromJson(m_journal->string(m_journal->at(index).text))) {
            start = index;
            named = std::move(challenge);
        }
    }
    if (!named)
        return false;
    *changed = start != m_namedStart || !m_recorded;
    if (*changed) {
        m_namedStart = start;
        m_recorded = std::make_unique<Challenge>(*named);
    }
    return true;
}

void ChallengeView::onPlayheadMoved()
{
    if (!m_journal)
        return;
    qsizetype shown = m_playhead ? m_playhead->shownCount() : m_journal->count();
    if (m_showingEnd && shown != m_openedAtShown)
        m_showingEnd = false; // the teacher moved the playhead: from now on the board follows it
    if (m_showingEnd)
        shown = m_journal->count();
    bool otherChallenge = false;
    if (m_followNamed && !pickNamedChallenge(shown, &otherChallenge))
        return;
    if (!m_recorded)
        return;
    if (!m_replayBoard || otherChallenge || shown < m_replayBoard->readCount()) {
        // Back in time: a board can only go forward, so a new one is judged up to here. A
        // class's recording is read in milliseconds.
        std::unique_ptr<ChallengeBoard> board
            = ChallengeBoard::atInstant(m_journal, *m_recorded, shown, qMax<qsizetype>(0, m_namedStart));
        m_model->setBoard(board.get());
        if (m_replayBoard)
            m_replayBoard->disconnect(this);
        m_replayBoard = std::move(board);
        connect(m_replayBoard.get(), &ChallengeBoard::classChanged, this, &ChallengeView::showSummary);
        connect(m_replayBoard.get(), &ChallengeBoard::rowChanged, this, &ChallengeView::showSummary);
        if (otherChallenge) {
            showRecordedControls();
            showInstructions();
        }
    } else {
        m_replayBoard->readUpTo(shown);
    }
    // The instant's time: the latest event shown (the playhead's own clock is its events).
    m_replayNowNs = 0;
    for (qsizetype i = qMax<qsizetype>(0, shown - 64); i < shown; ++i)
        m_replayNowNs = qMax(m_replayNowNs, m_journal->at(i).t);
    m_replayBoard->applyClock(m_replayNowNs);
    showSummary();
    showCountdown();
}

void ChallengeView::fillChoices()
{
    const QString current = m_choice->currentData().toString();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    for (const Challenge &challenge : ChallengeCatalog::builtIns())
        m_choice->addItem(ChallengeCatalog::text(challenge, {}, 0).title, challenge.key);
    m_choice->addItem(tr("Your own challenge…"), QLatin1StringView(kCustomKey));
    const int index = m_choice->findData(current);
    m_choice->setCurrentIndex(qMax(0, index));
}

void ChallengeView::onChoiceChanged()
{
    const QString key = m_choice->currentData().toString();
    const bool custom = key == QLatin1StringView(kCustomKey);
    m_custom->setVisible(custom);
    if (const std::optional<Challenge> builtIn = ChallengeCatalog::find(key)) {
        const QSignalBlocker blocker(m_port);
        m_port->setValue(builtIn->port);
    }
    showInstructions();
}

Challenge ChallengeView::chosen() const
{
    const QString key = m_choice->currentData().toString();
    Challenge challenge;
    if (const std::optional<Challenge> builtIn = ChallengeCatalog::find(key)) {
        challenge = *builtIn;
    } else {
        challenge.key = QLatin1StringView(kCustomKey);
        challenge.check = Challenge::Check::SendText;
        challenge.proto = Protocol(m_protocol->currentData().toInt());
        challenge.expected = m_expected->text().toUtf8();
    }
    challenge.port = quint16(m_port->value());
    challenge.timeLimitS = m_limit->value();
    return challenge;
}

void ChallengeView::showInstructions()
{
    const bool running = isRunning();
    const Challenge challenge = running ? m_host->challenge() : m_recorded ? *m_recorded : chosen();
    QString host = running ? m_host->address().toString() : m_address->text().trimmed();
    if (host.isEmpty() || host == QLatin1StringView("0.0.0.0") || host == QLatin1StringView("::"))
        host = tr("TEACHER-ADDRESS", "stands for the teacher's IP address in a command");
    const quint16 port = running ? m_host->port() : quint16(m_port->value());
    const ChallengeCatalog::Text text = ChallengeCatalog::text(challenge, host, port);
    QString html = QStringLiteral("<p style=\"white-space:pre-wrap\"><b>%1</b> %2</p>")
                       .arg(text.title.toHtmlEscaped(), text.goal.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"4\"><tr><td><b>nc</b></td><td>%1</td>")
                .arg(preformatted(text.nc));
    if (!text.browser.isEmpty())
        html += QStringLiteral("<td><b>%1</b></td><td>%2</td>")
                    .arg(tr("Browser").toHtmlEscaped(), preformatted(text.browser));
    html += QStringLiteral("</tr>");
    if (!text.python.isEmpty())
        html += QStringLiteral("<tr><td><b>Python</b></td><td colspan=\"3\">%1</td></tr>")
                    .arg(preformatted(text.python));
    html += QStringLiteral("</table>");
    m_instructions->setHtml(html);
}

void ChallengeView::showCountdown()
{
    const ChallengeBoard *board = m_model->board();
    const qint64 leftNs = board ? board->timeLeftNs(m_host ? m_host->now() : m_replayNowNs) : -1;
    if (leftNs < 0) {
        m_countdown->hide();
        m_tick.stop();
        return;
    }
    const auto clock = [](qint64 seconds) {
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    // A replay counts down at the playhead; the playhead moves it, not the clock.
    const bool counting = m_host ? m_host->isRunning() : true;
    if (!counting) {
        m_countdown->setText(tr("Time limit: %1").arg(clock(board->challenge().timeLimitS)));
        m_tick.stop();
    } else if (leftNs > 0) {
        // Rounded up: "0:00" only once time is up.
        m_countdown->setText(tr("Time left: %1").arg(clock((leftNs + 999999999) / 1000000000)));
        if (m_host && !m_tick.isActive())
            m_tick.start();
    } else {
        m_countdown->setText(tr("Time is up"));
        m_tick.stop();
    }
    // The last minute stands out on the projector. (Restyled only when it changes: a style
    // sheet set every second would lay the view out every second.)
    const bool lastMinute = counting && leftNs < qint64(60) * 1000000000;
    if (!m_countdownStyled || lastMinute != m_countdownWarns) {
        Theme::followMessageStyle(m_countdown, lastMinute ? Theme::Role::Warning : Theme::Role::Success);
        m_countdownStyled = true;
        m_countdownWarns = lastMinute;
    }
    m_countdown->show();
}

void ChallengeView::showSummary()
{
    const ChallengeBoard *board = m_model->board();
    if (!board) {
        m_summary->setText(tr("No challenge running. Pick one and press Start."));
        return;
    }
    QString text = tr("%1 of %n student(s) done", "", board->rowCount()).arg(board->doneCount());
    if (board->challenge().proto == Protocol::Tcp && board->queueLimit() > 0)
        text += QStringLiteral(" · ")
            + tr("accept queue: %1 of %2").arg(board->queueLength()).arg(board->queueLimit());
    if (board->acceptingPaused())
        text += QStringLiteral(" · ") + tr("accepting is paused");
    // Connections in the queue are not sockets of the program yet: they get a row once
    // accepted. The kernel's count is all there is until then.
    if (board->queueLimit() > 0 && board->queueLength() >= board->queueLimit())
        text += QStringLiteral("\n") + tr("The accept queue is full: more students wait in SYN_SENT.");
    if (board->unlistedCount() > 0)
        text += QStringLiteral("\n")
            + tr("The board is full (%1 addresses): %n more knock(s) from other addresses are not listed.",
                "", board->unlistedCount())
                  .arg(ChallengeBoard::kMaxRows);
    if (!m_host && m_showingEnd)
        text += QStringLiteral("\n")
            + tr("The results at the end of the recording. Move the playhead to see the board as it "
                 "stood at that moment.");
    else if (!m_host && board->classSocket() < 0)
        text += QStringLiteral("\n")
            + tr("At the playhead this challenge has not started yet. Move the playhead forward to "
                 "see the students arrive.");
    else if (!m_host)
        text += QStringLiteral(" · ") + tr("replay: as it stood at the playhead");
    else if (!m_host->isRunning())
        text += QStringLiteral(" · ") + tr("stopped");
    m_summary->setText(text);
}

bool ChallengeView::start(const Challenge &challenge, const QString &address)
{
    m_address->setText(address);
    const QHostAddress host = parseAddress(address);
    if (!m_host)
        return false;
    if (host.isNull()) {
        m_message->setText(tr("“%1” is not an IP address.").arg(address));
        m_message->show();
        return false;
    }
    const LabError error = m_host->start(challenge, host);
    if (error) {
        m_message->setText(ErrorText::full(error));
        m_message->show();
        return false;
    }
    return true;
}

void ChallengeView::onStart()
{
    start(chosen(), m_address->text().trimmed());
}

void ChallengeView::onStarted()
{
    m_message->hide();
    ChallengeBoard *board = m_host->board();
    m_model->setBoard(board);
    connect(board, &ChallengeBoard::classChanged, this, &ChallengeView::showSummary);
    connect(board, &ChallengeBoard::rowChanged, this, &ChallengeView::showSummary);
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_choice->setEnabled(false);
    m_custom->setEnabled(false);
    const bool tcp = m_host->challenge().proto == Protocol::Tcp;
    m_paused->setEnabled(tcp);
    {
        // Started from the command line too: the controls say what runs.
        const QSignalBlocker choice(m_choice);
        const QSignalBlocker port(m_port);
        const int index = m_choice->findData(m_host->challenge().key);
        if (index >= 0)
            m_choice->setCurrentIndex(index);
        const QSignalBlocker limit(m_limit);
        m_port->setValue(m_host->port());
        m_address->setText(m_host->address().toString());
        m_limit->setValue(m_host->challenge().timeLimitS);
    }
    {
        const QSignalBlocker blocker(m_paused);
        m_paused->setChecked(m_host->isAcceptingPaused());
    }
    m_banner->setVisible(m_host->isExposed());
    m_banner->setText(tr("Open to the network: any computer that can reach %1 can connect.")
                          .arg(formatEndpoint(m_host->address(), m_host->port())));
    showInstructions();
    showSummary();
    showCountdown();
    showUnseen();
}

void ChallengeView::onStopped()
{
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
    m_choice->setEnabled(true);
    m_custom->setEnabled(true);
    m_paused->setEnabled(false);
    m_banner->hide();
    showInstructions();
    showSummary();
    showCountdown();
    showUnseen();
}

void ChallengeView::showUnseen()
{
    // What the board cannot show is said, not left out: a student on a wrong port is not
    // "waiting", they are invisible to SocketScope.
    const ChallengeHost::UnseenKnocks unseen
        = m_host && m_host->isRunning() ? m_host->unseenKnocks() : ChallengeHost::UnseenKnocks::None;
    if (unseen == ChallengeHost::UnseenKnocks::None) {
        m_unseen->hide();
        m_unseen->clear();
        return;
    }
    const bool udp = m_host->challenge().proto == Protocol::Udp;
    const bool noCapture = unseen == ChallengeHost::UnseenKnocks::NoCapture;
    QString text;
    if (udp) {
        text = noCapture
            ? tr("Not on the board: a datagram sent to another port of this computer gets an ICMP "
                 "\"port unreachable\" answer from the kernel, and SocketScope can only see that with "
                 "packet capture, which is not running here (it needs the CAP_NET_RAW permission).")
            : tr("Not on the board: a datagram sent to another port of this computer gets an ICMP "
                 "\"port unreachable\" answer from the kernel, and the packet capture here watches only "
                 "the ports SocketScope has a socket on, so it does not see that answer.");
    } else {
        text = noCapture
            ? tr("Not on the board: a student who connects to another port of this computer gets a "
                 "reset (RST) from the kernel at once, and SocketScope can only see that with packet "
                 "capture, which is not running here (it needs the CAP_NET_RAW permission).")
            : tr("Not on the board: a student who connects to another port of this computer gets a "
                 "reset (RST) from the kernel at once, and the packet capture here watches only the "
                 "ports SocketScope has a socket on, so it does not see that reset.");
    }
    text += QLatin1Char(' ') + tr("Such a student appears once they reach port %1.").arg(m_host->port());
    m_unseen->setText(text);
    m_unseen->show();
}

void ChallengeView::setPresentationScale(qreal scale)
{
    // The summary reads from the back row; the rows grow less, so that most of a class of
    // thirty still fits on the screen at once.
    const qreal rows = qMin(scale, 1.3);
    const QFont table = FontScale::scaled(this, rows);
    m_table->setFont(table);
    m_table->horizontalHeader()->setFont(table);
    m_table->verticalHeader()->setDefaultSectionSize(int(QFontMetrics(table).height() * 1.25));
    m_instructions->setFont(table);
    m_seats->setFont(table);
    // The note on what the board cannot see is for the teacher: in the table's type, so the
    // students' cards keep the room.
    m_unseen->setFont(table);
    m_instructions->setMaximumHeight(QFontMetrics(table).lineSpacing() * 7);
    QFont summary = m_summary->font();
    summary.setPointSizeF(FontScale::baseSize(this) * scale);
    m_summary->setFont(summary);
    // The teacher picks and starts the challenge in front of the class: the picker, its fields
    // and buttons grow with the rest of the presentation's type.
    const QFont controls = FontScale::scaled(this, scale);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_choiceLabel, m_choice, m_addressLabel,
             m_address, m_portLabel, m_port, m_limitLabel, m_limit, m_start, m_stop, m_paused, m_export,
             m_protocolLabel, m_protocol, m_expectedLabel, m_expected, m_banner, m_message})
        widget->setFont(controls);
    m_address->setMaximumWidth(QFontMetrics(controls).horizontalAdvance(QLatin1Char('0')) * 18);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_boardLabel, m_tableButton, m_seatsButton})
        widget->setFont(controls);
    // Thirty rows of a table cannot fit a projector's 768 pixels in type the back row reads;
    // thirty cards can.
    if (!m_boardPicked)
        showBoard(scale > 1.0 ? Board::Seats : Board::Table);
}

void ChallengeView::showBoard(Board board)
{
    QWidget *shown = board == Board::Seats ? static_cast<QWidget *>(m_seats) : m_table;
    // The selected student stays selected across the two.
    const QModelIndex current
        = m_boards->currentWidget() == m_seats ? m_seats->currentIndex() : m_table->currentIndex();
    m_boards->setCurrentWidget(shown);
    (board == Board::Seats ? m_seatsButton : m_tableButton)->setChecked(true);
    if (current.isValid()) {
        auto *view = static_cast<QAbstractItemView *>(shown);
        view->setCurrentIndex(current.siblingAtColumn(ChallengeBoardModel::StudentColumn));
        view->scrollTo(view->currentIndex());
    }
}

ChallengeView::Board ChallengeView::board() const
{
    return m_boards->currentWidget() == m_seats ? Board::Seats : Board::Table;
}

bool ChallengeView::exportCsv(const QString &path)
{
    const ChallengeBoard *board = m_model->board();
    if (!board)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray csv
        = ChallengeResults::csv(*board, ChallengeWords::csvHeader(), &ChallengeWords::verdict);
    return file.write(csv) == csv.size() && file.flush();
}

void ChallengeView::onExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the results"), QStringLiteral("challenge.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportCsv(path)) {
        m_message->setText(tr("Could not write %1.").arg(path));
        m_message->show();
    }
}

void ChallengeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChallengeView::retranslate()
{
    m_choiceLabel->setText(tr("Challenge:"));
    m_addressLabel->setText(tr("Address:"));
    m_address->setToolTip(tr("127.0.0.1: this computer only. The address of this computer on the class "
                             "network (or 0.0.0.0) lets students' laptops connect."));
    m_portLabel->setText(tr("Port:"));
    m_port->setSpecialValueText(tr("any", "port 0: the OS picks"));
    m_limitLabel->setText(tr("Time limit:"));
    m_limit->setSpecialValueText(tr("none", "no time limit"));
    m_limit->setSuffix(tr(" s", "seconds"));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    m_paused->setText(tr("Pause accepting"));
    m_paused->setToolTip(tr("Stop calling accept(): new connections wait in the kernel's accept queue, "
                            "and once it is full, in SYN_SENT."));
    m_export->setText(tr("Export results (CSV)…"));
    m_protocolLabel->setText(tr("Protocol:"));
    m_expectedLabel->setText(tr("Text they must send:"));
    m_expected->setPlaceholderText(tr("empty: anything"));
    m_table->setToolTip(tr("One row per student address, with what the server saw on their connection."));
    m_boardLabel->setText(tr("Show:"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("One row per student, every column."));
    m_seatsButton->setText(tr("Cards"));
    m_seatsButton->setToolTip(tr("One card per student, coloured by the verdict: a whole class on one "
                                 "screen. Point at a card to read its whole row."));
    fillChoices();
    showInstructions();
    showSummary();
    showCountdown();
    if (isRunning())
        onStarted();
}

} // namespace SocketScope
