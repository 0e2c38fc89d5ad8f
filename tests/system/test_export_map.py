"""``--export-map FILE``: the whole map as SVG, PDF or PNG, written without a window, in the
language asked for, a walk highlighted; and what it says when it cannot."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtGui import QColor, QImage

from oracle import CODES, HEADLINES, LANGUAGES, PATHS

PROGRAM = "billing-contact-assistant"


def _export(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The app with ``args``, where no window could open: no screen, and no platform chosen for it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND_"))}
    env["DISPLAY"] = ""
    return subprocess.run(
        [sys.executable, "-m", "billing_contact", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def _svg_text(path: Path) -> str:
    """Every text the SVG draws, line after line, its spaces made one."""
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    lines = ["".join(element.itertext()) for element in root.iter("{http://www.w3.org/2000/svg}text")]
    return " ".join(" ".join(lines).split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_svg_holds_every_headline_and_walk_code_in_the_language_asked_for(tmp_path: Path, language: str) -> None:
    target = tmp_path / "map.svg"
    result = _export("--export-map", str(target), "--lang", language)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    text = _svg_text(target)
    for (_, verdict), code in zip(PATHS, CODES, strict=True):
        assert HEADLINES[language][verdict] in text, verdict
        assert re.search(rf"(^| ){code}( |$)", text), code
    if language != "en":
        assert HEADLINES["en"]["billing_admin"] not in text


def test_the_english_svg_shows_the_steps_and_answers_with_their_letters(tmp_path: Path) -> None:
    target = tmp_path / "map.svg"
    assert _export("--export-map", str(target), "--lang", "en").returncode == 0
    text = _svg_text(target)
    for words in (
        "Step 1 Who is the billing contact for my account?",
        "Step 2 Sign in to the Admin Center",
        "Step 3 Sign in to the Corporate Billing Portal",
        "Step 4 Sign in to the Corporate Billing Portal",
        "A. In the Billing Center (for anyone who thinks they are the billing contact)",
        "D. You cannot sign in, or something else happens",
        "Walk code: B-C-A",
    ):
        assert words in text
    # Its title, and a sans-serif font wherever the file is shown.
    assert ET.parse(target).getroot().findtext("{http://www.w3.org/2000/svg}title") == "Map of every walk"
    assert all(font.endswith(", sans-serif") for font in re.findall(r'font-family="([^"]*)"', target.read_text()))


def test_the_pdf_is_one_page(tmp_path: Path) -> None:
    target = tmp_path / "carte.PDF"
    result = _export("--export-map", str(target), "--lang", "fr", "--walk", "B-C-A")
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1


# Qt's light palette on the offscreen platform: the walk's boxes are framed in its highlight colour.
HIGHLIGHT = QColor("#308cc6")


def _highlighted_rows(image: QImage) -> int:
    """How many rows of the image show the highlight colour."""
    found = 0
    for y in range(0, image.height(), 2):
        if any(image.pixelColor(x, y) == HIGHLIGHT for x in range(0, image.width(), 2)):
            found += 1
    return found


def test_the_png_is_an_image_of_a_sane_size_with_the_walk_highlighted(tmp_path: Path) -> None:
    plain, walked = tmp_path / "map.png", tmp_path / "walk.png"
    assert _export("--export-map", str(plain), "--lang", "de").returncode == 0
    result = _export("--export-map", str(walked), "--lang", "de", "--walk", "b c a")
    assert result.returncode == 0, result.stderr
    image = QImage(str(walked))
    assert not image.isNull()
    # Five columns of boxes, ten rows of results, at twice the screen's pixels: larger than a
    # screen, smaller than a poster.
    assert 1200 <= image.width() <= 4000
    assert 1200 <= image.height() <= 6000
    assert image.size() == QImage(str(plain)).size()
    assert _highlighted_rows(image) > _highlighted_rows(QImage(str(plain)))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--export-map", "map.txt"],
            "map.txt: the map is written as SVG, PDF or PNG, by the file's extension: .svg, .pdf, .png.",
        ),
        (
            ["--export-map", "map"],
            "map: the map is written as SVG, PDF or PNG, by the file's extension: .svg, .pdf, .png.",
        ),
        (
            ["--export-map", "map.png", "--start", "admin-center"],
            "--export-map writes a file and opens no window: --start does not apply.",
        ),
        (
            ["--export-map", "map.png", "--self-check"],
            "--export-map writes a file and opens no window: --self-check does not apply.",
        ),
        (
            ["--export-map", "map.png", "--lang", "xx"],
            "Unknown language 'xx': the available languages are " + ", ".join(LANGUAGES) + ".",
        ),
        (["--export-map"], "--export-map needs a value."),
    ],
)
def test_a_wrong_command_line_exits_2_and_writes_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    result = _export(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"{PROGRAM}: {message}\nTry '{PROGRAM} --help'.\n"
    assert list(tmp_path.iterdir()) == []


def test_a_walk_code_that_opens_nothing_exits_2(tmp_path: Path) -> None:
    result = _export("--export-map", "map.svg", "--walk", "B-E", cwd=tmp_path)
    assert result.returncode == 2
    assert "The walk code 'B-E' opens nothing." in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_written_exits_1_and_says_why(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "map.png"
    result = _export("--export-map", str(target))
    assert result.returncode == 1
    assert result.stderr == f"{PROGRAM}: Cannot write the map to {target}: No such file or directory\n"
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    result = _export("--export-map", str(folder), "--lang", "it")
    assert result.returncode == 1
    assert result.stderr == f"{PROGRAM}: Impossibile scrivere la mappa in {folder}: Is a directory\n"


def test_help_describes_the_export() -> None:
    result = _export("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "--export-map <FILE>" in text
    assert "SVG, PDF or PNG by the file's extension" in text
    assert "Exits 0 when written, 1 when the file cannot be written, 2 for an extension or a language" in text
