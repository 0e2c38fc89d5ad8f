"""Drive the wizard as a person does, and read what a person reads."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget, QWizard

# What the article's ten paths lead to: (choices clicked, verdict id). Written out by hand from
# docs/FLOW.md, not derived from the app's own map, so that a wrong map fails these tests.
PATHS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("choice.start.billing_center", "choice.billing_center.subscriptions"), "billing_admin"),
    (
        ("choice.start.billing_center", "choice.billing_center.not_the_page", "choice.my_account.standard"),
        "not_billing_admin",
    ),
    (
        (
            "choice.start.billing_center",
            "choice.billing_center.not_the_page",
            "choice.my_account.corporate",
            "choice.corporate_portal.signed_in",
        ),
        "corporate_billing_admin",
    ),
    (
        (
            "choice.start.billing_center",
            "choice.billing_center.not_the_page",
            "choice.my_account.corporate",
            "choice.corporate_portal.cannot_sign_in",
        ),
        "not_corporate_billing_admin",
    ),
    (("choice.start.billing_center", "choice.billing_center.other"), "undetermined"),
    (("choice.start.admin_center", "choice.admin_center.subscriptions"), "billing_admin"),
    (("choice.start.admin_center", "choice.admin_center.contact_billing_admin"), "not_billing_admin_named"),
    (
        ("choice.start.admin_center", "choice.admin_center.select_product", "choice.corporate_portal.signed_in"),
        "corporate_billing_admin",
    ),
    (
        ("choice.start.admin_center", "choice.admin_center.select_product", "choice.corporate_portal.cannot_sign_in"),
        "not_corporate_billing_admin",
    ),
    (("choice.start.admin_center", "choice.admin_center.other"), "undetermined"),
)

# The headline a person reads for each verdict. Italian: the article's own wording.
HEADLINES = {
    "it": {
        "billing_admin": "Sei l'amministratore della fatturazione",
        "corporate_billing_admin": "Sei un amministratore della fatturazione",
        "not_billing_admin": "Non sei l'amministratore della fatturazione",
        "not_billing_admin_named": "Non sei l'amministratore della fatturazione",
        "not_corporate_billing_admin": "Non sei l'amministratore della fatturazione",
        "undetermined": "Non hai ancora individuato il contatto di fatturazione",
    },
    "en": {
        "billing_admin": "You are the billing admin",
        "corporate_billing_admin": "You are a billing admin",
        "not_billing_admin": "You are not the billing admin",
        "not_billing_admin_named": "You are not the billing admin",
        "not_corporate_billing_admin": "You are not the billing admin",
        "undetermined": "You have not found the billing contact yet",
    },
}


def _headlines(yes: str, a_yes: str, no: str, unknown: str) -> dict[str, str]:
    return {
        "billing_admin": yes,
        "corporate_billing_admin": a_yes,
        "not_billing_admin": no,
        "not_billing_admin_named": no,
        "not_corporate_billing_admin": no,
        "undetermined": unknown,
    }


HEADLINES.update(
    {
        "de": _headlines(
            "Sie sind der Abrechnungsadministrator",
            "Sie sind ein Abrechnungsadministrator",
            "Sie sind nicht der Abrechnungsadministrator",
            "Sie haben den Abrechnungskontakt noch nicht gefunden",
        ),
        "fr": _headlines(
            "Vous êtes l'administrateur de la facturation",
            "Vous êtes un administrateur de la facturation",
            "Vous n'êtes pas l'administrateur de la facturation",
            "Vous n'avez pas encore trouvé le contact de facturation",
        ),
        "es": _headlines(
            "Usted es el administrador de facturación",
            "Usted es un administrador de facturación",
            "Usted no es el administrador de facturación",
            "Aún no ha encontrado el contacto de facturación",
        ),
        "pt_BR": _headlines(
            "Você é o administrador de cobrança",
            "Você é um administrador de cobrança",
            "Você não é o administrador de cobrança",
            "Você ainda não encontrou o contato de cobrança",
        ),
    }
)

# The window title in each language.
TITLES = {
    "en": "Billing Contact Assistant",
    "it": "Assistente contatto di fatturazione",
    "de": "Assistent für den Abrechnungskontakt",
    "fr": "Assistant du contact de facturation",
    "es": "Asistente de contacto de facturación",
    "pt_BR": "Assistente de contato de cobrança",
}
LANGUAGES = tuple(TITLES)

BILLING_CENTER = "https://billing.logmeininc.com"
ADMIN_CENTER = "https://admin.logmeininc.com"
CORPORATE_PORTAL = "https://link.logmeininc.com/corp-billing"


def choose(wizard: QWizard, choice_id: str) -> None:
    """Click the radio button ``choice_id`` on the current page, as a person would."""
    button = wizard.currentPage().findChild(QRadioButton, choice_id)
    assert button is not None, f"{choice_id} is not on {wizard.currentPage().objectName()}"
    assert button.isVisible()
    button.click()


def next_page(wizard: QWizard) -> None:
    """Click the wizard's Next button, which must be shown and enabled."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isVisible(), "Next is not shown"
    assert button.isEnabled(), "Next is disabled"
    button.click()


def back_page(wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.BackButton)
    assert button.isVisible(), "Back is not shown"
    assert button.isEnabled(), "Back is disabled"
    button.click()


def walk(wizard: QWizard, choices: tuple[str, ...]) -> None:
    """Answer each page with the next choice and go on."""
    for choice_id in choices:
        choose(wizard, choice_id)
        next_page(wizard)


def checked_choice(wizard: QWizard) -> str | None:
    """The objectName of the checked radio button on the current page."""
    for button in wizard.currentPage().findChildren(QRadioButton):
        if button.isChecked():
            return button.objectName()
    return None


def action_buttons(page: QWidget) -> dict[str, QPushButton]:
    """The visible action buttons of a page, by id."""
    return {
        button.objectName(): button
        for button in page.findChildren(QPushButton)
        if button.objectName().startswith("action.") and button.isVisible()
    }


def plain(text: str) -> str:
    """What a rich-text label shows, without markup."""
    document = QTextDocument()
    document.setHtml(text)
    return " ".join(document.toPlainText().split())


def visible_texts(wizard: QWizard) -> list[str]:
    """Every text a person sees in the wizard: title, page title, labels, buttons, fields."""
    page = wizard.currentPage()
    texts = [wizard.windowTitle(), page.title(), page.subTitle()]
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text().replace("&", ""))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    return [" ".join(text.split()) for text in texts if text and text.strip()]
