#include "recordingwriter.h"

#include "journal.h"
#include "recordingformat.h"

namespace SocketScope {

RecordingWriter::RecordingWriter(Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_flushTimer.setInterval(50);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &RecordingWriter::flush);
}

RecordingWriter::~RecordingWriter()
{
    close();
}

bool RecordingWriter::open(const QString &path)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = m_file.errorString();
        return false;
    }
    m_error.clear();
    m_lines = 0;
    m_pending = RecordingFormat::headerLine(*m_journal);
    if (m_journal->count() > 0)
        onEventsAppended(0, m_journal->count() - 1);
    connect(m_journal, &Journal::eventsAppended, this, &RecordingWriter::onEventsAppended);
    flush();
    return true;
}

void RecordingWriter::close()
{
    if (!m_file.isOpen())
        return;
    disconnect(m_journal, &Journal::eventsAppended, this, &RecordingWriter::onEventsAppended);
    flush();
    m_file.close();
}

void RecordingWriter::onEventsAppended(qsizetype first, qsizetype last)
{
    for (qsizetype i = first; i <= last; ++i) {
        RecordingFormat::appendEventLine(m_pending, *m_journal, m_journal->at(i));
        // Opening a recording on a long session would otherwise hold the whole file in memory.
        if (m_pending.size() >= kFlushBytes)
            flush();
    }
    m_lines += last - first + 1;
    if (!m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void RecordingWriter::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_file.isOpen())
        return;
    // A short write leaves a partial line; remember it and keep what is left for later,
    // so the file never holds half a line followed by a new one.
    const qint64 written = m_file.write(m_pending);
    if (written < 0) {
        m_error = m_file.errorString();
        emit failed(m_error);
        return;
    }
    m_pending.remove(0, written);
    m_file.flush();
    if (!m_pending.isEmpty())
        m_flushTimer.start();
}

} // namespace SocketScope
