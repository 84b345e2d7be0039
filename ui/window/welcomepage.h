#pragma once

#include <QtWidgets/QWidget>

class QCheckBox;
class QCommandLinkButton;
class QLabel;
class QPushButton;
class QScrollArea;

namespace SocketScope {

class Lab;
class LanguageSwitcher;
class LessonLibrary;
class VirtualNetwork;

// What a first start shows instead of empty tables: the lessons by topic, a server and two
// clients in one click, the virtual lab network, a recording. It lies over its window below
// the menu bar, so the Help menu stays in reach, and goes away once something is chosen.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    // `lab`, `network` and `language` may be null (a replay has no lab; tests have no switcher).
    WelcomePage(const LessonLibrary *library, Lab *lab, VirtualNetwork *network,
        const LanguageSwitcher *language, QWidget *parent);

    // Covers the parent window between its menu bar and status bar, and follows its size.
    void open();
    void setShowAtStart(bool show);
    bool showAtStart() const;
    // Presentation mode's larger type (1 when off).
    void setPresentationScale(qreal scale);

    // A listener on 127.0.0.1 (a port the OS picks) and two clients connected to it. On
    // failure the page says why and stays.
    bool openServerAndClients();
    // The virtual lab network; when it cannot be made the page says why (problem()).
    bool startLabNetwork();

signals:
    void lessonChosen(const QString &id);
    // `whatHappened`: one sentence for the status bar.
    void socketsOpened(qint32 serverId, const QString &whatHappened);
    void labNetworkStarted();
    void recordingRequested();
    void tablesRequested();
    void showAtStartChanged(bool show);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillLessons();
    void place();
    void say(const QString &text, bool error);
    // Short of room (a projector, presentation type), the page first drops what only explains.
    void fitToRoom();
    void applyCompactness();
    void settle();

    const LessonLibrary *m_library;
    Lab *m_lab;
    VirtualNetwork *m_network;
    const LanguageSwitcher *m_language;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    bool m_built = false; // fitted to its room only once every part exists
    // 0: everything; 1: the buttons' descriptions become tooltips; 2: the introductions too;
    // 3: the lessons' rows closer together.
    int m_compactness = 0;
    bool m_fitting = false;
    bool m_fitQueued = false;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_lessonsTitle;
    QLabel *m_lessonsHint;
    QWidget *m_lessonBox = nullptr; // null until built (a font change may come first)
    QLabel *m_tryTitle;
    QCommandLinkButton *m_serverAndClients;
    QCommandLinkButton *m_labNetwork;
    QCommandLinkButton *m_recording;
    QLabel *m_message;
    QPushButton *m_tables;
    QCheckBox *m_dontShow;
    QLabel *m_comesBack;
};

} // namespace SocketScope
