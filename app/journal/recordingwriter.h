#pragma once

#include <QtCore/QFile>
#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace SocketScope {

class Journal;

// Streams a journal to a JSON Lines file while the session runs. Lines are buffered and
// written at least every 50 ms, and flushed whole on close(), so the file always ends on a
// complete line.
class RecordingWriter : public QObject
{
    Q_OBJECT

public:
    explicit RecordingWriter(Journal *journal, QObject *parent = nullptr);
    ~RecordingWriter() override;

    // Opens `path`, writes the header and every event already in the journal.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_error; }
    QString fileName() const { return m_file.fileName(); }
    qint64 linesWritten() const { return m_lines; }

public slots:
    void flush();

signals:
    void failed(const QString &reason);

private:
    static constexpr qsizetype kFlushBytes = qsizetype(1024) * 1024;

    void onEventsAppended(qsizetype first, qsizetype last);

    Journal *m_journal;
    QFile m_file;
    QByteArray m_pending;
    QTimer m_flushTimer;
    QString m_error;
    qint64 m_lines = 0;
};

} // namespace SocketScope
