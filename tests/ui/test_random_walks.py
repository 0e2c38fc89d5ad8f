"""Random walks through the real wizard: choose (by click or by letter key), Next, Back, Restart,
Start over, try the other way, write to the billing admin, see how to change the billing contact,
look at the whole map, and switch language.

A model written from the path table (not from the app's map) says where each walk must be; the
wizard is checked against it after every step. CI runs 500 walks; `make random-walks` runs 20,000.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)

from billing_contact import create_wizard
from billing_contact.services import i18n
from conftest import UrlRecorder
from helpers import checked_choice
from oracle import CHANGE_WAYS, HEADLINES, PATHS, TITLES


@dataclass
class Model:
    """Where a person is, by the answers they gave (committed) and the one they picked (pending)."""

    committed: list[str] = field(default_factory=list)
    pending: str | None = None
    language: str = "en"

    def verdict(self) -> str | None:
        return dict(PATHS).get(tuple(self.committed))

    def options(self) -> list[str]:
        """The choices the current page offers, in the order of the table."""
        depth = len(self.committed)
        found: list[str] = []
        for choices, _ in PATHS:
            if list(choices[:depth]) == self.committed and len(choices) > depth and choices[depth] not in found:
                found.append(choices[depth])
        return found

    def options_at(self, depth: int) -> list[str]:
        """The choices offered at ``depth`` along the committed answers."""
        return Model(self.committed[:depth]).options()

    def letter(self, choice_id: str, depth: int) -> str:
        """The letter of ``choice_id`` at ``depth``: its place among the choices there."""
        return "ABCD"[self.options_at(depth).index(choice_id)]

    def code(self) -> str:
        return "-".join(self.letter(choice, depth) for depth, choice in enumerate(self.committed))

    def page(self) -> str:
        if self.verdict() is not None:
            return "page.verdict"
        return "page." + self.options()[0].split(".")[1]


ACTIONS = st.one_of(
    st.tuples(st.just("choose"), st.integers(min_value=0, max_value=3)),
    # The letter key of an answer, as a user told "press B" on the phone does.
    st.tuples(st.just("key"), st.integers(min_value=0, max_value=3)),
    # Choose and go on, the way most people move: walks reach the verdicts often.
    st.tuples(st.just("advance"), st.integers(min_value=0, max_value=3)),
    st.tuples(st.just("advance"), st.integers(min_value=0, max_value=3)),
    st.just(("next",)),
    st.just(("back",)),
    st.just(("restart",)),
    st.tuples(st.just("language"), st.sampled_from(i18n.LANGUAGES)),
    # On a verdict: the Start over button, "try the other way", the composer (those two only on
    # two verdicts of ten: drawn more often, so that walks get to do them).
    st.just(("start_over",)),
    *[st.just(("try",))] * 3,
    *[st.tuples(st.just("compose"), st.booleans(), st.sampled_from(["send", "enter", "escape"]))] * 3,
    # How to change the billing contact: open it, tick one of its boxes, close it by its button or Escape.
    st.tuples(st.just("change"), st.integers(min_value=0, max_value=4), st.sampled_from(["close", "escape"])),
    # Help, then the whole map, which shows the walk so far; then Close or Escape.
    st.tuples(st.just("map"), st.sampled_from(["close", "escape"])),
)

OTHER_WAY = {
    "choice.start.billing_center": "choice.start.admin_center",
    "choice.start.admin_center": "choice.start.billing_center",
}


def _step(wizard: QWizard, model: Model, action: tuple) -> None:
    kind = action[0]
    if kind == "advance":
        _step(wizard, model, ("choose", action[1]))
        _step(wizard, model, ("next",))
        return
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    if kind == "choose" and model.verdict() is None:
        options = model.options()
        model.pending = options[action[1] % len(options)]
        _click_choice(wizard, model.pending)
    elif kind == "key" and model.verdict() is None:
        options = model.options()
        model.pending = options[action[1] % len(options)]
        _press_letter(wizard, model.letter(model.pending, len(model.committed)))
    elif kind == "next" and model.verdict() is None:
        if model.pending is None:
            assert not next_button.isEnabled()
            return
        next_button.click()
        model.committed.append(model.pending)
        model.pending = None
    elif kind == "back" and model.committed:
        wizard.button(QWizard.WizardButton.BackButton).click()
        model.pending = model.committed.pop()
    elif kind == "restart":
        wizard.restart()
        model.committed.clear()
        model.pending = None
    elif kind == "language":
        wizard.switch_language(action[1])
        model.language = action[1]
    elif kind == "start_over" and model.verdict() is not None:
        wizard.findChild(QPushButton, "action.start_over").click()
        model.committed.clear()
        model.pending = None
    elif kind == "try" and model.verdict() == "undetermined":
        other = OTHER_WAY[model.committed[0]]
        (button,) = [b for b in wizard.currentPage().findChildren(QPushButton, TRY[other]) if b.isVisible()]
        button.click()
        model.committed = [other]
        model.pending = None
        TOTALS["tries"] += 1
    elif kind in ("compose", "change", "map"):
        _use_a_dialog(wizard, model, action)


def _use_a_dialog(wizard: QWizard, model: Model, action: tuple) -> None:
    """Open one of the dialogs a walk may open, use it and close it: the composer, how to change
    the billing contact, the map."""
    kind = action[0]
    if kind == "compose" and model.verdict() == "not_billing_admin_named":
        _compose(wizard, valid=action[1], how=action[2])
        TOTALS["composer"] += 1
    elif kind == "change" and model.verdict() is not None:
        _change_contact(wizard, model, tick=action[1], how=action[2])
    elif kind == "map":
        _look_at_the_map(wizard, model, how=action[1])
        TOTALS["maps"] += 1


TRY = {
    "choice.start.admin_center": "action.try_admin_center",
    "choice.start.billing_center": "action.try_billing_center",
}


def _compose(wizard: QWizard, *, valid: bool, how: str) -> None:
    """Write to the billing admin: fill the composer, then send, press Enter, or Escape."""
    wizard.currentPage().findChild(QPushButton, "action.email_billing_admin").click()
    composer = wizard.findChild(QDialog, "dialog.email")
    assert composer.isVisible()
    address = composer.findChild(QLineEdit, "field.billing_admin_email")
    composer.findChild(QLineEdit, "field.billing_admin_name").setText("Anna Rossi")
    address.setText("anna@example.com" if valid else "anna@")
    sent_before = len(OPENED.urls)
    if how == "send":
        composer.findChild(QPushButton, "action.send_email").click()
    elif how == "enter":
        QTest.keyClick(address, Qt.Key.Key_Return)
    else:
        QTest.keyClick(address, Qt.Key.Key_Escape)
    sends = how != "escape"
    assert composer.isVisible() == (sends and not valid)
    assert len(OPENED.urls) - sent_before == (1 if sends and valid else 0)
    if sends and valid:
        assert OPENED.urls[-1].startswith("mailto:anna@example.com?subject=")
        TOTALS["emails"] += 1
    else:
        # The user gives up on this one: what was typed goes, so that closing never asks.
        for field in composer.findChildren(QLineEdit):
            field.clear()
        composer.reject()
    assert wizard.isVisible()


def _change_contact(wizard: QWizard, model: Model, *, tick: int, how: str) -> None:
    """Open "How to change the billing contact…" where the result offers it, tick a box, close it."""
    ways = CHANGE_WAYS[model.verdict()]
    buttons = [
        b for b in wizard.currentPage().findChildren(QPushButton, "action.change_billing_contact") if b.isVisible()
    ]
    assert len(buttons) == (1 if ways else 0)
    if not ways:
        return
    buttons[0].click()
    dialog = wizard.findChild(QDialog, "dialog.change_billing_contact")
    assert dialog.isVisible()
    # The Billing Center's way, first, is the one with GoTo's conditions.
    assert dialog.findChild(QFrame, "conditions").isVisible() == (ways[0] == "billing_center")
    boxes = [box for box in dialog.findChildren(QCheckBox) if box.isVisible()]
    box = boxes[tick % len(boxes)]
    checked = box.isChecked()
    box.click()
    assert box.isChecked() != checked
    if how == "close":
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    else:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert wizard.isVisible()
    TOTALS["changes"] += 1


def _look_at_the_map(wizard: QWizard, model: Model, *, how: str) -> None:
    """Open the map from the Help box, check the walk it highlights, and close it."""
    wizard.button(QWizard.WizardButton.HelpButton).click()
    (box,) = [box for box in wizard.findChildren(QMessageBox, "dialog.help") if box.isVisible()]
    box.findChild(QPushButton, "action.show_map").click()
    (dialog,) = [dialog for dialog in wizard.findChildren(QDialog, "dialog.map") if dialog.isVisible()]
    # The boxes are named by the letters of the answers that reach them: the walk's code so far.
    letters = model.code().split("-") if model.committed else []
    expected = {"map.start"} | {"map." + "-".join(letters[:depth]) for depth in range(1, len(letters) + 1)}
    shown = {box.objectName() for box in dialog.findChildren(QWidget) if box.property("highlighted")}
    assert shown == expected
    if how == "close":
        dialog.findChild(QPushButton).click()
    else:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert wizard.isVisible()


def _click_choice(wizard: QWizard, choice_id: str) -> None:
    button = wizard.currentPage().findChild(QRadioButton, choice_id)
    assert button is not None, choice_id
    button.click()


def _press_letter(wizard: QWizard, letter: str) -> None:
    focused = QApplication.focusWidget()
    target = focused if focused is not None and wizard.isAncestorOf(focused) else wizard.currentPage()
    QTest.keyClick(target, letter.lower())
    TOTALS["letters"] += 1


def _check(wizard: QWizard, model: Model) -> None:
    page = wizard.currentPage()
    assert page.objectName() == model.page()
    assert wizard.windowTitle() == TITLES[model.language]
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    verdict = model.verdict()
    if verdict is None:
        assert checked_choice(wizard) == model.pending
        assert page.property("step") == len(model.committed) + 1
        assert next_button.isVisible()
        assert next_button.isEnabled() == (model.pending is not None)
    else:
        assert not next_button.isVisible()
        assert page.property("verdict") == verdict
        assert page.property("walkCode") == model.code()
        assert page.findChild(QLabel, "headline").text() == HEADLINES[model.language][verdict]


TOTALS = {
    "walks": 0, "steps": 0, "verdicts": 0, "letters": 0, "tries": 0, "composer": 0, "emails": 0,
    "changes": 0, "maps": 0,
}  # fmt: skip
OPENED = UrlRecorder()


@pytest.fixture(scope="module")
def wizard(qapp, request):
    """One wizard for every walk: each walk starts with Restart and English, as a user could."""
    for scheme in ("https", "mailto"):
        QDesktopServices.setUrlHandler(scheme, OPENED, "open")
    wizard = create_wizard("en")
    wizard.show()
    yield wizard
    for scheme in ("https", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)
    wizard.close()
    wizard.deleteLater()
    qapp.processEvents()
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(
            "random walks: {walks} walks, {steps} steps, {verdicts} verdict pages checked, "
            "{letters} answers chosen by letter, {tries} tries of the other way, {composer} uses of the "
            "composer, {emails} emails sent, {changes} looks at how to change the billing contact, {maps} looks "
            "at the map".format_map(TOTALS)
        )


@given(actions=st.lists(ACTIONS, max_size=40))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_random_walks_stay_on_the_map_and_reach_the_right_verdict(wizard, actions) -> None:
    wizard.switch_language("en")
    wizard.restart()
    model = Model()
    _check(wizard, model)
    for action in actions:
        _step(wizard, model, action)
        # What the event loop does between a person's actions: widgets retired with deleteLater()
        # (a verdict left, its composer) go. Without it, thousands of them pile up over a long run.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        _check(wizard, model)
        TOTALS["verdicts"] += model.verdict() is not None
    TOTALS["walks"] += 1
    TOTALS["steps"] += len(actions)
