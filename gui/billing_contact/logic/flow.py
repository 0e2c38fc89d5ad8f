"""The decision map's vocabulary: its records, and the walk through a map.

Qt-free, like ``article`` (the help article's own map) and ``validation`` (what makes a map
sound): they are plain Python, tested without a QApplication. Every user-visible string of a map
is English source text marked for Qt Linguist with ``QT_TRANSLATE_NOOP("Flow", ...)`` and
translated when a page shows it. Placeholders such as ``{billing_center}`` are portal addresses,
filled in after translation.

Ids are the automation contract (``docs/FLOW.md``): they become ``objectName``s and never change
with the language.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from typing import Literal, NamedTuple, Protocol, TypeVar

# The Linguist context of every string of a map.
CONTEXT = "Flow"

# The one page that shows any verdict.
VERDICT_PAGE = "page.verdict"

# The verdict page's action that says how to have the billing contact changed, where the walk tells
# which portal manages the account's billing (``Verdict.billing_portal``).
CHANGE_CONTACT_ACTION = "action.change_billing_contact"

# The answers' letters: a step's first choice is A, its second B, in the map's order and in every
# language. What a help desk on the phone points at, and what walk codes are made of.
LETTERS = string.ascii_uppercase


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without importing Qt."""
    del context
    return text


Tone = Literal["yes", "no", "unknown"]


class Portal(NamedTuple):
    """A web portal the user signs in to, in their own browser."""

    id: str
    name: str
    url: str


# Whom the verdict page's composer writes to: the billing admin the Admin Center names, or the
# admin who manages the account (the organization's contact, when it has set one).
Recipient = Literal["billing_admin", "account_admin"]
RECIPIENTS: tuple[Recipient, ...] = ("billing_admin", "account_admin")


class Action(NamedTuple):
    """A button of the verdict page: it opens a portal, writes to someone, or tries the other
    way; one of the three."""

    id: str
    text: str
    # The portal this action opens.
    portal: str | None = None
    # The start page's choice this action takes instead of the one the walk took: "try the other
    # way". Offered only on walks that did not take it.
    start_choice: str | None = None
    # Whom this action writes to, in the composer.
    writes_to: Recipient | None = None


class Instruction(NamedTuple):
    """One numbered instruction of a step; ``only_from`` limits it to one incoming path."""

    text: str
    only_from: str | None = None


class Choice(NamedTuple):
    """One thing the user may see on the portal, and where it leads (a page or a verdict)."""

    id: str
    text: str
    target: str
    # What the user saw, told to someone else in an email: "The Billing Center said …". Empty on
    # the start page, whose choice the later pages tell.
    reported: str = ""


class Step(NamedTuple):
    """A page that asks what the user sees."""

    id: str
    title: str
    intro: tuple[str, ...]
    instructions: tuple[Instruction, ...]
    question: str
    choices: tuple[Choice, ...]
    # The portal this step signs in to; its button carries that portal's action id.
    portal: str | None = None
    # What the Help button says on this page: what the portal shows, what to do when stuck.
    help: tuple[str, ...] = ()

    def instructions_from(self, previous: str | None) -> tuple[str, ...]:
        """The instructions for a user who came from page ``previous``."""
        return tuple(item.text for item in self.instructions if item.only_from in (None, previous))

    def choice(self, choice_id: str) -> Choice:
        return _by_id(self.choices, choice_id)


class Verdict(NamedTuple):
    """What the answers mean, and what to do next."""

    id: str
    tone: Tone
    headline: str
    explanation: tuple[str, ...]
    next_step: str
    # The first action offered on a walk is the page's primary one.
    actions: tuple[str, ...]
    # Offers to write to the organization's own contact, when it has set one.
    contact_admin: bool = False
    # The portal that manages the account's billing, as the answers that lead here tell it; None
    # when they do not tell. Where it is known, the page says how to have the billing contact
    # changed, that portal's way first.
    billing_portal: str | None = None


class ChangeWay(NamedTuple):
    """How GoTo changes the billing contact of an account whose billing ``portal`` manages."""

    portal: str
    # Where the account is managed, as the way's heading.
    heading: str
    # Whom to ask, and how.
    how: str
    # What must be true before the request is honoured, and the sentence that introduces them
    # (both empty when GoTo's help names none).
    conditions_intro: str
    conditions: tuple[str, ...]
    # What to have at hand before asking.
    at_hand: tuple[str, ...]
    # The way told in one paragraph, after the way of a walk that reached another portal.
    instead: str


class Walk(NamedTuple):
    """The pages a set of answers leads through, and the verdict if they reach one."""

    pages: tuple[str, ...]
    choices: tuple[str, ...]
    verdict: str | None


class Flow(NamedTuple):
    start: str
    steps: tuple[Step, ...]
    verdicts: tuple[Verdict, ...]
    portals: tuple[Portal, ...]
    actions: tuple[Action, ...]
    # What the Help button says on the verdict page.
    verdict_help: tuple[str, ...] = ()
    # How the billing contact is changed, one way per portal that manages billing.
    change_ways: tuple[ChangeWay, ...] = ()
    # The support page of the product's maker: where the request to change the billing contact starts.
    support_url: str = ""

    def step(self, step_id: str) -> Step:
        return _by_id(self.steps, step_id)

    def verdict(self, verdict_id: str) -> Verdict:
        return _by_id(self.verdicts, verdict_id)

    def portal(self, portal_id: str) -> Portal:
        return _by_id(self.portals, portal_id)

    def action(self, action_id: str) -> Action:
        return _by_id(self.actions, action_id)

    def portal_action(self, portal_id: str) -> Action:
        """The action that opens ``portal_id``."""
        for action in self.actions:
            if action.portal == portal_id:
                return action
        raise KeyError(portal_id)

    def offered_actions(self, walk: Walk) -> tuple[Action, ...]:
        """The actions the verdict of ``walk`` offers on that walk: "try the other way" only
        where the walk did not take it."""
        if walk.verdict is None:
            return ()
        actions = (self.action(action_id) for action_id in self.verdict(walk.verdict).actions)
        return tuple(action for action in actions if action.start_choice not in walk.choices)

    def change_ways_for(self, walk: Walk) -> tuple[ChangeWay, ...]:
        """How to have the billing contact changed, after ``walk``: the way of the portal that its
        verdict says manages the account's billing first, then the others; () where the walk does
        not tell which portal that is."""
        if walk.verdict is None:
            return ()
        portal = self.verdict(walk.verdict).billing_portal
        if portal is None:
            return ()
        return tuple(sorted(self.change_ways, key=lambda way: way.portal != portal))

    def default_urls(self) -> dict[str, str]:
        """The article's addresses, by portal id."""
        return {portal.id: portal.url for portal in self.portals}

    def page_ids(self) -> tuple[str, ...]:
        """Every wizard page, in the order of the article, the verdict page last."""
        return (*(step.id for step in self.steps), VERDICT_PAGE)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_Item = TypeVar("_Item", bound=_HasId)


def _by_id(items: tuple[_Item, ...], wanted: str) -> _Item:
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)


def resolve(flow: Flow, answers: Mapping[str, str]) -> Walk:
    """Follow ``answers`` (page id -> choice id) from the start page.

    Only answers on the path actually taken count: an answer given on a page the path does not
    pass through is ignored, however it got there.
    """
    verdict_ids = {verdict.id for verdict in flow.verdicts}
    pages: list[str] = []
    choices: list[str] = []
    current = flow.start
    while current not in verdict_ids:
        pages.append(current)
        answer = answers.get(current)
        if answer is None:
            return Walk(tuple(pages), tuple(choices), None)
        choice = flow.step(current).choice(answer)
        choices.append(choice.id)
        current = choice.target
    return Walk(tuple(pages), tuple(choices), current)


def walks(flow: Flow) -> Iterator[Walk]:
    """Every complete path through a valid map, depth first, in the order of the data."""

    def _from(step_id: str, pages: tuple[str, ...], choices: tuple[str, ...]) -> Iterator[Walk]:
        step = flow.step(step_id)
        for choice in step.choices:
            here = (*pages, step.id)
            taken = (*choices, choice.id)
            if any(choice.target == verdict.id for verdict in flow.verdicts):
                yield Walk(here, taken, choice.target)
            else:
                yield from _from(choice.target, here, taken)

    yield from _from(flow.start, (), ())
