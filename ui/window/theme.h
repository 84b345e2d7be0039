#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtGui/QPalette>

#include <functional>

class QWidget;

namespace SocketScope {

// Light, dark and high-contrast looks. "system" keeps the desktop's own palette; the others
// use the Fusion style, which follows a palette faithfully on every desktop.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    static QStringList names(); // system, light, dark, high-contrast
    static QString displayName(const QString &name);
    static QPalette palette(const QString &name);
    // Applies the theme to the running application.
    static void apply(const QString &name);
    // The application's type for a UI language: for Korean a family with real Hangul glyphs
    // (Qt otherwise borrows each missing glyph from whichever font has it, and bold Hangul came
    // out unevenly bold); for other languages the desktop's own type.
    static void applyLanguageFont(const QString &language);
    // The installed family used for Korean, best first: NanumGothic, Noto Sans CJK KR ...;
    // empty when no installed font has Hangul.
    static QString koreanFamily();
    static bool isDark(const QPalette &palette);
    // Black on white with black lines: the high-contrast theme (or a desktop's own).
    static bool isHighContrast(const QPalette &palette);

    // What a colour means, not what it is. Every colour the app draws beyond the palette's own
    // comes from here, so the light, dark and high-contrast themes all stay readable.
    enum class Role {
        Error, // a failure: a refused bind, a reset, a damaged file
        Warning, // something to notice: a resource running short, a lesson waiting
        Exposed, // a socket reachable from other computers (not loopback only)
        Success, // it worked: a datagram delivered, two sockets told apart
        AcceptQueue, // a listener's accept queue
        Captured, // seen on the wire by a capture
        Inferred, // drawn from what the calls imply, not seen
        Selection, // what the user picked
        LessonHighlight, // what the lesson's narration names
        Peer, // the other end of the selected connection
        RowNew, // a table row that just appeared
        RowChanged, // a table row whose value just changed
        RowLeaving, // a table row about to go
        HomeNetwork, // the virtual lab's home network, behind the router
        Internet, // the virtual lab's outside network
        Router, // the virtual lab's router between the two
        WellKnownPorts, // IANA's system ports, 0-1023
        RegisteredPorts, // IANA's registered ports, 1024-49151
        DynamicPorts, // IANA's dynamic (private) ports, 49152-65535
        LabSocket, // a port one of the lab's own sockets holds
        OsPicked, // a port the OS picked by itself (ephemeral)
    };
    static constexpr int kRoleCount = int(Role::OsPicked) + 1;
    // Ink: text and lines in that role, readable on the palette's Base and Window.
    static QColor color(Role role, const QPalette &palette);
    static QColor color(Role role);
    // A soft fill behind text drawn in color(role).
    static QColor background(Role role, const QPalette &palette);
    static QColor background(Role role);
    // A style sheet body for a banner or boxed message in that role: fill, ink and border.
    static QString bannerStyle(Role role);
    // A style sheet body for a one-line message in that role: ink and bold.
    static QString messageStyle(Role role);

    // Gives `widget` the style sheet `style` returns, now and again each time the theme changes,
    // so a banner made under one theme never keeps another's colours. An empty function stops it.
    static void followStyleSheet(QWidget *widget, std::function<QString()> style);
    static void followBannerStyle(QWidget *widget, Role role);
    static void followMessageStyle(QWidget *widget, Role role);
};

} // namespace SocketScope
