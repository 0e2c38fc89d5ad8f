"""Print the table of every walk code, to paste into README.md and docs/FLOW.md after the map changes."""

from __future__ import annotations

from billing_contact.article import ARTICLE
from billing_contact.logic.walkcode import markdown_table

print(markdown_table(ARTICLE), end="")
