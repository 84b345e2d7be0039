#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace SocketScope {

class Journal;
class Lab;
class LinkFaultPanel;
class Playhead;
class TopologyView;
class VirtualNetwork;

// The Network tab: where new sockets live (this computer or the virtual lab network), a
// picture of the lab, the router's port-forwarding rules, and adding a host.
class NetworkPanel : public QWidget
{
    Q_OBJECT

public:
    NetworkPanel(VirtualNetwork *network, Lab *lab, QWidget *parent = nullptr);
    // Presentation mode: the picture in large type that reads from the back of a classroom.
    void setPresentationScale(qreal scale);
    // The picture shows each computer's sockets at the playhead's instant.
    void followPlayhead(const Playhead *playhead, const Journal *journal);
    TopologyView *picture() const { return m_picture; }

signals:
    // A sentence for the status bar.
    void messageRaised(const QString &text, bool isError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void useLab();
    void useHost();
    void addRule();
    void removeRule();
    void addHost();
    void say(const QString &text, bool isError);

    QPointer<VirtualNetwork> m_network;
    QPointer<Lab> m_lab;
    const Playhead *m_playhead = nullptr;
    LinkFaultPanel *m_faults;
    QLabel *m_where;
    QLabel *m_problem;
    QPushButton *m_useLab;
    QPushButton *m_useHost;
    TopologyView *m_picture;
    QWidget *m_controls;

    QLabel *m_rulesTitle;
    QTableWidget *m_rules;
    QComboBox *m_ruleProto;
    QSpinBox *m_publicPort;
    QComboBox *m_ruleHost;
    QSpinBox *m_privatePort;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QLabel *m_publicLabel;
    QLabel *m_toLabel;

    QLabel *m_hostTitle;
    QLineEdit *m_hostName;
    QComboBox *m_hostSegment;
    QLineEdit *m_hostAddress;
    QPushButton *m_addHost;
    QLabel *m_feedback;
};

} // namespace SocketScope
