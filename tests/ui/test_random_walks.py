"""Random walks through the real wizard: choose (by click or by letter key), Next, Back, Restart,
Start over, open a walk's result as a walk code does, try the other way, write to the billing
admin or the account admin (type their address, a request, your name; send, Enter or Escape), see
how to change the billing contact, look at the whole map, and switch language.

A model written from the path table (not from the app's map) says where each walk must be, and
what the composer must show wherever it opens: the email typed so far, kept for the session
through Back, Start over and every later walk. The wizard is checked against it after every step.
CI runs 500 walks; `make random-walks` runs 20,000.
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
    QComboBox,
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


@dataclass
class Draft:
    """The email the person has typed so far: kept as long as the wizard, across walks."""

    # By recipient: the name and address typed.
    recipients: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The request's place in the list (-1: none chosen yet), and the words for "something else".
    request: int = -1
    words: str = ""
    your_name: str = ""

    def complete(self, recipient: str) -> bool:
        """Send opens the email: a usable address and a request said."""
        address = self.recipients.get(recipient, ("", ""))[1]
        return address == "anna@example.com" and self.request >= 0 and (self.request != OTHER or bool(self.words))


# The wizard lives for the whole run, and its draft with it: one session.
DRAFT = Draft()
# "Something else…", the last of the requests.
OTHER = 3
# Whom each result writes to, with the button that opens the composer.
RECIPIENTS = {
    "not_billing_admin_named": ("billing_admin", "action.email_billing_admin"),
    "undetermined": ("account_admin", "action.email_account_admin"),
}
# The walks that lead to them.
WRITING = [choices for choices, verdict in PATHS if verdict in RECIPIENTS]


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
    # On a verdict: the Start over button, "try the other way" (only on "not determined": drawn
    # more often, so that walks get to do it), the composer (from where the walk is if it writes
    # to someone, else from a result that does).
    st.just(("start_over",)),
    # A walk code opened (Ctrl+O, --walk): straight to a result, every answer in the history.
    *[st.tuples(st.just("open_walk"), st.sampled_from(range(len(PATHS))))] * 3,
    *[st.just(("try",))] * 3,
    *[
        st.tuples(
            st.just("compose"),
            # What is typed this time; the composer first shows what was typed before.
            st.sampled_from(["address", "bad address", "request", "own words", "your name", "nothing"]),
            st.integers(min_value=0, max_value=3),
            st.sampled_from(["send", "enter", "escape"]),
        )
    ]
    * 6,
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
    else:
        _result_step(wizard, model, action)


def _result_step(wizard: QWizard, model: Model, action: tuple) -> None:
    """What is done from a result: open another as its walk code does, Start over, try the other
    way, write to someone."""
    kind = action[0]
    if kind == "open_walk":
        _open_walk(wizard, model, PATHS[action[1]][0])
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
    if kind == "compose":
        if model.verdict() not in RECIPIENTS:
            # The person goes where they can write first, as a walk code opens it.
            _open_walk(wizard, model, WRITING[action[2] % len(WRITING)])
        _compose(wizard, *RECIPIENTS[model.verdict()], typing=action[1], choice=action[2], how=action[3])
        TOTALS["composer"] += 1
    elif kind == "change" and model.verdict() is not None:
        _change_contact(wizard, model, tick=action[1], how=action[2])
    elif kind == "map":
        _look_at_the_map(wizard, model, how=action[1])
        TOTALS["maps"] += 1


def _open_walk(wizard: QWizard, model: Model, choices: tuple[str, ...]) -> None:
    wizard.open_walk(choices)
    model.committed = list(choices)
    model.pending = None


TRY = {
    "choice.start.admin_center": "action.try_admin_center",
    "choice.start.billing_center": "action.try_billing_center",
}


def _compose(wizard: QWizard, recipient: str, action: str, *, typing: str, choice: int, how: str) -> None:
    """Open the composer: it shows the draft; type one thing; then send, press Enter, or Escape."""
    wizard.currentPage().findChild(QPushButton, action).click()
    composer = wizard.findChild(QDialog, "dialog.email")
    assert composer.isVisible()
    name = composer.findChild(QLineEdit, f"field.{recipient}_name")
    address = composer.findChild(QLineEdit, f"field.{recipient}_email")
    request = composer.findChild(QComboBox, "field.request")
    words = composer.findChild(QLineEdit, "field.request_text")
    your_name = composer.findChild(QLineEdit, "field.your_name")
    # What was typed before, on this result or another, before Back, Start over or a new walk.
    assert (name.text(), address.text()) == DRAFT.recipients.get(recipient, ("", ""))
    assert (request.currentIndex(), words.text(), your_name.text()) == (DRAFT.request, DRAFT.words, DRAFT.your_name)
    assert words.isEnabled() == (DRAFT.request == OTHER)
    TOTALS["drafts shown again"] += Draft() != DRAFT
    if typing in ("address", "bad address"):
        name.setText("Anna Rossi")
        # Pasted with the name, as the Admin Center's message shows it; left for the next field.
        address.setText("Anna Rossi <anna@example.com>" if typing == "address" else "anna@")
        address.editingFinished.emit()
        DRAFT.recipients[recipient] = ("Anna Rossi", "anna@example.com" if typing == "address" else "anna@")
        assert address.text() == DRAFT.recipients[recipient][1]
    elif typing == "request":
        request.setCurrentIndex(choice)
        DRAFT.request = choice
        TOTALS["requests"] += 1
    elif typing == "own words":
        request.setCurrentIndex(OTHER)
        words.setText("Two more licenses" if choice % 2 else "")
        DRAFT.request, DRAFT.words = OTHER, words.text()
        TOTALS["requests"] += 1
    elif typing == "your name":
        your_name.setText("Giulia Bianchi" if choice % 2 else "")
        DRAFT.your_name = your_name.text()
        TOTALS["names"] += 1
    sent_before = len(OPENED.urls)
    if how == "send":
        composer.findChild(QPushButton, "action.send_email").click()
    elif how == "enter":
        QTest.keyClick(address, Qt.Key.Key_Return)
    else:
        QTest.keyClick(address, Qt.Key.Key_Escape)
    sends = how != "escape" and DRAFT.complete(recipient)
    assert composer.isVisible() == (how != "escape" and not sends)
    assert len(OPENED.urls) - sent_before == (1 if sends else 0)
    if sends:
        assert OPENED.urls[-1].startswith("mailto:anna@example.com?subject=")
        if DRAFT.your_name:
            assert OPENED.urls[-1].endswith("%0D%0AGiulia%20Bianchi")
        TOTALS["emails"] += 1
    else:
        # The person gives up on it for now; what was typed stays for next time.
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


TOTALS = dict.fromkeys(
    [
        "walks",
        "steps",
        "verdicts",
        "letters",
        "tries",
        "composer",
        "drafts shown again",
        "requests",
        "names",
        "emails",
        "changes",
        "maps",
    ],
    0,
)
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
    # An email left unsent is asked about first: close anyway.
    for box in wizard.findChildren(QMessageBox, "dialog.unsent_email"):
        if box.isVisible():
            box.findChild(QPushButton, "confirm").click()
    wizard.deleteLater()
    qapp.processEvents()
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(
            "random walks: {walks} walks, {steps} steps, {verdicts} verdict pages checked, "
            "{letters} answers chosen by letter, {tries} tries of the other way, {composer} uses of the "
            "composer ({drafts shown again} showing an earlier draft, {requests} requests and {names} names "
            "typed), {emails} emails sent, {changes} looks at how to change the billing contact, {maps} looks "
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
