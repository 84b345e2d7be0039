#include "timelineexporter.h"

#include "journal/journal.h"
#include "sequenceorigins.h"
#include "tcpinfostrips.h"
#include "timeline/timelinelayout.h"
#include "timelinepainter.h"
#include "timelinerows.h"
#include "timelinetext.h"
#include "timemapper.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtSvg/QSvgGenerator>

#include <limits>

namespace SocketScope {

namespace {

// Pictures wider than this draw the steps narrower instead; viewers choke on larger ones.
constexpr double kMaxPngWidth = 16000;
constexpr double kMaxSvgWidth = 60000;
// Taller ones, as many lanes as fit in this height, and one more line saying how many did not.
constexpr double kMaxPngHeight = 16000;
constexpr double kMaxSvgHeight = 60000;
// No diagram tool lays out more participants than this in a readable way.
constexpr qsizetype kMaxTextLanes = 500;

QString participantId(LaneId lane)
{
    return QStringLiteral("L%1").arg(lane);
}

// Recorded fields are text from a file anyone can write: a line break, a carriage return or
// any other control character in them would end a statement early (or start a new one) in the
// diagram languages, so each becomes a space.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            c = QLatin1Char(' ');
    }
    return text;
}

// Mermaid reads `#` (an entity), `;` (the end of a statement) and `%%` (a comment) as syntax.
QString mermaidSafe(QString text)
{
    text = oneLine(std::move(text));
    text.replace(QLatin1Char(';'), QLatin1Char(','));
    // Mermaid reads "#...;" as a character code: "#35;" is the sign itself ("accept() → #3").
    text.replace(QLatin1Char('#'), QStringLiteral("#35;"));
    text.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return text;
}

// PlantUML: a `"` would end a participant's quoted name.
QString plantSafe(QString text)
{
    text = oneLine(std::move(text));
    text.replace(QLatin1Char('"'), QLatin1Char('\''));
    return text;
}

// An arrow's text in a diagram: its name as the timeline shows it ("SYN", "PSH+ACK 5 B") and,
// for a segment seen on the wire, its numbers counted from each side's first ("seq 1 ack 1").
QString messageText(const TimelineLayout &layout, const SequenceOrigins &origins, const TimelineItem &item)
{
    QString text = TimelineText::arrowName(item);
    if (item.kind == TimelineItem::Segment && !item.isInferred()) {
        const Event &e = layout.journal().at(item.event);
        if (e.kind == EventKind::Segment && e.source != EventSource::Inferred) {
            const quint32 seq = origins.relativeSeq(e).value_or(quint32(e.value));
            std::optional<quint32> ack;
            if (e.flags & FlagAck)
                ack = origins.relativeAck(e).value_or(quint32(e.value2));
            text += QLatin1Char(' ') + TimelineText::segmentNumbers(seq, ack, std::nullopt);
        }
    }
    if (item.isInferred())
        text += QStringLiteral(" (") + TimelineText::inferredLabel() + QLatin1Char(')');
    if (item.isDuplicate())
        text += QStringLiteral(", ") + TimelineText::sentAgainLabel();
    if (item.isLost())
        text += QStringLiteral(", ") + TimelineText::notReceivedLabel();
    return text;
}

// Lanes that take part in items [first, last), in row order; folded lanes are left out.
std::vector<LaneId> lanesUsed(
    const TimelineLayout &layout, const TimelineRows &rows, qsizetype first, qsizetype last)
{
    std::vector<bool> used(layout.lanes().size(), false);
    for (qsizetype i = first; i < last; ++i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (item.lane >= 0)
            used[size_t(item.lane)] = true;
        if (item.toLane >= 0)
            used[size_t(item.toLane)] = true;
    }
    std::vector<LaneId> lanes;
    for (const LaneId lane : rows.lanes()) {
        if (used[size_t(lane)])
            lanes.push_back(lane);
    }
    return lanes;
}

template<typename Arrow, typename Note>
void writeItems(const TimelineLayout &layout, const TimelineRows &rows, qsizetype first, qsizetype last,
    Arrow arrow, Note note)
{
    for (qsizetype i = first; i < last; ++i) {
        const TimelineItem &item = layout.items()[size_t(i)];
        if (item.isHidden() || item.lane < 0 || rows.rowOf(item.lane) < 0)
            continue;
        if (item.isArrow()) {
            if (item.toLane >= 0 && rows.rowOf(item.toLane) >= 0)
                arrow(item);
            continue;
        }
        if (item.kind == TimelineItem::LaneOpened && item.toLane >= 0 && rows.rowOf(item.toLane) >= 0)
            note(item.toLane, item.lane, TimelineText::callLabel(layout, item));
        else
            note(item.lane, LaneId(-1), TimelineText::callLabel(layout, item));
    }
}

// The participant that stands for the lanes left out, as the pictures' last line does.
QString foldedId()
{
    return QStringLiteral("Lmore");
}

} // namespace

TimelineExporter::Format TimelineExporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("svg"))
        return Format::Svg;
    if (suffix == QLatin1StringView("png"))
        return Format::Png;
    if (suffix == QLatin1StringView("mmd") || suffix == QLatin1StringView("mermaid"))
        return Format::Mermaid;
    if (suffix == QLatin1StringView("puml") || suffix == QLatin1StringView("plantuml"))
        return Format::PlantUml;
    return Format::Unknown;
}

QString TimelineExporter::toMermaid(const TimelineLayout &layout, qsizetype first, qsizetype last)
{
    last = qMin(last, layout.itemCount());
    const TimelineRows rows(layout, kMaxTextLanes);
    QString out = QStringLiteral("sequenceDiagram\n");
    for (const LaneId lane : lanesUsed(layout, rows, first, last)) {
        const TimelineLane &l = layout.lane(lane);
        out += QStringLiteral("    participant %1 as %2 %3\n")
                   .arg(participantId(lane), mermaidSafe(TimelineText::laneRole(l)),
                       mermaidSafe(TimelineText::laneEndpoint(l)));
    }
    if (rows.folded() > 0)
        out += QStringLiteral("    participant %1 as %2\n")
                   .arg(foldedId(), mermaidSafe(TimelineRows::foldedText(rows.folded())));
    SequenceOrigins origins(&layout.journal());
    origins.update();
    writeItems(
        layout, rows, first, last,
        [&](const TimelineItem &item) {
            // Mermaid: `->>` is a solid arrow, `-->>` a dotted one; `x` ends it in a cross.
            const QString head = item.isLost() ? QStringLiteral("x") : QStringLiteral(">>");
            out += QStringLiteral("    %1%2%3: %4\n")
                       .arg(participantId(item.lane),
                           (item.isInferred() ? QStringLiteral("--") : QStringLiteral("-")) + head,
                           participantId(item.toLane), mermaidSafe(messageText(layout, origins, item)));
        },
        [&](LaneId a, LaneId b, const QString &text) {
            out += b >= 0 ? QStringLiteral("    Note over %1,%2: %3\n")
                                .arg(participantId(a), participantId(b), mermaidSafe(text))
                          : QStringLiteral("    Note over %1: %2\n").arg(participantId(a), mermaidSafe(text));
        });
    return out;
}

QString TimelineExporter::toPlantUml(const TimelineLayout &layout, qsizetype first, qsizetype last)
{
    last = qMin(last, layout.itemCount());
    const TimelineRows rows(layout, kMaxTextLanes);
    QString out = QStringLiteral("@startuml\n");
    for (const LaneId lane : lanesUsed(layout, rows, first, last)) {
        const TimelineLane &l = layout.lane(lane);
        out += QStringLiteral("participant \"%1\\n%2\" as %3\n")
                   .arg(plantSafe(TimelineText::laneRole(l)), plantSafe(TimelineText::laneEndpoint(l)),
                       participantId(lane));
    }
    if (rows.folded() > 0)
        out += QStringLiteral("participant \"%1\" as %2\n")
                   .arg(plantSafe(TimelineRows::foldedText(rows.folded())), foldedId());
    SequenceOrigins origins(&layout.journal());
    origins.update();
    writeItems(
        layout, rows, first, last,
        [&](const TimelineItem &item) {
            // PlantUML: `->` is solid, `-->` dashed; `->x` ends in a cross (lost).
            const QString cross = item.isLost() ? QStringLiteral("x") : QString();
            out += QStringLiteral("%1 %2 %3 : %4\n")
                       .arg(participantId(item.lane),
                           (item.isInferred() ? QStringLiteral("-->") : QStringLiteral("->")) + cross,
                           participantId(item.toLane), plantSafe(messageText(layout, origins, item)));
        },
        [&](LaneId a, LaneId b, const QString &text) {
            out += b >= 0 ? QStringLiteral("note over %1, %2 : %3\n")
                                .arg(participantId(a), participantId(b), plantSafe(text))
                          : QStringLiteral("note over %1 : %2\n").arg(participantId(a), plantSafe(text));
        });
    out += QStringLiteral("@enduml\n");
    return out;
}

bool TimelineExporter::exportJournal(const Journal &journal, const QString &path, QString *error)
{
    TimelineLayout layout(&journal);
    layout.update();
    // The journal is complete: a datagram with no receipt by now never arrived.
    layout.settleDatagrams(std::numeric_limits<qint64>::max());
    Options options;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        options.palette = QGuiApplication::palette();
    return exportLayout(layout, path, options, error);
}

bool TimelineExporter::exportLayout(
    const TimelineLayout &layout, const QString &path, const Options &options, QString *error)
{
    const Format format = formatOf(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (format == Format::Unknown)
        return fail(tr("Cannot tell the format from the file name \"%1\". Use .svg, .png, .mmd (Mermaid) or "
                       ".puml (PlantUML).")
                        .arg(QFileInfo(path).fileName()));

    TimeMapper whole;
    whole.setFolds(&layout.folds());
    const TimeMapper &mapper = options.view ? *options.view : whole;
    const qsizetype revealed
        = options.revealed < 0 ? layout.itemCount() : qMin(options.revealed, layout.itemCount());

    if (format == Format::Mermaid || format == Format::PlantUml) {
        qsizetype first = 0;
        qsizetype last = revealed;
        if (options.view) {
            TimelinePainter painter(layout, mapper);
            painter.setRect(QRectF(0, 0, options.viewWidth, options.viewHeight));
            const auto range = painter.visibleItems({revealed, 0}, 0);
            first = range.first;
            last = range.second;
        }
        const QString text
            = format == Format::Mermaid ? toMermaid(layout, first, last) : toPlantUml(layout, first, last);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        file.write(text.toUtf8());
        if (!file.commit())
            return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return true;
    }

    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Drawing a picture needs the graphical part of Qt (QGuiApplication)."));

    TimelinePainter painter(layout, mapper);
    painter.setPalette(options.palette);
    painter.setScale(options.scale);
    QSizeF size;
    if (options.view) {
        size = QSizeF(options.viewWidth, options.viewHeight);
        painter.setRect(QRectF(QPointF(0, 0), size));
    } else {
        const double cap = format == Format::Png ? kMaxPngWidth : kMaxSvgWidth;
        const double tallest = format == Format::Png ? kMaxPngHeight : kMaxSvgHeight;
        painter.setRowLimit(painter.rowsThatFit(tallest));
        size = painter.naturalSize();
        size.setWidth(qBound(640.0, size.width(), cap));
        painter.setRect(QRectF(QPointF(0, 0), size));
        const QRectF plot = painter.plotRect();
        whole.setPlot(plot.left(), plot.width());
        whole.fit(0, double(qMax<qsizetype>(1, layout.itemCount()) - 1), 48 * options.scale);
    }
    const TimelinePainter::Reveal reveal {revealed, 0};
    // The kernel's numbers under the TCP lanes, as far as the picture shows the timeline.
    TcpInfoStrips strips(layout);
    strips.update();
    const qint64 stripsUntil = revealed >= layout.itemCount() ? std::numeric_limits<qint64>::max()
        : revealed > 0                                        ? layout.items()[size_t(revealed - 1)].t
                                                              : std::numeric_limits<qint64>::min();
    // The strips go under the arrows and their labels: where they meet, the labels win.
    const auto paint = [&](QPainter &p) {
        painter.paintBackground(p, -1);
        strips.paintStrips(p, painter, options.palette, stripsUntil);
        painter.paintItems(p, reveal);
        painter.paintMoving(p, reveal);
        painter.paintHeads(p, reveal, -1);
        strips.paintKey(p, painter, options.palette, stripsUntil);
        painter.paintLegend(p);
    };

    if (format == Format::Svg) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(tr("SocketScope timeline"));
        svg.setDescription(tr("A sequence diagram of real sockets recorded by SocketScope"));
        QPainter p;
        if (!p.begin(&svg))
            return fail(tr("Cannot write %1.").arg(path));
        paint(p);
        p.end();
        if (!QFileInfo::exists(path))
            return fail(tr("Cannot write %1.").arg(path));
        return true;
    }

    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(tr("The picture would be too large to draw (%1 x %2 pixels).")
                        .arg(size.width())
                        .arg(size.height()));
    image.fill(options.palette.color(QPalette::Base));
    {
        QPainter p(&image);
        paint(p);
    }
    if (!image.save(path, "PNG"))
        return fail(tr("Cannot write %1.").arg(path));
    return true;
}

} // namespace SocketScope
