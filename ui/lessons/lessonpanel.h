#pragma once

#include "lessons/lesson.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace SocketScope {

class LessonPlayer;

// The lesson list and the running lesson: the narration in large type, the step counter, the
// step's message (what the OS did, or why a step failed), and back / next / autoplay / restart.
// It only drives the player; the window turns the player's highlights into marks.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(LessonPlayer *player, QWidget *parent = nullptr);

    void setLessons(const QList<Lesson> &lessons);
    // Lesson files that could not be read ("file: reason"), shown under the list.
    void setProblems(const QStringList &problems);
    // 1.0 normal. Presentation mode passes a larger factor so the narration reads from the
    // back row at 1024x768.
    void setPresentationScale(qreal scale);
    qreal presentationScale() const { return m_scale; }
    // Presentation mode hides the list to leave the height to the narration; with no lesson
    // open a one-line chooser takes its place, since choosing one is all there is to do, and
    // the views keep the rest of the screen.
    void setLessonListVisible(bool visible);
    bool isLessonListShown() const;
    bool isChooserShown() const;

    QString narrationText() const;
    // Shows `text` as the narration (the player's narration arrives here).
    void showNarration(const QString &text);
    QString stepText() const;
    QString messageText() const;
    // The narration's type size now: large, made smaller (down to the normal size) where a
    // long step would otherwise need scrolling in a small panel.
    qreal narrationPointSize() const;
    // Whether the whole narration shows without scrolling.
    bool narrationFits() const;
    QSize minimumSizeHint() const override;
    // How tall the panel must be at `width` to show the whole step with the narration in its
    // large type (at least three lines of it, so the height does not jump from step to step),
    // or, with no lesson open, the whole list. A dock below the timeline takes this and no more.
    int readingHeight(int width) const;

signals:
    void lessonChosen(const QString &id);
    // What readingHeight() says may have changed: another step, message, type size or list.
    void readingHeightChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void updateStep();
    void updateButtons();
    void updateMessage(const QString &text, bool isError);
    // The player's message, or its failure worded.
    void showPlayerMessage();
    void updateTitles();
    void applyFonts();
    void fitNarration();
    // The message shows whole where it takes at most a quarter of the panel, and scrolls beyond
    // (the narration keeps the rest).
    void fitMessage();
    void showList();

    LessonPlayer *m_player;
    QList<Lesson> m_lessons;
    QStringList m_problemLines;
    qreal m_scale = 1.0;
    bool m_listWanted = true;

    QWidget *m_listSide;
    QListWidget *m_list;
    QWidget *m_chooser;
    QLabel *m_chooserLabel;
    QComboBox *m_chooserBox;
    QLabel *m_listTitle;
    QLabel *m_problems;
    QLabel *m_title;
    QLabel *m_step;
    QLabel *m_narration;
    QScrollArea *m_narrationScroll = nullptr;
    QLabel *m_message;
    QScrollArea *m_messageScroll = nullptr;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_autoplay;
    QPushButton *m_restart;
    QGridLayout *m_buttons = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace SocketScope
