#pragma once

#include "compare/sessiondiff.h"

#include <QtWidgets/QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QSlider;
class QSplitter;
class QTimer;
class QToolButton;

namespace SocketScope {

class CompareMarks;
class Journal;
class TimelineLayout;
class TimelinePlayback;
class TimelineView;

// File > Compare with: the session in the main window (A, live or a replay) above a second
// recording (B), each in its own timeline, lined up at a chosen event, one playhead moving
// both, the differences framed in both timelines and listed on the right; picking one in the
// list moves the playhead to it.
// Keys: Left/Right step, Shift for ten, Home/End.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    // `a` is the main window's journal (it may still grow); `b` is the recording, taken over.
    CompareWindow(const Journal *a, const QString &nameA, std::unique_ptr<Journal> b, const QString &nameB,
        QWidget *parent = nullptr);
    ~CompareWindow() override;

    const SessionDiff &diff() const { return *m_diff; }
    // How many rows of the lined-up sessions the playhead has walked (0: up to the anchor).
    qsizetype row() const { return m_row; }
    void setRow(qsizetype row);
    void setAnchor(SessionDiff::Anchor anchor);
    // Moves the playhead to difference `index` and marks it.
    void showDifference(qsizetype index);
    TimelineView *view(SessionDiff::Side side) const;
    TimelinePlayback *playback(SessionDiff::Side side) const;
    const CompareMarks *marks(SessionDiff::Side side) const;

    // How often a growing live session is compared again, in ms: 500, or longer when one
    // comparison takes more than a tenth of that.
    int liveRefreshInterval() const;
    // Reads what the live session added since and compares again; false when it added nothing.
    // The live timer does it while the window is seen.
    bool catchUp();

    // Larger type and thicker lines for a projector (1 = normal).
    void setPresentationScale(qreal scale);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildControls();
    QWidget *buildSide(SessionDiff::Side side);
    // Compares again (another anchor, or the live session grew) and keeps the playhead's row.
    // `grown`: only the live session read more, so the diff is brought up to date (the tracks
    // that did not change keep their rows) and the list changes only the lines that did.
    void compare(bool grown = false);
    // Brings the list of differences up to date: only the lines whose difference changed are
    // written again. `anew`: every line is (another anchor or language, a timeline read again).
    void updateList(bool anew);
    // The marks of every difference, made again only when the diff changed.
    void updateMarks();
    void onLiveTick();
    void sync();
    void retranslate();
    // Each timeline's type as large as the presentation asks, while three lanes still fit.
    void fitTimelines();

    std::unique_ptr<Journal> m_journalB;
    const Journal *m_journalA;
    QString m_nameA;
    QString m_nameB;
    std::unique_ptr<TimelineLayout> m_layoutA;
    std::unique_ptr<TimelineLayout> m_layoutB;
    std::unique_ptr<SessionDiff> m_diff;
    SessionDiff::Anchor m_anchor = SessionDiff::Anchor::FirstSyn;
    qsizetype m_row = 0;
    qsizetype m_picked = -1; // the difference picked in the list
    // What each line of the list was written from. A line whose difference is of the same kind
    // between the same steps, on lanes that still go by the same names, says the same: a
    // growing live session adds lanes and items, it does not renumber the ones there were (a
    // timeline that reads its session again does, and then every line is written again).
    struct LineSource
    {
        SessionDiff::DifferenceKind kind = SessionDiff::DifferenceKind::OnlyA;
        std::optional<SessionDiff::Step> a;
        std::optional<SessionDiff::Step> b;
        // Per side, whether its lanes were seen as the router rewriting addresses.
        quint8 translatedA = 0;
        quint8 translatedB = 0;
        bool operator==(const LineSource &) const = default;
    };
    LineSource lineSource(const SessionDiff::Difference &difference) const;
    std::vector<LineSource> m_lineSources;
    quint64 m_listRereadsA = 0;
    quint64 m_listRereadsB = 0;
    // Whether the marks of every difference are those of the diff as it is now.
    bool m_marksFresh = false;

    TimelinePlayback *m_playbackA;
    TimelinePlayback *m_playbackB;
    TimelineView *m_viewA = nullptr;
    TimelineView *m_viewB = nullptr;
    CompareMarks *m_marksA = nullptr;
    CompareMarks *m_marksB = nullptr;
    QLabel *m_titleA = nullptr;
    QLabel *m_titleB = nullptr;
    QLabel *m_anchorLabel = nullptr;
    QComboBox *m_anchorBox = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_listTitle = nullptr;
    QListWidget *m_list = nullptr;
    QSplitter *m_across = nullptr;
    QSplitter *m_sides = nullptr;
    QWidget *m_listPanel = nullptr;
    QToolButton *m_listToggle = nullptr;
    QToolButton *m_start = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_end = nullptr;
    QSlider *m_scrub = nullptr;
    QLabel *m_position = nullptr;
    QTimer *m_liveTimer = nullptr;
    qreal m_scale = 1;
    qreal m_baseFont = 0;
};

} // namespace SocketScope
