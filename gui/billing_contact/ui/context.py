"""What every page needs: the map, the wizard's page numbers, the organization's policy, and the
email the user is writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from ..logic.flow import VERDICT_PAGE, Flow, Recipient, Walk
from ..logic.text import fill, fill_html
from ..services.i18n import map_text
from ..services.settings import Policy


class PageIndex:
    """The wizard's page numbers for the map's page ids; a verdict id means the verdict page."""

    def __init__(self, flow: Flow) -> None:
        self._numbers = {name: number for number, name in enumerate(flow.page_ids())}
        self._names = dict(enumerate(flow.page_ids()))
        verdict_page = self._numbers[VERDICT_PAGE]
        self._numbers.update({verdict.id: verdict_page for verdict in flow.verdicts})

    def number(self, name: str) -> int:
        return self._numbers[name]

    def name(self, number: int) -> str:
        return self._names[number]


@dataclass
class Draft:
    """The email the user is writing in the composer, kept for the session: Back, Start over,
    a walk code and another result keep it, and the composer shows it again wherever it opens.

    Held in memory only; the user's own name is also remembered in their settings.
    """

    # The name and address typed for each recipient, as typed.
    recipients: dict[Recipient, tuple[str, str]] = field(default_factory=dict)
    # What the user needs: one of the composer's requests, "" before one is chosen; and the
    # words typed for "something else", kept while another request is chosen.
    request: str = ""
    request_text: str = ""
    # The name that signs the email; None until the composer first reads it from the settings.
    your_name: str | None = None
    # Something was typed since the last email was sent.
    unsent: bool = False


class Setup(NamedTuple):
    flow: Flow
    pages: PageIndex
    policy: Policy
    # The session's one draft: a new wizard, a new draft.
    draft: Draft

    def html(self, source: str) -> str:
        """A string of the map, translated, as HTML with its placeholders filled (addresses in bold)."""
        # Qt's rich text keeps only whole blocks on one line, so a long address may wrap at a
        # hyphen here; a page's address row shows it whole, selectable, beside its buttons.
        return fill_html(map_text(source), self.policy.product, self.policy.urls)

    def text(self, source: str) -> str:
        """A string of the map, translated, as plain text with its placeholders filled."""
        return fill(map_text(source), self.policy.product, self.policy.urls)

    def answers(self, walk: Walk) -> tuple[tuple[str, str], ...]:
        """Each step of ``walk``: its question and the answer chosen, translated."""
        return tuple(
            (map_text(self.flow.step(page).question), self.text(self.flow.step(page).choice(choice).text))
            for page, choice in zip(walk.pages, walk.choices, strict=True)
        )
