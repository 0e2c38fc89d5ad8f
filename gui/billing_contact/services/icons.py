"""The app's icons: the app's own, and the small ones the pages' buttons carry.

They are PNG sizes drawn ahead from each SVG master by ``make icons``, so that showing a page
never loads Qt's SVG module; only the verdict's icon is drawn from SVG, in the palette's colours
(``verdict``).
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

_log = logging.getLogger(__name__)

ICON_DIR = Path(__file__).resolve().parents[1] / "icons"
APP_ICON = ICON_DIR / "billing-contact-assistant.svg"
# The icons drawn ahead as PNG sizes (make icons), by name.
PNG_ICONS = (APP_ICON.stem, "language", "open-external")


@cache
def png_icon(name: str) -> QIcon:
    """The icon ``name`` from its PNG sizes; an empty icon when there are none."""
    icon = QIcon()
    for size, path in _png_files().get(name, ()):
        # With its size given, each file is read only when a size near it is drawn.
        icon.addFile(path, QSize(size, size))
    return icon


@cache
def _png_files() -> dict[str, list[tuple[int, str]]]:
    """The icons folder's ``<name>-<size>.png`` files by name, from one listing of the folder."""
    files: dict[str, list[tuple[int, str]]] = {}
    try:
        file_names = os.listdir(ICON_DIR)
    except OSError as error:
        # A broken install: the app runs on without icons, and --self-check says which are missing.
        _log.warning("Cannot read the icons folder (%s): the icons are left out.", error)
        return files
    for file_name in file_names:
        stem, _, extension = file_name.rpartition(".")
        name, _, size = stem.rpartition("-")
        if extension == "png" and name and size.isdigit():
            files.setdefault(name, []).append((int(size), os.path.join(ICON_DIR, file_name)))
    return files
