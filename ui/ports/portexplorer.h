#pragma once

#include "ports/portquery.h"
#include "ports/portusers.h"
#include "ports/systemportsettings.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <array>

class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTextBrowser;

namespace SocketScope {

class BindPanel;
class Journal;
class KernelView;
class LabPorts;
class Playhead;
class PortMap;
class PortMapLegend;
class PortRangeBar;
class PortUsersView;
class ServiceRegistry;

// The port explorer: look a port up by number, name or words; see all 65,536 ports on a map
// with what this machine and the lab use; try a real bind; list who uses a port.
class PortExplorer : public QWidget
{
    Q_OBJECT

public:
    // `journal` feeds the lab overlays and may be null; `kernel` may be null (no kernel view).
    // Neither is owned. The kernel view is not started here: whoever owns it polls it.
    PortExplorer(Journal *journal, KernelView *kernel, QWidget *parent = nullptr);
    ~PortExplorer() override;

    int currentPort() const { return m_port; }

    // For tests and the main window.
    PortMap *portMap() const { return m_map; }
    QLineEdit *lookupField() const { return m_lookup; }
    QTextBrowser *resultView() const { return m_result; }
    BindPanel *bindPanel() const { return m_bind; }
    PortUsersView *usersView() const { return m_users; }
    const LabPorts *labPorts() const { return m_labPorts; }

    // The map shows the lab's ports at the playhead's instant; while it is in the past, what
    // the kernel says now is left out (it is the present's). `playhead` may be null.
    void followPlayhead(const Playhead *playhead);
    // Larger type for presentation mode (1 is the normal size): the map's numbers, the facts
    // and the forms all follow the page's font.
    void setPresentationScale(qreal scale);

public slots:
    // Looks up what a person typed, as the lookup field does.
    void lookUp(const QString &query);
    // Shows one port everywhere: the map's selection, the result, the bind port, the users.
    void showPort(int port);
    // Shows the port of a lab socket and selects its row.
    void selectSocket(qint32 id);

signals:
    // The user picked one of the lab's sockets.
    void socketSelected(qint32 id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fitSplitter();
    void fitOrientation();
    void fitMinimumHeights();
    void fitMapHeight();
    void fitResultHeight();
    // The key beside the map (in a column) or below it (in rows).
    void placeKey(bool beside);
    // The width the key needs in a column beside the map.
    int keyColumnWidth() const;
    // The overlay switches and the zoom buttons, in the order they are shown.
    std::array<QCheckBox *, 4> switches() const
    {
        return {m_showInUse, m_showLab, m_showOsPicked, m_showOsRange};
    }
    std::array<QPushButton *, 5> zoomButtons() const
    {
        return {m_zoomAll, m_zoomWellKnown, m_zoomRegistered, m_zoomDynamic, m_zoomOsRange};
    }
    void renderResult();
    QString portFacts(quint16 port) const;
    void onKernelPolled();
    void applyKernelSockets();
    void onLabChanged();
    void updateLabMarks();
    void refreshUsers(bool force);
    void onHovered(int port);
    void onViewChanged(int first, int last);
    bool showsPast() const;
    void onPlayheadMoved();

    Journal *m_journal;
    KernelView *m_kernel;
    // Lab changes arrive per event; the map and the list follow at most a few times a second.
    QTimer m_labTimer;
    // Polls come every 10 ms while sockets are busy; the map and the list follow a few times
    // a second, and not at all while the page is hidden (it catches up when shown).
    QTimer m_kernelTimer;
    bool m_kernelStale = false;
    bool m_labStale = false;
    LabPorts *m_labPorts;
    const Playhead *m_playhead = nullptr;
    const ServiceRegistry &m_registry;
    SystemPortSettings m_settings;
    QHash<quint64, PortUsers::Process> m_processes; // pid -1: asked, not told
    QString m_usersKey;

    QString m_query;
    PortQuery m_parsed;
    int m_port = -1;

    QLabel *m_lookupLabel;
    QLineEdit *m_lookup;
    QLabel *m_sourceLabel;
    QTextBrowser *m_result;
    QSplitter *m_splitter;
    QScrollArea *m_scroll;
    bool m_splitterMoved = false;
    bool m_fitQueued = false;
    QGroupBox *m_mapBox;
    PortMap *m_map;
    PortMapLegend *m_legend;
    PortRangeBar *m_ranges;
    QCheckBox *m_showInUse;
    QCheckBox *m_showLab;
    QCheckBox *m_showOsPicked;
    QCheckBox *m_showOsRange;
    QLabel *m_zoomLabel;
    QPushButton *m_zoomAll;
    QPushButton *m_zoomWellKnown;
    QPushButton *m_zoomRegistered;
    QPushButton *m_zoomDynamic;
    QPushButton *m_zoomOsRange;
    QLabel *m_viewLabel;
    QLabel *m_hoverLabel;
    // The key: the lines above, the zoom buttons, the switches and the legend.
    QWidget *m_key;
    QGridLayout *m_zoomGrid;
    QGridLayout *m_overlayGrid;
    bool m_keyBeside = true; // until placed
    QGroupBox *m_bindBox;
    BindPanel *m_bind;
    QGroupBox *m_usersBox;
    PortUsersView *m_users;
};

} // namespace SocketScope
