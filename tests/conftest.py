"""Shared test set-up: Qt without a screen, a wizard factory, and a recorder of opened URLs."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator

import pytest

# Before any Qt import: no display here, and none needed. Set, not defaulted, so that a
# developer's DISPLAY never turns the suite into windows flashing on their screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Settings of their own: the developer's choices (user scope) and their organization's policy
# (system scope, /etc/xdg) never leak into a test, nor a test's into them.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="billing-contact-user-")
os.environ["XDG_CONFIG_DIRS"] = tempfile.mkdtemp(prefix="billing-contact-system-")
# ...and a log folder of their own.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="billing-contact-data-")
os.environ["BILLING_CONTACT_PSEUDO"] = ""

from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from billing_contact import create_wizard
from billing_contact.services import i18n
from billing_contact.ui.wizard import BillingContactWizard

# Random walks: 500 in CI (the default), 100 in make test-fast (HYPOTHESIS_PROFILE=fast), 20,000 in
# make random-walks (long). A walk drives real widgets, so no per-example deadline: the machine's
# load is not a failure.
for name, examples in (("ci", 500), ("fast", 100), ("long", 20_000)):
    hypothesis_settings.register_profile(
        name, max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
    )
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


class UrlRecorder(QObject):
    """Receives every URL the app asks the desktop to open, instead of a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test has settings folders of its own: no remembered choice, no file found unreadable."""
    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder / scope.name))


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Every test starts in English, as it would alone, whatever language the one before spoke."""
    generation = i18n.catalogs.generation
    yield
    if QCoreApplication.instance() is not None and i18n.catalogs.generation != generation:
        i18n.catalogs.install("en")


@pytest.fixture(scope="session")
def self_check() -> subprocess.CompletedProcess[str]:
    """``python -m billing_contact --self-check``, run once for the tests that read what it says."""
    return subprocess.run(
        [sys.executable, "-m", "billing_contact", "--self-check"], capture_output=True, text=True, check=False
    )


@pytest.fixture
def opened_urls() -> Iterator[list[str]]:
    """The list of URLs opened during the test, in order."""
    recorder = UrlRecorder()
    for scheme in ("https", "http", "mailto", "file"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder.urls
    for scheme in ("https", "http", "mailto", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def make_wizard(qtbot) -> Iterator[Callable[..., BillingContactWizard]]:
    """Create and show the app's wizard in a language, as main() does."""
    made: list[BillingContactWizard] = []

    def _make(language: str | None = "en") -> BillingContactWizard:
        wizard = create_wizard(language)
        assert isinstance(wizard, BillingContactWizard)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        made.append(wizard)
        return wizard

    yield _make
    # A wizard with an email left unsent asks before it closes: closed anyway, so that no later
    # test finds its window still open (the error reporter speaks over the active window).
    for wizard in made:
        if wizard.isVisible():
            wizard.close()
        for box in wizard.findChildren(QMessageBox, "dialog.unsent_email"):
            if box.isVisible():
                box.findChild(QPushButton, "confirm").click()
