#include "helpmenu.h"

#include "languageswitcher.h"
#include "lessons/lessonlibrary.h"
#include "lessontopics.h"

#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtGui/QKeySequence>
#include <QtGui/QScreen>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QMenu>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

namespace SocketScope {

namespace {

// A dialog around one text browser, as large as asked but never larger than the screen.
QDialog *textDialog(QWidget *parent, const QString &title, QTextBrowser **browser, QSize wanted)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *text = new QTextBrowser(dialog);
    text->setOpenExternalLinks(true);
    QFont font = text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    text->setFont(font);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    if (const QScreen *screen = parent ? parent->screen() : nullptr)
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 9 / 10);
    dialog->resize(wanted);
    *browser = text;
    return dialog;
}

QString keys(std::initializer_list<QKeySequence> sequences)
{
    QStringList names;
    for (const QKeySequence &sequence : sequences) {
        QString name = sequence.toString(QKeySequence::NativeText);
        // A lone "." or "," is lost between the commas that separate the keys.
        if (name.size() == 1 && !name.at(0).isLetterOrNumber())
            name = QStringLiteral("\u201C%1\u201D").arg(name);
        names << name.toHtmlEscaped();
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

HelpMenu::HelpMenu(QMenu *menu, const LessonLibrary *library, const LanguageSwitcher *language)
    : QObject(menu)
    , m_menu(menu)
    , m_library(library)
    , m_language(language)
{
    QAction *before = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    m_welcome = new QAction(this);
    connect(m_welcome, &QAction::triggered, this, &HelpMenu::welcomeRequested);
    m_lessons = new QMenu(menu);
    m_lessons->setObjectName(QStringLiteral("helpLessons"));
    m_lessonsAction = m_lessons->menuAction();
    m_whatsThis = new QAction(this);
    m_whatsThis->setShortcut(QKeySequence::WhatsThis);
    connect(m_whatsThis, &QAction::triggered, this, &HelpMenu::whatsThisRequested);
    m_explanations = new QAction(this);
    connect(m_explanations, &QAction::triggered, this, &HelpMenu::explanationsRequested);
    m_shortcuts = new QAction(this);
    connect(m_shortcuts, &QAction::triggered, this, [this] { showShortcuts(m_menu->parentWidget()); });
    m_readme = new QAction(this);
    connect(m_readme, &QAction::triggered, this, [this] { showReadme(m_menu->parentWidget()); });
    menu->insertActions(
        before, {m_welcome, m_lessonsAction, m_whatsThis, m_explanations, m_shortcuts, m_readme});
    if (before)
        menu->insertSeparator(before);
    // The Help menu is a window of its own, so it hears of a new language itself.
    menu->installEventFilter(this);
    retranslate();
}

bool HelpMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HelpMenu::retranslate()
{
    m_welcome->setText(tr("&Welcome page"));
    m_lessons->setTitle(tr("&Lessons"));
    m_whatsThis->setText(tr("What &is this?"));
    m_whatsThis->setToolTip(tr("Click anything next to have it explained"));
    m_explanations->setText(tr("&Explanations and glossary"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_readme->setText(tr("&Read me"));
    fillLessons();
}

void HelpMenu::fillLessons()
{
    m_lessons->clear();
    const QString language = m_language ? m_language->language() : QStringLiteral("en");
    const QList<LessonTopics::Topic> topics
        = m_library ? LessonTopics::group(m_library->lessons(), language) : QList<LessonTopics::Topic>();
    for (const LessonTopics::Topic &topic : topics) {
        m_lessons->addSection(topic.title);
        for (const LessonTopics::Entry &lesson : topic.lessons) {
            QString text = QStringLiteral("%1. %2").arg(lesson.number).arg(lesson.title);
            text.replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction *action = m_lessons->addAction(text);
            action->setData(lesson.id);
            const QString id = lesson.id;
            connect(action, &QAction::triggered, this, [this, id] { emit lessonRequested(id); });
        }
    }
    m_lessonsAction->setEnabled(!topics.isEmpty());
}

void HelpMenu::showShortcuts(QWidget *parent)
{
    struct Row
    {
        QString keys;
        QString what;
    };
    struct Section
    {
        QString title;
        QList<Row> rows;
    };
    const QString ctrlDigits = keys({QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2)})
        + QStringLiteral(" \u2026");
    const QList<Section> sections {
        {tr("Everywhere"),
            {{ctrlDigits,
                 tr("Go to the first, second \u2026 tab: Sockets and connections, Timeline, Ports, "
                    "Experiments, Network")},
                {keys({QKeySequence(Qt::Key_F5)}),
                    tr("Presentation mode on or off: full screen, large type")},
                {keys({QKeySequence::WhatsThis}),
                    tr("What is this? Then click anything to have it explained")},
                {keys({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::ALT | Qt::Key_Right)}),
                    tr("One event back or forward in time, on every tab (with Shift: ten)")},
                {keys({QKeySequence(Qt::ALT | Qt::Key_Home), QKeySequence(Qt::ALT | Qt::Key_End)}),
                    tr("To the start of the session, or back to live")},
                {keys({QKeySequence::Open}), tr("Open a recording")},
                {keys({QKeySequence::Quit}), tr("Quit")}}},
        {tr("In presentation mode (a presentation clicker sends these)"),
            {{keys({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Down),
                  QKeySequence(Qt::Key_Space)}),
                 tr("Next step of the lesson")},
                {keys({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Up)}),
                    tr("Previous step of the lesson")},
                {keys({QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)}),
                    tr("Black screen, so the class looks at you; again to bring the picture back")},
                {keys({QKeySequence(Qt::Key_Escape)}),
                    tr("Leave the black screen, then presentation mode")}}},
        {tr("On the timeline"),
            {{keys({QKeySequence(Qt::Key_Space)}), tr("Play or pause the replay")},
                {keys({QKeySequence(Qt::Key_Period), QKeySequence(Qt::Key_Comma)}),
                    tr("One event forward or back")},
                {keys({QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_End)}),
                    tr("To the start or the end")},
                {keys({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus), QKeySequence(Qt::Key_0)}),
                    tr("Zoom in, zoom out, show everything")},
                {keys({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right)}),
                    tr("Move back or forward in time")},
                {keys({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)}),
                    tr("Select the socket above or below")},
                {keys({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_PageDown)}),
                    tr("Scroll the sockets")}}},
        {tr("On the port map"),
            {{keys({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Up),
                  QKeySequence(Qt::Key_Down)}),
                 tr("Move to a neighbouring port")},
                {keys({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus)}), tr("Zoom in or out")},
                {keys({QKeySequence(Qt::Key_Home)}), tr("Show all 65,536 ports")}}},
    };
    QString html;
    for (const Section &section : sections) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"4\">")
                    .arg(section.title.toHtmlEscaped());
        for (const Row &row : section.rows)
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(row.keys, row.what.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    QTextBrowser *browser = nullptr;
    QDialog *dialog = textDialog(parent, tr("Keyboard shortcuts"), &browser, QSize(720, 640));
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    browser->setHtml(html);
    dialog->show();
}

QString HelpMenu::readmeMarkdown()
{
    QFile file(QStringLiteral(":/doc/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    // The screenshots are not compiled in. Their table, read without them, was a grid of
    // captions under an empty heading row: it becomes a list of what each tab is for.
    QStringList kept;
    for (qsizetype at = 0; at < lines.size();) {
        if (!lines.at(at).startsWith(QLatin1Char('|'))) {
            if (!lines.at(at).startsWith(QLatin1StringView("Screenshots taken")))
                kept << lines.at(at);
            ++at;
            continue;
        }
        qsizetype end = at;
        bool pictures = false;
        while (end < lines.size() && lines.at(end).startsWith(QLatin1Char('|'))) {
            pictures = pictures || lines.at(end).contains(QLatin1StringView("!["));
            ++end;
        }
        for (; at < end; ++at) {
            if (!pictures) {
                kept << lines.at(at);
                continue;
            }
            if (lines.at(at).contains(QLatin1StringView("![")))
                continue;
            for (const QString &cell : lines.at(at).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
                const QString text = cell.trimmed();
                if (!text.isEmpty() && !text.startsWith(QLatin1StringView("---")))
                    kept << QStringLiteral("- ") + text;
            }
        }
    }
    QString text = kept.join(QLatin1Char('\n'));
    // A picture anywhere else keeps its caption.
    static const QRegularExpression picture(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    text.replace(picture, QStringLiteral("*\\1*"));
    return text;
}

void HelpMenu::showReadme(QWidget *parent)
{
    QTextBrowser *browser = nullptr;
    QDialog *dialog = textDialog(parent, tr("Read me"), &browser, QSize(960, 720));
    dialog->setObjectName(QStringLiteral("readmeDialog"));
    const QString markdown = readmeMarkdown();
    if (markdown.isEmpty())
        browser->setPlainText(tr("The README is missing from this build."));
    else
        browser->setMarkdown(markdown);
    dialog->show();
}

} // namespace SocketScope
