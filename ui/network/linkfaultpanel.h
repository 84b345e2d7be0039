#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace SocketScope {

class VirtualNetwork;

// The Network tab's form for faults on a lab link: which link (a computer's cable or the
// router's side of a network), the faults as --link writes them ("loss=5%,rate=1mbit"), and
// what the kernel made of them.
class LinkFaultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LinkFaultPanel(VirtualNetwork *network, QWidget *parent = nullptr);

    // Applies `spec` to `link` as the Apply button does; the sentence it said comes back.
    QString apply(const QString &link, const QString &spec);

signals:
    void messageRaised(const QString &text, bool isError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void say(const QString &text, bool isError);

    QPointer<VirtualNetwork> m_network;
    QLabel *m_title;
    QComboBox *m_link;
    QLineEdit *m_spec;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QLabel *m_feedback;
};

} // namespace SocketScope
