"""The summary of a walk: what it names, in each language, and how it leaves the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6 import QtPrintSupport
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
)

from billing_contact import __version__
from billing_contact.logic.summary import Labels, Summary
from billing_contact.services import dialogs
from helpers import share, walk
from oracle import ADMIN_CENTER, BILLING_CENTER, CORPORATE_PORTAL, PATHS

LABELS = Labels("Title", "Answers", "Result", "Next", "Addresses", "When", "Version")


def _summary() -> Summary:
    return Summary(
        labels=LABELS,
        answers=(("How?", "Billing <Center> & co"), ("What?", "Subscriptions")),
        verdict="You are the billing admin",
        explanation=("Because.",),
        next_step="Manage it.",
        addresses=(("Billing Center", BILLING_CENTER),),
        when="26 November 2026 10:00",
        version="1.2.3",
    )


def test_a_language_writes_a_label_and_its_value_its_own_way() -> None:
    # French puts a (non-breaking) space before the colon.
    summary = _summary()._replace(labels=LABELS._replace(pair="{label}\u00a0: {value}"))
    lines = summary.text().splitlines()
    assert "Answers\u00a0:" in lines
    assert "Result\u00a0: You are the billing admin" in lines
    assert f"- Billing Center\u00a0: {BILLING_CENTER}" in lines
    assert not [line for line in lines if ": " in line.replace("\u00a0: ", "")]
    assert "<h2>Result\u00a0: You are the billing admin</h2>" in summary.html()


def test_the_french_summary_of_the_app_keeps_the_space_before_each_colon(make_wizard) -> None:
    wizard = make_wizard("fr")
    walk(wizard, PATHS[0][0])
    text = wizard.currentPage().summary().text()
    assert "Résultat\u00a0: Vous êtes l'administrateur de la facturation" in text
    assert " : " not in text
    assert "e: " not in text


def test_the_text_summary_lists_everything_in_order() -> None:
    text = _summary().text()
    assert text.splitlines()[:2] == ["Title", "====="]
    for line in (
        "1. How?",
        "   Billing <Center> & co",
        "2. What?",
        "Result: You are the billing admin",
        "Next: Manage it.",
        f"- Billing Center: {BILLING_CENTER}",
        "When: 26 November 2026 10:00",
        "Version: 1.2.3",
    ):
        assert line in text.splitlines()


def test_the_html_summary_escapes_what_it_quotes() -> None:
    page = _summary().html()
    assert "Billing &lt;Center&gt; &amp; co" in page
    assert f'<a href="{BILLING_CENTER}">' in page
    assert page.startswith("<!DOCTYPE html>")


# Each path's answers as a person reads them (question, answer), and its verdict, in Italian.
ITALIAN_ANSWERS = {
    "choice.start.billing_center": (
        "Come vuoi verificarlo?",
        "Dal Centro fatturazione (per chi ritiene di essere il contatto di fatturazione)",
    ),
    "choice.start.admin_center": (
        "Come vuoi verificarlo?",
        "Dal Centro di amministrazione (solo amministratori dell'account)",
    ),
    "choice.billing_center.not_the_page": (
        "Che cosa succede?",
        "Viene visualizzato il messaggio «È possibile che questa non sia la pagina che desideravi.»",
    ),
    "choice.corporate_portal.cannot_sign_in": (
        "Riesci ad accedere al Portale di fatturazione Corporate?",
        "No, non riesco ad accedere",
    ),
}


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize(("choices", "verdict"), PATHS, ids=[p[1] + ":" + p[0][-1] for p in PATHS])
def test_the_summary_names_every_answer_and_the_verdict(make_wizard, language, choices, verdict) -> None:
    wizard = make_wizard(language)
    walk(wizard, choices)
    page = wizard.currentPage()
    summary = page.summary()
    assert summary is not None
    assert len(summary.answers) == len(choices)
    headline = page.findChild(QLabel, "headline").text()
    assert summary.verdict == headline
    text = summary.text()
    for choice_id, (question, answer) in zip(choices, summary.answers, strict=True):
        # What the summary says was answered is the sentence of the answer that was clicked.
        button = wizard.findChild(QRadioButton, choice_id)
        assert button.property("sentence") == answer
        assert question in text
        assert answer in text
        if language == "it" and choice_id in ITALIAN_ANSWERS:
            assert (question, answer) == ITALIAN_ANSWERS[choice_id]
    for url in (BILLING_CENTER, ADMIN_CENTER, CORPORATE_PORTAL):
        assert url in text
    assert __version__ in text


def test_copy_puts_text_and_html_on_the_clipboard(make_wizard) -> None:
    wizard = make_wizard("it")
    walk(wizard, PATHS[0][0])
    share(wizard, "action.copy_summary")
    data = QApplication.clipboard().mimeData()
    assert data.hasText()
    assert data.hasHtml()
    assert "Sei l'amministratore della fatturazione" in data.text()
    assert "<h1>Chi è il contatto di fatturazione? Riepilogo</h1>" in data.html()


@pytest.fixture
def save_to(monkeypatch):
    """Answer the save dialog with a path chosen by the test."""
    chosen: list[str] = []

    def _choose(parent, title, suggested, filters, on_chosen):
        assert suggested.endswith(".txt")
        assert len(filters) == 3
        on_chosen(chosen.pop())

    monkeypatch.setattr(dialogs, "choose_save_file", _choose)
    return chosen


@pytest.mark.parametrize(
    ("name", "starts"),
    [("summary.txt", b"Who is the billing contact? Summary"), ("summary.html", b"<!DOCTYPE html>"), ("s.pdf", b"%PDF")],
)
def test_save_writes_each_format(make_wizard, save_to, tmp_path: Path, name: str, starts: bytes) -> None:
    wizard = make_wizard("en")
    walk(wizard, PATHS[0][0])
    save_to.append(str(tmp_path / name))
    share(wizard, "action.save_summary")
    assert (tmp_path / name).read_bytes().startswith(starts)
    assert [p.name for p in tmp_path.iterdir()] == [name], "no temporary file left behind"
    if name.endswith(".txt"):
        assert "You are the billing admin" in (tmp_path / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("where", ["/proc/billing-summary.txt", "{tmp}/a-file/summary.pdf"])
def test_a_failed_save_says_so_and_leaves_no_file(make_wizard, save_to, tmp_path: Path, where: str) -> None:
    # /proc refuses new files even to root; so does a "folder" that is a file.
    (tmp_path / "a-file").write_text("not a folder")
    path = where.format(tmp=tmp_path)
    wizard = make_wizard("en")
    walk(wizard, PATHS[0][0])
    save_to.append(path)
    share(wizard, "action.save_summary")
    box = wizard.findChild(QMessageBox, "dialog.save_failed")
    assert box.isVisible()
    assert box.windowTitle() == "The summary was not saved"
    assert path in box.text()
    assert not Path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]
    box.close()
    # The summary is still there, to save elsewhere.
    save_to.append(str(tmp_path / "elsewhere.txt"))
    share(wizard, "action.save_summary")
    assert (tmp_path / "elsewhere.txt").is_file()


def test_print_asks_for_a_printer_and_prints_the_summary(make_wizard, tmp_path: Path, monkeypatch) -> None:
    output = tmp_path / "printed.pdf"

    class FilePrinter(QPrinter):
        """The machine's printer, as far as this test goes: a PDF file."""

        def __init__(self, mode: QPrinter.PrinterMode) -> None:
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(output))
            printers.append(self)

    printers: list[QPrinter] = []

    monkeypatch.setattr(QtPrintSupport, "QPrinter", FilePrinter)
    wizard = make_wizard("en")
    walk(wizard, PATHS[0][0])
    share(wizard, "action.print_summary")
    dialog = wizard.findChild(QPrintDialog, "dialog.print")
    assert dialog.isVisible()
    assert not output.exists(), "nothing is printed before the user says so"
    dialog.accept()
    assert output.read_bytes().startswith(b"%PDF")
    # The name the print queue shows.
    assert printers[0].docName() == "Who is the billing contact? Summary"


def test_copy_link_puts_the_address_on_the_clipboard(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.contact_billing_admin"))
    button = wizard.currentPage().findChild(QPushButton, "copy_link.admin_center")
    assert button.isVisible()
    button.click()
    assert QApplication.clipboard().text() == ADMIN_CENTER


def test_opened_urls_fixture_intercepts_the_desktop(opened_urls) -> None:
    QDesktopServices.openUrl(QUrl(BILLING_CENTER))
    assert opened_urls == [BILLING_CENTER]
