#include "comparereport.h"

#include "comparetext.h"
#include "journal/journal.h"
#include "journal/recordingreader.h"
#include "timeline/timelinelayout.h"

#include <QtCore/QTextStream>

namespace SocketScope {

int CompareReport::run(const QString &pathA, const QString &pathB, SessionDiff::Anchor anchor,
    QTextStream &out, QTextStream &err)
{
    const QLatin1StringView prefix("socketscope: ");
    Journal a;
    Journal b;
    for (const auto &[path, journal] : {std::pair {pathA, &a}, std::pair {pathB, &b}}) {
        RecordingReader reader;
        if (!reader.read(path, *journal)) {
            err << prefix << tr("cannot read %1: %2").arg(path, reader.fatalError()) << Qt::endl;
            return 1;
        }
        for (const QString &line : reader.problemSummary())
            err << prefix << tr("%1: skipped %2").arg(path, line) << Qt::endl;
    }
    TimelineLayout layoutA(&a);
    TimelineLayout layoutB(&b);
    layoutA.update();
    layoutB.update();
    // No receipt can come for a datagram still waiting once the recording has ended.
    layoutA.settleDatagrams(std::numeric_limits<qint64>::max());
    layoutB.settleDatagrams(std::numeric_limits<qint64>::max());
    const SessionDiff diff(layoutA, layoutB, anchor);

    out << tr("A: %1").arg(pathA) << Qt::endl << tr("B: %1").arg(pathB) << Qt::endl;
    out << tr("Lined up from each one's %1: %2 steps in A, %3 in B.")
               .arg(CompareText::anchor(anchor))
               .arg(diff.stepsCompared(SessionDiff::Side::A))
               .arg(diff.stepsCompared(SessionDiff::Side::B))
        << Qt::endl;
    if (const QString missing = CompareText::missingAnchor(diff); !missing.isEmpty())
        out << missing << Qt::endl;
    const auto count = qsizetype(diff.differences().size());
    if (count == 0) {
        out << tr("No differences.") << Qt::endl;
        return 0;
    }
    out << tr("%n difference(s):", "", int(qMin<qsizetype>(count, INT_MAX))) << Qt::endl;
    for (qsizetype i = 0; i < count; ++i)
        out << QLatin1StringView("  ") << CompareText::difference(diff, i, layoutA, layoutB) << Qt::endl;
    return 0;
}

} // namespace SocketScope
