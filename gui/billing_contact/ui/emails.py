"""The emails the verdict page offers: to the billing admin, and to the organization's contact.

Each is written for its reader, a stranger to this app: a subject; a greeting that is polite in
the language; the request, in the sender's voice; what the sender checked, told as what the
portals showed; a sign-off. Nothing meant for the user, and never the verdict's "you are / you
are not the billing admin". Both open in the user's own mail program (``mailto:``).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..logic import mailto, mnemonics
from ..logic.flow import Walk
from ..services import desktop
from ..services.i18n import FollowsLanguage
from . import accessibility
from .context import Setup


class Email(NamedTuple):
    subject: str
    body: str


def _greeting(name: str) -> str:
    if name:
        return QCoreApplication.translate("Email", "Hello {name},").format(name=name)
    return QCoreApplication.translate("Email", "Hello,")


def _body(greeting: str, request: str, setup: Setup, walk: Walk) -> str:
    flow = setup.flow
    checked = [
        "- " + setup.text(flow.step(page).choice(choice).reported)
        for page, choice in zip(walk.pages, walk.choices, strict=True)
        if flow.step(page).choice(choice).reported
    ]
    return "\n".join(
        [
            greeting,
            "",
            request,
            "",
            QCoreApplication.translate("Email", "What I checked:"),
            *checked,
            "",
            QCoreApplication.translate("Email", "Thank you, and kind regards,"),
            "",
        ]
    )


def to_billing_admin(setup: Setup, walk: Walk, name: str) -> Email:
    """The email to the billing admin the Admin Center named, greeting them by ``name`` if given."""
    product = setup.policy.product
    subject = QCoreApplication.translate("Email", "Product or licensing change for our {product} account")
    request = QCoreApplication.translate(
        "Email",
        "I would like to make a product or licensing change to our {product} account, and the Admin Center "
        "names you as its billing admin. Could you please help me with it?",
    )
    return Email(subject.format(product=product), _body(_greeting(name), request.format(product=product), setup, walk))


def to_contact(setup: Setup, walk: Walk) -> Email:
    """The email to the organization's own contact, asking who the billing contact is."""
    product = setup.policy.product
    subject = QCoreApplication.translate("Email", "Who is the billing contact of our {product} account?")
    request = QCoreApplication.translate(
        "Email",
        "I am trying to find out who the billing contact of our {product} account is, and I could not tell "
        "from the portals. Could you please tell me, or pass this on to the admin who manages the account?",
    )
    greeting = _greeting(setup.policy.contact.name)
    return Email(subject.format(product=product), _body(greeting, request.format(product=product), setup, walk))


def open_email(address: str, email: Email, parent: QWidget) -> bool:
    """Open ``email`` to ``address`` in the user's mail program."""
    return desktop.open_url(mailto.mailto_url(address, email.subject, email.body), parent)


class EmailComposer(FollowsLanguage, QDialog):
    """Writes to the billing admin whose name and address the Admin Center's message shows.

    Non-blocking, and kept with the verdict: closed and opened again, it shows what was typed.
    """

    def __init__(self, setup: Setup, walk: Walk, parent: QWidget) -> None:
        super().__init__(parent)
        self._setup = setup
        self._walk = walk
        self._sent = False
        self.setObjectName("dialog.email")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        form = QFormLayout()
        # Labels above their fields: long labels (Italian, German) never squeeze a field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._name = QLineEdit(self)
        self._name.setObjectName("field.billing_admin_name")
        self._name.setMaxLength(200)
        self._address = QLineEdit(self)
        self._address.setObjectName("field.billing_admin_email")
        # Room for a pasted address with stray text around it, which the check then explains.
        self._address.setMaxLength(320)
        self._error = QLabel(self)
        self._error.setObjectName("field.billing_admin_email.error")
        self._error.setWordWrap(True)
        self._error.hide()
        self._preview = QPlainTextEdit(self)
        self._preview.setObjectName("field.email_preview")
        self._preview.setReadOnly(True)
        self._name_label = QLabel(self)
        self._name_label.setBuddy(self._name)
        self._address_label = QLabel(self)
        self._address_label.setBuddy(self._address)
        self._preview_label = QLabel(self)
        self._preview_label.setBuddy(self._preview)
        form.addRow(self._name_label, self._name)
        form.addRow(self._address_label, self._address)
        form.addRow(self._error)
        form.addRow(self._preview_label, self._preview)
        layout.addLayout(form)
        self._buttons = QDialogButtonBox(self)
        self._send = QPushButton(self)
        self._send.setObjectName("action.send_email")
        self._send.setDefault(True)
        self._buttons.addButton(self._send, QDialogButtonBox.ButtonRole.AcceptRole)
        self._close = self._buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._buttons.accepted.connect(self.send)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self._name.textChanged.connect(self._changed)
        self._address.textChanged.connect(self._changed)
        line = self.fontMetrics().height()
        self.resize(34 * line, 30 * line)
        self.retranslate()

    # -- what was typed -----------------------------------------------------------------------

    def address(self) -> str:
        return self._address.text().strip()

    def email(self) -> Email:
        return to_billing_admin(self._setup, self._walk, self._name.text().strip())

    def has_unsent_text(self) -> bool:
        """Something was typed and not sent since."""
        return not self._sent and bool(self._name.text().strip() or self.address())

    def _changed(self) -> None:
        self._sent = False
        address = self.address()
        # Said as it is typed once there is something to say; an empty field is said on Send.
        self._show_error(bool(address) and not mailto.is_valid_address(address))
        self._render_preview()

    def _show_error(self, shown: bool, *, again: bool = False) -> None:
        # Told at the field: a screen reader says it as it appears, and when it comes back there.
        if shown:
            accessibility.show_field_error(self._address, self._error, self._error.text(), again=again)
        else:
            accessibility.clear_field_error(self._address, self._error)

    def _render_preview(self) -> None:
        email = self.email()
        subject = QCoreApplication.translate("Email", "Subject: {subject}").format(subject=email.subject)
        self._preview.setPlainText(f"{subject}\n\n{email.body}")

    # -- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        """Open the email in the mail program and close; or say at the field why it cannot be sent."""
        address = self.address()
        if not mailto.is_valid_address(address):
            # The field says why: as the focus comes to it, or again if the focus was there.
            again = self._address.hasFocus()
            self._address.setFocus()
            self._show_error(True, again=again)
            return
        if open_email(address, self.email(), self):
            self._sent = True
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter in a field sends (or says why not) and never falls through to another button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QLineEdit):
            self.send()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Email", "Write to the billing admin"))
        self._intro.setText(
            QCoreApplication.translate(
                "Email",
                "Copy the billing admin's name and email address from the Admin Center's message. The email "
                "opens in your mail program, where you can change it before sending.",
            )
        )
        self._name_label.setText(QCoreApplication.translate("Email", "Billing admin's &name:"))
        self._address_label.setText(QCoreApplication.translate("Email", "Billing admin's &email address:"))
        self._address.setPlaceholderText(QCoreApplication.translate("Email", "name@example.com"))
        self._preview_label.setText(QCoreApplication.translate("Email", "The email &reads:"))
        for field, label in (
            (self._name, self._name_label),
            (self._address, self._address_label),
            (self._preview, self._preview_label),
        ):
            field.setAccessibleName(mnemonics.strip(label.text()).rstrip(":\u00a0 "))
        self._error.setText(
            QCoreApplication.translate(
                "Email",
                "Enter one email address, such as name@example.com, with no spaces, commas, question marks "
                "or ampersands.",
            )
        )
        self._send.setText(QCoreApplication.translate("Email", "&Send…"))
        self._send.setToolTip(QCoreApplication.translate("Email", "Opens the email in your mail program"))
        self._show_error(self._error.isVisible())
        self._render_preview()
