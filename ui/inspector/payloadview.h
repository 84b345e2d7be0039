#pragma once

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QPlainTextEdit;
class QComboBox;
class QLabel;

namespace SocketScope {

class Journal;

// What the selected socket sent and received, one block per write, read or datagram, as text
// or as a hex dump. Boundaries stay visible: two sends that arrive as one read show as one
// block. Only the newest blocks are kept, so a flood cannot eat memory.
class PayloadView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxBlocks = 400;

    explicit PayloadView(Journal *journal, QWidget *parent = nullptr);

    void showSocket(qint32 id);
    qint32 socket() const { return m_socket; }

    static QString hexDump(const QByteArray &data);
    static QString printable(const QByteArray &data);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    Journal *m_journal;
    qint32 m_socket = -1;
    QLabel *m_title;
    QComboBox *m_mode;
    QPlainTextEdit *m_text;
    QTimer m_refresh;
    std::size_t m_shownEvents = 0;
};

} // namespace SocketScope
