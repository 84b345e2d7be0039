#pragma once

#include "preparedtexts.h"
#include "sequenceorigins.h"
#include "timeline/timelineitem.h"
#include "timeline/timelinelane.h"
#include "timelinerows.h"
#include "timelinespotlight.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLineF>
#include <QtCore/QRectF>
#include <QtGui/QColor>
#include <QtGui/QFont>
#include <QtGui/QImage>
#include <QtGui/QPalette>

#include <vector>

class QFontMetricsF;
class QPainter;

namespace SocketScope {

class TimelineLayout;
class TimeMapper;
struct TimelineItem;

// Draws a TimelineLayout with a TimeMapper onto any QPainter: the view's widget, its cached
// image, an SVG generator or a PNG for export. It owns no state that changes while playing;
// what to show is passed in as a Reveal.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    // Items [0, count) are shown; item `count` is appearing with `progress` in [0, 1).
    struct Reveal
    {
        qsizetype count = 0;
        qreal progress = 0;
    };

    // What the arrow labels show besides the segment's name.
    struct LabelOptions
    {
        bool absoluteNumbers = false; // seq/ack as on the wire, not from each side's first
        bool window = false; // the receive window each segment announces
        bool operator==(const LabelOptions &) const = default;
    };

    // Where a label went: its item, its box and its one or two lines.
    struct PlacedLabel
    {
        qsizetype item = -1;
        QRectF rect;
        QString text;
        QString second;
        // A label set aside from its marker or arrow (where the spots beside it were taken):
        // a thin line joins it to `to`, the marker or the point on the arrow it names.
        bool aside = false;
        QPointF to = {};
    };
    // A "+N" mark standing for labels that found no room; hovering or zooming in shows them.
    struct LabelBadge
    {
        QRectF rect;
        std::vector<qsizetype> items;
        // Items counted but not listed: where the plot holds too many to look at each, a badge
        // counts a whole stretch of them from the aggregates.
        qsizetype unlisted = 0;
        qsizetype count() const { return qsizetype(items.size()) + unlisted; }
    };
    struct LabelLayout
    {
        std::vector<PlacedLabel> labels;
        std::vector<LabelBadge> badges;
    };

    TimelinePainter(const TimelineLayout &layout, const TimeMapper &mapper);

    void setLabelOptions(const LabelOptions &options) { m_labelOptions = options; }
    LabelOptions labelOptions() const { return m_labelOptions; }
    // What a lesson step points at: drawn over the items, the rest dimmed (TimelineSpotlight).
    void setSpotlight(const TimelineSpotlight &spotlight) { m_spotlight = spotlight; }
    const TimelineSpotlight &spotlight() const { return m_spotlight; }

    void setPalette(const QPalette &palette);
    // Also after a change of language: the legend's words are measured again.
    void setFont(const QFont &font);
    // Larger type and thicker lines, for a projector.
    void setScale(qreal scale);
    qreal scale() const { return m_scale; }
    // The whole area to draw in; lane heads take the left, the legend the bottom.
    void setRect(const QRectF &rect);
    QRectF rect() const { return m_rect; }
    QRectF plotRect() const;
    double headWidth() const { return 210 * m_scale; }
    void setScrollY(double y) { m_scrollY = y; }
    double scrollY() const { return m_scrollY; }
    // How far the lanes reach below the area, for scrolling.
    double overflowY() const;
    double laneHeight() const;
    // The strip at the top of a lab computer's band that names it.
    double groupTitleHeight() const;
    // Where each band's title is drawn (one per rows().groups()), in the lane heads' column:
    // at the band's top, and while the lanes scroll, held at the plot's top as long as some of
    // its band is in view, as a table's header stays.
    std::vector<QRectF> groupTitleRects() const;
    // The least a lane needs for its head's lines and the labels over and under its markers.
    double minimumLaneHeight() const;
    // The legend along the bottom, and what its tooltip says: every entry in whole words (a
    // brief or one-row legend leaves words or entries out).
    QRectF legendRect() const;
    QString legendTooltip() const;
    // Height every lane gets on top of its own, for what others draw along its bottom (the
    // kernel's numbers under TCP lanes).
    void setLaneRoom(double pixels)
    {
        m_laneRoom = qMax(0.0, pixels);
        m_brief = {};
    }
    double laneRoom() const { return m_laneRoom; }
    // Width at the ruler's right end that a control covers: no ruler label is drawn under it.
    void setRulerCover(double pixels) { m_rulerCover = qMax(0.0, pixels); }
    // The ruler's ticks and their labels; a label that would be cut or covered is not shown.
    struct RulerLabel
    {
        double x = 0;
        QString text;
        QRectF rect;
        bool shown = false;
    };
    std::vector<RulerLabel> rulerLabels() const;
    // What is left of it where the lanes are squeezed to fit the plot.
    double minimumLaneRoom() const;
    // How far below a lane's line the labels under its markers reach.
    double markerLabelReach() const;
    // The lanes drawn, top to bottom; lanes past its limit fold into a last line.
    const TimelineRows &rows() const { return m_rows; }
    void setRowLimit(qsizetype limit) { m_rows.setLimit(limit); }
    double laneY(LaneId lane) const;
    // The natural size to draw every item at a readable step width, for export.
    QSizeF naturalSize(double stepPixels = 96) const;
    // How many lanes naturalSize() can hold within `height`, with a line left for the fold.
    qsizetype rowsThatFit(double height) const;

    double xOfItem(qsizetype index) const;
    // Where the arrow of item `index` reaches its receiver's lane. The one place that decides
    // it: today the arrival is not known apart from the send, so the arrow slants by one step
    // in step spacing (the textbook figure of the handshake) and by a small fixed amount by
    // real time; a packet's measured arrival time replaces that here.
    double arrivalX(qsizetype index) const;
    double stepPixels() const;

    // Places the label of every arrow and call marker among items [0, reveal.count) in view,
    // so that no two overlap and none lies across another lane's line. What finds no room is
    // counted in a "+N" badge near it. Only items the plot shows count, on lanes scrolled
    // into view. Past kLabelledItemsPerPixel items a pixel there are no labels: one "+N" per
    // stretch of the plot counts what it holds, so a viewer knows there is something there.
    static constexpr double kLabelledItemsPerPixel = 1.5;
    LabelLayout layoutLabels(const Reveal &reveal) const;
    // The badges alone, one per stretch of about kCountedStretchBadges badges' width, for a
    // plot of items [first, last) too dense to look at each.
    static constexpr double kCountedStretchBadges = 4;
    LabelLayout countedBadges(qsizetype first, qsizetype last) const;
    // The labels the last paintItems() drew (the view asks it what a badge hides).
    const LabelLayout &lastLabels() const { return m_lastLabels; }
    // Where a lane's head writes its lines (under its band's title, if any), and how many of
    // its lines (role, address, kernel state) fit whole in that height: 0 to 3.
    QRectF headCell(LaneId lane) const;
    int headLines(double cellHeight) const;
    // How many lanes are scrolled out of view above (up) or below the plot, and the mark at the
    // edge of the lane heads that says so ("▲ 2"), which a click scrolls by one lane; empty
    // where there are none.
    int lanesOutOfView(bool up) const;
    QRectF laneScrollMark(bool up) const;
    // The line from a call's marker to its label set aside (null when they touch).
    QLineF asideLine(const PlacedLabel &label) const;
    // The words of the badge under `pos`, one label a line; empty where there is none.
    QString badgeTextAt(const QPointF &pos) const;
    // An item's label as the timeline shows it, on one line.
    QString itemLabel(qsizetype index) const;
    // The tooltip of an item: TimelineText::tooltip, and for a captured segment what its
    // window means (the field, the scale, the bytes, or why the scale is unknown).
    QString itemTooltip(qsizetype index) const;
    // The forms an arrow's label may take, longest first: the whole label (name and numbers
    // on two lines), its flags and length ("PSH+ACK 12 B"), its flags alone ("PSH+ACK").
    // Where none fits, the arrow is counted in a "+N" badge.
    struct LabelForm
    {
        QString text;
        QString second; // the line of numbers under it, in the whole label only
        double width = 0; // of the wider line
    };
    std::vector<LabelForm> labelForms(qsizetype index) const;
    // The longest form of an arrow's label that fits `width`, on one line; empty: none fits.
    QString labelFormFor(qsizetype index, double width) const;
    // Rings the picked items and, for two, shows the time between them.
    void paintMeasure(QPainter &p, qsizetype first, qsizetype second) const;

    void paintBackground(QPainter &p, LaneId selectedLane) const;
    void paintItems(QPainter &p, const Reveal &reveal) const;
    void paintMoving(QPainter &p, const Reveal &reveal) const;
    void paintPlayhead(QPainter &p, const Reveal &reveal) const;
    void paintHeads(QPainter &p, const Reveal &reveal, LaneId selectedLane) const;
    // The lane's state after item `step`: the kernel's last report or what the arrows since
    // imply, whichever is newer.
    TcpState freshestState(const TimelineLane &lane, qsizetype step) const;
    void paintLegend(QPainter &p) const;
    // Where the name of the state a lane is in at the end of `reveal` goes, whole: at the
    // start of its stretch where it fits there; else moved left to end inside the plot (a
    // short stretch at the right edge showed "ES..."); else there, under the band. Never over
    // a label of lastLabels(). Empty text: no room anywhere.
    struct NowStateName
    {
        QString text;
        QRectF rect;
        bool onLine = false; // over the band, where the other states' names are
    };
    NowStateName nowStateName(LaneId lane, const Reveal &reveal) const;
    // Everything, as an export shows it.
    void paintAll(QPainter &p, const Reveal &reveal, LaneId selectedLane = -1) const;

    // The item under `pos` (-1: none) among those revealed.
    qsizetype itemAt(const QPointF &pos, const Reveal &reveal) const;
    LaneId laneAt(const QPointF &pos) const;
    // Items [first, last) whose x lies in the plot, limited to `reveal`.
    std::pair<qsizetype, qsizetype> visibleItems(const Reveal &reveal, double padPixels = 80) const;
    // How many items stand at or left of `x` (all of them revealed or not): where a click on
    // the ruler puts the playhead.
    qsizetype itemsUpTo(double x) const;

private:
    // The legend's entries: a mark (how it is drawn) and the words beside it.
    enum class LegendMark { Solid, Dashed, Call, QtReport, StateBand, Queue };
    struct LegendEntry
    {
        LegendMark mark;
        QString text;
    };
    // `brief`: a word or two each, for a legend squeezed onto one row.
    static std::vector<LegendEntry> legendEntries(bool brief = false);
    double legendMarkWidth(LegendMark mark) const;
    // Where each entry goes for `width`: its row and x from the left edge, row -1 when left
    // out. At normal size the legend flows onto as many rows as it needs, so none of it is
    // cut; in presentation mode it keeps one row for the lanes and leaves out, whole, the
    // entries after the first that does not fit (seen and inferred come first).
    struct LegendPlace
    {
        int row;
        double x;
    };
    // Where the lanes could not all be in the plot below the whole legend, even squeezed to
    // what they hold, the legend shrinks to one row of brief words (its tooltip says them
    // whole): on a projector with the docks open the legend's three rows cost two lanes.
    std::vector<LegendPlace> placeLegend(
        const std::vector<LegendEntry> &entries, double width, bool oneRow) const;
    int legendRows(double width, bool brief) const;
    double legendHeight(double width, bool brief = false) const;
    // The legend as it is drawn now: brief where that lets every lane into the plot.
    bool briefLegend() const;
    double shownLegendHeight() const { return legendHeight(m_rect.width(), briefLegend()); }
    void paintRuler(QPainter &p) const;
    void paintFoldedLine(QPainter &p) const;
    void paintLaneScrollMarks(QPainter &p) const;
    QString laneScrollText(bool up) const;
    // Rows [first, last) of rows().lanes() that reach into the plot.
    std::pair<size_t, size_t> visibleRows() const;
    void paintLanes(QPainter &p, const Reveal &reveal) const;
    void paintStates(QPainter &p, const Reveal &reveal) const;
    // The merged drawing of items [first, last): the arrows' shade, the lanes over it, the
    // markers' ticks.
    void paintAggregates(QPainter &p, qsizetype first, qsizetype last, const Reveal &shown) const;
    // Where items stand this close or closer, lines are drawn fine: a hairline in the same
    // colour and dash instead of a thick stroke, and markers stamped from a ready image. Thick
    // strokes that close merge into one another anyway, and a hairline costs a fifth as much.
    static constexpr double kFineStepPixels = 6;
    bool isFine() const;
    void paintItem(QPainter &p, qsizetype index, qreal progress, bool fine = false) const;
    void paintArrow(QPainter &p, qsizetype index, qreal progress, bool fine) const;
    // A call marker (filled: the app's own call; hollow: a report) as a ready image.
    const QImage &markerStamp(const QColor &ink, const QColor &fill, qreal dpr) const;
    void paintLabels(QPainter &p, const LabelLayout &labels) const;
    void paintLabel(QPainter &p, const PlacedLabel &label) const;
    // The end points of an arrow: from the sender's lane to where it arrived or was lost.
    QLineF arrowLine(qsizetype index) const;
    // An arrow's name and, for a captured segment, its numbers.
    void arrowText(const TimelineItem &item, QString *name, QString *second) const;
    // The spots item `index`'s label may take, best first, each with the words it shows there.
    // With `flagsOnly`, an arrow's only form is its flags ("SYN", "PSH+ACK"): where items
    // are drawn merged no longer form has room, and measuring each arrow's own numbers cost
    // more than the frame has.
    std::vector<PlacedLabel> labelCandidates(qsizetype index, bool flagsOnly = false) const;
    // Spots for a label a little to the side of its call's marker or its arrow, nearest first,
    // for a label that found no room beside it; each is joined to it by a line when painted.
    std::vector<PlacedLabel> asideCandidates(qsizetype index) const;
    std::vector<PlacedLabel> asideArrowCandidates(qsizetype index) const;
    // Where a label that finds no room is counted: the middle of an arrow, under a marker.
    QPointF labelAnchor(qsizetype index) const;
    // Whether item `index` gets a label at all (arrows, calls, socket(), accept's clone).
    bool isLabelled(const TimelineItem &item) const;
    QColor arrowColor(const TimelineItem &item) const;
    QColor errorColor() const;
    QColor stateColor(int state) const;
    double laneEndX(LaneId lane, const Reveal &reveal, bool *kernelOnly, double *appEndX) const;

    const TimelineLayout &m_layout;
    const TimeMapper &m_mapper;
    TimelineRows m_rows;
    QRectF m_rect;
    double m_scrollY = 0;
    double m_laneRoom = 0;
    double m_rulerCover = 0;
    qreal m_scale = 1;
    QFont m_baseFont;
    QFont m_font;
    QFont m_small;
    // legendRows() for the last width asked, until the type, the scale or the language changes.
    mutable double m_legendWidth = -1;
    // briefLegend() for the last size and number of rows asked.
    struct BriefLegend
    {
        double width = -1;
        double height = -1;
        qsizetype lines = -1;
        bool brief = false;
    };
    mutable BriefLegend m_brief;
    mutable int m_legendRows = 1;
    QFont m_bold;
    QPalette m_palette;
    QColor m_base, m_text, m_faint, m_line, m_highlight, m_headBase;
    LabelOptions m_labelOptions;
    TimelineSpotlight m_spotlight;
    mutable SequenceOrigins m_origins;
    // The label words, in the small type and its bold, measured and laid out once.
    mutable PreparedTexts m_smallTexts;
    mutable PreparedTexts m_boldTexts;
    // The lane heads' words: the role in bold, the address in the normal type.
    mutable PreparedTexts m_headTexts;
    mutable PreparedTexts m_headBoldTexts;
    struct MarkerStamp
    {
        QRgb ink;
        QRgb fill;
        qreal dpr;
        QImage image;
    };
    mutable std::vector<MarkerStamp> m_stamps;
    mutable LabelLayout m_lastLabels;
};

} // namespace SocketScope
