"""The app as a user starts it: the command line, and a real window on a (virtual) screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from billing_contact import __version__
from billing_contact.app import Exit, Options, main, parse_command_line
from billing_contact.services import i18n
from billing_contact.ui.wizard import BillingContactWizard
from virtual_desktop import x_screen

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
    assert result.stdout.startswith("Usage: billing-contact-assistant [options]")
    assert "--lang <CODE>" in result.stdout
    assert "--start <PATH>" in result.stdout
    assert "--self-check" in result.stdout
    assert ", ".join(i18n.LANGUAGES) in " ".join(result.stdout.split())


def test_an_option_without_its_value_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--lang"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "billing-contact-assistant: Missing value after '--lang'." in result.stderr
    assert "Try 'billing-contact-assistant --help'." in result.stderr


def test_qt_options_are_left_to_qt_and_the_apps_are_read() -> None:
    options = parse_command_line(
        ["billing-contact-assistant", "-style", "fusion", "--lang", "it", "-reverse", "--start", "admin-center"]
    )
    assert options == Options(lang="it", start="admin-center", self_check=False)
    assert parse_command_line(["billing-contact-assistant"]) == Options()
    assert parse_command_line(["billing-contact-assistant", "--self-check"]) == Options(self_check=True)
    assert parse_command_line(["x", "--start="]) == Exit(
        2, "billing-contact-assistant: --start needs a value.\nTry 'billing-contact-assistant --help'."
    )


@pytest.fixture(scope="module")
def xvfb_display() -> Iterator[str]:
    """A private virtual X screen, 1366x768 like a small laptop."""
    assert shutil.which("Xvfb"), "Xvfb is missing: `make test` installs it (tools/system-deps test)"
    with x_screen() as display:
        yield display


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


def test_lang_wins_over_the_remembered_language(make_wizard) -> None:
    from billing_contact.services import settings

    settings.remember_language("it")
    assert make_wizard(None).windowTitle() == "Assistente contatto di fatturazione"
    assert make_wizard("en").windowTitle() == "Billing Contact Assistant"


def _run_main(args: list[str]) -> dict[str, object]:
    """Run main() in this process until its wizard shows; return what it shows, then quit.

    What is shown is read before quitting: quitting closes the wizard, and a closed QWizard
    forgets its pages' state.
    """
    seen: dict[str, object] = {}

    def _look() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, BillingContactWizard) and w.isVisible()]
        if not wizards:
            QTimer.singleShot(10, _look)
            return
        (wizard,) = wizards
        seen["page"] = wizard.currentPage().objectName()
        seen["title"] = wizard.windowTitle()
        notices = [box for box in wizard.findChildren(QMessageBox) if box.isVisible()]
        seen["notices"] = {box.objectName(): box.text() for box in notices}
        QApplication.instance().quit()

    QTimer.singleShot(0, _look)
    assert main(["billing-contact-assistant", *args]) == 0
    return seen


@pytest.mark.parametrize(
    ("value", "page_id"), [("billing-center", "page.billing_center"), ("admin-center", "page.admin_center")]
)
def test_start_opens_straight_on_the_path(qapp, value: str, page_id: str) -> None:
    seen = _run_main(["--lang", "it", "--start", value])
    assert seen == {"page": page_id, "title": "Assistente contatto di fatturazione", "notices": {}}


def test_an_unknown_start_says_which_exist_and_starts_on_the_first_page(qapp, caplog) -> None:
    seen = _run_main(["--lang", "en", "--start", "nowhere"])
    expected = (
        "Unknown start 'nowhere': use one of billing-center, admin-center. The assistant starts on its first page."
    )
    assert seen == {
        "page": "page.start",
        "title": "Billing Contact Assistant",
        "notices": {"dialog.unknown_start": expected},
    }
    assert expected in caplog.text


def test_an_unknown_lang_is_said_over_the_wizard_too(qapp) -> None:
    seen = _run_main(["--lang", "xx"])
    assert seen["title"] == "Billing Contact Assistant"
    assert seen["notices"] == {
        "dialog.unknown_language": f"Unknown language 'xx': the available languages are {', '.join(i18n.LANGUAGES)}."
    }


POLICY_WALK = """
import json, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QWizard
from billing_contact import create_wizard

class Recorder(QObject):
    urls = []
    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))

app = QApplication([])
recorder = Recorder()
for scheme in ("https", "http", "javascript", "mailto"):
    QDesktopServices.setUrlHandler(scheme, recorder, "open")
wizard = create_wizard("en")
wizard.show()

def click(name):
    wizard.currentPage().findChild(QPushButton, name).click()

def answer(choice):
    wizard.findChild(QRadioButton, choice).click()
    wizard.button(QWizard.WizardButton.NextButton).click()

answer("choice.start.billing_center")
click("action.open_billing_center")
answer("choice.billing_center.other")
click("action.open_helpdesk")
click("action.email_account_admin")
click("action.try_admin_center")
click("action.open_admin_center")
print(json.dumps(recorder.urls))
"""


def test_an_organization_policy_changes_the_addresses_and_bad_values_are_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "xdg" / "BillingContactAssistant"
    folder.mkdir(parents=True)
    (folder / "billing-contact-assistant.conf").write_text(
        "[portals]\nbilling_center=https://billing.goto.com\nadmin_center=javascript:alert(1)\n"
        "corporate_portal=http://link.goto.com/corp-billing\n"
        "[contact]\nname=IT Desk\nemail=it@example.com\nhelpdesk_url=https://help.example.com\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", POLICY_WALK],
        env=_app_env(XDG_CONFIG_DIRS=str(tmp_path / "xdg"), XDG_CONFIG_HOME=str(tmp_path / "user")),
        capture_output=True,
        text=True,
        check=True,
    )
    urls = json.loads(result.stdout)
    assert urls[:2] == ["https://billing.goto.com", "https://help.example.com"]
    assert urls[2].startswith("mailto:it@example.com?subject=Who%20is%20the%20billing%20contact")
    assert urls[3:] == ["https://admin.logmeininc.com"]
    assert "Ignored portals/admin_center" in result.stderr
    assert "Ignored portals/corporate_portal" in result.stderr
