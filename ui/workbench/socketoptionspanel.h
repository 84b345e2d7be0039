#pragma once

#include "journal/event.h"

#include <QtWidgets/QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace SocketScope {

class Lab;

// The socket options of the socket selected in the workbench: a check box or a number per
// option, each set on the socket when changed, with what the kernel reports beside it.
class SocketOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SocketOptionsPanel(Lab *lab, QWidget *parent = nullptr);

    // -1: none selected (the panel greys its options out).
    void setSocket(qint32 id);
    // Reads the kernel's values again (the socket changed).
    void refresh();

signals:
    // A sentence for the status area; `error` marks a failure.
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        SocketOption option;
        QLabel *name = nullptr; // number rows
        QCheckBox *check = nullptr; // on/off rows
        QSpinBox *spin = nullptr; // number rows
        QLabel *kernel = nullptr;
    };

    void retranslate();
    void apply(const Row &row, qint64 value);
    QString valueText(SocketOption option, qint64 value) const;
    QString kernelText(SocketOption option, qint64 value) const;
    QString optionTitle(SocketOption option) const;
    QString optionTip(SocketOption option) const;

    Lab *m_lab;
    qint32 m_socket = -1;
    QToolButton *m_toggle;
    QWidget *m_body;
    QLabel *m_result; // what the last change did
    std::vector<Row> m_rows;
};

} // namespace SocketScope
