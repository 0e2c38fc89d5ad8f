"""Keyboard mnemonics (Alt+letter) that never clash on a page, in any language. Qt-free.

Translators cannot see which other labels share a page, so letters are assigned here: a label
keeps the letter its catalog gives it when no earlier label on the page has taken it, and gets
the first free initial of one of its words, or else any free letter, when it has none or lost it.
"""

from __future__ import annotations

from collections.abc import Sequence


def strip(label: str) -> str:
    """``label`` without its mnemonic marker (``&&``, a literal ampersand, stays)."""
    out, i = [], 0
    while i < len(label):
        if label[i] == "&" and i + 1 < len(label):
            out.append("&" if label[i + 1] == "&" else label[i + 1])
            i += 2
        else:
            out.append(label[i])
            i += 1
    return "".join(out)


def letter(label: str) -> str | None:
    """The mnemonic letter of ``label`` (lower case), or None."""
    i = 0
    while i < len(label) - 1:
        if label[i] == "&":
            if label[i + 1] != "&":
                return label[i + 1].lower()
            i += 1
        i += 1
    return None


def _mark(text: str, position: int) -> str:
    escaped = text.replace("&", "&&")
    # Ampersands before the position were doubled: shift it by as many.
    shift = text[:position].count("&")
    at = position + shift
    return escaped[:at] + "&" + escaped[at:]


def _candidates(label: str) -> list[int]:
    """Positions in the stripped label, best first: its own letter, word initials, the rest."""
    text = strip(label)
    own = letter(label)
    initials = [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, ch in enumerate(text) if ch.isalnum() and i not in initials]
    ordered = [i for i in (*initials, *others) if own is not None and text[i].lower() == own][:1]
    ordered += [i for i in (*initials, *others) if i not in ordered]
    unique: dict[str, int] = {}
    for position in ordered:
        unique.setdefault(text[position].lower(), position)
    return list(unique.values())


def assign(labels: Sequence[str]) -> list[str]:
    """``labels`` with mnemonics unique among them.

    Earlier labels are served first, and keep their own letter when they can; a later label may
    move an earlier one to another of its letters when that is the only way both get one (a
    bipartite matching), so that as many labels as possible get a letter.
    """
    texts = [strip(label) for label in labels]
    choices = [_candidates(label) for label in labels]
    owner: dict[str, int] = {}
    chosen: dict[int, int] = {}

    def take(index: int, position: int) -> None:
        owner[texts[index][position].lower()] = index
        chosen[index] = position

    def place(index: int, visited: set[str]) -> bool:
        # A free letter first, best first; only then move a label placed earlier.
        for position in choices[index]:
            if texts[index][position].lower() not in owner:
                take(index, position)
                return True
        for position in choices[index]:
            key = texts[index][position].lower()
            if key not in visited:
                visited.add(key)
                if place(owner[key], visited):
                    take(index, position)
                    return True
        return False

    for index in range(len(labels)):
        place(index, set())
    return [
        _mark(text, chosen[index]) if index in chosen else text.replace("&", "&&") for index, text in enumerate(texts)
    ]
