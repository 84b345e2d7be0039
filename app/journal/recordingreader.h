#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QIODevice;

namespace SocketScope {

class Journal;

// Loads a recording into a journal. A damaged line is counted and skipped; only a missing or
// foreign header, or a file that cannot be read, stops the read. What the reader holds besides
// the journal stays small whatever the file: a line longer than kMaxLineBytes is skipped
// without being kept, and only the first kProblemsKept damaged lines are kept to report.
class RecordingReader
{
public:
    // Far above any real event (a payload preview is 256 bytes, a line a few hundred).
    static constexpr qint64 kMaxLineBytes = qint64(1024) * 1024;
    static constexpr qsizetype kProblemsKept = 10;

    struct Problem
    {
        qint64 line = 0;
        QString reason;
    };

    bool read(QIODevice &device, Journal &journal);
    bool read(const QString &path, Journal &journal);

    QString fatalError() const { return m_fatal; }
    // The first kProblemsKept damaged lines, in file order.
    const QList<Problem> &problems() const { return m_problems; }
    // Every damaged line, including those not kept in problems().
    qint64 damagedLines() const { return m_damaged; }
    qint64 eventsRead() const { return m_events; }

    // The damaged lines for a person: one "line N: why" for each kept problem, then
    // "N more damaged lines" when more were counted than kept.
    QStringList problemSummary() const;

private:
    void reset();
    void addProblem(qint64 line, const QString &reason);

    QString m_fatal;
    QList<Problem> m_problems;
    qint64 m_damaged = 0;
    qint64 m_events = 0;
};

} // namespace SocketScope
