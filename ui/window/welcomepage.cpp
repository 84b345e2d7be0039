#include "welcomepage.h"

#include "errortext.h"
#include "fontscale.h"
#include "lab/lab.h"
#include "languageswitcher.h"
#include "lessonlink.h"
#include "lessons/lessonlibrary.h"
#include "lessontopics.h"
#include "network/virtualnetwork.h"
#include "theme.h"

#include <QtCore/QEvent>
#include <QtCore/QScopedValueRollback>
#include <QtGui/QFontMetrics>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QCommandLinkButton>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

// Larger than the window's other text, so the page reads from the back of a classroom.
constexpr qreal kPageScale = 1.2;

// How much larger than the page's type a heading is; kept on the label, so the heading
// grows again with the page when presentation mode scales it.
constexpr const char *kTitleScale = "socketscopeTitleScale";

void fitTitleFont(QLabel *label, const QFont &page)
{
    QFont font = page;
    font.setBold(true);
    font.setPointSizeF(page.pointSizeF() * label->property(kTitleScale).toReal());
    label->setFont(font);
}

QLabel *titleLabel(qreal scale, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setProperty(kTitleScale, scale);
    fitTitleFont(label, parent->font());
    label->setWordWrap(true);
    return label;
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(const LessonLibrary *library, Lab *lab, VirtualNetwork *network,
    const LanguageSwitcher *language, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_lab(lab)
    , m_network(network)
    , m_language(language)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    FontScale::apply(this, kPageScale);

    // A scroll area, so nothing is ever out of reach when the window is small or the type large.
    m_scroll = new QScrollArea(this);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_content = new QWidget(m_scroll);
    // The page is as tall as its words need at its width: without a minimum of its own the
    // scroll area would take the sum of every wrapped label's height at its narrowest.
    m_content->setMinimumHeight(1);
    QWidget *content = m_content;
    content->setBackgroundRole(QPalette::Base);
    m_scroll->setWidget(content);
    m_scroll->installEventFilter(this);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int most) {
        if (most > 0)
            QMetaObject::invokeMethod(this, &WelcomePage::settle, Qt::QueuedConnection);
    });
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(6);
    m_heading = titleLabel(1.6, content);
    m_intro = plainLabel(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);

    m_lessonsTitle = titleLabel(1.2, content);
    m_lessonsHint = plainLabel(content);
    m_lessonBox = new QWidget(content);
    layout->addWidget(m_lessonsTitle);
    layout->addWidget(m_lessonsHint);
    layout->addWidget(m_lessonBox);
    layout->addSpacing(8);

    m_tryTitle = titleLabel(1.2, content);
    layout->addWidget(m_tryTitle);
    auto *tryRow = new QHBoxLayout;
    m_serverAndClients = new QCommandLinkButton(content);
    m_serverAndClients->setObjectName(QStringLiteral("serverAndClients"));
    m_labNetwork = new QCommandLinkButton(content);
    m_labNetwork->setObjectName(QStringLiteral("labNetwork"));
    m_recording = new QCommandLinkButton(content);
    m_recording->setObjectName(QStringLiteral("openRecording"));
    // As tall as their words at their width: without that the row kept the height of a
    // description wrapped at its narrowest, also once the descriptions gave way.
    QSizePolicy tryPolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    tryPolicy.setHeightForWidth(true);
    for (QCommandLinkButton *button : {m_serverAndClients, m_labNetwork, m_recording}) {
        button->setSizePolicy(tryPolicy);
        tryRow->addWidget(button, 1, Qt::AlignTop);
    }
    layout->addLayout(tryRow);
    m_message = plainLabel(content);
    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *bottom = new QHBoxLayout;
    m_dontShow = new QCheckBox(content);
    m_dontShow->setObjectName(QStringLiteral("dontShowAtStart"));
    m_comesBack = plainLabel(content);
    m_comesBack->setForegroundRole(QPalette::PlaceholderText);
    m_tables = new QPushButton(content);
    m_tables->setObjectName(QStringLiteral("showTables"));
    bottom->addWidget(m_dontShow);
    bottom->addWidget(m_comesBack, 1);
    bottom->addWidget(m_tables);
    layout->addLayout(bottom);

    m_serverAndClients->setEnabled(lab != nullptr);
    m_labNetwork->setEnabled(network != nullptr);
    connect(m_serverAndClients, &QAbstractButton::clicked, this, &WelcomePage::openServerAndClients);
    connect(m_labNetwork, &QAbstractButton::clicked, this, &WelcomePage::startLabNetwork);
    connect(m_recording, &QAbstractButton::clicked, this, &WelcomePage::recordingRequested);
    connect(m_tables, &QAbstractButton::clicked, this, &WelcomePage::tablesRequested);
    connect(
        m_dontShow, &QCheckBox::toggled, this, [this](bool dontShow) { emit showAtStartChanged(!dontShow); });

    parent->installEventFilter(this);
    if (auto *window = qobject_cast<QMainWindow *>(parent)) {
        if (QWidget *menu = window->menuWidget())
            menu->installEventFilter(this);
        if (auto *bar = window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly))
            bar->installEventFilter(this);
    }
    fillLessons();
    m_built = true;
    retranslate();
    hide();
}

void WelcomePage::open()
{
    m_message->hide();
    place();
    show();
    raise();
    if (auto *first = m_lessonBox->findChild<QAbstractButton *>())
        first->setFocus();
}

void WelcomePage::setShowAtStart(bool show)
{
    const QSignalBlocker quiet(m_dontShow);
    m_dontShow->setChecked(!show);
}

bool WelcomePage::showAtStart() const
{
    return !m_dontShow->isChecked();
}

bool WelcomePage::openServerAndClients()
{
    if (!m_lab)
        return false;
    const Lab::Opened server = m_lab->listenTcp(QHostAddress::LocalHost, 0);
    if (server.error) {
        say(tr("The server could not be opened: %1").arg(ErrorText::full(server.error)), true);
        return false;
    }
    const quint16 port = m_lab->info(server.id)->localPort;
    for (int i = 0; i < 2; ++i) {
        const Lab::Opened client = m_lab->connectTcp(QHostAddress::LocalHost, port);
        if (client.error) {
            say(tr("A client could not connect: %1").arg(ErrorText::full(client.error)), true);
            return false;
        }
    }
    emit socketsOpened(server.id,
        tr("Socket #%1 listens on 127.0.0.1:%2 and two clients connected to it; for each "
           "connection accept() made one more socket on the server's side.")
            .arg(server.id)
            .arg(port));
    return true;
}

bool WelcomePage::startLabNetwork()
{
    if (!m_network)
        return false;
    // Starting it again would close the sockets already in it.
    if (!m_network->isActive()) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const bool started = m_network->start();
        QGuiApplication::restoreOverrideCursor();
        if (!started) {
            say(tr("The virtual lab network cannot be started here: %1").arg(m_network->problem()), true);
            return false;
        }
    }
    emit labNetworkStarted();
    return true;
}

void WelcomePage::say(const QString &text, bool error)
{
    m_message->setText(text);
    if (error)
        Theme::followMessageStyle(m_message, Theme::Role::Error);
    else
        Theme::followStyleSheet(m_message, {});
    m_message->show();
}

void WelcomePage::fillLessons()
{
    qDeleteAll(m_lessonBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_lessonBox->layout();
    auto *columns = new QHBoxLayout(m_lessonBox);
    columns->setContentsMargins(0, 0, 0, 0);
    const QString language = m_language ? m_language->language() : QStringLiteral("en");
    const QList<LessonTopics::Topic> topics
        = m_library ? LessonTopics::group(m_library->lessons(), language) : QList<LessonTopics::Topic>();
    // The topics in their order, down the first column and on down the second, each topic
    // whole in one column: read like a page, never a topic's lessons split across columns or
    // two topics interleaved. The split is where the two columns end most nearly level.
    QList<int> rows;
    int total = 0;
    for (const LessonTopics::Topic &topic : topics) {
        rows << 1 + int(topic.lessons.size());
        total += rows.last();
    }
    qsizetype split = topics.size();
    int best = total;
    int above = 0;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        above += rows[i];
        if (const int taller = qMax(above, total - above); taller < best) {
            best = taller;
            split = i + 1;
        }
    }
    int numberWidth = 0;
    QList<LessonLink *> links;
    QVBoxLayout *column = nullptr;
    for (qsizetype t = 0; t < topics.size(); ++t) {
        if (!column || t == split) {
            column = new QVBoxLayout;
            column->setSpacing(2);
            columns->addLayout(column, 1);
        }
        const LessonTopics::Topic &topic = topics[t];
        QLabel *heading = titleLabel(1.0, m_lessonBox);
        heading->setObjectName(QStringLiteral("topic"));
        heading->setText(topic.title);
        if (column->count() > 0)
            column->addSpacing(fontMetrics().height() / 2);
        column->addWidget(heading);
        for (const LessonTopics::Entry &lesson : topic.lessons) {
            auto *link = new LessonLink(lesson.number, lesson.title, m_lessonBox);
            link->setObjectName(QStringLiteral("lesson:") + lesson.id);
            numberWidth = qMax(numberWidth, link->numberWidth());
            links << link;
            const QString id = lesson.id;
            connect(link, &QAbstractButton::clicked, this, [this, id] { emit lessonChosen(id); });
            column->addWidget(link);
        }
    }
    for (LessonLink *link : std::as_const(links)) {
        link->setNumberWidth(numberWidth);
        link->setTight(m_compactness >= 3);
    }
    for (QVBoxLayout *one : m_lessonBox->findChildren<QVBoxLayout *>())
        one->addStretch(1);
    if (topics.isEmpty()) {
        QLabel *none = plainLabel(m_lessonBox);
        none->setText(tr("No lessons could be loaded."));
        columns->insertWidget(0, none);
    }
}

void WelcomePage::setPresentationScale(qreal scale)
{
    // Presenting, the page takes the type of the other views; otherwise a little larger than
    // the window's own.
    FontScale::apply(this, scale > 1.0 ? scale : kPageScale);
}

void WelcomePage::retranslate()
{
    m_heading->setText(tr("Welcome to SocketScope"));
    m_intro->setText(
        tr("SocketScope opens real sockets on this computer and shows them as they live: "
           "who listens, who connects, and every packet between them. Where would you like to start?"));
    m_lessonsTitle->setText(tr("Follow a lesson"));
    m_lessonsHint->setText(
        tr("A lesson opens the sockets for you, one step at a time, and says what happens. "
           "New here? Start with lesson 1."));
    m_tryTitle->setText(tr("Or try it yourself"));
    m_serverAndClients->setText(tr("A server and two clients"));
    m_serverAndClients->setToolTip(tr("Opens a server on 127.0.0.1 and connects two clients to it, "
                                      "then shows them in the tables."));
    m_labNetwork->setText(tr("Open the lab network"));
    m_labNetwork->setToolTip(tr("A small virtual network: a home router, two home computers and one "
                                "out on the internet. Its packets are really captured."));
    m_recording->setText(tr("Open a recording"));
    m_recording->setToolTip(tr("Replays sockets and packets that were recorded earlier, "
                               "in a window of their own."));
    m_dontShow->setText(tr("Don't show this at start"));
    m_comesBack->setText(tr("Help > Welcome page brings it back."));
    m_tables->setText(tr("Go to the empty tables"));
    applyCompactness();
}

void WelcomePage::applyCompactness()
{
    // The buttons' descriptions stay as their tooltips when they give way.
    for (QCommandLinkButton *button : {m_serverAndClients, m_labNetwork, m_recording}) {
        const QString description = m_compactness >= 1 ? QString() : button->toolTip();
        if (button->description() != description)
            button->setDescription(description);
    }
    m_intro->setVisible(m_compactness < 2);
    m_lessonsHint->setVisible(m_compactness < 2);
    if (m_lessonBox) {
        for (LessonLink *link : m_lessonBox->findChildren<LessonLink *>())
            link->setTight(m_compactness >= 3);
    }
}

void WelcomePage::fitToRoom()
{
    m_fitQueued = false;
    if (m_fitting || !m_built)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    // The room without scroll bars; a page that needs more drops, step by step, what only
    // explains, until it fits or nothing more can go (then it scrolls).
    const QSize room = m_scroll->maximumViewportSize();
    QLayout *layout = m_content->layout();
    const auto needed = [&] {
        return layout->hasHeightForWidth() ? layout->totalHeightForWidth(room.width())
                                           : layout->totalSizeHint().height();
    };
    const int before = m_compactness;
    m_compactness = 0;
    applyCompactness();
    while (m_compactness < 3 && needed() > room.height()) {
        ++m_compactness;
        applyCompactness();
    }
    if (m_compactness != before)
        m_content->updateGeometry();
    // The estimate may fall short (a description wraps once more than its button foresaw):
    // once laid out, a page that still scrolls gives up one more step.
    QMetaObject::invokeMethod(this, &WelcomePage::settle, Qt::QueuedConnection);
}

void WelcomePage::settle()
{
    if (!m_built || m_compactness >= 3 || m_scroll->verticalScrollBar()->maximum() == 0)
        return;
    ++m_compactness;
    applyCompactness();
    QMetaObject::invokeMethod(this, &WelcomePage::settle, Qt::QueuedConnection);
}

void WelcomePage::place()
{
    QWidget *window = parentWidget();
    QRect area = window->rect();
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        if (QWidget *menu = main->menuWidget(); menu && menu->isVisible())
            area.setTop(menu->geometry().bottom() + 1);
        if (auto *bar = main->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly);
            bar && bar->isVisible())
            area.setBottom(bar->geometry().top() - 1);
    }
    setGeometry(area);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillLessons();
    }
    if (event->type() == QEvent::FontChange && m_lessonBox) {
        // The headings have a size of their own: it follows the page's.
        for (QLabel *label : findChildren<QLabel *>()) {
            if (label->property(kTitleScale).isValid())
                fitTitleFont(label, font());
        }
        fillLessons();
    }
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitToRoom();
}

bool WelcomePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll) {
        // Fitted once the resizing is over: dropping a description resizes the page again.
        if (event->type() == QEvent::Resize && !m_fitQueued) {
            m_fitQueued = true;
            QMetaObject::invokeMethod(this, &WelcomePage::fitToRoom, Qt::QueuedConnection);
        }
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Move:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        if (isVisible())
            place();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace SocketScope
