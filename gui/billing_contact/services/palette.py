"""Light or dark: which the palette is, and a dark palette for platforms that cannot say.

The app follows the system's colour scheme by itself. ``dark_palette`` is for the tests and the
screenshots, on platforms (offscreen, bare X11) that cannot be asked for a dark scheme.
``indicator_outline`` is the colour an answer's radio button is outlined in where the style's own
outline would not stand out from the window.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A dark palette like the one Qt's Fusion style takes when the system asks for dark."""
    # Built from the button colour, so that the shades styles draw frames and indicators with
    # (light, mid, dark, shadow) are dark ones too; then the roles that carry text.
    palette = QPalette(QColor("#353535"), QColor("#353535"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        # Fields and indicators well apart from the window: styles outline them in a darker shade
        # of the window colour, which alone would not show on a dark window.
        (QPalette.ColorRole.Base, "#191919"),
        (QPalette.ColorRole.AlternateBase, "#333333"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
        (QPalette.ColorRole.BrightText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#3d7bd9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
        (QPalette.ColorRole.ToolTipBase, "#3a3a3a"),
        (QPalette.ColorRole.ToolTipText, "#f0f0f0"),
        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


# WCAG 1.4.11 asks 3:1 of what identifies a control against what is around it. A radio button's
# circle is a one-pixel line, which antialiasing blends with the window where it curves: drawn in
# a colour of text's contrast (4.5:1), every pixel of it keeps 3:1.
OUTLINE_CONTRAST = 4.5


def luminance(colour: QColor) -> float:
    """The relative luminance of ``colour``, as WCAG defines it."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, from 1 to 21, as WCAG defines it."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def indicator_outline(palette: QPalette) -> QColor:
    """The outline of a radio button's circle: the window colour moved towards its text's colour
    just far enough to stand out from the window as text does, in a light palette as in a dark one.

    Fusion outlines the circle in a darker shade of the window colour, which stands out by 2:1 on a
    light window and hardly at all on a dark one.
    """
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    steps = 20
    for step in range(1, steps + 1):
        share = step / steps
        colour = QColor.fromRgbF(
            window.redF() + (text.redF() - window.redF()) * share,
            window.greenF() + (text.greenF() - window.greenF()) * share,
            window.blueF() + (text.blueF() - window.blueF()) * share,
        )
        if contrast(colour, window) >= OUTLINE_CONTRAST:
            return colour
    return text
