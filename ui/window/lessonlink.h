#pragma once

#include <QtWidgets/QAbstractButton>

namespace SocketScope {

// One lesson in the welcome page's list: its number in a column of its own, so the lessons of
// a topic read as a numbered list, and its title beside it, wrapped onto a second line where
// the column is narrow (a projector's 1024 pixels, large type, a long Korean title) rather
// than cut. text() is the whole "4. The 3-way handshake".
class LessonLink : public QAbstractButton
{
    Q_OBJECT

public:
    LessonLink(int number, const QString &title, QWidget *parent);

    // The room for the widest number of the list, so the titles of all topics line up.
    void setNumberWidth(int pixels);
    int numberWidth() const;
    // Less room above and below the title, where a short screen needs every line.
    void setTight(bool tight);
    // Where the title is drawn, and how many lines it takes, at the current width.
    QRect titleRect() const;
    int titleLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont titleFont() const;
    int padding() const;
    QRect titleRectFor(int width) const;

    QString m_number;
    QString m_title;
    int m_numberWidth = 0;
    bool m_tight = false;
};

} // namespace SocketScope
