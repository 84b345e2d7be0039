#include "portmapcolors.h"

#include "window/theme.h"

namespace SocketScope {

PortMapColors PortMapColors::fromPalette(const QPalette &palette)
{
    PortMapColors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.isDark = c.background.lightness() < c.text.lightness();

    // Blue, green and orange stay apart for most colour-blind readers; the theme keeps the
    // fills soft (light or dark with the theme) so the cells never fight the text drawn over them.
    const Theme::Role ranges[IanaRange::kCount]
        = {Theme::Role::WellKnownPorts, Theme::Role::RegisteredPorts, Theme::Role::DynamicPorts};
    for (int i = 0; i < IanaRange::kCount; ++i) {
        c.range[i] = Theme::background(ranges[i], palette);
        c.rangeEdge[i] = Theme::color(ranges[i], palette);
    }
    c.inUse = c.text;
    c.labSocket = Theme::color(Theme::Role::LabSocket, palette);
    c.osPicked = Theme::color(Theme::Role::OsPicked, palette);
    c.osRange = c.text;
    c.osRange.setAlpha(c.isDark ? 120 : 100);
    c.selection = palette.color(QPalette::Highlight);
    // A highlight too close to the cells (some themes) would vanish: fall back to the text.
    if (qAbs(c.selection.lightness() - c.range[0].lightness()) < 40)
        c.selection = c.text;
    c.hover = c.text;
    c.grid = c.background;
    return c;
}

} // namespace SocketScope
