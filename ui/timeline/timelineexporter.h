#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtGui/QPalette>

namespace SocketScope {

class Journal;
class TimelineLayout;
class TimeMapper;

// Writes the timeline to a file: SVG or PNG pictures, or Mermaid and PlantUML sequence-diagram
// text for course notes. Needs a QGuiApplication (the offscreen platform is enough) and never
// a widget, so `--replay FILE --export OUT` works with no window.
class TimelineExporter
{
    Q_DECLARE_TR_FUNCTIONS(TimelineExporter)

public:
    enum class Format { Svg, Png, Mermaid, PlantUml, Unknown };
    static Format formatOf(const QString &path);

    // The whole journal, by step, every item shown; the format follows the file's extension
    // (.svg .png .mmd .puml). On failure returns false and says why in `error`.
    static bool exportJournal(const Journal &journal, const QString &path, QString *error);

    struct Options
    {
        // The view to export; nullptr exports the whole timeline.
        const TimeMapper *view = nullptr;
        double viewWidth = 0; // the view's size in pixels when `view` is set
        double viewHeight = 0;
        qsizetype revealed = -1; // items shown; -1: all
        QPalette palette;
        qreal scale = 1;
    };
    static bool exportLayout(
        const TimelineLayout &layout, const QString &path, const Options &options, QString *error);

    // Sequence-diagram text for items [first, last).
    static QString toMermaid(const TimelineLayout &layout, qsizetype first, qsizetype last);
    static QString toPlantUml(const TimelineLayout &layout, qsizetype first, qsizetype last);
};

} // namespace SocketScope
