#pragma once

#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QTableView;
class QTextBrowser;

namespace SocketScope {

class ChallengeBoard;
class ChallengeBoardModel;
class ChallengeHost;
class ChallengeSeats;
class Journal;
class Playhead;
struct Challenge;

// The projector view of a class challenge: the teacher picks a built-in challenge (or writes
// one), starts it, and every student's socket appears as a row with its verdict as it happens.
// Above the table: what to do, with nc, Python and a browser, for the address and port the
// class connects to. After class the rows export as CSV.
//
// Over a recording (no host) it shows the board of a challenge judged from the recording's
// events, at the playhead (followRecording).
class ChallengeView : public QWidget
{
    Q_OBJECT

public:
    // `host` null: a replay; followRecording() then says which challenge to judge.
    explicit ChallengeView(ChallengeHost *host, QWidget *parent = nullptr);
    ~ChallengeView() override;

    // Replay: the board of `challenge` as it stood at the playhead, moving with it; its class
    // socket is the first listener (or UDP socket) on its port, any port when the port is 0.
    // Without a challenge: the one the recording names (its challenge_started events), the
    // latest started at the playhead, or the first one before it.
    // A replay opens at its start, where no student has come yet; a teacher opening a class's
    // recording wants its results, so until the playhead first moves the board shows the
    // recording's end (and says so).
    void followRecording(Journal *journal, Playhead *playhead, const std::optional<Challenge> &challenge);

    // Starts `challenge` on `address` as if the teacher had (the command line's --challenge);
    // false and a message on the view when it cannot.
    bool start(const Challenge &challenge, const QString &address);
    ChallengeBoardModel *model() const { return m_model; }
    // Writes the results to `path`; false when the file cannot be written.
    bool exportCsv(const QString &path);
    // Presentation mode: larger type, yet room for a class on a 1024x768 projector: the board
    // turns to seat cards there unless the teacher picked the table.
    void setPresentationScale(qreal scale);
    // The board as a table (a row per student) or as seat cards (a class on one screen).
    enum class Board { Table, Seats };
    void showBoard(Board board);
    Board board() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    void onChoiceChanged();
    void onStart();
    void onStarted();
    void onStopped();
    void onExport();
    void showInstructions();
    void showSummary();
    // The time left, from the journal's clock; ticks once a second while a limit runs.
    void showCountdown();
    void showUnseen();
    Challenge chosen() const;
    bool isRunning() const;
    void onPlayheadMoved();
    // The recording's own challenge at `shown` events; false when it names none. `changed`:
    // it is another start than the board's.
    bool pickNamedChallenge(qsizetype shown, bool *changed);
    void showRecordedControls();

    ChallengeHost *m_host;
    ChallengeBoardModel *m_model;
    QLabel *m_choiceLabel;
    QComboBox *m_choice;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_limitLabel;
    QSpinBox *m_limit;
    QPushButton *m_start;
    QPushButton *m_stop;
    QCheckBox *m_paused;
    QPushButton *m_export;
    QWidget *m_custom;
    QLabel *m_protocolLabel;
    QComboBox *m_protocol;
    QLabel *m_expectedLabel;
    QLineEdit *m_expected;
    QLabel *m_banner;
    QTextBrowser *m_instructions;
    QLabel *m_summary;
    QLabel *m_countdown;
    QTimer m_tick;
    Journal *m_journal = nullptr;
    QPointer<Playhead> m_playhead;
    std::unique_ptr<Challenge> m_recorded;
    // Following the challenges the recording names: which challenge_started event the board
    // starts at (-1: none yet).
    bool m_followNamed = false;
    qsizetype m_namedStart = -1;
    QList<qsizetype> m_namedStarts;
    qsizetype m_namedScanned = 0;
    std::unique_ptr<ChallengeBoard> m_replayBoard;
    // Showing the recording's end rather than the playhead, until the playhead leaves
    // m_openedAtShown (the instant it showed when the replay was opened).
    bool m_showingEnd = false;
    qsizetype m_openedAtShown = -1;
    qint64 m_replayNowNs = 0;
    bool m_countdownStyled = false;
    bool m_countdownWarns = false;
    // What the board cannot see here (a knock on a wrong port), in a sentence.
    QLabel *m_unseen;
    QLabel *m_message;
    QTableView *m_table;
    ChallengeSeats *m_seats;
    QStackedWidget *m_boards;
    QLabel *m_boardLabel;
    QToolButton *m_tableButton;
    QToolButton *m_seatsButton;
    // The teacher chose table or cards: presentation mode no longer picks for them.
    bool m_boardPicked = false;
};

} // namespace SocketScope
