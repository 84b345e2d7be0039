#pragma once

#include <QtCore/QObject>

class QAction;
class QMenu;
class QWidget;

namespace SocketScope {

class LanguageSwitcher;
class LessonLibrary;

// What the Help menu offers besides About: the welcome page, every lesson by topic, "what is
// this?", the explanations, the keyboard shortcuts and the README, readable offline.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    // Puts its entries at the top of `menu`, above what is already there. `library` and
    // `language` may be null.
    HelpMenu(QMenu *menu, const LessonLibrary *library, const LanguageSwitcher *language);

    QMenu *lessonsMenu() const { return m_lessons; }
    QAction *whatsThisAction() const { return m_whatsThis; }
    QAction *welcomeAction() const { return m_welcome; }

    // The dialogs, also for a test to open.
    static void showShortcuts(QWidget *parent);
    static void showReadme(QWidget *parent);
    // The README as compiled in, its pictures replaced by their captions.
    static QString readmeMarkdown();

signals:
    void welcomeRequested();
    void lessonRequested(const QString &id);
    void whatsThisRequested();
    void explanationsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillLessons();

    QMenu *m_menu;
    const LessonLibrary *m_library;
    const LanguageSwitcher *m_language;
    QAction *m_welcome;
    QMenu *m_lessons;
    QAction *m_lessonsAction;
    QAction *m_whatsThis;
    QAction *m_explanations;
    QAction *m_shortcuts;
    QAction *m_readme;
};

} // namespace SocketScope
