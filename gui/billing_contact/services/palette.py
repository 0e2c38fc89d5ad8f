"""Light or dark: which the palette is, and a dark palette for platforms that cannot say.

The app follows the system's colour scheme by itself. ``dark_palette`` is for the tests and the
screenshots, on platforms (offscreen, bare X11) that cannot be asked for a dark scheme.
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
