#include "recordingreader.h"

#include "journal.h"
#include "recordingformat.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>

namespace SocketScope {

bool RecordingReader::read(const QString &path, Journal &journal)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fatal = file.errorString();
        m_problems.clear();
        m_events = 0;
        return false;
    }
    return read(file, journal);
}

bool RecordingReader::read(QIODevice &device, Journal &journal)
{
    m_fatal.clear();
    m_problems.clear();
    m_events = 0;
    qint64 lineNumber = 0;
    bool sawHeader = false;
    while (!device.atEnd()) {
        QByteArray line = device.readLine();
        ++lineNumber;
        // A file cut off mid-write ends without a newline; that last line is still tried.
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!sawHeader) {
            const QString why = RecordingFormat::checkHeader(line);
            if (!why.isEmpty()) {
                m_fatal = QCoreApplication::translate("RecordingReader", "line %1: %2").arg(lineNumber).arg(why);
                return false;
            }
            sawHeader = true;
            continue;
        }
        Event event;
        const QString why = RecordingFormat::parseEventLine(line, journal, &event);
        if (!why.isEmpty()) {
            m_problems.append({lineNumber, why});
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

} // namespace SocketScope
