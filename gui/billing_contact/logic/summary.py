"""The summary of a walk, as plain text and as HTML. Qt-free.

What IT staff and users take away: the questions and the answers given, the verdict and its next
step, the portal addresses, when, and which version of the app. The caller translates; this module
only lays the texts out.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple


class Labels(NamedTuple):
    """The summary's own headings, already translated."""

    title: str
    answers: str
    verdict: str
    next_step: str
    addresses: str
    when: str
    version: str
    walk_code: str = ""
    # A label and its value, as the language writes them: "Result: …", in French "Résultat : …".
    pair: str = "{label}: {value}"


class Summary(NamedTuple):
    labels: Labels
    answers: tuple[tuple[str, str], ...]
    verdict: str
    explanation: tuple[str, ...]
    next_step: str
    addresses: tuple[tuple[str, str], ...]
    when: str
    version: str
    # The answers' letters, "B-A-B": a help desk opens the same result with it (--walk).
    walk_code: str = ""

    def _pair(self, label: str, value: str = "") -> str:
        return self.labels.pair.format(label=label, value=value).rstrip()

    def text(self) -> str:
        """Plain text, for the clipboard or a .txt file."""
        labels, pair = self.labels, self._pair
        lines = [labels.title, "=" * len(labels.title), ""]
        if self.walk_code:
            lines += [pair(labels.walk_code, self.walk_code), ""]
        lines += [pair(labels.answers)]
        for number, (question, answer) in enumerate(self.answers, 1):
            lines += [f"{number}. {question}", f"   {answer}"]
        lines += ["", pair(labels.verdict, self.verdict), *self.explanation, ""]
        lines += [pair(labels.next_step, self.next_step), "", pair(labels.addresses)]
        lines += [f"- {pair(name, url)}" for name, url in self.addresses]
        lines += ["", pair(labels.when, self.when), pair(labels.version, self.version)]
        return "\n".join(lines) + "\n"

    def html(self) -> str:
        """HTML, for the clipboard, a .html file, a PDF or the printer."""
        e, labels = escape, self.labels

        def pair(label: str, value: str) -> str:
            # The pattern is escaped with its parts: a translation may carry no markup.
            return e(labels.pair).format(label=label, value=value)

        answers = "".join(f"<li><b>{e(q)}</b><br>{e(a)}</li>" for q, a in self.answers)
        explanation = "".join(f"<p>{e(text)}</p>" for text in self.explanation)
        links = ((e(name), f'<a href="{e(url)}">{e(url)}</a>') for name, url in self.addresses)
        addresses = "".join(f"<li>{pair(name, link)}</li>" for name, link in links)
        code = f"<p>{pair(f'<b>{e(labels.walk_code)}</b>', e(self.walk_code))}</p>" if self.walk_code else ""
        return (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(labels.title)}</title></head><body>'
            f"<h1>{e(labels.title)}</h1>{code}"
            f"<h2>{e(labels.answers)}</h2><ol>{answers}</ol>"
            f"<h2>{pair(e(labels.verdict), e(self.verdict))}</h2>{explanation}"
            f"<p>{pair(f'<b>{e(labels.next_step)}</b>', e(self.next_step))}</p>"
            f"<h2>{e(labels.addresses)}</h2><ul>{addresses}</ul>"
            f"<p>{pair(e(labels.when), e(self.when))}<br>{pair(e(labels.version), e(self.version))}</p>"
            "</body></html>"
        )
