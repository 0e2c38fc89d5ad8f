"""French typography, over every string of the French catalog: a no-break space before : ; ? !
and inside « », as French prints them (an address's own colon aside)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

CATALOG = Path(__file__).resolve().parents[2] / "i18n" / "billing_contact_fr.ts"
# A no-break space, or the narrow one some typographers put before ; ? !
NO_BREAK = "\u00a0\u202f"


def french_strings() -> list[tuple[str, str]]:
    """(source, translation) of every message of the French catalog, each plural form apart."""
    root = ET.parse(CATALOG).getroot()
    strings = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        for form in translation.findall("numerusform") or [translation]:
            strings.append((message.findtext("source") or "", form.text or ""))
    return strings


def typography_problems(text: str) -> list[str]:
    """Where ``text`` lacks a no-break space that French wants, each shown with what precedes it."""
    problems = []
    for mark in re.finditer(r"[:;?!]", text):
        at = mark.start()
        if text.startswith("//", at + 1):
            continue
        if at == 0 or text[at - 1] not in NO_BREAK:
            problems.append(text[max(0, at - 12) : at + 1])
    for quote in re.finditer("«", text):
        if text[quote.end() : quote.end() + 1] not in tuple(NO_BREAK):
            problems.append(text[quote.start() : quote.start() + 12])
    for quote in re.finditer("»", text):
        if quote.start() == 0 or text[quote.start() - 1] not in NO_BREAK:
            problems.append(text[max(0, quote.start() - 12) : quote.end()])
    return problems


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("Code de parcours\u00a0: {code}", 0),
        ("Code de parcours : {code}", 1),
        ("Code de parcours: {code}", 1),
        ("Quelle méthode choisir\u202f?", 0),
        ("Quelle méthode choisir ? Celle-ci ; ou celle-là !", 3),
        ("Ouvrez https://billing.logmeininc.com.", 0),
        ("«\u00a0Mon compte\u00a0»", 0),
        ("« Mon compte »", 2),
        ("«Mon compte»", 2),
    ],
)
def test_the_check_finds_each_missing_no_break_space(text: str, missing: int) -> None:
    assert len(typography_problems(text)) == missing


def test_every_french_string_has_its_no_break_spaces() -> None:
    strings = french_strings()
    assert len(strings) > 100
    wrong = {source: problems for source, text in strings if (problems := typography_problems(text))}
    assert not wrong, wrong
