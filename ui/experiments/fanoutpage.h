#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace SocketScope {

class ExperimentDiagram;
class Journal;
class Lab;

// One datagram, many receivers: to a list of sockets, to a broadcast address, or to a
// multicast group. After each send the receivers are marked: who got it, who did not.
class FanOutPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { List, Broadcast, Multicast };

    FanOutPage(Lab *lab, Journal *journal, QWidget *parent = nullptr);
    // Lets go of the lab's signals before the page's children go.
    ~FanOutPage() override;

    QList<qint32> receivers() const { return m_receivers; }
    qint32 sender() const { return m_sender; }
    // Opens fresh receivers (and a sender) for `mode`; false when the OS refused.
    bool openReceivers(Mode mode, int count);
    void send(const QByteArray &data);
    // The last send's answer, socket by socket (empty until it is known).
    QList<qint32> lastReceived() const { return m_lastReceived; }
    QList<qint32> lastMissed() const { return m_lastMissed; }
    ExperimentDiagram *diagram() const { return m_diagram; }

signals:
    // The receivers were marked after a send.
    void deliveryShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void closeAll();
    void onOpen();
    void onSend();
    void onJoinLeave(bool join);
    void showDelivery(qsizetype firstEvent, qsizetype lastEvent);
    void updateItems();
    void updateDiagram();
    void retranslate();
    Mode mode() const;

    Lab *m_lab;
    Journal *m_journal;
    Mode m_openMode = Mode::List;
    QLabel *m_intro;
    QComboBox *m_mode;
    QSpinBox *m_count;
    QPushButton *m_open;
    QListWidget *m_list;
    QPushButton *m_join;
    QPushButton *m_leave;
    QLineEdit *m_message;
    QPushButton *m_send;
    QLabel *m_result;
    ExperimentDiagram *m_diagram;
    // What each receiver got since it was opened: datagrams and bytes.
    QHash<qint32, std::pair<qint64, qint64>> m_got;
    qint32 m_sender = -1;
    quint16 m_port = 0;
    QList<qint32> m_receivers;
    QList<qint32> m_members; // multicast: who is in the group now
    QList<qint32> m_lastReceived;
    QList<qint32> m_lastMissed;
};

} // namespace SocketScope
