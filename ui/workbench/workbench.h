#pragma once

#include "lab/laberror.h"
#include "sockopts/optionrequest.h"

#include <QtCore/QHash>
#include <QtWidgets/QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace SocketScope {

class Lab;
class SocketOptionsPanel;
struct AppSettings;

// Where a person opens sockets and commands them: a TCP server, TCP clients, a UDP socket,
// and the actions for the socket selected in the tables. Every field is checked before the
// lab is asked, and every failure is said in a sentence.
class Workbench : public QWidget
{
    Q_OBJECT

public:
    explicit Workbench(Lab *lab, QWidget *parent = nullptr);

    void setSelectedSocket(qint32 id);
    // A replay has no live lab: the forms give way to a sentence that says so.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The virtual lab network's addresses, offered in the address fields while it is in use
    // (empty: it is not); a server there is out of other computers' reach.
    void setLabAddresses(const QStringList &addresses);
    // The last addresses and ports, remembered between runs.
    void restoreFields(const AppSettings &settings);
    void storeFields(AppSettings &settings) const;

signals:
    // A sentence for the status area; `error` marks a failure.
    void message(const QString &text, bool error);
    void socketOpened(qint32 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void listen();
    void connectClients();
    void bindUdp();
    void send();
    void act(LabError (Lab::*action)(qint32));
    void togglePause();
    void applyCap();
    void updateSelection();
    void updateAddressWarning();
    QStringList m_labAddresses;
    // Parses an IP address, or looks a host name up without blocking, then calls `then`.
    // Reports a failure in a sentence and does not call `then`.
    void withAddress(QComboBox *field, const std::function<void(const QHostAddress &)> &then);
    bool port(QLineEdit *field, quint16 *out);
    // The socket options typed in a form (`reuseport,rcvbuf=4096`); says what is wrong and
    // returns nullopt when they do not parse.
    std::optional<QList<OptionRequest>> options(QLineEdit *field, Protocol proto);
    void report(QWidget *box, qint32 id, const LabError &error, const QString &success);
    // A failure said under the form it belongs to (and in the status bar).
    void fail(QWidget *box, const QString &text);
    void showProblem(QWidget *box, const QString &text);
    // Any socket the OS refused, opened here or elsewhere (the command line, a lesson).
    void onSocketFailed(qint32 id, const LabError &error);

    Lab *m_lab;
    qint32 m_selected = -1;

    QGroupBox *m_serverBox;
    QLabel *m_serverAddressLabel, *m_serverPortLabel, *m_backlogLabel;
    QComboBox *m_serverAddress;
    QLineEdit *m_serverPort;
    QSpinBox *m_backlog;
    QLabel *m_serverOptionsLabel;
    QLineEdit *m_serverOptions;
    QPushButton *m_listen;
    QLabel *m_exposure;

    QGroupBox *m_clientBox;
    QLabel *m_clientHostLabel, *m_clientPortLabel, *m_sourceLabel, *m_countLabel;
    QComboBox *m_clientHost;
    QLineEdit *m_clientPort;
    QComboBox *m_source;
    QSpinBox *m_count;
    QLabel *m_clientOptionsLabel;
    QLineEdit *m_clientOptions;
    QPushButton *m_connect;

    QGroupBox *m_udpBox;
    QLabel *m_udpAddressLabel, *m_udpPortLabel;
    QComboBox *m_udpAddress;
    QLineEdit *m_udpPort;
    QCheckBox *m_broadcast;
    QLabel *m_udpOptionsLabel;
    QLineEdit *m_udpOptions;
    QPushButton *m_bind;

    QGroupBox *m_selectedBox;
    QLabel *m_selectedLabel, *m_payloadLabel, *m_destinationsLabel, *m_capLabel;
    QLineEdit *m_payload;
    QLineEdit *m_destinations;
    QPushButton *m_send, *m_halfClose, *m_close, *m_abort, *m_pause;
    QSpinBox *m_cap;
    SocketOptionsPanel *m_socketOptions;

    // Under each form, the last failure of what it opened (hidden while there is none).
    QHash<QWidget *, QLabel *> m_problems;
    // True while the workbench itself asks the lab, whose fields already say what was tried.
    bool m_opening = false;
    // In a replay, in place of the forms.
    QLabel *m_replayNote;
    bool m_readOnly = false;
};

} // namespace SocketScope
