"""The help article's decision map, as data. Qt-free.

GoTo's article "Chi è il contatto di fatturazione per il mio account?" for GoToAssist Remote
Support v5, with its two ways to check (the Billing Center, the Admin Center) and their
outcomes: its portals and actions (``portals``), its steps (``steps``) and its verdicts
(``verdicts``); and the question that follows it, how the billing contact is changed (``change``).
The English texts are the source language; the Italian catalog quotes the article and the portals.
``docs/FLOW.md`` draws the map and lists its ids.
"""

from __future__ import annotations

from ..logic.flow import QT_TRANSLATE_NOOP, Flow
from .change import CHANGE_WAYS
from .portals import ACTIONS, PORTALS, PRODUCT, SUPPORT_URL
from .steps import STEPS
from .verdicts import VERDICTS

__all__ = ["ARTICLE", "PRODUCT"]

ARTICLE = Flow(
    start="page.start",
    steps=STEPS,
    verdicts=VERDICTS,
    portals=PORTALS,
    actions=ACTIONS,
    verdict_help=(
        QT_TRANSLATE_NOOP(
            "Flow",
            "This page says what your answers mean and what to do next. \u201cShare summary\u201d copies, "
            "saves or prints your answers and the result, to send them to IT or to your account admin. "
            "\u201cStart over\u201d clears every answer.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "The walk code under the result is the letters of your answers, such as B-A-B. Read it to your "
            "help desk: with \u201cOpen a walk code\u2026\u201d (Ctrl+O) they open the same result, in their own "
            "language.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "Where the next step is to write to someone, \u201cWrite to\u2026\u201d opens an email in your own mail "
            "program, to check and send yourself: nothing is sent without you.",
        ),
        QT_TRANSLATE_NOOP(
            "Flow",
            "Where your answers tell which portal manages your account's billing, \u201cHow to change the "
            "billing contact\u2026\u201d says whom to ask at GoTo, on which conditions, and what to have at hand; "
            "it opens GoTo's support page in your browser.",
        ),
    ),
    change_ways=CHANGE_WAYS,
    support_url=SUPPORT_URL,
)
