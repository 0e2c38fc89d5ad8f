"""The whole map at a glance: it opens from Help beside the wizard, names every box for screen
readers, goes from box to box with Tab and the arrow keys, highlights the walk so far and follows
it, speaks the language chosen, and no box runs into another or cuts its text, in any language."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QWidget, QWizard

from billing_contact.services import i18n
from helpers import assert_map_laid_out, back_page, choose, next_page, walk
from oracle import CODES, HEADLINES, PATHS

# The boxes in reading order, which is the Tab order: the letters of the answers that reach each.
READING_ORDER = (
    "start", "A", "A-A", "A-B", "A-B-A", "A-B-B", "A-B-B-A", "A-B-B-B", "A-C",
    "B", "B-A", "B-B", "B-C", "B-C-A", "B-C-B", "B-D",
)  # fmt: skip

# What a screen reader says of each step's box: its number along the way to it, the page's title,
# and the letter of the answer that leads there. Titles as the pages show them (Italian: the article's).
STEP_NAMES = {
    "en": {
        "start": "Step 1, Who is the billing contact for my account?",
        "A": "Step 2, Sign in to the Billing Center, reached by answer A",
        "A-B": "Step 3, Look at your My Account page, reached by answer B",
        "A-B-B": "Step 4, Sign in to the Corporate Billing Portal, reached by answer B",
        "B": "Step 2, Sign in to the Admin Center, reached by answer B",
        "B-C": "Step 3, Sign in to the Corporate Billing Portal, reached by answer C",
    },
    "it": {
        "start": "Passaggio 1, Chi è il contatto di fatturazione per il mio account?",
        "A": "Passaggio 2, Accedere al Centro fatturazione, raggiunto con la risposta A",
        "A-B": "Passaggio 3, Guarda la tua pagina Account personale, raggiunto con la risposta B",
        "A-B-B": "Passaggio 4, Accedere al Portale di fatturazione Corporate, raggiunto con la risposta B",
        "B": "Passaggio 2, Accedere al Centro di amministrazione, raggiunto con la risposta B",
        "B-C": "Passaggio 3, Accedere al Portale di fatturazione Corporate, raggiunto con la risposta C",
    },
}
RESULT_NAME = {"en": "Result: {headline}, walk code {code}", "it": "Risultato: {headline}, codice del percorso {code}"}


def _open_from_help(wizard: QWizard) -> QDialog:
    """Help, then "Show the map…" in the Help box, as a person would."""
    wizard.button(QWizard.WizardButton.HelpButton).click()
    # The one shown: a box closed earlier may wait to be deleted.
    (box,) = [box for box in wizard.findChildren(QMessageBox, "dialog.help") if box.isVisible()]
    box.findChild(QPushButton, "action.show_map").click()
    dialogs = [d for d in wizard.findChildren(QDialog, "dialog.map") if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _box(dialog: QDialog, code: str) -> QWidget:
    box = dialog.findChild(QWidget, f"map.{code}")
    assert box is not None, code
    return box


def _highlighted(dialog: QDialog) -> set[str]:
    return {code for code in READING_ORDER if _box(dialog, code).property("highlighted")}


def _focus_in(qtbot, dialog: QDialog) -> QWidget:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


def test_the_map_opens_from_the_help_box_beside_the_wizard(make_wizard) -> None:
    wizard = make_wizard("en")
    wizard.button(QWizard.WizardButton.HelpButton).click()
    box = wizard.findChild(QMessageBox, "dialog.help")
    assert "\u201cShow the map\u201d draws every step, answer and result at once" in box.informativeText()
    button = box.findChild(QPushButton, "action.show_map")
    assert button.text() == "Show the map…"
    button.click()
    assert not box.isVisible()
    dialog = wizard.findChild(QDialog, "dialog.map")
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Map of every walk"
    # Beside the wizard, not over it: the walk goes on while the map is open.
    assert not dialog.isModal()
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert "Your walk is highlighted" in dialog.findChild(QLabel, "map.intro").text()
    choose(wizard, "choice.start.admin_center")
    next_page(wizard)
    assert wizard.currentPage().objectName() == "page.admin_center"
    # Asked for again, the same map comes to the front.
    assert _open_from_help(wizard) is dialog
    dialog.close()


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_box_has_a_name_for_screen_readers(make_wizard, language) -> None:
    dialog = _open_from_help(make_wizard(language))
    for code, name in STEP_NAMES[language].items():
        assert _box(dialog, code).accessibleName() == name
    for (_, verdict), code in zip(PATHS, CODES, strict=True):
        name = RESULT_NAME[language].format(headline=HEADLINES[language][verdict], code=code)
        assert _box(dialog, code).accessibleName() == name
    dialog.close()


def test_each_box_describes_the_answer_that_leads_to_it(make_wizard) -> None:
    dialog = _open_from_help(make_wizard("en"))
    assert _box(dialog, "B").accessibleDescription() == "Answer B: In the Admin Center (account admins only)"
    assert _box(dialog, "B-C-B").accessibleDescription() == "Answer B: No, I cannot sign in"
    # The start page is on the walk as soon as the assistant opens.
    assert _box(dialog, "start").accessibleDescription() == "On your walk."
    dialog.close()


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_result_is_named_by_its_headline_and_walk_code_in_every_language(make_wizard, language) -> None:
    dialog = _open_from_help(make_wizard(language))
    for (_, verdict), code in zip(PATHS, CODES, strict=True):
        name = _box(dialog, code).accessibleName()
        assert HEADLINES[language][verdict] in name
        assert name.endswith(f" {code}")
    dialog.close()


def test_tab_goes_through_every_box_in_reading_order_then_to_close(make_wizard, qtbot) -> None:
    dialog = _open_from_help(make_wizard("en"))
    # Where the user is: the start page, before any answer.
    assert _focus_in(qtbot, dialog).objectName() == "map.start"
    seen = []
    for _ in READING_ORDER:
        focused = QApplication.focusWidget()
        seen.append(focused.objectName().removeprefix("map."))
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert seen == list(READING_ORDER)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton)
    assert focused.text() == "Close"
    QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "map.start"
    dialog.close()


@pytest.mark.parametrize(
    ("keys", "lands_on"),
    [
        ([Qt.Key.Key_Right], "A"),
        ([Qt.Key.Key_Right, Qt.Key.Key_Down], "B"),
        ([Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right], "B-A"),
        # Up and Down keep to the column: in the last one, from result to result.
        ([Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down], "B-C-A"),
        (
            [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Left],
            "B-C",
        ),
        ([Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up], "A-B-A"),
        ([Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Left], "start"),
        ([Qt.Key.Key_End], "B-D"),
        ([Qt.Key.Key_End, Qt.Key.Key_Left, Qt.Key.Key_Home], "start"),
        # Nothing above the start, nothing left of it: the focus stays.
        ([Qt.Key.Key_Up, Qt.Key.Key_Left], "start"),
    ],
)
def test_the_arrow_keys_go_along_the_lines(make_wizard, qtbot, keys, lands_on) -> None:
    dialog = _open_from_help(make_wizard("en"))
    _focus_in(qtbot, dialog)
    for key in keys:
        QTest.keyClick(QApplication.focusWidget(), key)
    assert QApplication.focusWidget().objectName() == f"map.{lands_on}"
    # The box with the focus is scrolled into view.
    box = QApplication.focusWidget()
    assert not box.visibleRegion().isEmpty()
    dialog.close()


def test_the_walk_so_far_is_highlighted_and_the_map_follows_it(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.select_product"))
    # An answer picked on the page shown, not given yet: not on the walk.
    choose(wizard, "choice.corporate_portal.signed_in")
    dialog = _open_from_help(wizard)
    assert _highlighted(dialog) == {"start", "B", "B-C"}
    assert _focus_in(qtbot, dialog).objectName() == "map.B-C"
    assert _box(dialog, "B-C").accessibleDescription() == (
        "Answer C: A message asks you to select a product to reach the Billing Center and add licenses On your walk."
    )
    # The same step drawn for the other way is not on this walk.
    assert not _box(dialog, "A-B-B").property("highlighted")
    next_page(wizard)
    assert _highlighted(dialog) == {"start", "B", "B-C", "B-C-A"}
    back_page(wizard)
    assert _highlighted(dialog) == {"start", "B", "B-C"}
    next_page(wizard)
    wizard.findChild(QPushButton, "action.start_over").click()
    assert _highlighted(dialog) == {"start"}
    dialog.close()


def test_a_walk_code_opened_is_highlighted(make_wizard) -> None:
    wizard = make_wizard("en")
    dialog = _open_from_help(wizard)
    wizard.open_walk(PATHS[3][0])
    assert _highlighted(dialog) == {"start", "A", "A-B", "A-B-B", "A-B-B-B"}
    dialog.close()


def test_the_map_follows_a_language_switch(make_wizard) -> None:
    wizard = make_wizard("en")
    dialog = _open_from_help(wizard)
    assert _box(dialog, "B").accessibleName() == STEP_NAMES["en"]["B"]
    wizard.switch_language("it")
    assert dialog.windowTitle() == "Mappa di tutti i percorsi"
    assert dialog.findChild(QLabel, "map.intro").text().startswith("Ogni passaggio, ogni risposta con la sua lettera")
    assert _box(dialog, "B").accessibleName() == STEP_NAMES["it"]["B"]
    assert (
        _box(dialog, "B-A").accessibleName()
        == "Risultato: Sei l'amministratore della fatturazione, codice del percorso B-A"
    )
    assert _box(dialog, "start").accessibleDescription() == "Sul tuo percorso."
    assert dialog.findChild(QPushButton).text() == "Chiudi"
    assert_map_laid_out(dialog, "it")
    dialog.close()


def test_escape_closes_the_map(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    dialog = _open_from_help(wizard)
    QTest.keyClick(_focus_in(qtbot, dialog), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert wizard.isVisible()


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_box_overlaps_another_and_no_text_is_cut(make_wizard, language) -> None:
    dialog = _open_from_help(make_wizard(language))
    assert_map_laid_out(dialog, language)
    dialog.close()


def test_the_map_is_readable_at_the_default_size(make_wizard) -> None:
    wizard = make_wizard("en")
    dialog = _open_from_help(wizard)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width()
    assert dialog.height() <= screen.height()
    # At least as large as the wizard where the screen allows, at the wizard's own font size: it
    # scrolls rather than shrinks.
    assert dialog.width() >= min(wizard.width(), screen.width() * 9 // 10)
    box = _box(dialog, "B-A")
    assert box.font().pointSizeF() == wizard.font().pointSizeF()
    assert not _box(dialog, "start").visibleRegion().isEmpty()
    dialog.close()
