"""The emails the verdict page offers to write: to the billing admin, to the organization's contact.

Each panel shows what it will send and opens it in the user's own mail program (``mailto:``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .flow import Action
from .i18n import map_text
from .icons import png_icon
from .settings import Policy
from .text import escape
from .widgets import paragraph_label


def _email_body(greeting: str, request: str, summary: str) -> str:
    thanks = QCoreApplication.translate("Email", "Thank you.")
    return f"{greeting}\n\n{request}\n\n{summary}\n{thanks}"


def _greeting(name: str) -> str:
    if name:
        return QCoreApplication.translate("Email", "Hello {name},").format(name=name)
    return QCoreApplication.translate("Email", "Hello,")


class EmailPanel(QWidget):
    """Fields for the billing admin's name and address, copied from the Admin Center message,
    a preview of the email, and the button that opens it in the user's mail program."""

    def __init__(self, summary: Callable[[], str], product: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._summary = summary
        self._product = product
        self._button: QPushButton | None = None
        self._action: Action | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above their fields: long labels (Italian, German) never push a field off the page.
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
        self._name_label = QLabel(self)
        self._name_label.setBuddy(self._name)
        self._address_label = QLabel(self)
        self._address_label.setBuddy(self._address)
        self._preview = QPlainTextEdit(self)
        self._preview.setObjectName("email_preview")
        self._preview.setReadOnly(True)
        self._preview.setMaximumHeight(7 * self.fontMetrics().height())
        self._preview_label = QLabel(self)
        self._preview_label.setBuddy(self._preview)
        form.addRow(self._name_label, self._name)
        form.addRow(self._address_label, self._address)
        form.addRow("", self._error)
        form.addRow(self._preview_label, self._preview)
        self._row = QHBoxLayout()
        form.addRow("", self._row)
        self._name.textChanged.connect(self._update)
        self._address.textChanged.connect(self._update)

    def add_button(self, action: Action) -> None:
        self._action = action
        self._button = QPushButton(self)
        self._button.setObjectName(action.id)
        self._button.clicked.connect(self._write)
        self._row.addWidget(self._button)
        self._row.addStretch(1)
        self.retranslate()

    def address(self) -> str:
        return self._address.text().strip()

    def subject(self) -> str:
        return QCoreApplication.translate("Email", "Product or licensing changes to our {product} account").format(
            product=self._product
        )

    def body(self) -> str:
        request = QCoreApplication.translate(
            "Email",
            "The Admin Center says that you are the billing admin of our {product} account. Could you please "
            "help me make a product or licensing change? Here is what I checked:",
        ).format(product=self._product)
        return _email_body(_greeting(self._name.text().strip()), request, self._summary())

    def _update(self) -> None:
        from . import mailto

        address = self.address()
        valid = mailto.is_valid_address(address)
        if self._button is not None:
            self._button.setEnabled(valid)
        self._error.setVisible(bool(address) and not valid)
        self._preview.setPlainText(self.subject() + "\n\n" + self.body())

    def _write(self) -> None:
        from . import desktop, mailto

        address = self.address()
        if mailto.is_valid_address(address):
            desktop.open_url(mailto.mailto_url(address, self.subject(), self.body()), self)

    def retranslate(self) -> None:
        self._name_label.setText(QCoreApplication.translate("VerdictPage", "Billing admin's &name:"))
        self._address_label.setText(QCoreApplication.translate("VerdictPage", "Billing admin's &email address:"))
        self._address.setPlaceholderText(QCoreApplication.translate("VerdictPage", "name@example.com"))
        self._preview_label.setText(QCoreApplication.translate("VerdictPage", "The email reads:"))
        for field, label in (
            (self._name, self._name_label),
            (self._address, self._address_label),
            (self._preview, self._preview_label),
        ):
            field.setAccessibleName(label.text().replace("&", "").rstrip(":").strip())
        self._error.setText(
            QCoreApplication.translate(
                "VerdictPage",
                "Enter one email address, such as name@example.com, with no spaces, commas, "
                "question marks or ampersands.",
            )
        )
        if self._button is not None and self._action is not None:
            self._button.setText(map_text(self._action.text))
        self._update()


class ContactPanel(QWidget):
    """The organization's own contact, set by IT: write to them, or open their help desk."""

    def __init__(self, policy: Policy, summary: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._policy = policy
        self._summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._who = paragraph_label(self)
        self._who.setObjectName("contact")
        layout.addWidget(self._who)
        row = QHBoxLayout()
        self._write: QPushButton | None = None
        self._helpdesk: QPushButton | None = None
        contact = policy.contact
        if contact.email:
            self._write = QPushButton(self)
            self._write.setObjectName("action.email_account_admin")
            self._write.clicked.connect(self._write_email)
            row.addWidget(self._write)
        if contact.helpdesk_url:
            self._helpdesk = QPushButton(self)
            self._helpdesk.setObjectName("action.open_helpdesk")
            self._helpdesk.setIcon(png_icon("open-external"))
            self._helpdesk.setToolTip(contact.helpdesk_url)
            self._helpdesk.clicked.connect(self._open_helpdesk)
            row.addWidget(self._helpdesk)
        row.addStretch(1)
        layout.addLayout(row)

    def _open_helpdesk(self) -> None:
        from . import desktop

        desktop.open_url(self._policy.contact.helpdesk_url, self)

    def subject(self) -> str:
        return QCoreApplication.translate("Email", "Who is the billing contact of our {product} account?").format(
            product=self._policy.product
        )

    def body(self) -> str:
        request = QCoreApplication.translate(
            "Email",
            "I am trying to find out who the billing contact of our {product} account is. Could you please "
            "help me? Here is what I checked:",
        ).format(product=self._policy.product)
        return _email_body(_greeting(self._policy.contact.name), request, self._summary())

    def _write_email(self) -> None:
        from . import desktop, mailto

        desktop.open_url(mailto.mailto_url(self._policy.contact.email, self.subject(), self.body()), self)

    def retranslate(self) -> None:
        contact = self._policy.contact
        who = contact.who()
        text = (
            QCoreApplication.translate("Pages", "Your organization's contact for this account: {who}").format(who=who)
            if who
            else ""
        )
        self._who.setText(escape(text))
        self._who.setVisible(bool(who))
        if self._write is not None:
            self._write.setText(
                QCoreApplication.translate("Pages", "Write to {name}").format(name=contact.name or contact.email)
            )
        if self._helpdesk is not None:
            self._helpdesk.setText(QCoreApplication.translate("Pages", "Open the help desk"))
