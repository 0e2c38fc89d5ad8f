"""PyInstaller runtime hook: give child processes the user's library path, not the bundle's.

On Linux the bootloader points LD_LIBRARY_PATH at the bundle's own libraries (its Qt, GLib,
libstdc++...), keeping the user's value in LD_LIBRARY_PATH_ORIG, and every child process inherits
it. The app's only children are the browser and mail client that xdg-open starts for
QDesktopServices.openUrl, and a browser loading the bundle's older libraries can fail to start.
The app itself does not need the variable any more: the dynamic loader read it when the process
started.
"""

from __future__ import annotations

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
