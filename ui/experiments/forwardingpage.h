#pragma once

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace SocketScope {

class ExperimentDiagram;
class Lab;
class PortForwarder;

// Port-forwarding rules: each one a real forwarder made of lab sockets. One row per rule,
// and under it one row per forwarded connection with the bytes each way.
class ForwardingPage : public QWidget
{
    Q_OBJECT

public:
    explicit ForwardingPage(Lab *lab, QWidget *parent = nullptr);
    // Lets go of the lab's signals first: its forwarders, children of the page, close their
    // sockets as they go, after this class's part of the page is gone.
    ~ForwardingPage() override;

    QList<PortForwarder *> forwarders() const { return m_forwarders; }
    // Adds a rule as the form would; returns false and shows why when it cannot start.
    bool addRule(const QString &ruleText);
    // The two ends the rule joins, opened as the buttons do: a server at the target, a client
    // of the forwarder. Return the socket, or -1 and say why.
    qint32 openTargetServer();
    qint32 connectClient();
    ExperimentDiagram *diagram() const { return m_diagram; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onAdd();
    void onRemove();
    void refresh(PortForwarder *forwarder);
    void showError(const QString &text);
    void updateDiagram();
    void updateDiagramSoon();
    PortForwarder *shownForwarder() const;
    void retranslate();

    Lab *m_lab;
    QLabel *m_intro;
    QLabel *m_protocolLabel;
    QComboBox *m_protocol;
    QLabel *m_listenLabel;
    QComboBox *m_listenAddress;
    QSpinBox *m_listenPort;
    QLabel *m_targetLabel;
    QComboBox *m_targetAddress;
    QSpinBox *m_targetPort;
    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_openServer;
    QPushButton *m_connectClient;
    ExperimentDiagram *m_diagram;
    bool m_diagramDue = false;
    bool m_diagramStale = false; // the lab changed while the page was hidden
    QLabel *m_error;
    QTreeWidget *m_rules;
    QList<PortForwarder *> m_forwarders;
};

} // namespace SocketScope
