#pragma once

#include <QtWidgets/QListView>

namespace SocketScope {

class ChallengeBoardModel;

// The class challenge's board as a seating chart: one card per student, wrapping across the
// width, its border and tint the verdict's colour, so a class of thirty reads from the back of a
// room on one 1024x768 projector screen (a table row each does not fit there). The rows of the
// same model as the table; a card's tooltip holds its whole row.
class ChallengeSeats : public QListView
{
    Q_OBJECT

public:
    explicit ChallengeSeats(ChallengeBoardModel *model, QWidget *parent = nullptr);

    // The size of one card: the class's widest address, three lines, as wide as the view's
    // width shared among as few to a row as show the whole class at once.
    QSize cardSize() const;
    // The type on the cards: the view's own, grown (up to kMostGrowth times) while the whole
    // class still fits, so a small class or a large screen reads from the back of the room.
    QFont cardFont() const { return m_cardFont; }
    static constexpr double kMostGrowth = 2.0;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitCards();

    QSize m_card;
    QFont m_cardFont;
};

} // namespace SocketScope
