"""Save the whole X screen named by $DISPLAY as a PNG, with Qt (no ImageMagick needed).

    DISPLAY=:99 python packaging/screenshot.py OUTPUT.png

packaging/package-check uses it to photograph the installed app on its virtual screen.
"""

from __future__ import annotations

import os
import sys

# The screen to photograph is an X server; another QPA platform would grab nothing.
os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtGui import QGuiApplication


def main() -> int:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    # Window 0 is the root window: everything on the screen.
    picture = screen.grabWindow(0)
    if picture.isNull() or not picture.save(sys.argv[1], "PNG"):
        sys.exit(f"could not grab the screen or write {sys.argv[1]}")
    print(f"{sys.argv[1]}: {picture.width()}x{picture.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
