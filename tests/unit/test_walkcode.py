"""Walk codes, Qt-free: the letters of the answers, reading a typed code, and the help desk's table."""

from __future__ import annotations

from pathlib import Path

import pytest

from billing_contact.article import ARTICLE
from billing_contact.logic import walkcode
from billing_contact.logic.flow import walks
from billing_contact.logic.walkcode import Problem, decode, describe, encode
from oracle import CODES, PATHS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("path", "code"), list(zip(PATHS, CODES, strict=True)), ids=CODES)
def test_each_walk_has_the_code_of_its_answers_and_the_code_leads_back(path, code: str) -> None:
    choices, verdict = path
    walk = decode(ARTICLE, code)
    assert not isinstance(walk, Problem)
    assert walk.choices == choices
    assert walk.verdict == verdict
    assert encode(ARTICLE, walk) == code


def test_every_walk_of_the_map_is_one_of_the_ten_codes() -> None:
    assert sorted(encode(ARTICLE, walk) for walk in walks(ARTICLE)) == sorted(CODES)


@pytest.mark.parametrize("typed", ["B-C-A", "bca", "b c a", "  B - c-a ", "b--C  a", "B\tC A"])
def test_case_and_separators_do_not_matter(typed: str) -> None:
    walk = decode(ARTICLE, typed)
    assert not isinstance(walk, Problem)
    assert walk.verdict == "corporate_billing_admin"


@pytest.mark.parametrize(
    "pasted",
    [
        "B\u2013C\u2013A",  # en dash: what Outlook and Word make of "-" between spaces
        "B \u2014 C \u2014 A",  # em dash
        "B\u2011C\u2011A",  # non-breaking hyphen
        "B\u2212C\u2212A",  # minus sign
        "B.C.A",
        "B, C, A",
        "B/C/A",
        "B_C_A",
        "\uff22\uff0d\uff23\uff0d\uff21",  # full-width letters and hyphen, from an East Asian keyboard
        "\u00a0B-C-A\u00a0",  # non-breaking spaces around it, as chat programs paste
    ],
)
def test_codes_pasted_from_mail_and_chat_open_their_result(pasted: str) -> None:
    walk = decode(ARTICLE, pasted)
    assert not isinstance(walk, Problem), pasted
    assert walk.verdict == "corporate_billing_admin"


def test_the_longest_code_fits_a_field_with_room_to_spare() -> None:
    # A-B-B-A, typed with a space around each dash, is 13 characters.
    assert 2 * len("A - B - B - A") <= walkcode.MAX_LENGTH


def test_a_message_quotes_only_the_start_of_a_very_long_code() -> None:
    problem = decode(ARTICLE, "A-A-" + "B" * 4096)
    assert isinstance(problem, Problem)
    assert describe(ARTICLE, problem) == (
        "There is no step 3: the answers before it already reach a result. Remove B-B-B-B-B-B…."
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # A letter that step does not have.
        ("C-A", Problem("letter", 1, "page.start", "C", "AB")),
        ("A-D", Problem("letter", 2, "page.billing_center", "D", "ABC")),
        ("B-C-C", Problem("letter", 3, "page.corporate_portal", "C", "AB")),
        ("A-B-B-E", Problem("letter", 4, "page.corporate_portal", "E", "AB")),
        # Too short, down to nothing at all.
        ("", Problem("short", 1, "page.start", "", "AB")),
        ("B", Problem("short", 2, "page.admin_center", "", "ABCD")),
        ("A-B-B", Problem("short", 4, "page.corporate_portal", "", "AB")),
        # Too long: the walk reached its result before the letters ran out.
        ("A-A-A", Problem("long", 3, "", "A", "")),
        ("B-C-A-B-A", Problem("long", 4, "", "BA", "")),
        # Other characters.
        ("B-2", Problem("character", 2, "page.admin_center", "2", "ABCD")),
        ("B+C", Problem("character", 2, "page.admin_center", "+", "ABCD")),
        ("É", Problem("character", 1, "page.start", "É", "AB")),
        ("B~A", Problem("character", 2, "page.admin_center", "~", "ABCD")),
    ],
)
def test_a_code_that_fits_no_walk_names_the_failing_step_and_its_letters(typed: str, expected: Problem) -> None:
    assert decode(ARTICLE, typed) == expected


def test_the_message_names_the_step_its_title_and_the_letters_it_offers() -> None:
    problem = decode(ARTICLE, "b-c-x")
    assert isinstance(problem, Problem)
    assert describe(ARTICLE, problem) == (
        "Step 3 (Sign in to the Corporate Billing Portal) has no answer X. It offers A, B."
    )
    long = decode(ARTICLE, "A-A-B-C")
    assert isinstance(long, Problem)
    assert describe(ARTICLE, long) == "There is no step 3: the answers before it already reach a result. Remove B-C."


def test_the_message_is_translated_through_the_function_given() -> None:
    problem = decode(ARTICLE, "?")
    assert isinstance(problem, Problem)
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        seen.append((context, source))
        return source.upper() if context == "Flow" else "[{step}|{title}|{found}|{letters}]"

    assert describe(ARTICLE, problem, translate) == "[1|WHO IS THE BILLING CONTACT FOR MY ACCOUNT?|?|A, B]"
    assert {context for context, _ in seen} == {"Flow", walkcode.CONTEXT}


def test_the_table_has_a_row_for_each_walk_with_its_answers_and_result() -> None:
    rows = walkcode.rows(ARTICLE)
    assert [row.code for row in rows] == list(CODES)
    named = rows[CODES.index("B-B")]
    assert named.answers == ("admin_center", "contact_billing_admin")
    assert named.verdict == "not_billing_admin_named"
    assert named.headline == "You are not the billing admin"
    assert "| `A-B-B-B` | billing_center › not_the_page › corporate › cannot_sign_in | " in walkcode.markdown_table(
        ARTICLE
    )


@pytest.mark.parametrize("doc", ["README.md", "docs/FLOW.md"])
def test_the_docs_hold_the_table_made_from_the_map(doc: str) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    table = walkcode.markdown_table(ARTICLE)
    # Regenerate with: python tools/walk_table.py
    assert table in text, f"{doc} has a stale table of walk codes; the map's is:\n{table}"
    assert text.count("| code | answers | result |") == 1


def test_the_summary_carries_the_code_under_its_title_in_text_and_html() -> None:
    from billing_contact.logic.summary import Labels, Summary

    labels = Labels("Title", "Answers", "Result", "Next", "Addresses", "When", "Version", "Walk code")
    summary = Summary(labels, (("Q?", "A."),), "Yes", (), "Go", (), "now", "1.0", walk_code="B-A-B")
    assert summary.text().splitlines()[:5] == ["Title", "=====", "", "Walk code: B-A-B", ""]
    assert "<h1>Title</h1><p><b>Walk code</b>: B-A-B</p>" in summary.html()
    # A summary without a code (none made yet) has no empty line for it.
    assert "Walk code" not in summary._replace(walk_code="").text()
    assert "Walk code" not in summary._replace(walk_code="").html()
