#pragma once

#include <QtWidgets/QWidget>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace SocketScope {

class ExperimentDiagram;
class Journal;
class Lab;
class LossyPath;
class PortForwarder;

// The same numbered messages sent over UDP and over TCP, each through a relay that damages
// traffic on purpose. UDP shows what arrives, in the order it arrives; TCP shows every byte,
// in order, later.
class LossyPathPage : public QWidget
{
    Q_OBJECT

public:
    LossyPathPage(Lab *lab, Journal *journal, QWidget *parent = nullptr);
    ~LossyPathPage() override;

    bool isRunning() const { return m_udpRelay != nullptr; }
    bool start();
    void stop();
    // Sends `count` numbered messages both ways.
    void sendNumbered(int count);
    LossyPath *udpPath() const { return m_udpPath; }
    LossyPath *tcpPath() const { return m_tcpPath; }
    ExperimentDiagram *diagram() const { return m_diagram; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStartStop();
    void onData(qint32 id, const QByteArray &data);
    void updateCounts();
    void updateDiagram();
    void retranslate();

    Lab *m_lab;
    Journal *m_journal;
    QLabel *m_intro;
    QGroupBox *m_settingsBox;
    QLabel *m_dropLabel;
    QDoubleSpinBox *m_drop;
    QLabel *m_duplicateLabel;
    QDoubleSpinBox *m_duplicate;
    QLabel *m_reorderLabel;
    QDoubleSpinBox *m_reorder;
    QLabel *m_delayRateLabel;
    QDoubleSpinBox *m_delayRate;
    QLabel *m_delayLabel;
    QSpinBox *m_delayMs;
    QLabel *m_rateLabel;
    QSpinBox *m_rate;
    QLabel *m_seedLabel;
    QSpinBox *m_seed;
    QPushButton *m_startStop;
    QSpinBox *m_count;
    QPushButton *m_send;
    QGroupBox *m_udpBox;
    QPlainTextEdit *m_udpText;
    QLabel *m_udpCounts;
    QGroupBox *m_tcpBox;
    QPlainTextEdit *m_tcpText;
    QLabel *m_tcpCounts;
    ExperimentDiagram *m_diagram;

    LossyPath *m_udpPath = nullptr;
    LossyPath *m_tcpPath = nullptr;
    PortForwarder *m_udpRelay = nullptr;
    PortForwarder *m_tcpRelay = nullptr;
    qint32 m_udpServer = -1;
    qint32 m_udpClient = -1;
    qint32 m_tcpServer = -1;
    qint32 m_tcpClient = -1;
    int m_nextNumber = 1;
    // What went into each relay and what came out at each receiver, since the start.
    qint64 m_udpSent = 0, m_udpSentBytes = 0, m_udpGot = 0, m_udpGotBytes = 0;
    qint64 m_tcpSentBytes = 0, m_tcpGotBytes = 0;
};

} // namespace SocketScope
