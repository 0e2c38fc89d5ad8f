"""The decision map of the help article, as data.

This module does not import Qt: the map, its validation and the walk through it are plain
Python, tested without a QApplication. Every user-visible string is English source text marked
for Qt Linguist with ``QT_TRANSLATE_NOOP("Flow", ...)`` and translated when a page shows it.
Placeholders such as ``{billing_center}`` are portal addresses, filled in after translation.

The ids are the automation contract of ``shared/FLOW.md``: they become ``objectName``s and
never change with the language.

The records are named tuples, immutable as frozen dataclasses are, but made in a tenth of the
time: the app builds the map at every start (``make bench``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol, TypeVar
from urllib.parse import urlsplit

# The Linguist context of every string in this module.
CONTEXT = "Flow"

# The one page that shows any verdict.
VERDICT_PAGE = "page.verdict"

# The product the article is about; an organization may name it otherwise (settings.Policy).
PRODUCT = "GoToAssist Remote Support v5"
# Placeholders that are not portal addresses.
TEXT_PLACEHOLDERS = ("product",)


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


class Action(NamedTuple):
    """A button that opens an address: a portal, or an email to the billing admin."""

    id: str
    text: str
    # The portal this action opens; None for the email action, whose address the user types.
    portal: str | None = None


class Instruction(NamedTuple):
    """One numbered instruction of a step; ``only_from`` limits it to one incoming path."""

    text: str
    only_from: str | None = None


class Choice(NamedTuple):
    """One thing the user may see on the portal, and where it leads (a page or a verdict)."""

    id: str
    text: str
    target: str


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
    actions: tuple[str, ...]
    # Shows the fields to copy the billing admin's name and email address into.
    asks_billing_admin_address: bool = False
    # Offers to write to the organization's own contact, when it has set one.
    contact_admin: bool = False


class Flow(NamedTuple):
    start: str
    steps: tuple[Step, ...]
    verdicts: tuple[Verdict, ...]
    portals: tuple[Portal, ...]
    actions: tuple[Action, ...]
    # What the Help button says on the verdict page.
    verdict_help: tuple[str, ...] = ()

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

    def default_urls(self) -> dict[str, str]:
        """The article's addresses, by portal id."""
        return {portal.id: portal.url for portal in self.portals}

    def page_ids(self) -> tuple[str, ...]:
        """Every wizard page, in the order of the article, the verdict page last."""
        return (*(step.id for step in self.steps), VERDICT_PAGE)


if TYPE_CHECKING:  # for the type checker only: a Protocol class costs time at every start

    class _HasId(Protocol):
        @property
        def id(self) -> str: ...

    _Item = TypeVar("_Item", bound=_HasId)


def _by_id(items: tuple[_Item, ...], wanted: str) -> _Item:
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)


class Walk(NamedTuple):
    """The pages a set of answers leads through, and the verdict if they reach one."""

    pages: tuple[str, ...]
    choices: tuple[str, ...]
    verdict: str | None


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


class FlowError(ValueError):
    """The map is broken; ``problems`` lists every defect found, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("The decision map is broken:\n- " + "\n- ".join(problems))
        self.problems = problems


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_ALLOWED_SCHEMES = ("https",)


def check_url(url: str) -> str | None:
    """Why ``url`` may not be a portal address, or None when it may.

    A portal address is an absolute ``https`` address with a host, no user name or password in
    it, no white space or control characters, and at most 2,048 characters.
    """
    if len(url) > 2048:
        return "it is longer than 2,048 characters"
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return "it contains white space or control characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as error:
        return f"it is not a valid address ({error})"
    if parts.scheme.lower() not in _ALLOWED_SCHEMES:
        return "it is not an https address"
    if not host:
        return "it has no host name"
    if parts.username is not None or parts.password is not None:
        return "it carries a user name or password"
    return None


def validate(flow: Flow) -> None:
    """Raise FlowError listing every defect of ``flow``; return None when the map is sound.

    Checked: unique ids; ids that follow the contract's naming; a start page that exists; every
    choice leads to a page or a verdict that exists; every page is reachable from the start;
    every path ends in a verdict, without a cycle; every verdict is reachable; every action and
    portal named exists; every portal address is https; every placeholder names a portal.
    """
    problems = [*_id_problems(flow), *_reference_problems(flow), *_action_problems(flow)]
    for portal in flow.portals:
        reason = check_url(portal.url)
        if reason is not None:
            problems.append(f"the address of the portal {portal.id!r} ({portal.url!r}) is refused: {reason}")
    known = {portal.id for portal in flow.portals} | set(TEXT_PLACEHOLDERS)
    for text in _all_texts(flow):
        problems.extend(
            f"the text {text[:40]!r}... names {{{name}}}, which is no portal"
            for name in _PLACEHOLDER.findall(text)
            if name not in known
        )
    if any(step.id == flow.start for step in flow.steps):
        problems.extend(_graph_problems(flow))
    if problems:
        raise FlowError(problems)


def _id_problems(flow: Flow) -> Iterator[str]:
    """Ids used twice, and ids that break the contract's naming."""
    step_ids = [step.id for step in flow.steps]
    verdict_ids = [verdict.id for verdict in flow.verdicts]
    for kind, ids in (
        ("page", [*step_ids, VERDICT_PAGE]),
        ("verdict", verdict_ids),
        ("portal", [portal.id for portal in flow.portals]),
        ("action", [action.id for action in flow.actions]),
        ("choice", [choice.id for step in flow.steps for choice in step.choices]),
    ):
        for seen in sorted({i for i in ids if ids.count(i) > 1}):
            yield f"the {kind} id {seen!r} is used more than once"
    for clash in sorted(set(step_ids) & set(verdict_ids)):
        yield f"{clash!r} is both a page and a verdict"
    for step in flow.steps:
        if not step.id.startswith("page."):
            yield f"the page id {step.id!r} does not start with 'page.'"
        prefix = "choice." + step.id.removeprefix("page.") + "."
        for choice in step.choices:
            if not choice.id.startswith(prefix):
                yield f"the choice id {choice.id!r} on {step.id} does not start with {prefix!r}"
    for action in flow.actions:
        if not action.id.startswith("action."):
            yield f"the action id {action.id!r} does not start with 'action.'"


def _reference_problems(flow: Flow) -> Iterator[str]:
    """Names of pages, verdicts, portals and actions that do not exist."""
    step_ids = {step.id for step in flow.steps}
    targets = step_ids | {verdict.id for verdict in flow.verdicts}
    portal_ids = {portal.id for portal in flow.portals}
    if flow.start not in step_ids:
        yield f"the start page {flow.start!r} does not exist"
    for step in flow.steps:
        if not step.choices:
            yield f"{step.id} offers no choice, so a path through it ends without a verdict"
        for choice in step.choices:
            if choice.target not in targets:
                yield f"{choice.id} leads to {choice.target!r}, which does not exist"
        if step.portal is not None and step.portal not in portal_ids:
            yield f"{step.id} opens the portal {step.portal!r}, which does not exist"
        for item in step.instructions:
            if item.only_from is not None and item.only_from not in step_ids:
                yield f"an instruction of {step.id} is for a path from {item.only_from!r}, which does not exist"


def _action_problems(flow: Flow) -> Iterator[str]:
    """Actions offered that do not exist, and actions that open a portal that does not exist."""
    portal_ids = {portal.id for portal in flow.portals}
    action_ids = {action.id for action in flow.actions}
    for verdict in flow.verdicts:
        for action_id in verdict.actions:
            if action_id not in action_ids:
                yield f"the verdict {verdict.id} offers {action_id!r}, which does not exist"
    for action in flow.actions:
        if action.portal is not None and action.portal not in portal_ids:
            yield f"{action.id} opens the portal {action.portal!r}, which does not exist"


def _graph_problems(flow: Flow) -> list[str]:
    """Reachability and cycles, by a depth-first search from the start page."""
    step_ids = {step.id for step in flow.steps}
    verdict_ids = {verdict.id for verdict in flow.verdicts}
    problems: list[str] = []
    edges = {step.id: [c.target for c in step.choices if c.target in step_ids | verdict_ids] for step in flow.steps}
    reached: set[str] = set()
    on_path: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> None:
        reached.add(node)
        if node in verdict_ids or node in done:
            return
        on_path.append(node)
        for target in edges[node]:
            if target in on_path:
                cycle = [*on_path[on_path.index(target) :], target]
                problems.append("the map has a cycle: " + " -> ".join(cycle))
            else:
                visit(target)
        on_path.pop()
        done.add(node)

    visit(flow.start)
    for step_id in sorted(step_ids - reached):
        problems.append(f"{step_id} cannot be reached from the start page {flow.start}")
    for verdict_id in sorted(verdict_ids - reached):
        problems.append(f"the verdict {verdict_id} cannot be reached from the start page")
    return problems


def _all_texts(flow: Flow) -> Iterator[str]:
    for step in flow.steps:
        yield step.title
        yield step.question
        yield from step.intro
        yield from (item.text for item in step.instructions)
        yield from (choice.text for choice in step.choices)
        yield from step.help
    yield from flow.verdict_help
    for verdict in flow.verdicts:
        yield verdict.headline
        yield verdict.next_step
        yield from verdict.explanation
    yield from (action.text for action in flow.actions)
    yield from (portal.name for portal in flow.portals)


def placeholders(text: str) -> set[str]:
    """The placeholders in ``text``, such as ``{billing_center}`` or ``{product}``."""
    return set(_PLACEHOLDER.findall(text))


# --------------------------------------------------------------------------------------------
# The article's map. Wording follows the article; the Italian catalog quotes it.
# --------------------------------------------------------------------------------------------

_SUBSCRIPTIONS = QT_TRANSLATE_NOOP("Flow", "You are redirected to your account's Subscriptions page")
_OTHER = QT_TRANSLATE_NOOP("Flow", "You cannot sign in, or something else happens")
_ONE_OF = QT_TRANSLATE_NOOP("Flow", "One of the following happens: choose the one you see.")
_WHAT_HAPPENS = QT_TRANSLATE_NOOP("Flow", "What happens?")
_NOT_BILLING_ADMIN = QT_TRANSLATE_NOOP("Flow", "You are not the billing admin")
_STILL_NO_CONTACT = QT_TRANSLATE_NOOP(
    "Flow",
    "If you still cannot find the billing contact, contact the admin who manages your {product} account.",
)
_FORGOT_PASSWORD = QT_TRANSLATE_NOOP(
    "Flow",
    "If the sign-in fails, use the portal's own \u201cForgot password?\u201d link on its sign-in page: "
    "this assistant cannot see or reset your password.",
)
_CORPORATE_SIGN_IN = QT_TRANSLATE_NOOP(
    "Flow",
    "Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by "
    "email) and your password.",
)

ARTICLE = Flow(
    start="page.start",
    verdict_help=(
        QT_TRANSLATE_NOOP(
            "Flow",
            "This page says what your answers mean and what to do next. The summary below lists your "
            "answers: copy it, save it or print it to send it to IT or to your account admin. "
            "\u201cStart over\u201d clears every answer.",
        ),
    ),
    portals=(
        Portal("billing_center", QT_TRANSLATE_NOOP("Flow", "Billing Center"), "https://billing.logmeininc.com"),
        Portal("admin_center", QT_TRANSLATE_NOOP("Flow", "Admin Center"), "https://admin.logmeininc.com"),
        Portal(
            "corporate_portal",
            QT_TRANSLATE_NOOP("Flow", "Corporate Billing Portal"),
            "https://link.logmeininc.com/corp-billing",
        ),
    ),
    actions=(
        Action("action.open_billing_center", QT_TRANSLATE_NOOP("Flow", "Open the Billing Center"), "billing_center"),
        Action("action.open_admin_center", QT_TRANSLATE_NOOP("Flow", "Open the Admin Center"), "admin_center"),
        Action(
            "action.open_corporate_portal",
            QT_TRANSLATE_NOOP("Flow", "Open the Corporate Billing Portal"),
            "corporate_portal",
        ),
        Action("action.email_billing_admin", QT_TRANSLATE_NOOP("Flow", "Write to the billing admin")),
    ),
    steps=(
        Step(
            id="page.start",
            title=QT_TRANSLATE_NOOP("Flow", "Who is the billing contact for my account?"),
            intro=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "The billing contact (that is, the billing admin) for your account is a member "
                    "of your organization (not a LogMeIn representative) with special privileges: "
                    "they can change the account's subscription plan, change the payment and "
                    "billing information, and manage the other account settings.",
                ),
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Only billing contacts or account admins can see who the billing contact of an "
                    "account is. If you think you are the billing contact but are not sure, you can "
                    "check it in one of these two ways. You sign in on the portal, in your own "
                    "browser: this assistant never asks for your password.",
                ),
            ),
            instructions=(),
            question=QT_TRANSLATE_NOOP("Flow", "How do you want to check?"),
            help=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Which way? The Billing Center works for anyone who may be the billing contact. The "
                    "Admin Center is for account admins; when you are not the billing admin, it also "
                    "shows who is.",
                ),
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Helping someone on the phone? Ask them which of the two portals they can sign in "
                    "to. They sign in on the portal's own page, in their browser: never ask them for "
                    "their password.",
                ),
            ),
            choices=(
                Choice(
                    "choice.start.billing_center",
                    QT_TRANSLATE_NOOP(
                        "Flow", "Sign in to the Billing Center (anyone who thinks they are the billing contact)"
                    ),
                    "page.billing_center",
                ),
                Choice(
                    "choice.start.admin_center",
                    QT_TRANSLATE_NOOP("Flow", "Sign in to the Admin Center (account admins)"),
                    "page.admin_center",
                ),
            ),
        ),
        Step(
            id="page.billing_center",
            title=QT_TRANSLATE_NOOP("Flow", "Sign in to the Billing Center"),
            intro=(),
            instructions=(
                Instruction(
                    QT_TRANSLATE_NOOP(
                        "Flow",
                        "Sign in to the Billing Center at {billing_center} with the email address and "
                        "password you use for {product}.",
                    )
                ),
                Instruction(_ONE_OF),
            ),
            question=_WHAT_HAPPENS,
            portal="billing_center",
            help=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "The Billing Center's sign-in page asks for the email address and password you use "
                    "for {product}. After signing in you either land on your account's Subscriptions "
                    "page, which lists your plans, or see a message saying that this may not be the "
                    "page you wanted.",
                ),
                _FORGOT_PASSWORD,
            ),
            choices=(
                Choice("choice.billing_center.subscriptions", _SUBSCRIPTIONS, "billing_admin"),
                Choice(
                    "choice.billing_center.not_the_page",
                    QT_TRANSLATE_NOOP(
                        "Flow", "The message \u201cYou seem to have landed in the wrong place\u201d appears"
                    ),
                    "page.my_account",
                ),
                Choice("choice.billing_center.other", _OTHER, "undetermined"),
            ),
        ),
        Step(
            id="page.my_account",
            title=QT_TRANSLATE_NOOP("Flow", "Look at your My Account page"),
            intro=(),
            instructions=(
                Instruction(
                    QT_TRANSLATE_NOOP("Flow", "Click the account profile: you are redirected to the My Account page.")
                ),
                Instruction(QT_TRANSLATE_NOOP("Flow", "You are in one of the following situations.")),
            ),
            question=QT_TRANSLATE_NOOP("Flow", "What does your My Account page show?"),
            help=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "The account profile is your name or picture at the top of the portal. On the My "
                    "Account page, a \u201cGo to Billing\u201d link means that the account is billed "
                    "through the Corporate Billing Portal; without it, the account is a standard one.",
                ),
            ),
            choices=(
                Choice(
                    "choice.my_account.standard",
                    QT_TRANSLATE_NOOP("Flow", "A standard account: the page offers no \u201cGo to Billing\u201d"),
                    "not_billing_admin",
                ),
                Choice(
                    "choice.my_account.corporate",
                    QT_TRANSLATE_NOOP(
                        "Flow",
                        "The account is managed in the Corporate Billing Portal: the page offers "
                        "\u201cGo to Billing\u201d",
                    ),
                    "page.corporate_portal",
                ),
            ),
        ),
        Step(
            id="page.admin_center",
            title=QT_TRANSLATE_NOOP("Flow", "Sign in to the Admin Center"),
            intro=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "If you are an account admin, you can sign in to the Admin Center to find out "
                    "whether you are also a billing admin for your account.",
                ),
            ),
            instructions=(
                Instruction(
                    QT_TRANSLATE_NOOP(
                        "Flow",
                        "Sign in to the Admin Center with your {product} email address and password at {admin_center}.",
                    )
                ),
                Instruction(QT_TRANSLATE_NOOP("Flow", "In the left navigation bar, select \u201cAdd Licenses\u201d.")),
                Instruction(_ONE_OF),
            ),
            question=_WHAT_HAPPENS,
            portal="admin_center",
            help=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Sign in with the same email address and password as for {product}. \u201cAdd "
                    "Licenses\u201d is in the navigation bar on the left. If you cannot sign in to the "
                    "Admin Center, you may not be an account admin: try the Billing Center instead.",
                ),
                _FORGOT_PASSWORD,
            ),
            choices=(
                Choice("choice.admin_center.subscriptions", _SUBSCRIPTIONS, "billing_admin"),
                Choice(
                    "choice.admin_center.contact_billing_admin",
                    QT_TRANSLATE_NOOP(
                        "Flow",
                        "A message asks you to contact your billing admin (it shows their name and "
                        "email address) to make product or licensing changes to your account",
                    ),
                    "not_billing_admin_named",
                ),
                Choice(
                    "choice.admin_center.select_product",
                    QT_TRANSLATE_NOOP(
                        "Flow",
                        "A message asks you to select a product to reach the Billing Center and add licenses",
                    ),
                    "page.corporate_portal",
                ),
                Choice("choice.admin_center.other", _OTHER, "undetermined"),
            ),
        ),
        Step(
            id="page.corporate_portal",
            title=QT_TRANSLATE_NOOP("Flow", "Sign in to the Corporate Billing Portal"),
            intro=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "You may or may not be a billing admin, but your account is managed in the "
                    "Corporate Billing Portal.",
                ),
            ),
            instructions=(
                Instruction(
                    QT_TRANSLATE_NOOP(
                        "Flow", "On the My Account page, click \u201cGo to Billing\u201d, or go to {corporate_portal}."
                    ),
                    only_from="page.my_account",
                ),
                Instruction(
                    QT_TRANSLATE_NOOP(
                        "Flow", "Click the logo of a product in your account, or go to {corporate_portal}."
                    ),
                    only_from="page.admin_center",
                ),
                Instruction(_CORPORATE_SIGN_IN),
            ),
            question=QT_TRANSLATE_NOOP("Flow", "Can you sign in to the Corporate Billing Portal?"),
            help=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "The Corporate Billing Portal signs you in with a user ID, not your email address: "
                    "you find it on the invoices sent to you by email. If you have lost the password, use "
                    "the link for it on the portal's sign-in page.",
                ),
            ),
            portal="corporate_portal",
            choices=(
                Choice(
                    "choice.corporate_portal.signed_in",
                    QT_TRANSLATE_NOOP("Flow", "Yes, I signed in"),
                    "corporate_billing_admin",
                ),
                Choice(
                    "choice.corporate_portal.cannot_sign_in",
                    QT_TRANSLATE_NOOP("Flow", "No, I cannot sign in"),
                    "not_corporate_billing_admin",
                ),
            ),
        ),
    ),
    verdicts=(
        Verdict(
            id="billing_admin",
            tone="yes",
            headline=QT_TRANSLATE_NOOP("Flow", "You are the billing admin"),
            explanation=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "You were redirected to your account's Subscriptions page: you are the billing "
                    "contact for your account.",
                ),
            ),
            next_step=QT_TRANSLATE_NOOP(
                "Flow",
                "In the Billing Center you can change the subscription plan, the payment and billing "
                "information, and the other account settings.",
            ),
            actions=("action.open_billing_center",),
        ),
        Verdict(
            id="corporate_billing_admin",
            tone="yes",
            headline=QT_TRANSLATE_NOOP("Flow", "You are a billing admin"),
            explanation=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "You can sign in to the Corporate Billing Portal, so you are a billing admin. "
                    "Your account's billing is managed there, not in the Billing Center.",
                ),
            ),
            next_step=QT_TRANSLATE_NOOP(
                "Flow",
                "Manage the subscription, payment and billing information in the Corporate Billing "
                "Portal, signing in with your user ID (received in an invoice sent by email) and "
                "your password.",
            ),
            actions=("action.open_corporate_portal",),
        ),
        Verdict(
            id="not_billing_admin",
            tone="no",
            headline=_NOT_BILLING_ADMIN,
            explanation=(QT_TRANSLATE_NOOP("Flow", "You have a standard account and you are not the billing admin."),),
            next_step=QT_TRANSLATE_NOOP("Flow", "For more information, contact your account admin."),
            actions=(),
            contact_admin=True,
        ),
        Verdict(
            id="not_billing_admin_named",
            tone="no",
            headline=_NOT_BILLING_ADMIN,
            explanation=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "The Admin Center message names your billing admin: it shows their name and email "
                    "address, on the page that opened when you selected \u201cAdd Licenses\u201d.",
                ),
            ),
            next_step=QT_TRANSLATE_NOOP(
                "Flow",
                "To request product or licensing changes, click \u201cEmail the billing admin\u201d in "
                "that message: it opens a new email to them in your mail program. Or copy their name "
                "and email address here and write to them from this assistant.",
            ),
            actions=("action.open_admin_center", "action.email_billing_admin"),
            asks_billing_admin_address=True,
        ),
        Verdict(
            id="not_corporate_billing_admin",
            tone="no",
            headline=_NOT_BILLING_ADMIN,
            explanation=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.",
                ),
            ),
            next_step=_STILL_NO_CONTACT,
            actions=(),
            contact_admin=True,
        ),
        Verdict(
            id="undetermined",
            tone="unknown",
            headline=QT_TRANSLATE_NOOP("Flow", "You have not found the billing contact yet"),
            explanation=(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "What you saw is not one of the situations the article describes, so it does not "
                    "tell whether you are the billing admin.",
                ),
            ),
            next_step=QT_TRANSLATE_NOOP(
                "Flow",
                "Contact the admin who manages your {product} account. You can also "
                "try the other way: the Billing Center or the Admin Center.",
            ),
            actions=("action.open_billing_center", "action.open_admin_center"),
            contact_admin=True,
        ),
    ),
)
