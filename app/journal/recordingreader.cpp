#include "recordingreader.h"

#include "journal.h"
#include "recordingformat.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>

namespace SocketScope {

namespace {

enum class LineRead { Line, TooLong, End, Failed };

// Reads the next line into `buffer` (without its end of line), never holding more than
// RecordingReader::kMaxLineBytes of it: the rest of a longer line is read in pieces and dropped.
LineRead readBoundedLine(QIODevice &device, QByteArray &buffer, qsizetype *length)
{
    // Room for the longest line, its '\n' and the '\0' that readLine() adds.
    constexpr qint64 kRoom = RecordingReader::kMaxLineBytes + 2;
    if (buffer.size() < kRoom)
        buffer.resize(kRoom);
    if (device.atEnd())
        return LineRead::End;
    const qint64 got = device.readLine(buffer.data(), kRoom);
    if (got < 0)
        return LineRead::Failed;
    qsizetype size = qsizetype(got);
    if (size > 0 && buffer[size - 1] == '\n') {
        --size;
    } else if (size > RecordingReader::kMaxLineBytes) {
        // Cut off before its end: skip to the end of this line in small pieces.
        char piece[16 * 1024];
        for (;;) {
            if (device.atEnd())
                break;
            const qint64 more = device.readLine(piece, qint64(sizeof piece));
            if (more < 0)
                return LineRead::Failed;
            if (more > 0 && piece[more - 1] == '\n')
                break;
        }
        return LineRead::TooLong;
    }
    // A file cut off mid-write ends without a newline; that last line is still tried.
    while (size > 0 && buffer[size - 1] == '\r')
        --size;
    *length = size;
    return LineRead::Line;
}

bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

} // namespace

bool RecordingReader::read(const QString &path, Journal &journal)
{
    reset();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fatal = file.errorString();
        return false;
    }
    return read(file, journal);
}

void RecordingReader::reset()
{
    m_fatal.clear();
    m_problems.clear();
    m_damaged = 0;
    m_events = 0;
}

void RecordingReader::addProblem(qint64 line, const QString &reason)
{
    ++m_damaged;
    if (m_problems.size() < kProblemsKept)
        m_problems.append({line, reason});
}

bool RecordingReader::read(QIODevice &device, Journal &journal)
{
    reset();
    const QString tooLong = QCoreApplication::translate(
        "RecordingReader", "the line is longer than %1 bytes, the most one event may take")
                                .arg(kMaxLineBytes);
    QByteArray buffer;
    qint64 lineNumber = 0;
    bool sawHeader = false;
    for (;;) {
        qsizetype length = 0;
        const LineRead outcome = readBoundedLine(device, buffer, &length);
        if (outcome == LineRead::End)
            break;
        if (outcome == LineRead::Failed) {
            m_fatal = QCoreApplication::translate("RecordingReader", "reading stopped after line %1: %2")
                          .arg(lineNumber)
                          .arg(device.errorString());
            return false;
        }
        ++lineNumber;
        if (outcome == LineRead::TooLong) {
            if (!sawHeader) {
                m_fatal = QCoreApplication::translate("RecordingReader", "line %1: %2")
                              .arg(lineNumber)
                              .arg(tooLong);
                return false;
            }
            addProblem(lineNumber, tooLong);
            continue;
        }
        const QByteArrayView line(buffer.constData(), length);
        if (isBlank(line))
            continue;
        if (!sawHeader) {
            const QString why = RecordingFormat::checkHeader(line);
            if (!why.isEmpty()) {
                m_fatal
                    = QCoreApplication::translate("RecordingReader", "line %1: %2").arg(lineNumber).arg(why);
                return false;
            }
            sawHeader = true;
            continue;
        }
        Event event;
        const QString why = RecordingFormat::parseEventLine(line, journal, &event);
        if (!why.isEmpty()) {
            addProblem(lineNumber, why);
            continue;
        }
        journal.append(event);
        ++m_events;
    }
    if (!sawHeader) {
        m_fatal = QCoreApplication::translate("RecordingReader", "the file is empty");
        return false;
    }
    return true;
}

QStringList RecordingReader::problemSummary() const
{
    QStringList lines;
    for (const Problem &problem : m_problems)
        lines << QCoreApplication::translate("RecordingReader", "line %1: %2")
                     .arg(problem.line)
                     .arg(problem.reason);
    // Counted outside the translate() call: lupdate's parser does not finish on a template
    // argument list inside one.
    const int more = int(qMin(m_damaged - qint64(m_problems.size()), qint64(INT_MAX)));
    if (more > 0)
        lines << QCoreApplication::translate("RecordingReader", "%n more damaged line(s)", "", more);
    return lines;
}

} // namespace SocketScope
