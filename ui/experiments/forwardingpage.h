#pragma once

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace SocketScope {

class Lab;
class PortForwarder;

// Port-forwarding rules: each one a real forwarder made of lab sockets. One row per rule,
// and under it one row per forwarded connection with the bytes each way.
class ForwardingPage : public QWidget
{
    Q_OBJECT

public:
    explicit ForwardingPage(Lab *lab, QWidget *parent = nullptr);

    QList<PortForwarder *> forwarders() const { return m_forwarders; }
    // Adds a rule as the form would; returns false and shows why when it cannot start.
    bool addRule(const QString &ruleText);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onAdd();
    void onRemove();
    void refresh(PortForwarder *forwarder);
    void showError(const QString &text);
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
    QLabel *m_error;
    QTreeWidget *m_rules;
    QList<PortForwarder *> m_forwarders;
};

} // namespace SocketScope
