#pragma once

#include "drills/drillchoice.h"
#include "window/theme.h"

#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QTimer;

namespace SocketScope {

class Lab;
class MysteryDrill;
class VirtualNetwork;

// The Mystery fault page: the drill's task, the faults to choose from, "Check my answer" and
// "Reveal". A wrong answer says what does not fit; the reveal names the fault and asks the
// window to select the event that proves it (evidenceShown).
class DrillPanel : public QWidget
{
    Q_OBJECT

public:
    // `lab` and `network` are null in a replay: the page then only says a drill needs the live lab.
    DrillPanel(Lab *lab, VirtualNetwork *network, QWidget *parent = nullptr);
    ~DrillPanel() override;

    MysteryDrill *drill() const { return m_drill; }
    // Starts `choice`; false, with the reason on the page, when it cannot.
    bool startDrill(const DrillChoice &choice);
    void setPresentationScale(qreal scale);

signals:
    // The event that proves the fault (its journal index), and its socket (-1: none).
    void evidenceShown(qint64 index, qint32 socket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkAnswer();
    void reveal();
    void lookForEvidence();
    void refresh();
    void say(const QString &text, Theme::Role role);

    MysteryDrill *m_drill = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title;
    QLabel *m_task;
    QLabel *m_state;
    QPushButton *m_newDrill;
    QPushButton *m_probe;
    QLabel *m_question;
    QButtonGroup *m_answers;
    QList<QRadioButton *> m_answerButtons;
    QList<QLabel *> m_answerLines;
    QPushButton *m_check;
    QPushButton *m_reveal;
    QLabel *m_feedback;
    Theme::Role m_feedbackRole = Theme::Role::Warning;
    // After Reveal, until the proof is in the journal (a probe may have to make it first).
    QTimer *m_evidenceWait;
    int m_evidenceTries = 0;
};

} // namespace SocketScope
