"""Walk codes: the letters of the answers given, in order, such as ``B-A-B``. Qt-free.

A help desk on the phone and a user in another language point at the same things by letter:
answer A, B, C or D on each step (the map's order, the same in every language), and the code the
result page shows, which the help desk types to open the same result in its own language.

A code is read as people type and paste it: in any case, in full-width letters, with nothing or
any of ``-``, the en and em dashes Outlook, Word and Teams put in its place, spaces, dots,
commas or slashes between the letters. A code that does not fit the map is a ``Problem`` naming
the failing step and the letters that step offers.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Literal, NamedTuple

from .flow import LETTERS, QT_TRANSLATE_NOOP, Flow, Step, Walk, walks

SEPARATOR = "-"
# The Linguist context of this module's messages.
CONTEXT = "WalkCode"
# What a code field takes: the longest code (7 characters) with a space around each dash, and as
# much again to spare. A message quotes at most QUOTED characters of what was typed.
MAX_LENGTH = 32
QUOTED = 12
# Typed between letters besides dashes and spaces: a full stop, comma, semicolon, colon, slash,
# backslash, underscore, middle dot, bullet or minus sign.
_PUNCTUATION = set(".,;:/\\_·•−")


def letters(step: Step) -> str:
    """The letters of ``step``'s answers, in the map's order: ``"ABC"``."""
    return LETTERS[: len(step.choices)]


def letter(step: Step, choice_id: str) -> str:
    """The letter of the answer ``choice_id`` on ``step``."""
    return LETTERS[[choice.id for choice in step.choices].index(choice_id)]


def encode(flow: Flow, walk: Walk) -> str:
    """The code of ``walk``'s answers: ``"B-A-B"``."""
    return SEPARATOR.join(
        letter(flow.step(page), choice) for page, choice in zip(walk.pages, walk.choices, strict=False)
    )


def _is_separator(character: str) -> bool:
    # Pd is every dash of Unicode: hyphen, en dash, em dash, non-breaking hyphen, figure dash...
    return character.isspace() or unicodedata.category(character) == "Pd" or character in _PUNCTUATION


def compact(text: str) -> str:
    """``text`` in capitals, without separators: what the letters of a code are read from.

    NFKC turns full-width letters and punctuation (from East Asian keyboards) into plain ones.
    """
    normalized = unicodedata.normalize("NFKC", text)
    return "".join(character for character in normalized if not _is_separator(character)).upper()


def shorten(text: str, limit: int = QUOTED) -> str:
    """``text`` as a message quotes it: at most ``limit`` characters, then an ellipsis."""
    return text if len(text) <= limit else text[:limit] + "…"


Kind = Literal["character", "letter", "short", "long"]


class Problem(NamedTuple):
    """Why a code does not open a result."""

    kind: Kind
    # The failing step's position along the walk (1 is the start page).
    step: int
    # That step's page id; "" when the walk has already reached its result before it.
    page: str
    # What was typed at that step ("" when nothing was), or every letter left over.
    found: str
    # The letters that step offers ("" past the result).
    offers: str


def decode(flow: Flow, code: str) -> Walk | Problem:
    """The walk ``code`` stands for, or the first step it fails at."""
    verdict_ids = {verdict.id for verdict in flow.verdicts}
    typed = compact(code)
    pages: list[str] = []
    choices: list[str] = []
    current = flow.start
    for position, character in enumerate(typed):
        number = position + 1
        if current in verdict_ids:
            return Problem("long", number, "", typed[position:], "")
        step = flow.step(current)
        offers = letters(step)
        if character not in LETTERS:
            return Problem("character", number, step.id, character, offers)
        if character not in offers:
            return Problem("letter", number, step.id, character, offers)
        choice = step.choices[LETTERS.index(character)]
        pages.append(step.id)
        choices.append(choice.id)
        current = choice.target
    if current not in verdict_ids:
        return Problem("short", len(typed) + 1, current, "", letters(flow.step(current)))
    return Walk(tuple(pages), tuple(choices), current)


_MESSAGES: dict[Kind, str] = {
    "character": QT_TRANSLATE_NOOP(
        "WalkCode", 'Step {step} ({title}): "{found}" is not an answer letter. Step {step} offers {letters}.'
    ),
    "letter": QT_TRANSLATE_NOOP("WalkCode", "Step {step} ({title}) has no answer {found}. It offers {letters}."),
    "short": QT_TRANSLATE_NOOP("WalkCode", "Step {step} ({title}) has no answer yet. It offers {letters}."),
    "long": QT_TRANSLATE_NOOP(
        "WalkCode", "There is no step {step}: the answers before it already reach a result. Remove {found}."
    ),
}


def _untranslated(context: str, text: str) -> str:
    del context
    return text


def _leftover(found: str) -> str:
    """The letters past the result as a code writes them, the first few only: ``B-A…``."""
    kept = found[: QUOTED // 2]
    return SEPARATOR.join(kept) + ("…" if len(found) > len(kept) else "")


def describe(flow: Flow, problem: Problem, translate: Callable[[str, str], str] = _untranslated) -> str:
    """``problem`` in a sentence; ``translate(context, source)`` translates it and the step's title."""
    title = translate("Flow", flow.step(problem.page).title) if problem.page else ""
    return translate(CONTEXT, _MESSAGES[problem.kind]).format(
        step=problem.step,
        title=title,
        found=_leftover(problem.found) if problem.kind == "long" else problem.found,
        letters=", ".join(problem.offers),
    )


# -- the help desk's table of every walk ---------------------------------------------------------


class Row(NamedTuple):
    code: str
    # Each answer's id without "choice.<page>.": what the user saw, language-free.
    answers: tuple[str, ...]
    verdict: str
    # The verdict's headline, English source text.
    headline: str


def rows(flow: Flow) -> list[Row]:
    """One row for each complete walk of ``flow``, in the map's order (which is the codes')."""
    found = []
    for walk in walks(flow):
        assert walk.verdict is not None
        answers = tuple(choice.rsplit(".", 1)[-1] for choice in walk.choices)
        found.append(Row(encode(flow, walk), answers, walk.verdict, flow.verdict(walk.verdict).headline))
    return found


def markdown_table(flow: Flow) -> str:
    """The table README.md and docs/FLOW.md hold (a test keeps them equal to this)."""
    lines = ["| code | answers | result |", "| --- | --- | --- |"]
    lines += [f"| `{row.code}` | {' › '.join(row.answers)} | `{row.verdict}`: {row.headline} |" for row in rows(flow)]
    return "\n".join(lines) + "\n"


def help_table(flow: Flow) -> str:
    """The table ``--help`` prints: the code and result on one line, the answers under them."""
    table = rows(flow)
    width = max(len(row.code) for row in table) + 2
    lines = []
    for row in table:
        lines.append(f"  {row.code.ljust(width)}{row.verdict}: {row.headline}")
        lines.append(f"  {'':{width}}{' > '.join(row.answers)}")
    return "\n".join(lines) + "\n"
