#pragma once

#include "ports/bindprobe.h"
#include "ports/systemportsettings.h"

#include <QtWidgets/QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace SocketScope {

class KernelView;
class LabPorts;

// "Try to bind": a real bind() of a protocol, address and port, released at once, and the OS's
// answer in plain words, with the sockets that hold the port when it is taken.
class BindPanel : public QWidget
{
    Q_OBJECT

public:
    // `kernel` and `lab` may be null.
    BindPanel(KernelView *kernel, const LabPorts *lab, const SystemPortSettings &settings,
        QWidget *parent = nullptr);

    quint16 port() const;
    void setPort(quint16 port);
    void setProtocol(Protocol proto);
    void setAddress(const QString &address);
    const std::optional<BindProbe::Result> &lastResult() const { return m_last; }
    QString resultText() const;

    // What a probe's answer means, in one sentence (rich text): the only wording of a bind
    // outcome, used here and for a lesson's try_bind step.
    static QString outcomeText(const BindProbe::Result &result, const SystemPortSettings &settings);
    // The words for a probe's answer (rich text), for this panel and the tests: the outcome and,
    // when the port is in use, who holds it.
    static QString describe(const BindProbe::Result &result, const SystemPortSettings &settings,
        const LabPorts *lab, bool kernelAvailable);

public slots:
    void tryBind();

signals:
    void probed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResult();

    KernelView *m_kernel;
    const LabPorts *m_lab;
    SystemPortSettings m_settings;
    QLabel *m_protocolLabel;
    QComboBox *m_protocol;
    QLabel *m_addressLabel;
    QComboBox *m_address;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QPushButton *m_try;
    QLabel *m_result;
    std::optional<BindProbe::Result> m_last;
    QString m_badAddress; // what was typed when it was not an address
};

} // namespace SocketScope
