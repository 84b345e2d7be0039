#include "lessonpanel.h"

#include "lessonfailuretext.h"
#include "lessons/lessonplayer.h"
#include "ports/bindpanel.h"
#include "window/theme.h"

#include <QtCore/QEvent>
#include <QtGui/QTextDocumentFragment>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

// The panel's type sizes in tenths of the application's base size: the narration large enough to
// read from the back of a room (shrunk a tenth at a time, down to the base size, where a long step
// would otherwise scroll), the lesson's title between the two.
constexpr int kNarrationTenths = 16;
constexpr int kTitleTenths = 14;
constexpr int kBaseTenths = 10;

// The application's font at `tenths` tenths of its size, times `scale` (presentation mode).
QFont panelFont(int tenths, qreal scale)
{
    QFont font = QFont();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(size * scale * tenths / 10);
    return font;
}

} // namespace

LessonPanel::LessonPanel(LessonPlayer *player, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_listSide(new QWidget(this))
    , m_list(new QListWidget(this))
    , m_chooser(new QWidget(this))
    , m_chooserLabel(new QLabel(m_chooser))
    , m_chooserBox(new QComboBox(m_chooser))
    , m_listTitle(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_title(new QLabel(this))
    , m_step(new QLabel(this))
    , m_narration(new QLabel(this))
    , m_message(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_autoplay(new QPushButton(this))
    , m_restart(new QPushButton(this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    m_list->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    m_problems->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_title, m_step, m_narration, m_message}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_narration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_narration->setObjectName(QStringLiteral("lessonNarration"));
    m_message->setObjectName(QStringLiteral("lessonMessage"));
    m_message->setMargin(6);
    m_autoplay->setCheckable(true);

    auto *listLayout = new QVBoxLayout(m_listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listTitle);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_problems);

    // Presenting, a list of every lesson took up to half the screen before one was chosen:
    // one line instead, the lessons in its drop-down.
    m_chooser->setObjectName(QStringLiteral("lessonChooser"));
    m_chooserBox->setObjectName(QStringLiteral("lessonChooserBox"));
    m_chooserBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooserBox->setMinimumContentsLength(16);
    m_chooserBox->setMaxVisibleItems(20);
    m_chooserLabel->setBuddy(m_chooserBox);
    auto *chooserLayout = new QHBoxLayout(m_chooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    chooserLayout->addWidget(m_chooserLabel);
    chooserLayout->addWidget(m_chooserBox, 1);
    m_chooser->hide();

    // The narration is set in large type, made smaller where a long step would not fit the
    // panel (fitNarration); only what is too long even at normal size scrolls. The message
    // stays below it, outside the scrolling part, so what the OS did is always in view.
    auto *narrationScroll = new QScrollArea(this);
    auto *reading = new QWidget(narrationScroll);
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_narration, 1);
    narrationScroll->setWidget(reading);
    narrationScroll->setWidgetResizable(true);
    narrationScroll->setFrameShape(QFrame::NoFrame);
    narrationScroll->viewport()->installEventFilter(this);
    m_narrationScroll = narrationScroll;

    // Back and Next first; Autoplay and Restart beside them, or below them where the panel is
    // narrow (a dock at the side of a small screen).
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_back, 0, 0);
    buttons->addWidget(m_next, 0, 1);
    buttons->addWidget(m_autoplay, 1, 0);
    buttons->addWidget(m_restart, 1, 1);
    m_buttons = buttons;

    // A long message (a failed step says what went wrong, and how to mend it) wraps and
    // shows whole; squeezed by a long narration in a short dock it scrolls rather than being
    // cut.
    m_messageScroll = new QScrollArea(this);
    m_messageScroll->setWidget(m_message);
    m_messageScroll->setWidgetResizable(true);
    m_messageScroll->setFrameShape(QFrame::NoFrame);
    m_messageScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messageScroll->setObjectName(QStringLiteral("lessonMessageScroll"));

    auto *lessonSide = new QVBoxLayout;
    lessonSide->addWidget(m_title);
    lessonSide->addWidget(m_step);
    lessonSide->addWidget(narrationScroll, 1);
    lessonSide->addWidget(m_messageScroll);
    lessonSide->addLayout(buttons);

    // The list above the lesson: beside it, the two asked for more width than a dock at the
    // side of a 1024-pixel screen can have, and cut the title, the narration and Next.
    auto *layout = new QVBoxLayout(this);
    // The lesson takes most of the height, so a step's narration reads without scrolling.
    layout->addWidget(m_listSide, 1);
    layout->addLayout(lessonSide, 6);
    layout->addWidget(m_chooser);
    m_layout = layout;

    const auto choose = [this](const QString &id) {
        for (const Lesson &lesson : std::as_const(m_lessons)) {
            if (lesson.id == id) {
                m_player->load(lesson);
                emit lessonChosen(id);
            }
        }
    };
    connect(m_list, &QListWidget::itemActivated, this,
        [choose](QListWidgetItem *item) { choose(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    connect(m_chooserBox, &QComboBox::activated, this,
        [this, choose](int index) { choose(m_chooserBox->itemData(index).toString()); });
    connect(m_back, &QPushButton::clicked, m_player, &LessonPlayer::back);
    connect(m_next, &QPushButton::clicked, m_player, &LessonPlayer::next);
    connect(m_restart, &QPushButton::clicked, m_player, &LessonPlayer::restart);
    connect(m_autoplay, &QPushButton::toggled, m_player, &LessonPlayer::setAutoplay);
    connect(m_player, &LessonPlayer::autoplayChanged, m_autoplay, &QPushButton::setChecked);
    connect(m_player, &LessonPlayer::stepChanged, this, &LessonPanel::updateStep);
    connect(m_player, &LessonPlayer::busyChanged, this, &LessonPanel::updateButtons);
    connect(m_player, &LessonPlayer::statusChanged, this, &LessonPanel::updateStep);
    connect(m_player, &LessonPlayer::narrationChanged, this, [this](const QString &text) {
        showNarration(text);
        updateTitles(); // the language may have changed with it
    });
    connect(m_player, &LessonPlayer::messageChanged, this, &LessonPanel::showPlayerMessage);
    connect(m_player, &LessonPlayer::failed, this,
        [this](const LessonFailure &failure) { updateMessage(LessonFailureText::sentence(failure), true); });
    connect(m_player, &LessonPlayer::lessonLoaded, this, [this](const QString &id) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
                m_list->setCurrentRow(i);
                m_chooserBox->setCurrentIndex(i);
            }
        }
    });

    retranslate();
    applyFonts();
    showPlayerMessage();
    showNarration(m_player->narration());
}

void LessonPanel::showNarration(const QString &text)
{
    m_narration->setText(text);
    fitNarration();
    emit readingHeightChanged();
}

bool LessonPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_narrationScroll->viewport() && event->type() == QEvent::Resize)
        fitNarration();
    return QWidget::eventFilter(watched, event);
}

QSize LessonPanel::minimumSizeHint() const
{
    QSize least = QWidget::minimumSizeHint();
    // Docked at the side, in the workbench's place, the narration keeps lines of about 30
    // letters of its large type, however narrow the workbench itself may be: narrower, the
    // longest steps (the port ranges) no longer read without scrolling; wider, the tables beside
    // it cut what a step names (the home router's "203.0.113.50:80"). In presentation mode the
    // lesson spans the screen and needs no such floor.
    if (m_scale <= 1.0) {
        constexpr int kNarrationLetters = 30;
        const QMargins margins = contentsMargins() + layout()->contentsMargins();
        least.setWidth(qMax(least.width(),
            QFontMetrics(panelFont(kNarrationTenths, 1.0)).averageCharWidth() * kNarrationLetters
                + margins.left() + margins.right()));
    }
    return least;
}

qreal LessonPanel::narrationPointSize() const
{
    return m_narration->font().pointSizeF();
}

bool LessonPanel::narrationFits() const
{
    const QWidget *viewport = m_narrationScroll->viewport();
    return m_narration->heightForWidth(viewport->width()) <= viewport->height();
}

int LessonPanel::readingHeight(int width) const
{
    const QMargins margins = m_layout->contentsMargins();
    const int spacing = qMax(0, m_layout->spacing());
    const int inner = qMax(1, width - margins.left() - margins.right());
    int height = margins.top() + margins.bottom();
    const auto add = [&](int part) { height += part + spacing; };
    const auto labelHeight = [inner](const QLabel *label) {
        return label->isHidden() || label->text().isEmpty() ? 0 : label->heightForWidth(inner);
    };
    if (!m_listSide->isHidden()) {
        int list = 2 * m_list->frameWidth();
        for (int row = 0; row < m_list->count(); ++row)
            list += qMax(m_list->sizeHintForRow(row), QFontMetrics(m_list->font()).height());
        add(m_listTitle->sizeHint().height() + list + labelHeight(m_problems));
    }
    if (!m_chooser->isHidden())
        add(m_chooser->sizeHint().height());
    add(labelHeight(m_title));
    add(labelHeight(m_step));
    if (!m_narrationScroll->isHidden()) {
        const QFontMetrics fm(panelFont(kNarrationTenths, m_scale));
        const int text
            = fm.boundingRect(QRect(0, 0, inner - 4, 100000), Qt::TextWordWrap, m_narration->text()).height();
        add(qMax(text, 3 * fm.lineSpacing()) + 4);
    }
    if (!m_messageScroll->isHidden())
        add(m_message->heightForWidth(inner));
    if (!m_next->isHidden())
        add(m_buttons->sizeHint().height());
    // Half a line of slack: labels that wrap measure a little short of what they draw.
    return height - spacing + fontMetrics().height() / 2;
}

void LessonPanel::fitNarration()
{
    const QWidget *viewport = m_narrationScroll->viewport();
    if (viewport->width() <= 0 || viewport->height() <= 0)
        return;
    // From the large size down in small steps; a few label measurements, only when the text or
    // the panel's size changes.
    for (int tenths = kNarrationTenths; tenths >= kBaseTenths; --tenths) {
        const QFont font = panelFont(tenths, m_scale);
        if (font != m_narration->font())
            m_narration->setFont(font);
        if (narrationFits())
            return;
    }
}

void LessonPanel::showPlayerMessage()
{
    if (const auto failure = m_player->failure()) {
        updateMessage(LessonFailureText::sentence(*failure), true);
    } else if (const auto &probe = m_player->bindProbe()) {
        // The same words as the Ports tab's "Try a bind" (rich text there; the message is plain
        // text), then what the step adds.
        QString text
            = QTextDocumentFragment::fromHtml(BindPanel::outcomeText(*probe, SystemPortSettings::read()))
                  .toPlainText();
        if (!m_player->message().isEmpty())
            text += QLatin1Char(' ') + m_player->message();
        updateMessage(text, false);
    } else {
        updateMessage(m_player->message(), m_player->messageIsError());
    }
}

void LessonPanel::setLessons(const QList<Lesson> &lessons)
{
    m_lessons = lessons;
    m_list->clear();
    m_chooserBox->clear();
    for (const Lesson &lesson : lessons) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, lesson.id);
        m_chooserBox->addItem(QString(), lesson.id);
    }
    m_chooserBox->setCurrentIndex(-1);
    updateTitles();
}

void LessonPanel::setProblems(const QStringList &problems)
{
    m_problemLines = problems;
    retranslate();
}

void LessonPanel::setPresentationScale(qreal scale)
{
    m_scale = qBound(0.5, scale, 4.0);
    applyFonts();
}

void LessonPanel::setLessonListVisible(bool visible)
{
    m_listWanted = visible;
    showList();
}

bool LessonPanel::isLessonListShown() const
{
    return !m_listSide->isHidden();
}

bool LessonPanel::isChooserShown() const
{
    return !m_chooser->isHidden();
}

void LessonPanel::showList()
{
    const bool chooseFirst = !m_player->hasLesson();
    // Presenting with no lesson open: one line to choose from, and nothing else, so the
    // views above keep the screen (there is no step to go back or on from yet).
    const bool compact = !m_listWanted && chooseFirst;
    m_listSide->setVisible(m_listWanted);
    m_chooser->setVisible(compact);
    m_title->setVisible(!compact);
    m_step->setVisible(!compact);
    for (QWidget *button : std::initializer_list<QWidget *> {m_back, m_next, m_autoplay, m_restart})
        button->setVisible(!compact);
    // With no lesson open there is no narration yet: the list takes its room.
    m_narrationScroll->setVisible(!chooseFirst);
    m_layout->setStretch(0, chooseFirst ? 6 : 1);
    m_layout->setStretch(1, chooseFirst ? 0 : 6);
    emit readingHeightChanged();
}

QString LessonPanel::narrationText() const
{
    return m_narration->text();
}

QString LessonPanel::stepText() const
{
    return m_step->text();
}

QString LessonPanel::messageText() const
{
    return m_message->text();
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Failures and bind outcomes are worded here, so they follow the language too.
        if (m_player->failure() || m_player->bindProbe())
            showPlayerMessage();
    }
    QWidget::changeEvent(event);
}

void LessonPanel::retranslate()
{
    m_listTitle->setText(tr("Lessons"));
    m_chooserLabel->setText(tr("Choose a lesson:"));
    m_chooserBox->setToolTip(tr("Pick a lesson: it opens its sockets and shows its first words here"));
    m_back->setText(tr("Back", "lesson step"));
    m_back->setToolTip(tr("Go back one step (the lesson runs again from the start on fresh sockets)"));
    m_next->setText(tr("Next", "lesson step"));
    m_next->setToolTip(tr("Run the next step"));
    m_autoplay->setText(tr("Autoplay"));
    m_autoplay->setToolTip(tr("Run the steps one after another by themselves"));
    m_restart->setText(tr("Restart", "lesson"));
    m_restart->setToolTip(tr("Close the lesson's sockets and start again"));
    m_problems->setText(m_problemLines.isEmpty() ? QString()
                                                 : tr("Some lesson files could not be read:")
                + QLatin1Char('\n') + m_problemLines.join(QLatin1Char('\n')));
    m_problems->setVisible(!m_problemLines.isEmpty());
    updateStep();
}

void LessonPanel::updateTitles()
{
    const QString language = m_player->language();
    for (int i = 0; i < m_list->count() && i < m_lessons.size(); ++i) {
        const QString title = QStringLiteral("%1. %2").arg(i + 1).arg(m_lessons.at(i).title.in(language));
        m_list->item(i)->setText(title);
        m_chooserBox->setItemText(i, title);
    }
    m_title->setText(m_player->hasLesson() ? m_player->title() : tr("Choose a lesson from the list."));
    m_chooserBox->setPlaceholderText(tr("%n lesson(s): click to see them", "", int(m_lessons.size())));
    showList();
}

void LessonPanel::updateStep()
{
    if (!m_player->hasLesson()) {
        m_step->clear();
    } else if (m_player->stepIndex() < 0) {
        m_step->setText(
            tr("Introduction: %n step(s) to go. Press Next to begin.", "", m_player->stepCount()));
    } else {
        QString text = tr("Step %1 of %2").arg(m_player->stepIndex() + 1).arg(m_player->stepCount());
        if (m_player->status() == LessonPlayer::Status::Finished)
            text += QStringLiteral(" · ") + tr("the lesson is over");
        m_step->setText(text);
    }
    updateTitles();
    updateButtons();
}

void LessonPanel::updateButtons()
{
    const bool loaded = m_player->hasLesson();
    m_back->setEnabled(loaded && m_player->stepIndex() >= 0);
    m_next->setEnabled(loaded && !m_player->isBusy() && m_player->stepIndex() + 1 < m_player->stepCount());
    m_autoplay->setEnabled(loaded);
    m_restart->setEnabled(loaded && m_player->stepIndex() >= 0);
}

void LessonPanel::updateMessage(const QString &text, bool isError)
{
    m_messageScroll->setVisible(!text.isEmpty());
    if (isError) {
        m_message->setText(tr("Problem: %1").arg(text));
        // A thick border in the theme's error colour, seen from the back of a classroom.
        Theme::followStyleSheet(m_message, [] {
            return QStringLiteral("QLabel#lessonMessage { border: 3px solid %1; font-weight: bold; }")
                .arg(Theme::color(Theme::Role::Error).name());
        });
    } else {
        m_message->setText(text);
        Theme::followStyleSheet(m_message,
            [] { return QStringLiteral("QLabel#lessonMessage { border: 1px solid palette(mid); }"); });
    }
    fitMessage();
    emit readingHeightChanged();
}

void LessonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitMessage();
}

void LessonPanel::fitMessage()
{
    if (m_messageScroll->isHidden())
        return;
    const QMargins margins = m_layout->contentsMargins();
    const int width = qMax(1,
        m_messageScroll->isVisible() ? m_messageScroll->width()
                                     : this->width() - margins.left() - margins.right());
    m_message->ensurePolished(); // the style sheet's border and bold type count in its height
    const int whole = m_message->heightForWidth(width);
    const int room
        = qMin(m_message->fontMetrics().lineSpacing() * 3 + 2 * m_message->margin() + 8, height() / 4);
    if (whole <= room) {
        m_messageScroll->setFixedHeight(whole);
        return;
    }
    // Too long for a quarter of the panel: it scrolls, one scroll bar narrower.
    const int scrollBar = m_messageScroll->verticalScrollBar()->sizeHint().width();
    m_messageScroll->setFixedHeight(qMin(room, m_message->heightForWidth(qMax(1, width - scrollBar))));
}

void LessonPanel::applyFonts()
{
    QFont title = panelFont(kTitleTenths, m_scale);
    title.setBold(true);
    const QFont normal = panelFont(kBaseTenths, m_scale);
    m_narration->setFont(panelFont(kNarrationTenths, m_scale));
    fitNarration();
    m_title->setFont(title);
    // In presentation mode the lesson spans the screen below the tables: one row of buttons
    // leaves the height to the narration.
    const bool oneRow = m_scale > 1.0;
    m_buttons->removeWidget(m_autoplay);
    m_buttons->removeWidget(m_restart);
    m_buttons->addWidget(m_autoplay, oneRow ? 0 : 1, oneRow ? 3 : 0);
    m_buttons->addWidget(m_restart, oneRow ? 0 : 1, oneRow ? 4 : 1);
    m_buttons->setColumnStretch(2, oneRow ? 1 : 0);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_step, m_message, m_list, m_listTitle,
             m_problems, m_back, m_next, m_autoplay, m_restart, m_chooserBox})
        widget->setFont(normal);
    m_chooserLabel->setFont(title);
    emit readingHeightChanged();
}

} // namespace SocketScope
