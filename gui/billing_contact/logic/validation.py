"""What makes a decision map sound, and what makes an address a portal's. Qt-free.

``validate`` lists every defect of a map at once, so that whoever edits ``article`` sees all
that is wrong in one run; the tests and ``--self-check`` run it on the shipped map, and the
wizard on any map it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from .flow import CHANGE_CONTACT_ACTION, RECIPIENTS, VERDICT_PAGE, Flow

# Placeholders that are not portal addresses.
TEXT_PLACEHOLDERS = ("product",)


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
    every path ends in a verdict, without a cycle; every verdict is reachable; every action,
    portal and start choice named exists; every choice past the start page can be told in an
    email; every portal address is https; every placeholder names a portal; every verdict that
    names the portal managing the account's billing has a way to change the billing contact there,
    the action that tells it, and a support page with an https address.
    """
    problems = [
        *_id_problems(flow),
        *_reference_problems(flow),
        *_action_problems(flow),
        *_change_problems(flow),
    ]
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
    """Actions offered that do not exist, and actions that lead nowhere that exists."""
    portal_ids = {portal.id for portal in flow.portals}
    action_ids = {action.id for action in flow.actions}
    start_choices = {choice.id for step in flow.steps if step.id == flow.start for choice in step.choices}
    for verdict in flow.verdicts:
        for action_id in verdict.actions:
            if action_id not in action_ids:
                yield f"the verdict {verdict.id} offers {action_id!r}, which does not exist"
    for action in flow.actions:
        # The way to change the billing contact is the verdict page's own dialog (Verdict.billing_portal).
        changes = action.id if action.id == CHANGE_CONTACT_ACTION else None
        does = [what for what in (action.portal, action.start_choice, action.writes_to, changes) if what is not None]
        if len(does) != 1:
            yield (
                f"{action.id} must do one thing: open a portal, take a start choice, write to someone or tell "
                f"how to change the billing contact (it does {len(does)})"
            )
        if action.writes_to is not None and action.writes_to not in RECIPIENTS:
            yield f"{action.id} writes to {action.writes_to!r}, whom the composer does not know"
        if action.portal is not None and action.portal not in portal_ids:
            yield f"{action.id} opens the portal {action.portal!r}, which does not exist"
        if action.start_choice is not None and action.start_choice not in start_choices:
            yield f"{action.id} takes {action.start_choice!r}, which is no choice of the start page"
    for step in flow.steps:
        for choice in step.choices:
            if step.id != flow.start and not choice.reported:
                yield f"{choice.id} says nothing to report in an email (its reported text is empty)"


def _change_problems(flow: Flow) -> Iterator[str]:
    """Ways to change the billing contact that are missing, doubled, or lead nowhere."""
    portal_ids = {portal.id for portal in flow.portals}
    way_portals = [way.portal for way in flow.change_ways]
    for portal in sorted({p for p in way_portals if way_portals.count(p) > 1}):
        yield f"the portal {portal!r} has more than one way to change the billing contact"
    for portal in way_portals:
        if portal not in portal_ids:
            yield f"a way to change the billing contact is for the portal {portal!r}, which does not exist"
    for way in flow.change_ways:
        if bool(way.conditions) != bool(way.conditions_intro):
            yield f"the way to change the billing contact in {way.portal} has conditions or their intro, not both"
    billed = [verdict for verdict in flow.verdicts if verdict.billing_portal is not None]
    for verdict in billed:
        if verdict.billing_portal not in way_portals:
            yield (
                f"the verdict {verdict.id} says {verdict.billing_portal!r} manages the billing, but there is no way "
                "to change the billing contact there"
            )
    if billed and CHANGE_CONTACT_ACTION not in {action.id for action in flow.actions}:
        yield f"verdicts tell how to change the billing contact, but the action {CHANGE_CONTACT_ACTION} does not exist"
    if billed:
        reason = check_url(flow.support_url)
        if reason is not None:
            yield f"the support page's address ({flow.support_url!r}) is refused: {reason}"


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
        yield from (choice.reported for choice in step.choices)
        yield from step.help
    yield from flow.verdict_help
    for verdict in flow.verdicts:
        yield verdict.headline
        yield verdict.next_step
        yield from verdict.explanation
    yield from (action.text for action in flow.actions)
    yield from (portal.name for portal in flow.portals)
    for way in flow.change_ways:
        yield from (way.heading, way.how, way.conditions_intro, way.instead)
        yield from way.conditions
        yield from way.at_hand


def placeholders(text: str) -> set[str]:
    """The placeholders in ``text``, such as ``{billing_center}`` or ``{product}``."""
    return set(_PLACEHOLDER.findall(text))
