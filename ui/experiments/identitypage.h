#pragma once

#include "experiments/socketidentitylab.h"

#include <QtCore/QList>
#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;

namespace SocketScope {

class ExperimentDiagram;
class Lab;
class SharedPortDemo;

// The uniqueness rule of <protocol, address, port>, tried for real: a button per experiment
// and the OS's answer beside it, green when it allowed the second socket, red when it refused.
// Below, the exception that is not one: a listener and its accepted sockets share a port.
class IdentityPage : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityPage(Lab *lab, QWidget *parent = nullptr);

    // Runs one experiment as its button does, and returns the OS's answer.
    SocketIdentityLab::Result run(SocketIdentityLab::Experiment experiment);
    QString answerText(SocketIdentityLab::Experiment experiment) const;
    SharedPortDemo *sharedPortDemo() const { return m_demo; }
    ExperimentDiagram *diagram() const { return m_diagram; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTuples();
    // The binds of the experiment last run, one box each: solid when the OS allowed it.
    void showBinds(const SocketIdentityLab::Result &result);
    void retranslate();

    Lab *m_lab;
    QLabel *m_intro;
    QList<QPushButton *> m_buttons;
    QList<QLabel *> m_answers;
    QList<SocketIdentityLab::Result> m_results;
    QList<bool> m_ran;
    QLabel *m_caveatIntro;
    QPushButton *m_showShared;
    QLabel *m_tuples;
    SharedPortDemo *m_demo;
    ExperimentDiagram *m_diagram;
};

} // namespace SocketScope
