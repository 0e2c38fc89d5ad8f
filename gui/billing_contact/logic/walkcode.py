"""Walk codes: the letters of the answers given, in order, such as ``B-A-B``. Qt-free.

A help desk on the phone and a user in another language point at the same things by letter:
answer A, B, C or D on each step (the map's order, the same in every language), and the code the
result page shows, which the help desk types to open the same result in its own language.

A code is read in any case, with ``-``, spaces or nothing between the letters. A code that does
not fit the map is a ``Problem`` naming the failing step and the letters that step offers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, NamedTuple

from .flow import LETTERS, QT_TRANSLATE_NOOP, Flow, Step, Walk, walks

SEPARATOR = "-"
# The Linguist context of this module's messages.
CONTEXT = "WalkCode"


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


def compact(text: str) -> str:
    """``text`` in capitals, without separators: what the letters of a code are read from."""
    return "".join(text.split()).replace(SEPARATOR, "").upper()


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


def describe(flow: Flow, problem: Problem, translate: Callable[[str, str], str] = _untranslated) -> str:
    """``problem`` in a sentence; ``translate(context, source)`` translates it and the step's title."""
    title = translate("Flow", flow.step(problem.page).title) if problem.page else ""
    return translate(CONTEXT, _MESSAGES[problem.kind]).format(
        step=problem.step,
        title=title,
        found=SEPARATOR.join(problem.found) if problem.kind == "long" else problem.found,
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
