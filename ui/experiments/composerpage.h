#pragma once

#include "payload/payloadparser.h"

#include <QtCore/QSettings>
#include <QtWidgets/QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace SocketScope {

class ExperimentDiagram;
class Lab;
class PayloadRepeater;
struct SocketInfo;
class SavedPayloads;

// Compose bytes to send on the selected lab socket: as text, as hex, or as text with escapes,
// with a chosen line ending. A mistake is marked where it is in the field and nothing is sent.
// Payloads can be saved for later, sent again on a timer, or read from a file.
class ComposerPage : public QWidget
{
    Q_OBJECT

public:
    // `settings` null: the application's own settings.
    explicit ComposerPage(Lab *lab, QWidget *parent = nullptr, QSettings *settings = nullptr);
    ~ComposerPage() override;

    void setSocket(qint32 id);
    qint32 socket() const { return m_socket; }

    QPlainTextEdit *editor() const { return m_editor; }
    void setMode(PayloadMode mode);
    void setLineEnding(LineEnding ending);
    // The bytes the field stands for now; empty result with an error when it is malformed.
    PayloadParser::Result payload() const;
    // Sends the composed payload once; false (and nothing sent) when it is malformed or there
    // is no socket to send to.
    bool sendOnce();
    QString errorText() const;
    // For UDP: where datagrams go, `ip:port`.
    void setDestination(const QString &endpoint);
    ExperimentDiagram *diagram() const { return m_diagram; }

signals:
    void sent(qint32 socket, const QByteArray &bytes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reparse();
    static bool canSendFrom(const SocketInfo *info);
    bool sendBytes(const QByteArray &bytes);
    void onSendFile();
    void onSave();
    void onLoadSaved(int index);
    void onDeleteSaved();
    void onRepeat();
    void fillSaved();
    void updateTarget();
    void updateDiagram();
    void retranslate();
    QString describe(const PayloadError &error) const;

    Lab *m_lab;
    std::unique_ptr<QSettings> m_ownSettings;
    std::unique_ptr<SavedPayloads> m_saved;
    PayloadRepeater *m_repeater;
    qint32 m_socket = -1;

    QLabel *m_target;
    QLabel *m_destinationLabel;
    QLineEdit *m_destination;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_endingLabel;
    QComboBox *m_ending;
    QPlainTextEdit *m_editor;
    QLabel *m_preview;
    QPushButton *m_send;
    QPushButton *m_sendFile;
    QLabel *m_savedLabel;
    QComboBox *m_savedList;
    QLineEdit *m_saveName;
    QPushButton *m_save;
    QPushButton *m_deleteSaved;
    QLabel *m_repeatLabel;
    QSpinBox *m_repeatCount;
    QSpinBox *m_repeatInterval;
    QPushButton *m_repeat;
    QLabel *m_status;
    ExperimentDiagram *m_diagram;
    // What went each way since this socket was picked: sends (datagrams) and bytes.
    qint64 m_sends = 0, m_sentBytes = 0, m_reads = 0, m_readBytes = 0;
};

} // namespace SocketScope
