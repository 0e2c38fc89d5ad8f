"""The whole map's layout: a box for each step and result along each way to it, one row a walk,
and boxes and lines that never run into one another, whatever the boxes' sizes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from billing_contact.article import ARTICLE
from billing_contact.logic import maplayout
from billing_contact.logic.flow import Walk
from billing_contact.logic.maplayout import Box, Layout
from oracle import CODES, PATHS

LAYOUT = maplayout.layout(ARTICLE)

# Every box in reading order (row by row, left to right): the letters that reach it, and what it
# is. Written out from docs/FLOW.md's map.
BOXES = (
    ("", "page.start"),
    ("A", "page.billing_center"),
    ("A-A", "billing_admin"),
    ("A-B", "page.my_account"),
    ("A-B-A", "not_billing_admin"),
    ("A-B-B", "page.corporate_portal"),
    ("A-B-B-A", "corporate_billing_admin"),
    ("A-B-B-B", "not_corporate_billing_admin"),
    ("A-C", "undetermined"),
    ("B", "page.admin_center"),
    ("B-A", "billing_admin"),
    ("B-B", "not_billing_admin_named"),
    ("B-C", "page.corporate_portal"),
    ("B-C-A", "corporate_billing_admin"),
    ("B-C-B", "not_corporate_billing_admin"),
    ("B-D", "undetermined"),
)


def _node(code: str) -> maplayout.Node:
    return LAYOUT.nodes[LAYOUT.find(code)]


def test_every_box_in_reading_order() -> None:
    assert [(node.code, node.target) for node in LAYOUT.nodes] == list(BOXES)


def test_ten_results_one_a_row_in_the_order_of_the_walk_codes() -> None:
    results = [LAYOUT.nodes[index] for index in LAYOUT.results()]
    assert [node.code for node in results] == list(CODES)
    assert [node.target for node in results] == [verdict for _, verdict in PATHS]
    assert [node.row for node in results] == list(range(10))
    assert LAYOUT.rows == 10
    assert _node("B-A").row == 5


def test_the_results_line_up_in_the_last_column() -> None:
    # Four steps on the longest walk (A-B-B-A), then the results.
    assert LAYOUT.columns == 5
    assert {LAYOUT.nodes[index].column for index in LAYOUT.results()} == {4}
    assert [(node.code, node.column) for node in LAYOUT.nodes if node.kind == "step"] == [
        ("", 0),
        ("A", 1),
        ("A-B", 2),
        ("A-B-B", 3),
        ("B", 1),
        ("B-C", 2),
    ]


def test_the_corporate_portal_is_drawn_once_for_each_way_to_it() -> None:
    portals = [node for node in LAYOUT.nodes if node.target == "page.corporate_portal"]
    # Step 4 from My Account, step 3 from the Admin Center: what its page says on each way.
    assert [(node.code, node.number, node.column, node.row, node.rows) for node in portals] == [
        ("A-B-B", 4, 3, 2, 2),
        ("B-C", 3, 2, 7, 2),
    ]


def test_a_step_sits_on_the_row_of_its_first_walk_and_spans_its_walks() -> None:
    spans = {node.code: (node.row, node.rows) for node in LAYOUT.nodes if node.kind == "step"}
    assert spans == {"": (0, 10), "A": (0, 5), "A-B": (1, 3), "A-B-B": (2, 2), "B": (5, 5), "B-C": (7, 2)}


def test_each_box_carries_the_answer_that_leads_to_it() -> None:
    start = _node("")
    assert (start.parent, start.choice, start.letter) == (None, "", "")
    admin = _node("B")
    assert (LAYOUT.nodes[admin.parent].code, admin.choice, admin.letter) == ("", "choice.start.admin_center", "B")
    named = _node("B-B")
    assert (named.choice, named.letter) == ("choice.admin_center.contact_billing_admin", "B")
    other = _node("B-D")
    assert (other.choice, other.letter, other.number) == ("choice.admin_center.other", "D", 2)


def test_fifteen_answers_join_the_boxes() -> None:
    edges = LAYOUT.edges()
    # 2 on the start page, 3 in the Billing Center, 2 on My Account, 4 in the Admin Center, 2 on
    # each Corporate Billing Portal box.
    assert len(edges) == 15
    assert LAYOUT.children(LAYOUT.find("B")) == tuple(LAYOUT.find(code) for code in ("B-A", "B-B", "B-C", "B-D"))
    assert LAYOUT.children(LAYOUT.find("B-A")) == ()


@pytest.mark.parametrize(
    ("walk", "highlighted"),
    [
        (Walk(("page.start",), (), None), {""}),
        (Walk(("page.start", "page.admin_center"), ("choice.start.admin_center",), None), {"", "B"}),
        (
            Walk(
                ("page.start", "page.admin_center", "page.corporate_portal"),
                (
                    "choice.start.admin_center",
                    "choice.admin_center.select_product",
                    "choice.corporate_portal.signed_in",
                ),
                "corporate_billing_admin",
            ),
            {"", "B", "B-C", "B-C-A"},
        ),
        (
            Walk(
                ("page.start", "page.billing_center", "page.my_account", "page.corporate_portal"),
                (
                    "choice.start.billing_center",
                    "choice.billing_center.not_the_page",
                    "choice.my_account.corporate",
                ),
                None,
            ),
            {"", "A", "A-B", "A-B-B"},
        ),
    ],
    ids=["start", "admin center", "B-C-A", "on the portal from My Account"],
)
def test_a_walk_highlights_the_boxes_it_went_through(walk: Walk, highlighted: set[str]) -> None:
    found = maplayout.on_walk(LAYOUT, ARTICLE, walk)
    assert {LAYOUT.nodes[index].code for index in found} == highlighted


def test_follow_gives_the_walk_of_a_list_of_answers() -> None:
    assert maplayout.follow(ARTICLE, ()) == Walk(("page.start",), (), None)
    assert maplayout.follow(ARTICLE, ("choice.start.admin_center", "choice.admin_center.other")) == Walk(
        ("page.start", "page.admin_center"), ("choice.start.admin_center", "choice.admin_center.other"), "undetermined"
    )
    assert maplayout.follow(ARTICLE, ("choice.start.billing_center",)) == Walk(
        ("page.start", "page.billing_center"), ("choice.start.billing_center",), None
    )


def test_the_formats_are_svg_pdf_and_png() -> None:
    assert maplayout.FORMATS == ("svg", "pdf", "png")


# -- where the boxes go ---------------------------------------------------------------------------


def test_boxes_of_one_size_sit_on_a_grid() -> None:
    picture = maplayout.place(LAYOUT, [(100, 40)] * 16, column_gap=20, row_gap=10, anchor=12, margin=5)
    box = dict(zip((code for code, _ in BOXES), picture.boxes, strict=True))
    assert box[""] == Box(5, 5, 100, 40)
    assert box["B"] == Box(5 + 120, 5 + 5 * 50, 100, 40)
    assert box["A-B-B"] == Box(5 + 3 * 120, 5 + 2 * 50, 100, 40)
    assert box["B-D"] == Box(5 + 4 * 120, 5 + 9 * 50, 100, 40)
    assert (picture.width, picture.height) == (5 + 5 * 100 + 4 * 20 + 5, 5 + 10 * 40 + 9 * 10 + 5)
    # The start to A: one row, a straight line; to B, down the trunk in the gap after the start.
    assert picture.lines[0] == ((105, 17), (125, 17))
    assert picture.lines[LAYOUT.edges().index((0, LAYOUT.find("B")))] == ((105, 17), (115, 17), (115, 267), (125, 267))


def test_a_box_taller_than_its_rows_makes_the_last_of_them_taller() -> None:
    sizes = [(100, 40)] * 16
    # My Account's box (rows 1 to 3) as tall as 5 rows.
    sizes[LAYOUT.find("A-B")] = (100, 240)
    picture = maplayout.place(LAYOUT, sizes, column_gap=20, row_gap=10, anchor=12)
    box = dict(zip((code for code, _ in BOXES), picture.boxes, strict=True))
    assert box["A-B-A"].y == 50
    assert box["A-B-B-B"].y == 150
    # Row 3 grows by 240 - (3 * 40 + 2 * 10) = 100: the next row starts under the tall box.
    assert box["A-C"].y == 50 + 240 + 10
    assert box["A-C"].y >= box["A-B"].bottom


def test_place_refuses_sizes_that_do_not_match_the_boxes() -> None:
    with pytest.raises(ValueError, match="15 sizes for 16 boxes"):
        maplayout.place(LAYOUT, [(1, 1)] * 15, column_gap=1, row_gap=1, anchor=1)


def _crosses(segment: tuple[tuple[int, int], tuple[int, int]], box: Box) -> bool:
    """Whether a level or upright segment runs through the inside of ``box`` (touching an edge
    is not running through it)."""
    (x1, y1), (x2, y2) = segment
    left, right, top, bottom = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
    if top == bottom:
        return box.y < top < box.bottom and left < box.right and box.x < right
    return box.x < left < box.right and top < box.bottom and box.y < bottom


def assert_nothing_runs_into_anything(layout: Layout, picture: maplayout.Picture) -> None:
    """No box overlaps another, and each line runs from its box's right edge to the left edge of
    the box its answer leads to, through no box."""
    boxes = picture.boxes
    for first in range(len(boxes)):
        for second in range(first + 1, len(boxes)):
            assert not boxes[first].overlaps(boxes[second]), (layout.nodes[first].code, layout.nodes[second].code)
    for (parent, child), line in zip(layout.edges(), picture.lines, strict=True):
        assert line[0][0] == boxes[parent].right
        assert line[-1][0] == boxes[child].x
        assert boxes[parent].y <= line[0][1] <= boxes[parent].bottom
        assert boxes[child].y <= line[-1][1] <= boxes[child].bottom
        for segment in itertools.pairwise(line):
            assert segment[0][0] == segment[1][0] or segment[0][1] == segment[1][1], "not upright or level"
            for index, box in enumerate(boxes):
                assert not _crosses(segment, box), (layout.nodes[parent].code, layout.nodes[index].code)


SIZES = st.lists(
    st.tuples(st.integers(min_value=1, max_value=400), st.integers(min_value=1, max_value=600)),
    min_size=16,
    max_size=16,
)


@given(sizes=SIZES, column_gap=st.integers(2, 60), row_gap=st.integers(0, 30), anchor=st.integers(0, 40))
def test_no_box_overlaps_another_and_no_line_runs_through_a_box(
    sizes: list[tuple[int, int]], column_gap: int, row_gap: int, anchor: int
) -> None:
    picture = maplayout.place(LAYOUT, sizes, column_gap=column_gap, row_gap=row_gap, anchor=anchor)
    assert_nothing_runs_into_anything(LAYOUT, picture)
    assert all(box.right <= picture.width and box.bottom <= picture.height for box in picture.boxes)


def test_the_check_finds_a_line_through_a_box() -> None:
    # The check above must be able to fail: a box moved onto A-A's line from A.
    picture = maplayout.place(LAYOUT, [(100, 40)] * 16, column_gap=20, row_gap=10, anchor=12)
    boxes = list(picture.boxes)
    boxes[LAYOUT.find("A-B-B")] = Box(boxes[LAYOUT.find("A-B-B")].x, 0, 100, 40)
    with pytest.raises(AssertionError):
        assert_nothing_runs_into_anything(LAYOUT, picture._replace(boxes=tuple(boxes)))
