"""The app as a user starts it: the command line, and a real window on a (virtual) screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from billing_contact import __version__, i18n

BIN = Path(sys.executable).parent


def _app_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(extra)
    return env


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"billing-contact-assistant {__version__}"


def test_help_documents_the_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--help"], capture_output=True, text=True, check=True
    )
    assert "--lang CODE" in result.stdout
    assert ", ".join(i18n.LANGUAGES) in " ".join(result.stdout.split())


@pytest.fixture(scope="module")
def xvfb_display() -> Iterator[str]:
    """A private virtual X screen, 1366x768 like a small laptop."""
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: `make test` installs it (tools/system-deps test)"
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def _window_titles(display: str) -> str:
    result = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=_app_env(DISPLAY=display), check=False
    )
    return result.stdout


@pytest.mark.parametrize(
    ("command", "title"),
    [
        ([sys.executable, "-m", "billing_contact", "--lang", "it"], "Assistente contatto di fatturazione"),
        ([str(BIN / "billing-contact-assistant"), "--lang", "en"], "Billing Contact Assistant"),
    ],
    ids=["python -m billing_contact", "installed launcher"],
)
def test_the_app_opens_its_window(xvfb_display: str, command: list[str], title: str) -> None:
    app = subprocess.Popen(
        command,
        env=_app_env(DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and f'"{title}"' not in _window_titles(xvfb_display):
            assert app.poll() is None, f"the app exited: {app.communicate()}"
            time.sleep(0.2)
        assert f'"{title}"' in _window_titles(xvfb_display)
    finally:
        app.terminate()
        _, stderr = app.communicate(timeout=10)
    assert "Traceback" not in stderr


def test_an_unknown_lang_says_which_languages_exist_and_the_app_starts_anyway() -> None:
    app = subprocess.Popen(
        [sys.executable, "-m", "billing_contact", "--lang", "xx"],
        env=_app_env(QT_QPA_PLATFORM="offscreen"),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stderr is not None
        line = app.stderr.readline()
        assert f"Unknown language 'xx': the available languages are {', '.join(i18n.LANGUAGES)}." in line
        time.sleep(1)
        assert app.poll() is None, "the app keeps running, in English"
    finally:
        app.terminate()
        app.communicate(timeout=10)


def test_lang_wins_over_the_remembered_language(qapp) -> None:
    from billing_contact import app, settings

    settings.remember_language("it")
    assert app._choose_language(None).language == "it"
    assert app._choose_language("en").language == "en"
