"""The wizard: the map's pages in a QWizard, with a language menu always at hand."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon
from PySide6.QtWidgets import QMenu, QPushButton, QWidget, QWizard, QWizardPage

from . import i18n, settings
from .flow import ARTICLE, VERDICT_PAGE, Flow, validate
from .pages import ICON_DIR, PageIndex, StepPage, VerdictPage

APP_ICON = Path(ICON_DIR / "billing-contact-assistant.svg")

# QWizard sets its buttons' texts once, from Qt's catalog, and does not redo it when the language
# changes; these are Qt's own source texts (context "QWizard"), looked up again on each change.
# Kept in variables, not literals in translate(), so that lupdate leaves them to Qt's catalog.
_QT_BUTTONS = {
    QWizard.WizardButton.BackButton: ("< &Back", "Go Back"),
    QWizard.WizardButton.NextButton: ("&Next >", "Continue"),
    QWizard.WizardButton.CommitButton: ("Commit", "Commit"),
    QWizard.WizardButton.FinishButton: ("&Finish", "Done"),
    QWizard.WizardButton.CancelButton: ("Cancel", "Cancel"),
    QWizard.WizardButton.HelpButton: ("&Help", "Help"),
}
_QT_CONTEXT = "QWizard"

LANGUAGE_BUTTON = QWizard.WizardButton.CustomButton1


class BillingContactWizard(QWizard):
    """One page for each step of the map, and one verdict page at the end of every path."""

    languageChanged = Signal(str)  # noqa: N815 - Qt signal naming

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
        # ModernStyle everywhere but macOS and Windows, which have styles of their own: a header
        # band that carries each page's title, rather than the classic style's plain text.
        if self.wizardStyle() == QWizard.WizardStyle.ClassicStyle:
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for step in flow.steps:
            self.setPage(self.pages.number(step.id), StepPage(flow, step, self.urls, self.pages, self))
        self.setPage(self.pages.number(VERDICT_PAGE), VerdictPage(flow, self.urls, self))
        self.setStartId(self.pages.number(flow.start))
        self._build_language_menu()
        self.retranslate()
        # One size for every page, so that the window does not jump as the text grows; in lines
        # of text rather than pixels, so that it follows the font and the screen's scaling.
        line = self.fontMetrics().height()
        self.resize(self.sizeHint().expandedTo(QSize(44 * line, 34 * line)))

    # -- pages --------------------------------------------------------------------------------

    def page_named(self, name: str) -> QWizardPage:
        """The page whose id (objectName) is ``name``."""
        return self.page(self.pages.number(name))

    def current_page_name(self) -> str | None:
        """The id of the page shown, or None before the wizard starts."""
        number = self.currentId()
        return self.pages.name(number) if number >= 0 else None

    # -- language -----------------------------------------------------------------------------

    def _build_language_menu(self) -> None:
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        button = self.language_button()
        button.setObjectName("language")
        button.setIcon(QIcon(str(ICON_DIR / "language.svg")))
        menu = QMenu(button)
        menu.setObjectName("language.menu")
        group = QActionGroup(menu)
        for code in i18n.LANGUAGES:
            action = QAction(i18n.ENDONYMS.get(code, code), menu)
            action.setObjectName(f"language.{code}")
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            menu.addAction(action)
        group.triggered.connect(lambda action: self.switch_language(str(action.data())))
        button.setMenu(menu)
        self._language_menu = menu
        self.setButtonLayout(
            [
                LANGUAGE_BUTTON,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )

    def language_button(self) -> QPushButton:
        button = self.button(LANGUAGE_BUTTON)
        assert isinstance(button, QPushButton)  # QWizard's buttons are push buttons
        return button

    def switch_language(self, code: str) -> str:
        """Speak ``code`` from now on, and remember it; the page and the answers stay."""
        spoken = i18n.catalogs.install(code)
        settings.remember_language(spoken)
        # Qt posts LanguageChange to every widget; this wizard also updates at once, so that
        # whoever called knows the new texts are in place when this returns.
        self.retranslate()
        self.languageChanged.emit(spoken)
        return spoken

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Wizard", "Billing Contact Assistant"))
        mac = self.wizardStyle() == QWizard.WizardStyle.MacStyle
        for which, (text, mac_text) in _QT_BUTTONS.items():
            self.setButtonText(which, QCoreApplication.translate(_QT_CONTEXT, mac_text if mac else text))
        language = i18n.catalogs.language
        button = self.language_button()
        button.setText(i18n.ENDONYMS.get(language, language))
        button.setToolTip(QCoreApplication.translate("Wizard", "Language"))
        for action in self._language_menu.actions():
            action.setChecked(action.data() == language)
