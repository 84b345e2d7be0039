#include "payloadview.h"

#include "history/playhead.h"
#include "journal/journal.h"
#include "models/labels.h"

#include <QtCore/QEvent>

#include <QtGui/QFontDatabase>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QVBoxLayout>
#include <algorithm>

namespace SocketScope {

PayloadView::PayloadView(Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_title(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(kMaxBlocks * 8);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PayloadView::rebuild);

    m_refresh.setInterval(100);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &PayloadView::rebuild);
    connect(m_journal, &Journal::eventsAppended, this, [this](qsizetype, qsizetype last) {
        if (m_socket >= 0 && m_journal->at(last).socket == m_socket && !m_refresh.isActive())
            m_refresh.start();
    });
    retranslate();
}

void PayloadView::showSocket(qint32 id)
{
    if (id == m_socket)
        return;
    m_socket = id;
    rebuild();
}

void PayloadView::followPlayhead(const Playhead *playhead)
{
    if (m_playhead)
        disconnect(m_playhead, nullptr, this, nullptr);
    m_playhead = playhead;
    if (m_playhead)
        connect(m_playhead, &Playhead::moved, this, &PayloadView::rebuild);
    rebuild();
}

QString PayloadView::shownText() const
{
    return m_text->toPlainText();
}

void PayloadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PayloadView::retranslate()
{
    m_mode->setItemText(0, tr("Text"));
    m_mode->setItemText(1, tr("Hex"));
    m_mode->setToolTip(tr("Show the bytes as text, or as hexadecimal numbers"));
    rebuild();
}

QString PayloadView::printable(const QByteArray &data)
{
    QString text;
    text.reserve(data.size());
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n')
            text += QStringLiteral("\\n\n");
        else if (c == '\r')
            text += QStringLiteral("\\r");
        else if (c == '\t')
            text += QStringLiteral("\\t");
        else if (u < 0x20 || u >= 0x7f)
            text += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            text += QLatin1Char(c);
    }
    return text;
}

QString PayloadView::hexDump(const QByteArray &data)
{
    QString out;
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        const QByteArray row = data.mid(offset, 16);
        QString hex, ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i < row.size()) {
                const auto u = static_cast<unsigned char>(row[i]);
                hex += QStringLiteral("%1 ").arg(u, 2, 16, QLatin1Char('0'));
                ascii += (u >= 0x20 && u < 0x7f) ? QLatin1Char(char(u)) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
            if (i == 7)
                hex += QLatin1Char(' ');
        }
        out += QStringLiteral("%1  %2 %3\n").arg(offset, 4, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return out;
}

void PayloadView::rebuild()
{
    m_text->clear();
    m_blocks = 0;
    if (m_socket < 0) {
        m_title->setText(tr("Select a socket to see the data it sent and received."));
        return;
    }
    const std::vector<quint32> &events = m_journal->eventsOfSocket(m_socket);
    // In the past, the socket's events up to the playhead; they are in journal order.
    const bool past = m_playhead && !m_playhead->isLive();
    const std::size_t end = past
        ? std::size_t(std::lower_bound(events.begin(), events.end(), quint32(m_playhead->shownCount()))
            - events.begin())
        : events.size();
    QString text;
    int blocks = 0;
    // Walk back from the newest event: only the last kMaxBlocks blocks are shown.
    std::size_t first = end;
    while (first > 0 && blocks < kMaxBlocks) {
        const EventKind kind = m_journal->at(events[first - 1]).kind;
        if (kind == EventKind::DataSent || kind == EventKind::DataReceived || kind == EventKind::DatagramSent
            || kind == EventKind::DatagramReceived)
            ++blocks;
        --first;
    }
    const bool hex = m_mode->currentIndex() == 1;
    for (std::size_t i = first; i < end; ++i) {
        const Event &e = m_journal->at(events[i]);
        const bool sent = e.kind == EventKind::DataSent || e.kind == EventKind::DatagramSent;
        const bool received = e.kind == EventKind::DataReceived || e.kind == EventKind::DatagramReceived;
        if (!sent && !received)
            continue;
        const QString peer = m_journal->string(e.remote);
        QString header = sent ? tr("\u2192 sent %n byte(s)", "", int(e.value))
                              : tr("\u2190 received %n byte(s)", "", int(e.value));
        if (e.kind == EventKind::DatagramSent || e.kind == EventKind::DatagramReceived)
            header += QLatin1Char(' ') + (sent ? tr("to %1").arg(peer) : tr("from %1").arg(peer));
        header += QStringLiteral("   %1").arg(Labels::time(e.t));
        const QByteArray data = m_journal->payload(e.payload);
        text += QStringLiteral("\u2500\u2500 ") + header + QLatin1Char('\n');
        text += hex ? hexDump(data) : printable(data) + QLatin1Char('\n');
        if (data.size() < e.value)
            text += tr("(only the first %n byte(s) are kept)", "", int(data.size())) + QLatin1Char('\n');
    }
    m_blocks = blocks;
    m_title->setText(past ? tr("Socket #%1: %n block(s) of data up to the playhead", "", blocks).arg(m_socket)
                          : tr("Socket #%1: %n block(s) of data", "", blocks).arg(m_socket));
    if (text.isEmpty())
        text
            = past ? tr("No data sent or received up to the playhead.") : tr("No data sent or received yet.");
    m_text->setPlainText(text);
    m_text->moveCursor(QTextCursor::End);
}

} // namespace SocketScope
