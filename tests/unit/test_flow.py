"""The decision map as data: sound as shipped, and validate() catches each kind of breakage.

No QApplication here: the map does not need Qt.
"""

from __future__ import annotations

import pytest

from billing_contact.article import ARTICLE
from billing_contact.logic.flow import VERDICT_PAGE, Choice, Flow, Portal, Step, resolve, walks
from billing_contact.logic.validation import FlowError, check_url, validate
from oracle import CHANGE_WAYS, PATHS, SUPPORT_PAGE


def _with_step(flow: Flow, step_id: str, **changes: object) -> Flow:
    steps = tuple(s._replace(**changes) if s.id == step_id else s for s in flow.steps)  # type: ignore[arg-type]
    return flow._replace(steps=steps)


def _with_choice_target(flow: Flow, choice_id: str, target: str) -> Flow:
    steps = tuple(
        step._replace(choices=tuple(c._replace(target=target) if c.id == choice_id else c for c in step.choices))
        for step in flow.steps
    )
    return flow._replace(steps=steps)


def _problems(flow: Flow) -> list[str]:
    with pytest.raises(FlowError) as caught:
        validate(flow)
    return caught.value.problems


def test_the_article_map_is_sound() -> None:
    validate(ARTICLE)


def test_the_map_holds_every_id_of_the_contract() -> None:
    assert ARTICLE.page_ids() == (
        "page.start",
        "page.billing_center",
        "page.my_account",
        "page.admin_center",
        "page.corporate_portal",
        VERDICT_PAGE,
    )
    assert {v.id for v in ARTICLE.verdicts} == {
        "billing_admin",
        "corporate_billing_admin",
        "not_billing_admin",
        "not_billing_admin_named",
        "not_corporate_billing_admin",
        "undetermined",
    }
    assert {a.id for a in ARTICLE.actions} == {
        "action.open_billing_center",
        "action.open_admin_center",
        "action.open_corporate_portal",
        "action.email_billing_admin",
        "action.email_account_admin",
        "action.try_admin_center",
        "action.try_billing_center",
        "action.change_billing_contact",
    }
    assert {c.id for s in ARTICLE.steps for c in s.choices} == {c for path, _ in PATHS for c in path}
    assert ARTICLE.default_urls() == {
        "billing_center": "https://billing.logmeininc.com",
        "admin_center": "https://admin.logmeininc.com",
        "corporate_portal": "https://link.logmeininc.com/corp-billing",
    }


@pytest.mark.parametrize(
    ("choices", "offered"),
    [
        # The article's next step first: ask the admin who manages the account.
        (
            ("choice.start.billing_center", "choice.billing_center.other"),
            ["action.email_account_admin", "action.try_admin_center"],
        ),
        (
            ("choice.start.admin_center", "choice.admin_center.other"),
            ["action.email_account_admin", "action.try_billing_center"],
        ),
        (
            ("choice.start.admin_center", "choice.admin_center.contact_billing_admin"),
            ["action.open_admin_center", "action.email_billing_admin"],
        ),
    ],
)
def test_a_verdict_offers_to_try_only_the_way_not_taken(choices: tuple[str, ...], offered: list[str]) -> None:
    walk = next(w for w in walks(ARTICLE) if w.choices == choices)
    assert [action.id for action in ARTICLE.offered_actions(walk)] == offered


def test_an_action_that_takes_no_start_choice_and_a_choice_without_a_report_are_refused() -> None:
    actions = tuple(
        a._replace(start_choice="choice.start.elsewhere") if a.id == "action.try_admin_center" else a
        for a in ARTICLE.actions
    )
    broken = _with_step(ARTICLE._replace(actions=actions), "page.my_account")
    step = broken.step("page.my_account")
    broken = _with_step(broken, "page.my_account", choices=(step.choices[0]._replace(reported=""), step.choices[1]))
    problems = _problems(broken)
    assert "action.try_admin_center takes 'choice.start.elsewhere', which is no choice of the start page" in problems
    assert "choice.my_account.standard says nothing to report in an email (its reported text is empty)" in problems


def test_an_action_does_one_thing_to_someone_the_composer_knows() -> None:
    changes = {
        "action.email_account_admin": {"writes_to": None},
        "action.email_billing_admin": {"writes_to": "accountant"},
        "action.try_billing_center": {"writes_to": "billing_admin"},
    }
    actions = tuple(a._replace(**changes.get(a.id, {})) for a in ARTICLE.actions)  # type: ignore[arg-type]
    problems = _problems(ARTICLE._replace(actions=actions))
    assert (
        "action.email_account_admin must do one thing: open a portal, take a start choice, write to someone or "
        "tell how to change the billing contact (it does 0)"
    ) in problems
    assert "action.email_billing_admin writes to 'accountant', whom the composer does not know" in problems
    assert (
        "action.try_billing_center must do one thing: open a portal, take a start choice, write to someone or "
        "tell how to change the billing contact (it does 2)"
    ) in problems


def test_walks_lists_the_ten_paths() -> None:
    assert sorted((w.choices, w.verdict) for w in walks(ARTICLE)) == sorted(PATHS)


@pytest.mark.parametrize(("choices", "verdict"), PATHS)
def test_resolve_follows_the_answers(choices: tuple[str, ...], verdict: str) -> None:
    answers = {choice.rsplit(".", 1)[0].replace("choice.", "page."): choice for choice in choices}
    assert resolve(ARTICLE, answers).verdict == verdict


def test_resolve_ignores_answers_off_the_path() -> None:
    answers = {
        "page.start": "choice.start.billing_center",
        "page.billing_center": "choice.billing_center.other",
        # Left over from a branch the user abandoned:
        "page.admin_center": "choice.admin_center.subscriptions",
        "page.corporate_portal": "choice.corporate_portal.signed_in",
    }
    walk = resolve(ARTICLE, answers)
    assert walk.verdict == "undetermined"
    assert walk.pages == ("page.start", "page.billing_center")


def test_resolve_stops_at_the_first_unanswered_page() -> None:
    walk = resolve(ARTICLE, {"page.start": "choice.start.admin_center"})
    assert walk.verdict is None
    assert walk.pages == ("page.start", "page.admin_center")


def test_a_dangling_target_is_reported() -> None:
    broken = _with_choice_target(ARTICLE, "choice.my_account.standard", "page.nowhere")
    assert "choice.my_account.standard leads to 'page.nowhere', which does not exist" in _problems(broken)


def test_an_unreachable_page_is_reported() -> None:
    # Both ways into My Account now go elsewhere.
    broken = _with_choice_target(ARTICLE, "choice.billing_center.not_the_page", "undetermined")
    problems = _problems(broken)
    assert "page.my_account cannot be reached from the start page page.start" in problems


def test_a_path_without_a_verdict_is_reported() -> None:
    broken = _with_step(ARTICLE, "page.corporate_portal", choices=())
    assert "page.corporate_portal offers no choice, so a path through it ends without a verdict" in _problems(broken)


def test_a_cycle_is_reported() -> None:
    broken = _with_choice_target(ARTICLE, "choice.corporate_portal.cannot_sign_in", "page.billing_center")
    problems = _problems(broken)
    assert any(
        p.startswith("the map has a cycle: page.billing_center -> page.my_account -> page.corporate_portal")
        for p in problems
    ), problems


@pytest.mark.parametrize(
    "url",
    [
        "http://billing.logmeininc.com",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,hi",
        "billing.logmeininc.com",
        "/relative/path",
        "https://",
        "https://billing.logmeininc.com/\nx",
        "https://user:secret@billing.logmeininc.com",
        "https://billing.logmeininc.com/" + "a" * 2048,
    ],
)
def test_a_non_https_address_is_reported(url: str) -> None:
    portals = tuple(p._replace(url=url) if p.id == "admin_center" else p for p in ARTICLE.portals)
    problems = _problems(ARTICLE._replace(portals=portals))
    assert len(problems) == 1
    assert problems[0].startswith("the address of the portal 'admin_center'")
    assert check_url(url) is not None


def test_goto_hosts_are_accepted_addresses() -> None:
    assert check_url("https://billing.goto.com") is None
    assert check_url("https://link.goto.com/corp-billing") is None


def test_duplicate_and_misnamed_ids_are_reported() -> None:
    extra = Step("billing_center", "t", (), (), "q", (Choice("choice.start.x", "x", "undetermined"),))
    broken = ARTICLE._replace(steps=(*ARTICLE.steps, extra))
    problems = _problems(broken)
    assert "the page id 'billing_center' does not start with 'page.'" in problems
    assert "the choice id 'choice.start.x' on billing_center does not start with 'choice.billing_center.'" in problems
    assert "the choice id 'choice.start.x' is used more than once" not in problems
    assert "billing_center cannot be reached from the start page page.start" in problems


def test_unknown_portals_actions_and_placeholders_are_reported() -> None:
    broken = ARTICLE._replace(
        portals=(*ARTICLE.portals, Portal("billing_center", "dup", "https://example.com")),
        verdicts=tuple(
            v._replace(actions=("action.nothing",)) if v.id == "billing_admin" else v for v in ARTICLE.verdicts
        ),
    )
    broken = _with_step(broken, "page.start", title="Go to {nowhere}")
    problems = _problems(broken)
    assert "the portal id 'billing_center' is used more than once" in problems
    assert "the verdict billing_admin offers 'action.nothing', which does not exist" in problems
    assert any("names {nowhere}, which is no portal" in p for p in problems), problems


@pytest.mark.parametrize(("choices", "verdict"), PATHS)
def test_the_way_to_change_the_billing_contact_follows_the_portal_that_manages_the_billing(
    choices: tuple[str, ...], verdict: str
) -> None:
    walk = next(w for w in walks(ARTICLE) if w.choices == choices)
    assert [way.portal for way in ARTICLE.change_ways_for(walk)] == CHANGE_WAYS[verdict]


def test_the_billing_center_way_has_gotos_two_conditions_and_the_corporate_way_none() -> None:
    ways = {way.portal: way for way in ARTICLE.change_ways}
    assert set(ways) == {"billing_center", "corporate_portal"}
    assert ways["billing_center"].conditions == (
        "You can verify the current credit card information that is listed for the account.",
        "You are the named credit card holder or a listed account admin.",
    )
    assert ways["corporate_portal"].conditions == ()
    assert "Corporate Account Services" in ways["corporate_portal"].how
    assert "Customer Care" in ways["billing_center"].how
    assert ARTICLE.support_url == SUPPORT_PAGE


def test_a_billing_portal_without_a_way_a_missing_action_and_a_plain_http_support_page_are_reported() -> None:
    broken = ARTICLE._replace(
        change_ways=tuple(way for way in ARTICLE.change_ways if way.portal != "corporate_portal"),
        actions=tuple(action for action in ARTICLE.actions if action.id != "action.change_billing_contact"),
        support_url="http://support.goto.com/",
    )
    problems = _problems(broken)
    assert (
        "the verdict corporate_billing_admin says 'corporate_portal' manages the billing, but there is no way "
        "to change the billing contact there"
    ) in problems
    assert (
        "verdicts tell how to change the billing contact, but the action action.change_billing_contact does not exist"
    ) in problems
    assert "the support page's address ('http://support.goto.com/') is refused: it is not an https address" in problems


def test_a_way_for_no_portal_and_a_placeholder_in_a_way_are_reported() -> None:
    way = ARTICLE.change_ways[0]._replace(portal="elsewhere", how="Ask {nobody}.")
    problems = _problems(ARTICLE._replace(change_ways=(*ARTICLE.change_ways, way)))
    assert "a way to change the billing contact is for the portal 'elsewhere', which does not exist" in problems
    assert any("names {nobody}, which is no portal" in p for p in problems), problems
