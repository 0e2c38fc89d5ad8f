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

from billing_contact import __version__
from billing_contact.services import i18n
from helpers import start_app, walk
from oracle import CODES, HEADLINES, LANGUAGES, PAGES_OF, PATHS, TITLES
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
    assert "--export-map <FILE>" in result.stdout
    assert ", ".join(i18n.LANGUAGES) in " ".join(result.stdout.split())


def test_an_option_without_its_value_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--lang"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr == (
        "billing-contact-assistant: --lang needs a value.\nTry 'billing-contact-assistant --help'.\n"
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
        ([sys.executable, "-m", "billing_contact", "--lang", "it"], TITLES["it"]),
        ([str(BIN / "billing-contact-assistant"), "--lang", "en"], TITLES["en"]),
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


def _run_main(args: list[str]) -> tuple[dict[str, object], str]:
    """What main() shows with ``args`` (its window's page, title and notices), and what it logged."""
    shown, logged = start_app(*args)
    notices = {name: box["text"] for name, box in shown["boxes"].items()}
    return {"page": shown["page"], "title": shown["title"], "notices": notices}, logged


@pytest.mark.parametrize(
    ("value", "page_id"), [("billing-center", "page.billing_center"), ("admin-center", "page.admin_center")]
)
def test_start_opens_straight_on_the_path(value: str, page_id: str) -> None:
    seen, _ = _run_main(["--lang", "it", "--start", value])
    assert seen == {"page": page_id, "title": TITLES["it"], "notices": {}}


def test_an_unknown_start_says_which_exist_and_starts_on_the_first_page() -> None:
    seen, logged = _run_main(["--lang", "en", "--start", "nowhere"])
    expected = (
        "Unknown start 'nowhere': use one of billing-center, admin-center. The assistant starts on its first page."
    )
    assert seen == {
        "page": "page.start",
        "title": TITLES["en"],
        "notices": {"dialog.unknown_start": expected},
    }
    assert expected in logged


def test_an_unknown_lang_is_said_over_the_wizard_too() -> None:
    seen, _ = _run_main(["--lang", "xx"])
    assert seen["title"] == TITLES["en"]
    assert seen["notices"] == {
        "dialog.unknown_language": f"Unknown language 'xx': the available languages are {', '.join(i18n.LANGUAGES)}."
    }


POLICY_WALK = """
import json, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QPushButton, QRadioButton, QWizard
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
# The composer, to the organization's contact: say what is needed, send.
composer = wizard.findChild(QDialog, "dialog.email")
composer.findChild(QComboBox, "field.request").setCurrentIndex(0)
composer.findChild(QPushButton, "action.send_email").click()
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


# main() with --walk, in a process of its own (the app object's quit would linger in this one):
# what its window shows, then Back through every page, with the answer each shows.
_RUN_WALK = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton, QWizard
from billing_contact.app import main

seen = {}

def look():
    (wizard,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == "wizard" and w.isVisible()]
    page = wizard.currentPage()
    seen["verdict"] = page.property("verdict")
    seen["code"] = page.property("walkCode")
    seen["headline"] = page.findChild(QLabel, "headline").text()
    seen["history"] = [wizard.page(number).objectName() for number in wizard.visitedIds()]
    back = []
    while wizard.button(QWizard.WizardButton.BackButton).isVisible():
        wizard.button(QWizard.WizardButton.BackButton).click()
        checked = [b.objectName() for b in wizard.currentPage().findChildren(QRadioButton) if b.isChecked()]
        back.append([wizard.currentPage().objectName(), *checked])
    seen["back"] = back
    QApplication.quit()

app = QApplication(["billing-contact-assistant"])  # main() takes it over
QTimer.singleShot(0, look)
code = main(["billing-contact-assistant", *sys.argv[1:]])
print(json.dumps({"exit": code, **seen}))
"""


def _run_walk(args: list[str]) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _RUN_WALK, *args], capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize(("path", "code"), list(zip(PATHS, CODES, strict=True)), ids=CODES)
def test_walk_opens_the_same_result_in_another_language(make_wizard, path, code: str) -> None:
    choices, verdict = path
    # The user, in Italian, reads the code off their result page...
    user = make_wizard("it")
    walk(user, choices)
    read_out = user.currentPage().property("walkCode")
    assert read_out == code
    user.close()
    # ...and the help desk types it, in lower case without separators, in English.
    seen = _run_walk(["--lang", "en", "--walk", read_out.lower().replace("-", "")])
    pages = [PAGES_OF[choice.rsplit(".", 1)[0]] for choice in choices]
    assert seen == {
        "exit": 0,
        "verdict": verdict,
        "code": code,
        "headline": HEADLINES["en"][verdict],
        "history": [*pages, "page.verdict"],
        "back": [list(pair) for pair in reversed(list(zip(pages, choices, strict=True)))],
    }


@pytest.mark.parametrize(
    ("code", "failing"),
    [
        ("B-E", "Step 2 (Sign in to the Admin Center) has no answer E. It offers A, B, C, D."),
        ("A-B", "Step 3 (Look at your My Account page) has no answer yet. It offers A, B."),
        ("-", "Step 1 (Who is the billing contact for my account?) has no answer yet. It offers A, B."),
        ("A-A-B", "There is no step 3: the answers before it already reach a result. Remove B."),
        ("A-B-1", 'Step 3 (Look at your My Account page): "1" is not an answer letter. Step 3 offers A, B.'),
    ],
)
def test_an_invalid_walk_code_says_which_step_fails_and_exits_2_without_a_window(code: str, failing: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--walk", code],
        capture_output=True,
        text=True,
        check=False,
        # No screen at all: any window would fail to open, and Qt would abort rather than exit 2.
        env={**os.environ, "QT_QPA_PLATFORM": "minimal:nowhere", "DISPLAY": ""},
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"billing-contact-assistant: The walk code {code!r} opens nothing. {failing}\n"


def test_an_invalid_walk_code_is_explained_in_dutch_with_lang_nl() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--lang", "nl", "--walk", "B-E"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "minimal:nowhere", "DISPLAY": ""},
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        "billing-contact-assistant: De antwoordcode 'B-E' opent niets. "
        "Stap 2 (Aanmelden bij het Admin Center) heeft geen antwoord E. Mogelijke letters: A, B, C, D.\n"
    )


def test_walk_and_start_together_are_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--walk", "B-B", "--start", "admin-center"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "--walk and --start" in result.stderr


def test_help_lists_every_walk_with_its_code_answers_and_result() -> None:
    from billing_contact.article import ARTICLE
    from billing_contact.logic import walkcode

    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--help"], capture_output=True, text=True, check=True
    )
    assert "--walk <CODE>" in result.stdout
    assert result.stdout.endswith(walkcode.help_table(ARTICLE) + "\n")
    lines = result.stdout.splitlines()
    for (choices, verdict), code in zip(PATHS, CODES, strict=True):
        row = next(i for i, line in enumerate(lines) if line.split()[:1] == [code])
        assert lines[row].split()[1] == f"{verdict}:"
        assert lines[row + 1].split() == " > ".join(c.rsplit(".", 1)[1] for c in choices).split()


def test_the_self_check_passes(self_check: subprocess.CompletedProcess[str]) -> None:
    assert self_check.returncode == 0, self_check.stdout + self_check.stderr
    last = self_check.stdout.splitlines()[-1]
    assert last.startswith("All ")
    assert last.endswith(" checks passed.")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_self_check_walks_every_path_in_every_language(self_check, language: str) -> None:
    lines = self_check.stdout.splitlines()
    assert f"ok   catalog {language}: loaded" in lines
    assert f"ok   pages {language}: 6 pages, 10 paths" in lines
    assert f"ok   walk codes {language}: 10 codes lead back to their own results" in lines


def test_the_self_check_says_what_it_checked(self_check: subprocess.CompletedProcess[str]) -> None:
    lines = self_check.stdout.splitlines()
    assert "ok   Qt buttons it: Successivo >" in lines
    assert "ok   icon verdict-yes.svg: 64x64" in lines


def _usage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The app run with ``args`` where no window can open: a usage error must exit before one."""
    return subprocess.run(
        [sys.executable, "-m", "billing_contact", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "minimal:nowhere", "DISPLAY": "", **env},
        timeout=60,
    )


def test_an_unknown_option_says_which_exist_and_exits_2() -> None:
    result = _usage("--walkk", "B-A")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "billing-contact-assistant: Unknown option --walkk. The options are --lang, --start, --walk, "
        "--self-check, --export-map, --help, --version. Did you mean --walk?\n"
        "Try 'billing-contact-assistant --help'.\n"
    )


def test_qts_own_options_still_pass() -> None:
    result = _usage("-style", "fusion", "-platform", "offscreen", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"billing-contact-assistant {__version__}"


def test_command_line_messages_speak_the_language_asked_for() -> None:
    result = _usage("--lang", "it", "--walk", "E")
    assert result.returncode == 2
    assert result.stderr == (
        "billing-contact-assistant: Il codice del percorso 'E' non apre nulla. Passaggio 1 (Chi è il contatto "
        "di fatturazione per il mio account?): non esiste la risposta E. Le risposte possibili sono A, B.\n"
    )
    result = _usage("--lang", "fr", "--walkk")
    assert result.stderr.splitlines() == [
        "billing-contact-assistant: Option inconnue\u00a0: --walkk. Les options sont --lang, --start, --walk, "
        "--self-check, --export-map, --help, --version. Vouliez-vous dire --walk\u00a0?",
        "Saisissez «\u00a0billing-contact-assistant --help\u00a0» pour plus d'informations.",
    ]


def test_without_lang_the_command_line_speaks_the_language_chosen_last_time(tmp_path: Path) -> None:
    user = tmp_path / "user" / "BillingContactAssistant"
    user.mkdir(parents=True)
    (user / "billing-contact-assistant.conf").write_text("[General]\nlanguage=de\n", encoding="utf-8")
    result = _usage("--start", XDG_CONFIG_HOME=str(tmp_path / "user"))
    assert result.returncode == 2
    assert result.stderr == (
        "billing-contact-assistant: --start braucht einen Wert.\n"
        "„billing-contact-assistant --help“ liefert weitere Informationen.\n"
    )


def test_a_code_pasted_from_outlook_opens_on_the_command_line() -> None:
    seen = _run_walk(["--lang", "en", "--walk", "B \u2013 C \u2013 A"])
    assert seen["code"] == "B-C-A"
    assert seen["verdict"] == "corporate_billing_admin"


def test_a_very_long_bad_code_is_quoted_short() -> None:
    result = _usage("--walk", "A-A-" + "B" * 4096)
    assert result.returncode == 2
    assert result.stderr == (
        "billing-contact-assistant: The walk code 'A-A-BBBBBBBBBBBBBBBBBBBBBBBBBBBB…' opens nothing. "
        "There is no step 3: the answers before it already reach a result. Remove B-B-B-B-B-B….\n"
    )
