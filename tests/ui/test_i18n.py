"""Languages: which one is chosen, and that the catalogs the app loads match the sources."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication

from billing_contact.article import ARTICLE
from billing_contact.logic.flow import CONTEXT
from billing_contact.logic.validation import placeholders
from billing_contact.services import i18n
from helpers import ROOT, TS_FILES, catalog_messages


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("it", "it"),
        ("it-IT", "it"),
        ("it_CH", "it"),
        ("EN-us", "en"),
        ("de-AT", "de"),
        ("pt-BR", "pt_BR"),
        ("pt", "pt_BR"),
        ("fr-CA", "fr"),
        ("es-419", "es"),
        ("nl", "nl"),
        ("nl-NL", "nl"),
        ("nl-BE", "nl"),
        ("nl_be", "nl"),
        ("sv-SE", None),
        ("", None),
    ],
)
def test_normalize(tag: str, expected: str | None) -> None:
    assert i18n.normalize(tag) == expected


def test_normalize_prefers_the_exact_region_and_accepts_the_bare_language() -> None:
    assert i18n.normalize("pt-BR", ("en", "pt_BR")) == "pt_BR"
    assert i18n.normalize("pt", ("en", "pt_BR")) == "pt_BR"
    assert i18n.normalize("pt-PT", ("en", "pt_BR")) == "pt_BR"


def test_choose_takes_the_first_shipped_system_language() -> None:
    assert i18n.choose(None, None, ["de-CH", "it-IT", "en-US"], ("en", "it")).language == "it"
    assert i18n.choose(None, None, ["sv-SE", "pt-BR", "it"]).language == "pt_BR"
    assert i18n.choose(None, None, ["fy-NL", "nl-BE", "en-US"]).language == "nl"
    assert i18n.choose(None, None, ["xx-XX", "yy"]).language == "en"
    assert i18n.choose(None, None, []).language == "en"


def test_a_remembered_choice_wins_over_the_system() -> None:
    assert i18n.choose(None, "en", ["it-IT"]).language == "en"
    assert i18n.choose(None, "it", ["en-US"]).language == "it"


def test_a_requested_language_wins_over_the_remembered_one_and_the_system() -> None:
    choice = i18n.choose("it", "en", ["en-US"])
    assert choice == i18n.LanguageChoice("it", None)


def test_an_unknown_language_falls_back_to_english_and_says_which_exist(caplog) -> None:
    with caplog.at_level(logging.WARNING):
        choice = i18n.choose("xx", "it", ["it-IT"])
    assert choice.language == "en"
    expected = f"Unknown language 'xx': the available languages are {', '.join(i18n.LANGUAGES)}."
    assert choice.problem == expected
    assert expected in caplog.text


def test_an_unusable_remembered_language_is_ignored(caplog) -> None:
    with caplog.at_level(logging.WARNING):
        assert i18n.choose(None, "klingon", ["it-IT"]).language == "it"
    assert "The remembered language 'klingon' is not available: ignored." in caplog.text


def test_the_language_menu_names_each_language_in_itself() -> None:
    assert set(i18n.LANGUAGES) <= set(i18n.ENDONYMS)
    assert i18n.ENDONYMS["it"] == "Italiano"
    assert i18n.ENDONYMS["pt_BR"] == "Português (Brasil)"
    assert i18n.ENDONYMS["nl"] == "Nederlands"


def test_pseudo_translation_stretches_and_keeps_placeholders_and_mnemonics() -> None:
    source = "Sign in to the Billing Center at {billing_center} with your &email."
    stretched = i18n.pseudo(source)
    assert stretched.startswith("⟦")
    assert stretched.endswith("⟧")
    assert "{billing_center}" in stretched
    assert "&é" in stretched
    assert len(stretched) >= 1.4 * len(source)


def test_every_shipped_language_has_a_source_and_a_compiled_catalog() -> None:
    assert [p.stem.removeprefix("billing_contact_") for p in TS_FILES] == sorted(i18n.LANGUAGES)
    for language in i18n.LANGUAGES:
        assert (i18n.CATALOG_DIR / f"billing_contact_{language}.qm").is_file(), language


def test_the_italian_catalog_is_complete_and_keeps_every_placeholder() -> None:
    messages = catalog_messages(ROOT / "i18n" / "billing_contact_it.ts")
    assert messages
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"unfinished or obsolete: {context}/{source}"
        assert translation.text, source
        assert placeholders(translation.text) == placeholders(source), source
        assert set(re.findall(r"\{name\}", translation.text)) == set(re.findall(r"\{name\}", source))


def test_every_string_of_the_map_is_in_the_catalogs() -> None:
    sources = {
        source for context, source, _ in catalog_messages(ROOT / "i18n" / "billing_contact_it.ts") if context == CONTEXT
    }
    texts = {ARTICLE.step(s.id).title for s in ARTICLE.steps} | {c.text for s in ARTICLE.steps for c in s.choices}
    texts |= {v.headline for v in ARTICLE.verdicts} | {v.next_step for v in ARTICLE.verdicts}
    assert texts <= sources, sorted(texts - sources)


def test_a_missing_catalog_falls_back_to_english_once(qapp, monkeypatch, tmp_path, caplog) -> None:
    catalogs = i18n.Catalogs()
    monkeypatch.setattr(i18n, "CATALOG_DIR", tmp_path)
    with caplog.at_level(logging.WARNING):
        assert catalogs.install("it") == "en"
        assert catalogs.install("it") == "en"
    assert caplog.text.count("The it catalog is missing or unreadable") == 1
    assert QCoreApplication.translate("Flow", "You are the billing admin") == "You are the billing admin"


def test_a_corrupt_catalog_falls_back_to_english(qapp, monkeypatch, tmp_path, caplog) -> None:
    (tmp_path / "billing_contact_it.qm").write_bytes(b"not a catalog")
    monkeypatch.setattr(i18n, "CATALOG_DIR", tmp_path)
    with caplog.at_level(logging.WARNING):
        assert i18n.Catalogs().install("it") == "en"
    assert "The it catalog is missing or unreadable" in caplog.text


def test_a_catalog_rewritten_on_disk_leaves_the_running_app_alone(qapp, monkeypatch, tmp_path) -> None:
    """`make i18n` (lrelease) rewrites a .qm in place: the same file, truncated and written again.

    QTranslator.load(file) maps the file and reads it in place for as long as it lives: a running
    app then spoke the new file through the old file's tables, and looked up past their ends when
    the catalog had changed: a segfault in QCoreApplication.translate() (the long random walks,
    while a merge recompiled the catalogs). A catalog is read once, into memory.
    """
    for path in i18n.CATALOG_DIR.glob("*.qm"):
        shutil.copy(path, tmp_path)
    monkeypatch.setattr(i18n, "CATALOG_DIR", tmp_path)
    catalogs = i18n.Catalogs()
    try:
        assert catalogs.install("it") == "it"
        assert QCoreApplication.translate("Summary", "Result") == "Risultato"
        portuguese = (tmp_path / "billing_contact_pt_BR.qm").read_bytes()
        # As lrelease writes: O_TRUNC on the same inode, then the new catalog.
        with open(tmp_path / "billing_contact_it.qm", "wb") as catalog:
            catalog.write(portuguese)
        assert QCoreApplication.translate("Summary", "Result") == "Risultato"
        assert QCoreApplication.translate("Summary", "Walk code") == "Codice del percorso"
    finally:
        catalogs.install("en")


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="Linux's /proc lists the mapped files")
def test_no_catalog_stays_mapped_from_its_file(qapp) -> None:
    """Qt's catalogs too: a package update may rewrite them while the app runs."""

    def mapped_catalogs() -> set[str]:
        return {line.split()[-1] for line in Path("/proc/self/maps").read_text().splitlines() if line.endswith(".qm")}

    before = mapped_catalogs()
    catalogs = i18n.Catalogs()
    try:
        for language in i18n.LANGUAGES:
            assert catalogs.install(language) == language
            assert QCoreApplication.translate("QWizard", "Cancel")
        assert mapped_catalogs() - before == set()
    finally:
        catalogs.install("en")


def test_installing_italian_translates_the_map_and_qt(qapp) -> None:
    try:
        assert i18n.catalogs.install("it") == "it"
        assert (
            QCoreApplication.translate("Flow", "You are the billing admin") == "Sei l'amministratore della fatturazione"
        )
        assert QCoreApplication.translate("QWizard", "Cancel") == "Annulla"
    finally:
        i18n.catalogs.install("en")
    assert QCoreApplication.translate("Flow", "You are the billing admin") == "You are the billing admin"
