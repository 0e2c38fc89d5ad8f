"""The wizard: the map's pages in a QWizard."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from .flow import ARTICLE, Flow, validate
from .pages import ICON_DIR, PageIndex, StepPage, VerdictPage

APP_ICON = Path(ICON_DIR / "billing-contact-assistant.svg")


class BillingContactWizard(QWizard):
    """One page for each step of the map, and one verdict page at the end of every path."""

    def __init__(
        self,
        flow: Flow = ARTICLE,
        urls: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        validate(flow)
        self.flow = flow
        self.urls = dict(urls if urls is not None else flow.default_urls())
        self.pages = PageIndex(flow)
        self.setObjectName("wizard")
        self.setWindowIcon(QIcon(str(APP_ICON)))
        # ModernStyle everywhere but macOS: a header band that carries each page's title,
        # rather than the classic style's plain text (QTBUG-style defaults differ by platform).
        if self.wizardStyle() == QWizard.WizardStyle.ClassicStyle:
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for step in flow.steps:
            self.setPage(self.pages.number(step.id), StepPage(flow, step, self.urls, self.pages, self))
        self.setPage(self.pages.number("page.verdict"), VerdictPage(flow, self.urls, self))
        self.setStartId(self.pages.number(flow.start))
        self.retranslate()
        # One size for every page, so that the window does not jump as the text grows; in lines
        # of text rather than pixels, so that it follows the font and the screen's scaling.
        line = self.fontMetrics().height()
        self.resize(self.sizeHint().expandedTo(QSize(44 * line, 34 * line)))

    def page_named(self, name: str) -> QWizardPage:
        """The page whose id (objectName) is ``name``."""
        return self.page(self.pages.number(name))

    def current_page_name(self) -> str | None:
        """The id of the page shown, or None before the wizard starts."""
        number = self.currentId()
        return self.pages.name(number) if number >= 0 else None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Wizard", "Billing Contact Assistant"))
