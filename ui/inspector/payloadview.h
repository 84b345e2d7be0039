#pragma once

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QPlainTextEdit;
class QComboBox;
class QLabel;

namespace SocketScope {

class Journal;
class Playhead;

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
    // Shows the bytes exchanged up to the playhead's instant (all of them while it is live).
    void followPlayhead(const Playhead *playhead);
    // What is shown: the blocks of data, and the text (or hex) of them.
    int blockCount() const { return m_blocks; }
    QString shownText() const;

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
    const Playhead *m_playhead = nullptr;
    int m_blocks = 0;
};

} // namespace SocketScope
