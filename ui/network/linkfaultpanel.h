#pragma once

#include "network/recordednetwork.h"

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
    // The playhead left the present (`live` false): the form shows the faults `network` had at
    // that instant and cannot change them; back in the present it edits the lab's again.
    void showInstant(const RecordedNetwork &network, bool live);
    // The faults the form shows for `link`, as --link writes them.
    QString faultShown(const QString &link) const;

signals:
    void messageRaised(const QString &text, bool isError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void say(const QString &text, bool isError);

    QPointer<VirtualNetwork> m_network;
    RecordedNetwork m_past;
    bool m_live = true;
    QLabel *m_title;
    QComboBox *m_link;
    QLineEdit *m_spec;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QLabel *m_feedback;
};

} // namespace SocketScope
