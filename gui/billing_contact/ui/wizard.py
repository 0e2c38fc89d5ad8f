"""The wizard: the map's pages in a QWizard, with a language menu always at hand."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..article import ARTICLE
from ..logic import mnemonics
from ..logic.flow import VERDICT_PAGE, Flow, Walk, resolve
from ..logic.validation import validate
from ..services import i18n, settings
from ..services.icons import APP_ICON, png_icon
from ..services.settings import Policy
from . import accessibility
from .context import Draft, PageIndex, Setup
from .pages import StepPage, VerdictPage

if TYPE_CHECKING:
    from .mapview import MapDialog

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
# A language chosen in the menu: the focus goes back to the Language button, and a screen reader
# reads it first; what the page is comes after.
ANNOUNCE_AFTER_MENU_MS = 500

LANGUAGE_BUTTON = QWizard.WizardButton.CustomButton1
# On the verdict page only.
START_OVER_BUTTON = QWizard.WizardButton.CustomButton2
WALK_CODE_BUTTON = QWizard.WizardButton.CustomButton3
# Help, the language and the walk code on the left, where they stay; the way on and out on the right.
_BUTTON_LAYOUT = (
    QWizard.WizardButton.HelpButton,
    LANGUAGE_BUTTON,
    WALK_CODE_BUTTON,
    QWizard.WizardButton.Stretch,
    START_OVER_BUTTON,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


class BillingContactWizard(i18n.FollowsLanguage, QWizard):
    """One page for each step of the map, and one verdict page at the end of every path."""

    languageChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        flow: Flow = ARTICLE,
        policy: Policy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        validate(flow)
        self.flow = flow
        self.policy = policy if policy is not None else Policy(flow.default_urls())
        self.pages = PageIndex(flow)
        self._setup = Setup(flow, self.pages, self.policy, Draft())
        self.setObjectName("wizard")
        accessibility.read_as_main_window(self)
        product = self.policy.product
        accessibility.describe_application(
            lambda: QCoreApplication.translate(
                "Wizard", "Find out who the billing contact of your {product} account is"
            ).format(product=product)
        )
        self.setWindowIcon(png_icon(APP_ICON.stem))
        # Each platform's own wizard style (Aero, Mac, Classic elsewhere). Not Modern: its pages
        # sit on the text-field colour, where a dark palette hides radio buttons and fields.
        # All at once: QWizard lays its buttons out again for each option set. On the verdict page,
        # Finish and Cancel would do the same: Finish alone.
        self.setOptions(
            self.options()
            | QWizard.WizardOption.NoBackButtonOnStartPage
            | QWizard.WizardOption.NoCancelButtonOnLastPage
            | QWizard.WizardOption.HaveHelpButton
            | QWizard.WizardOption.HaveCustomButton1
            | QWizard.WizardOption.HaveCustomButton3
        )
        self.helpRequested.connect(self.show_help)
        # F1 (the platform's Help key) opens the page's help, as the Help button does.
        help_action = QAction(self)
        help_action.setObjectName("help.shortcut")
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.triggered.connect(self.show_help)
        self.addAction(help_action)
        self._closing_confirmed = False
        self._build_language_menu()
        self._build_walk_code()
        for number, name in enumerate(flow.page_ids()):
            if name == VERDICT_PAGE:
                verdict = VerdictPage(self._setup)
                verdict.switchPath.connect(self.take_path)
                self.setPage(number, verdict)
            else:
                self.setPage(number, StepPage(self._setup, flow.step(name)))
        # Laid out once the pages are there, the buttons come after the pages' widgets in the
        # Tab order.
        self.setButtonLayout(list(_BUTTON_LAYOUT))
        self.setStartId(self.pages.number(flow.start))
        if self.wizardStyle() in (QWizard.WizardStyle.AeroStyle, QWizard.WizardStyle.MacStyle):
            # These styles show a logo: the app's.
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, png_icon(APP_ICON.stem).pixmap(48, 48))
        self.currentIdChanged.connect(self._page_changed)
        self.retranslate()
        # One size for every page and language, set ahead since the result page is filled in
        # for each verdict: room for the tallest page in the longest of the shipped languages
        # (tests/ui/test_pages.py walks every path in each), in lines of text rather than pixels,
        # so that it follows the font and the screen's scaling.
        line = self.fontMetrics().height()
        self.resize(self.sizeHint().expandedTo(QSize(52 * line, 38 * line)))

    # -- pages --------------------------------------------------------------------------------

    def page_named(self, name: str) -> QWizardPage:
        """The page whose id (objectName) is ``name``."""
        return self.page(self.pages.number(name))

    def take_path(self, choice_id: str) -> None:
        """Go back to the start page, answer it with ``choice_id`` and go on, as if the user had:
        ``--start``, and "try the other way" on a verdict. Back then returns to the start page."""
        if self.currentId() < 0:
            self.restart()
        while self.currentId() != self.startId():
            self.back()
        start = self.currentPage()
        assert isinstance(start, StepPage)
        start.choose(choice_id)
        self.next()

    def open_walk(self, choices: tuple[str, ...]) -> None:
        """Start over and answer each page with the next of ``choices``, going on after each.

        Every page of the walk is then in the history, answered, so Back goes through it.
        """
        self.restart()
        for choice_id in choices:
            page = self.currentPage()
            assert isinstance(page, StepPage), f"{choice_id}: the walk has already reached its result"
            page.choose(choice_id)
            self.next()

    # -- walk codes ---------------------------------------------------------------------------

    def _build_walk_code(self) -> None:
        button = self.walk_code_button()
        button.setObjectName("open_walk_code")
        button.clicked.connect(self.ask_walk_code)
        # Ctrl+O ("Open…") from any page, also while the focus is on a field.
        self._walk_code_action = QAction(self)
        self._walk_code_action.setObjectName("open_walk_code.shortcut")
        self._walk_code_action.setShortcut(QKeySequence.StandardKey.Open)
        self._walk_code_action.triggered.connect(self.ask_walk_code)
        self.addAction(self._walk_code_action)

    def walk_code_button(self) -> QPushButton:
        button = self.button(WALK_CODE_BUTTON)
        assert isinstance(button, QPushButton)  # QWizard's buttons are push buttons
        return button

    def ask_walk_code(self) -> QWidget:
        """Ask for a walk code in a non-blocking dialog, and open its result once it is valid."""
        # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
        from .codedialog import WalkCodeDialog

        existing = self.findChild(WalkCodeDialog, "dialog.walk_code")
        # One at a time; a closed one is on its way out (deleted on close).
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = WalkCodeDialog(self._setup, self)
        dialog.walk_chosen.connect(lambda walk: self.open_walk(walk.choices))
        dialog.open()
        return dialog

    # -- closing ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # A letter pressed on the button row (Next, Back) still chooses the step's answer. (The
        # app's text fields are in dialogs, windows of their own, which Enter never leaves.)
        page = self.currentPage()
        if isinstance(page, StepPage) and page.letter_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        """Finish, Cancel, Escape, the window's close button: ask first if an email was left unsent."""
        # Kept for the session, wherever the user has gone since: closing is when it would go.
        if self._setup.draft.unsent and not self._closing_confirmed:
            # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
            from ..services import dialogs

            def close_anyway() -> None:
                self._closing_confirmed = True
                self.done(result)

            dialogs.confirm(
                self,
                "dialog.unsent_email",
                lambda: dialogs.Texts(
                    QCoreApplication.translate("Wizard", "The email was not sent"),
                    QCoreApplication.translate(
                        "Wizard",
                        "You started an email and did not send it. Close the assistant anyway? What you typed "
                        "will be lost.",
                    ),
                ),
                lambda: QCoreApplication.translate("Wizard", "Close anyway"),
                close_anyway,
            )
            return
        self._closing_confirmed = False
        super().done(result)

    # -- help ---------------------------------------------------------------------------------

    def show_help(self) -> None:
        """Help for the page shown, in a non-blocking box, with the way to About."""
        # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
        from . import helpbox

        def page_help() -> list[str]:
            page = self.currentPage()
            return page.help_texts() if isinstance(page, (StepPage, VerdictPage)) else []

        def heading() -> str:
            page = self.currentPage()
            return page.title() if page is not None else ""

        helpbox.show_help(self, heading, page_help, self.policy, self.show_map)

    # -- the map ------------------------------------------------------------------------------

    def show_map(self) -> None:
        """The whole map beside the wizard, the walk so far highlighted; it follows the walk."""
        # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
        from .mapview import MapDialog

        existing = self._open_map()
        if existing is not None:
            existing.set_walk(self.walk_so_far())
            existing.raise_()
            existing.activateWindow()
            return
        MapDialog(self._setup, self.walk_so_far(), self).show()

    def _open_map(self) -> MapDialog | None:
        # By its name, not its class: the map's module is not loaded until the map first opens.
        dialog = self.findChild(QDialog, "dialog.map")
        # A closed one is on its way out (deleted on close).
        return dialog if dialog is not None and dialog.isVisible() else None  # type: ignore[return-value]

    def walk_so_far(self) -> Walk:
        """The answers given on the way to the page shown (not the one it may have picked yet),
        and the result once it is shown."""
        answers: dict[str, str] = {}
        for number in self.visitedIds():
            page = self.page(number)
            if isinstance(page, StepPage) and number != self.currentId():
                answer = page.answer()
                if answer is not None:
                    answers[page.map_step.id] = answer
        return resolve(self.flow, answers)

    # -- language -----------------------------------------------------------------------------

    def _build_language_menu(self) -> None:
        button = self.language_button()
        button.setObjectName("language")
        button.setIcon(png_icon("language"))
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
        # Opened, the menu is on the language spoken: a screen reader says it, and Down goes on.
        menu.aboutToShow.connect(lambda: menu.setActiveAction(next(a for a in menu.actions() if a.isChecked())))
        button.setMenu(menu)
        self._language_menu = menu
        start_over = self.button(START_OVER_BUTTON)
        start_over.setObjectName("action.start_over")
        start_over.clicked.connect(self.restart)

    def language_button(self) -> QPushButton:
        button = self.button(LANGUAGE_BUTTON)
        assert isinstance(button, QPushButton)  # QWizard's buttons are push buttons
        return button

    def switch_language(self, code: str) -> str:
        """Speak ``code`` from now on, and remember it; the page and the answers stay."""
        spoken = i18n.catalogs.install(code)
        settings.remember_language(spoken)
        # Installing a translator posts LanguageChange to every window, and each window passes
        # it on to its children at once: deliver the posted events now, so that every text is in
        # place when this returns rather than at some later turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.assign_mnemonics()
        self._name_title()
        self.languageChanged.emit(spoken)
        # Every word on the page changed while the focus stayed on the language: say what the
        # page is, in its new language, once the focus is back from the menu.
        page = self.currentPage()
        if isinstance(page, (StepPage, VerdictPage)):
            QTimer.singleShot(ANNOUNCE_AFTER_MENU_MS, page, lambda: accessibility.announce(page, page.heading()))
        return spoken

    # -- keyboard -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The first page was set up while its buttons were still hidden.
        self.assign_mnemonics()

    def _page_changed(self) -> None:
        page = self.currentPage()
        opened_map = self._open_map()
        if opened_map is not None:
            opened_map.set_walk(self.walk_so_far())
        on_verdict = isinstance(page, VerdictPage)
        # Laying the buttons out shows every button of the layout: Start over is hidden here.
        self.button(START_OVER_BUTTON).setVisible(on_verdict)
        # The verdict's primary action is the default button there, not Finish.
        self.setOption(QWizard.WizardOption.NoDefaultButton, on_verdict)
        primary = page.primary_action() if isinstance(page, VerdictPage) else None
        if primary is not None:
            primary.setDefault(True)
        # Before the first show (restart() in show()), showEvent() does it, buttons in place.
        if self.isVisible():
            self.assign_mnemonics()
        self._name_title()

    def _name_title(self) -> None:
        """Name the label QWizard shows the page's title in by its words: its quotation marks
        ("My Account" page) are read aloud."""
        page = self.currentPage()
        title = page.title() if page is not None else ""
        for label in self.findChildren(QLabel):
            if title and label.text() == title and not page.isAncestorOf(label):
                accessibility.speak_as(label, title)

    def assign_mnemonics(self) -> None:
        """Give every button, question and field label shown an Alt+letter of its own."""
        if self.currentId() < 0:
            return
        page = self.page(self.currentId())
        items: list[tuple[str, Callable[[str], None]]] = []
        # The wizard's own buttons first: Next and Back keep the letters people know.
        for which in (*_QT_BUTTONS, LANGUAGE_BUTTON, START_OVER_BUTTON, WALK_CODE_BUTTON):
            button = self.button(which)
            if button.isVisibleTo(self):
                items.append((button.text(), partial(self.setButtonText, which)))
        widgets = page.mnemonic_widgets() if isinstance(page, (StepPage, VerdictPage)) else []
        for widget in widgets:
            if not widget.isVisibleTo(page):
                continue
            if isinstance(widget, QPushButton):
                items.append((widget.text(), widget.setText))
            elif isinstance(widget, QGroupBox):
                items.append((widget.title(), widget.setTitle))
            elif isinstance(widget, QLabel):
                items.append((widget.text(), widget.setText))
        for (_, apply), text in zip(items, mnemonics.assign([label for label, _ in items]), strict=True):
            apply(text)
        accessibility.name_wizard_buttons(self)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Wizard", "Billing Contact Assistant"))
        mac = self.wizardStyle() == QWizard.WizardStyle.MacStyle
        for which, (text, mac_text) in _QT_BUTTONS.items():
            self.setButtonText(which, QCoreApplication.translate(_QT_CONTEXT, mac_text if mac else text))
        language = i18n.catalogs.language
        self.setButtonText(START_OVER_BUTTON, QCoreApplication.translate("Pages", "Start over"))
        button = self.language_button()
        button.setText(i18n.ENDONYMS.get(language, language))
        button.setToolTip(QCoreApplication.translate("Wizard", "Language"))
        accessibility.speak_as(
            button, QCoreApplication.translate("Wizard", "Language") + ": " + i18n.ENDONYMS.get(language, language)
        )
        # Qt tells it is a button with a menu; Orca 43 says "push button" all the same.
        accessibility.describe(button, QCoreApplication.translate("Wizard", "Opens the menu of languages"))
        self._language_menu.setAccessibleName(QCoreApplication.translate("Wizard", "Language"))
        for action in self._language_menu.actions():
            action.setChecked(action.data() == language)
        walk_code = self.walk_code_button()
        self.setButtonText(WALK_CODE_BUTTON, QCoreApplication.translate("Wizard", "Open a walk code…"))
        shortcut = self._walk_code_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        walk_code.setToolTip(
            QCoreApplication.translate("Wizard", "Open the result of a walk code such as B-A-B ({shortcut})").format(
                shortcut=shortcut
            )
        )
        accessibility.describe(walk_code, walk_code.toolTip())
        accessibility.name_wizard_buttons(self)
