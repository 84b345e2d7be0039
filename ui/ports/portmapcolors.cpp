#include "portmapcolors.h"

namespace SocketScope {

PortMapColors PortMapColors::fromPalette(const QPalette &palette)
{
    PortMapColors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.isDark = c.background.lightness() < c.text.lightness();

    // Blue, green and orange hues stay apart for most colour-blind readers; their lightness
    // follows the theme so the cells never fight the text drawn over them.
    const int hues[IanaRange::kCount] = {212, 140, 32};
    for (int i = 0; i < IanaRange::kCount; ++i) {
        c.range[i] = c.isDark ? QColor::fromHsl(hues[i], 110, 62) : QColor::fromHsl(hues[i], 150, 208);
        c.rangeEdge[i] = c.isDark ? QColor::fromHsl(hues[i], 170, 165) : QColor::fromHsl(hues[i], 190, 85);
    }
    c.inUse = c.text;
    c.labSocket = c.isDark ? QColor::fromHsl(285, 200, 185) : QColor::fromHsl(285, 190, 95);
    c.osPicked = c.isDark ? QColor::fromHsl(355, 220, 170) : QColor::fromHsl(355, 200, 105);
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
