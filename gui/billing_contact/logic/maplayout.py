"""The whole map as a picture: which box goes where, and the lines between them. Qt-free.

A tree drawn left to right from the start step: one row for each walk, in the map's order (the
walk codes' order), one column for each step along a walk, and every result in a last column of
its own, where the results and their walk codes line up. A step reached two ways (the Corporate
Billing Portal) is drawn once for each way, so that every row reads as one walk and every box has
one way in. Each box is what an answer leads to, and carries that answer: a step, or a result.

A box sits on the row of the first walk through it; the lines of its answers leave it at its
right, run down a trunk in the gap after its column, and enter each answer's box at its left. The
user interface measures the boxes with their real texts and draws them where ``place`` says.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

from .flow import Flow, Walk
from .walkcode import SEPARATOR, letter

# What the map is written as, by the file's extension (--export-map).
FORMATS = ("svg", "pdf", "png")

Kind = Literal["step", "result"]


class Node(NamedTuple):
    """A box of the map: a step or a result, reached by one answer along one way."""

    # The letters of the answers that lead here, "B-C" ("" for the start): unique in the map.
    code: str
    kind: Kind
    # The step's id, or the verdict's.
    target: str
    # The index of the box this one's answer is given on; None for the start.
    parent: int | None
    # The answer that leads here ("" for the start), and its letter.
    choice: str
    letter: str
    column: int
    # The first walk through this box, and how many walks go through it.
    row: int
    rows: int

    @property
    def letters(self) -> tuple[str, ...]:
        return tuple(self.code.split(SEPARATOR)) if self.code else ()

    @property
    def number(self) -> int:
        """A step's position along its walk, as its page says it ("Step 3"); a result's answers."""
        return len(self.letters) + (1 if self.kind == "step" else 0)


class Layout(NamedTuple):
    """Every box of the map in the order a reader (and the Tab key) goes through them: row by
    row, left to right."""

    nodes: tuple[Node, ...]
    columns: int
    rows: int

    def find(self, code: str) -> int:
        """The box reached by the answers ``code`` ("" for the start)."""
        for number, node in enumerate(self.nodes):
            if node.code == code:
                return number
        raise KeyError(code)

    def children(self, number: int) -> tuple[int, ...]:
        """The boxes the answers of box ``number`` lead to, in the answers' order."""
        return tuple(index for index, node in enumerate(self.nodes) if node.parent == number)

    def edges(self) -> tuple[tuple[int, int], ...]:
        """(box, box its answer leads to) for every answer, in the order of the boxes led to."""
        return tuple((node.parent, index) for index, node in enumerate(self.nodes) if node.parent is not None)

    def results(self) -> tuple[int, ...]:
        return tuple(index for index, node in enumerate(self.nodes) if node.kind == "result")


def layout(flow: Flow) -> Layout:
    """The boxes of ``flow``'s map, in rows and columns."""
    verdict_ids = {verdict.id for verdict in flow.verdicts}
    found: list[Node] = []

    def depth(target: str) -> int:
        """How many steps the longest walk from ``target`` on still has."""
        if target in verdict_ids:
            return 0
        return 1 + max(depth(choice.target) for choice in flow.step(target).choices)

    columns = depth(flow.start) + 1
    row = 0

    def visit(target: str, code: tuple[str, ...], parent: int | None, choice: str, answer: str) -> None:
        nonlocal row
        index = len(found)
        if target in verdict_ids:
            found.append(Node(SEPARATOR.join(code), "result", target, parent, choice, answer, columns - 1, row, 1))
            row += 1
            return
        first = row
        found.append(Node(SEPARATOR.join(code), "step", target, parent, choice, answer, len(code), first, 0))
        step = flow.step(target)
        for item in step.choices:
            item_letter = letter(step, item.id)
            visit(item.target, (*code, item_letter), index, item.id, item_letter)
        found[index] = found[index]._replace(rows=row - first)

    visit(flow.start, (), None, "", "")
    return Layout(tuple(found), columns, row)


def follow(flow: Flow, choices: Sequence[str]) -> Walk:
    """The walk that gives ``choices`` in turn from the start (as --walk's code decodes to)."""
    verdict_ids = {verdict.id for verdict in flow.verdicts}
    pages: list[str] = []
    current = flow.start
    for choice in choices:
        pages.append(current)
        current = flow.step(current).choice(choice).target
    if current not in verdict_ids:
        pages.append(current)
        return Walk(tuple(pages), tuple(choices), None)
    return Walk(tuple(pages), tuple(choices), current)


def on_walk(map_layout: Layout, flow: Flow, walk: Walk) -> frozenset[int]:
    """The boxes ``walk`` goes through: its steps so far, and its result once it has one."""
    answered = tuple(letter(flow.step(page), choice) for page, choice in zip(walk.pages, walk.choices, strict=False))
    return frozenset(
        index
        for index, node in enumerate(map_layout.nodes)
        if node.letters == answered[: len(node.letters)] and (node.kind == "step" or walk.verdict is not None)
    )


# -- where the boxes go ---------------------------------------------------------------------------


class Box(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def overlaps(self, other: Box) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom


Point = tuple[int, int]


class Picture(NamedTuple):
    """The map placed: a box for each node, a line (its corners, left to right) for each edge in
    ``Layout.edges()``'s order, and the size of the whole."""

    boxes: tuple[Box, ...]
    lines: tuple[tuple[Point, ...], ...]
    width: int
    height: int


def place(
    map_layout: Layout,
    sizes: Sequence[tuple[int, int]],
    *,
    column_gap: int,
    row_gap: int,
    anchor: int,
    margin: int = 0,
) -> Picture:
    """Where each box goes, given each box's (width, height).

    A column is as wide as its widest box, a row as tall as its tallest box of one row; a box
    taller than its rows together makes the last of them taller. Boxes sit at the top of their row and at the left
    of their column; a line enters and leaves a box ``anchor`` below its top (or half-way down a
    box less than twice as tall), so that a box and the first box its answers lead to, on the same
    row, are joined by a straight line.
    """
    nodes = map_layout.nodes
    if len(sizes) != len(nodes):
        raise ValueError(f"{len(sizes)} sizes for {len(nodes)} boxes")
    widths = [0] * map_layout.columns
    for node, (width, _) in zip(nodes, sizes, strict=True):
        widths[node.column] = max(widths[node.column], width)
    # A row is as tall as its tallest box of one row; a box over several rows (a step that many
    # walks go through) makes the last of them taller only when they are not tall enough together.
    # Shortest spans first: lengthening a span's last row never undoes a shorter span's room.
    heights = [0] * map_layout.rows
    for node, (_, height) in sorted(zip(nodes, sizes, strict=True), key=lambda item: item[0].rows):
        last = node.row + node.rows - 1
        room = sum(heights[node.row : last + 1]) + row_gap * (node.rows - 1)
        if room < height:
            heights[last] += height - room
    lefts = [margin + sum(widths[:column]) + column_gap * column for column in range(map_layout.columns)]
    tops = [margin + sum(heights[:row]) + row_gap * row for row in range(map_layout.rows)]
    boxes = tuple(
        Box(lefts[node.column], tops[node.row], width, height)
        for node, (width, height) in zip(nodes, sizes, strict=True)
    )

    def anchor_of(box: Box) -> int:
        return box.y + min(anchor, box.height // 2)

    lines: list[tuple[Point, ...]] = []
    for parent, child in map_layout.edges():
        start, end = boxes[parent], boxes[child]
        column = nodes[parent].column
        trunk = lefts[column] + widths[column] + column_gap // 2
        leave, enter = anchor_of(start), anchor_of(end)
        if leave == enter:
            lines.append(((start.right, leave), (end.x, enter)))
        else:
            lines.append(((start.right, leave), (trunk, leave), (trunk, enter), (end.x, enter)))
    width = lefts[-1] + widths[-1] + margin
    height = tops[-1] + heights[-1] + margin
    return Picture(boxes, tuple(lines), width, height)
