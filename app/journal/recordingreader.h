#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

class QIODevice;

namespace SocketScope {

class Journal;

// Loads a recording into a journal. A damaged line is reported with its number and skipped;
// only a missing or foreign header stops the read.
class RecordingReader
{
public:
    struct Problem
    {
        qint64 line = 0;
        QString reason;
    };

    bool read(QIODevice &device, Journal &journal);
    bool read(const QString &path, Journal &journal);

    QString fatalError() const { return m_fatal; }
    const QList<Problem> &problems() const { return m_problems; }
    qint64 eventsRead() const { return m_events; }

private:
    QString m_fatal;
    QList<Problem> m_problems;
    qint64 m_events = 0;
};

} // namespace SocketScope
