"""The programs ``make bench`` starts: each shows its first page, and the floor shows the app's.

Timing is the benchmark's business (``make bench``); these only keep its programs honest, so that
a change to the app or to a script cannot quietly turn a figure into a comparison of other things.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from billing_contact.article import ARTICLE
from billing_contact.services import i18n
from billing_contact.services.icons import ICON_DIR
from scripts import load_script

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
MARKER = "first-show"


def _load(name: str) -> ModuleType:
    return load_script(BENCH / f"{name}.py")


def test_the_content_floor_shows_the_texts_and_icons_of_the_apps_first_page() -> None:
    floor = _load("first_page_floor")
    start = ARTICLE.step(ARTICLE.start)
    # The map's source texts are the English ones.
    assert start.title == floor.TITLE
    assert "".join(f"<p>{paragraph}</p>" for paragraph in start.intro) == floor.INTRO
    assert start.question == floor.QUESTION
    assert tuple(choice.text for choice in start.choices) == floor.CHOICES
    # ...its language menu, entry by entry...
    assert tuple(i18n.ENDONYMS[code] for code in i18n.LANGUAGES) == floor.LANGUAGES
    # ...and the icons' files, every size the app would load.
    for name, sizes in floor.ICON_SIZES.items():
        shipped = sorted(int(path.stem.rsplit("-", 1)[1]) for path in ICON_DIR.glob(f"{name}-*.png"))
        assert shipped == sorted(sizes), name


@pytest.mark.parametrize(
    "script",
    [["baseline_wizard.py"], ["first_page_floor.py"], ["app_startup.py", "--lang", "en"]],
    ids=["baseline", "content floor", "app"],
)
def test_each_program_says_when_its_first_page_is_shown(script: list[str], tmp_path: Path) -> None:
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, str(BENCH / script[0]), *script[1:]],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout.strip()) == (0, MARKER), result.stderr
