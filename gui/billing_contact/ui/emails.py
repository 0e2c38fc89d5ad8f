"""The emails the verdict page offers: to the billing admin the Admin Center names, and to the
admin who manages the account (the organization's contact, when it has set one).

Each is written for its reader, a stranger to this app: a subject that says what is asked; a
greeting that is polite in the language; what the sender needs, in their voice, and what they
ask of this reader; what the sender checked, told as what the portals showed; a sign-off with
the sender's name. Nothing meant for the user, and never the verdict's "you are / you are not
the billing admin". Both open in the user's own mail program (``mailto:``).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..logic import mailto, mnemonics
from ..logic.flow import Recipient, Walk
from ..services import desktop, settings
from ..services.i18n import FollowsLanguage
from . import accessibility
from .context import Setup
from .widgets import ErrorLabel, HintedLineEdit

# What the user may need, in the order the composer offers it; "other" is said in their own words.
REQUESTS = ("add_licenses", "change_plan", "payment_method", "other")
OTHER = "other"
# Room for a sentence or two; the email opens in the mail program, where it can say more.
MAX_REQUEST_TEXT = 200
MAX_NAME = 100


class Email(NamedTuple):
    subject: str
    body: str


class Request(NamedTuple):
    """What the user needs: one of REQUESTS ("" before one is chosen), and the words typed for
    "other"."""

    kind: str = ""
    text: str = ""

    def is_complete(self) -> bool:
        return self.kind in REQUESTS and (self.kind != OTHER or bool(self.text.strip()))


def request_label(kind: str) -> str:
    """What the composer's list says for the request ``kind``."""
    return {
        "add_licenses": QCoreApplication.translate("Email", "Add licenses"),
        "change_plan": QCoreApplication.translate("Email", "Change the subscription plan"),
        "payment_method": QCoreApplication.translate("Email", "Update the payment method"),
        OTHER: QCoreApplication.translate("Email", "Something else…"),
    }[kind]


def _greeting(name: str) -> str:
    if name:
        return QCoreApplication.translate("Email", "Hello {name},").format(name=name)
    return QCoreApplication.translate("Email", "Hello,")


def _request_sentence(request: Request, product: str) -> str:
    """What the user needs, in their voice."""
    if request.kind == "add_licenses":
        text = QCoreApplication.translate("Email", "I would like to add licenses to our {product} account.")
    elif request.kind == "change_plan":
        text = QCoreApplication.translate(
            "Email", "I would like to change the subscription plan of our {product} account."
        )
    elif request.kind == "payment_method":
        text = QCoreApplication.translate(
            "Email", "I would like to update the payment method of our {product} account."
        )
    elif request.kind == OTHER and request.text.strip():
        words = " ".join(request.text.split())
        # Their words end the sentence: with their own punctuation, or a full stop.
        if words[-1] not in ".!?…。":
            words += "."
        text = QCoreApplication.translate("Email", "I have a request about our {product} account: {request}")
        return text.format(product=product, request=words)
    else:
        text = QCoreApplication.translate("Email", "I have a request about our {product} account.")
    return text.format(product=product)


def _subject(recipient: Recipient, request: Request, product: str) -> str:
    if recipient == "account_admin":
        text = QCoreApplication.translate("Email", "Who is the billing contact of our {product} account?")
    elif request.kind == "add_licenses":
        text = QCoreApplication.translate("Email", "Adding licenses to our {product} account")
    elif request.kind == "change_plan":
        text = QCoreApplication.translate("Email", "Changing the subscription plan of our {product} account")
    elif request.kind == "payment_method":
        text = QCoreApplication.translate("Email", "Updating the payment method of our {product} account")
    else:
        text = QCoreApplication.translate("Email", "A request about our {product} account")
    return text.format(product=product)


def _ask(recipient: Recipient) -> str:
    """What the sender asks of this reader."""
    if recipient == "billing_admin":
        return QCoreApplication.translate(
            "Email",
            "The Admin Center names you as the billing admin of this account. Could you please help me with it?",
        )
    return QCoreApplication.translate(
        "Email",
        "For that I need to reach its billing contact, and the portals did not tell me who it is. Could you "
        "please tell me, or pass this on to someone who knows?",
    )


def compose(setup: Setup, walk: Walk, recipient: Recipient, *, name: str, request: Request, your_name: str) -> Email:
    """The email to ``recipient`` (greeted by ``name``, if given) asking for ``request``, signed
    ``your_name``."""
    flow, product = setup.flow, setup.policy.product
    checked = [
        "- " + setup.text(flow.step(page).choice(choice).reported)
        for page, choice in zip(walk.pages, walk.choices, strict=True)
        if flow.step(page).choice(choice).reported
    ]
    body = [
        _greeting(name),
        "",
        _request_sentence(request, product) + " " + _ask(recipient),
        "",
        QCoreApplication.translate("Email", "What I checked:"),
        *checked,
        "",
        QCoreApplication.translate("Email", "Thank you, and kind regards,"),
        your_name,
    ]
    return Email(_subject(recipient, request, product), "\n".join(body))


def open_email(address: str, email: Email, parent: QWidget) -> bool:
    """Open ``email`` to ``address`` in the user's mail program."""
    return desktop.open_url(mailto.mailto_url(address, email.subject, email.body), parent)


class EmailComposer(FollowsLanguage, QDialog):
    """Writes to the billing admin whose name and address the Admin Center's message shows, or to
    the admin who manages the account: what the user needs, in their name.

    Non-blocking. What is typed goes into the session's draft (``Setup.draft``) as it is typed, so
    that the composer shows it again wherever it opens next; the user's own name is remembered in
    their settings too.
    """

    def __init__(self, setup: Setup, walk: Walk, recipient: Recipient, parent: QWidget) -> None:
        super().__init__(parent)
        self._setup = setup
        self._walk = walk
        self._recipient = recipient
        self._draft = setup.draft
        # Filling the fields from the draft is not typing.
        self._filling = False
        self.setObjectName("dialog.email")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._build_fields(recipient)
        self._build_layout()
        self._show_draft()
        self._name.textChanged.connect(self._recipient_changed)
        self._address.textChanged.connect(self._recipient_changed)
        self._address.textChanged.connect(self._address_typed)
        self._request.currentIndexChanged.connect(self._request_changed)
        self._request_text.textChanged.connect(self._request_changed)
        self._your_name.textChanged.connect(self._your_name_changed)
        self._your_name.editingFinished.connect(self._remember_your_name)
        self.finished.connect(self._remember_your_name)
        line = self.fontMetrics().height()
        self.resize(self.sizeHint().expandedTo(QSize(62 * line, 34 * line)))
        self.retranslate()

    def _build_fields(self, recipient: Recipient) -> None:
        self._name = QLineEdit(self)
        self._name.setObjectName(f"field.{recipient}_name")
        self._name.setMaxLength(MAX_NAME)
        # Its example shown, not given as its placeholder: Qt reads a placeholder to screen readers
        # as the field's description, at every focus.
        self._address = HintedLineEdit(self)
        self._address.setObjectName(f"field.{recipient}_email")
        # Room for a pasted address with a name and a mailto: around it, which reading it takes away.
        self._address.setMaxLength(320)
        self._address_error = ErrorLabel(self)
        self._address_error.setObjectName(f"field.{recipient}_email.error")
        # Told as the user pauses, leaves the field or sends, not at the first letter typed.
        self._address_check = accessibility.FieldCheck(
            self._address, self._address_error, self._address_problem, tidy=self._clean_address
        )
        self._request = QComboBox(self)
        self._request.setObjectName("field.request")
        for kind in REQUESTS:
            self._request.addItem("", kind)
        self._request_text = QLineEdit(self)
        self._request_text.setObjectName("field.request_text")
        self._request_text.setMaxLength(MAX_REQUEST_TEXT)
        self._request_error = ErrorLabel(self)
        self._request_error.setObjectName("field.request.error")
        accessibility.describes(self._request_error, self._request)
        self._your_name = QLineEdit(self)
        self._your_name.setObjectName("field.your_name")
        self._your_name.setMaxLength(MAX_NAME)
        self._your_name_help = QLabel(self)
        self._your_name_help.setObjectName("field.your_name.help")
        self._your_name_help.setWordWrap(True)
        self._preview = QPlainTextEdit(self)
        self._preview.setObjectName("field.email_preview")
        self._preview.setReadOnly(True)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setObjectName("intro")
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        # The fields on the left, the email as it will read beside them: all of it in sight.
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        form = QFormLayout()
        # Labels above their fields: long labels (Italian, German) never squeeze a field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        columns.addLayout(form, 2)

        self._labels: list[tuple[QWidget, QLabel]] = []
        for field in (self._name, self._address, self._request, self._request_text, self._your_name, self._preview):
            label = QLabel(self)
            label.setBuddy(field)
            self._labels.append((field, label))
        labels = dict(self._labels)
        form.addRow(labels[self._name], self._name)
        form.addRow(labels[self._address], self._address)
        form.addRow(self._address_error)
        form.addRow(labels[self._request], self._request)
        form.addRow(labels[self._request_text], self._request_text)
        form.addRow(self._request_error)
        form.addRow(labels[self._your_name], self._your_name)
        form.addRow(self._your_name_help)
        preview = QVBoxLayout()
        preview.addWidget(labels[self._preview])
        preview.addWidget(self._preview, 1)
        columns.addLayout(preview, 3)

        self._buttons = QDialogButtonBox(self)
        self._send = QPushButton(self)
        self._send.setObjectName("action.send_email")
        self._send.setDefault(True)
        self._buttons.addButton(self._send, QDialogButtonBox.ButtonRole.AcceptRole)
        self._close = self._buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._buttons.accepted.connect(self.send)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)

    # -- the draft ----------------------------------------------------------------------------

    def _show_draft(self) -> None:
        """Fill the fields from the session's draft, or the organization's contact, without
        counting it as typed."""
        draft = self._draft
        contact = self._setup.policy.contact
        default = (contact.name, contact.email) if self._recipient == "account_admin" and contact.email else ("", "")
        name, address = draft.recipients.get(self._recipient, default)
        if draft.your_name is None:
            draft.your_name = settings.remembered_name()
        self._filling = True
        try:
            self._name.setText(name)
            self._address.setText(address)
            self._request.setCurrentIndex(REQUESTS.index(draft.request) if draft.request in REQUESTS else -1)
            self._request_text.setText(draft.request_text)
            self._request_text.setEnabled(draft.request == OTHER)
            self._your_name.setText(draft.your_name)
        finally:
            self._filling = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Opened again: the draft may have changed since, in another composer of the session.
        self._show_draft()
        self._render_preview()
        super().showEvent(event)

    def _recipient_changed(self) -> None:
        if self._filling:
            return
        self._draft.recipients[self._recipient] = (self._name.text(), self._address.text())
        self._draft.unsent = True
        self._render_preview()

    def _address_typed(self) -> None:
        # An error goes as soon as it is fixed; what is still wrong is said once the user pauses,
        # leaves the field or sends, not at every key, which a screen reader would read out.
        if not self._filling:
            self._address_check.typed()

    def _request_changed(self) -> None:
        if self._filling:
            return
        kind = self._request.currentData()
        kind = kind if isinstance(kind, str) else ""
        chosen = kind != self._draft.request
        self._draft.request = kind
        self._draft.request_text = self._request_text.text()
        self._draft.unsent = True
        self._request_text.setEnabled(kind == OTHER)
        # As for the address: gone once fixed; said anew when another request is chosen.
        if self._request_error.isVisible() and (chosen or self.request().is_complete()):
            self._check_request(again=False)
        self._render_preview()

    def _your_name_changed(self) -> None:
        if self._filling:
            return
        self._draft.your_name = self._your_name.text()
        self._render_preview()

    def _remember_your_name(self) -> None:
        name = self._your_name.text().strip()
        if name != settings.remembered_name():
            settings.remember_name(name)

    def request(self) -> Request:
        return Request(self._draft.request, self._draft.request_text)

    def email(self) -> Email:
        return compose(
            self._setup,
            self._walk,
            self._recipient,
            name=self._name.text().strip(),
            request=self.request(),
            your_name=self._your_name.text().strip(),
        )

    # -- checks -------------------------------------------------------------------------------

    def _clean_address(self) -> mailto.Reading:
        """Take away what surrounded a pasted address; a name pasted with it fills an empty name.
        Done as the field is left, on Return and on Send."""
        reading = mailto.read_address(self._address.text())
        if reading.name and not self._name.text().strip():
            self._name.setText(reading.name)
        if reading.address != self._address.text():
            self._address.setText(reading.address)
        return reading

    def _address_problem(self, asked: bool) -> str:
        """What is wrong with the address typed; an empty one only when the user sends."""
        reading = mailto.read_address(self._address.text())
        if reading.problem is None or (reading.problem == mailto.Problem.EMPTY and not asked):
            return ""
        return mailto.describe(reading.problem, reading.character, QCoreApplication.translate)

    def _check_request(self, *, again: bool) -> bool:
        request = self.request()
        if request.is_complete():
            for widget in (self._request, self._request_text):
                accessibility.clear_field_error(widget, self._request_error)
            return True
        if request.kind == OTHER:
            field: QWidget = self._request_text
            message = QCoreApplication.translate("Email", "Say in a few words what you need.")
        else:
            field = self._request
            message = QCoreApplication.translate("Email", "Choose what you need.")
        accessibility.show_field_error(field, self._request_error, message, again=again)
        return False

    def _render_preview(self) -> None:
        email = self.email()
        lines = []
        reading = mailto.read_address(self._address.text())
        if reading.problem is None:
            name = self._name.text().strip()
            to = f"{name} <{reading.address}>" if name else reading.address
            lines.append(QCoreApplication.translate("Email", "To: {address}").format(address=to))
        lines.append(QCoreApplication.translate("Email", "Subject: {subject}").format(subject=email.subject))
        self._preview.setPlainText("\n".join(lines) + "\n\n" + email.body)

    # -- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        """Open the email in the mail program and close; or say at each field what to fix, the
        focus on the first."""
        reading = self._clean_address()
        request_field = self._request_text if self._draft.request == OTHER else self._request
        # Each field says why: as the focus comes to it, or again if the focus was there.
        to_fix = [
            field
            for field, ok in (
                (self._address, self._address_check.check(asked=True)),
                (request_field, self._check_request(again=request_field.hasFocus())),
            )
            if not ok
        ]
        if to_fix:
            to_fix[0].setFocus()
            return
        if open_email(reading.address, self.email(), self):
            self._draft.unsent = False
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter in a field sends (or says why not) and never falls through to another button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self.focusWidget(), QLineEdit):
            self.send()
            return
        super().keyPressEvent(event)

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        product = self._setup.policy.product
        translate = QCoreApplication.translate
        if self._recipient == "billing_admin":
            self.setWindowTitle(translate("Email", "Write to the billing admin"))
            intro = translate(
                "Email",
                "Copy the billing admin's name and email address from the Admin Center's message. The email "
                "opens in your mail program, where you can change it before sending.",
            )
            name_label = translate("Email", "Billing admin's &name:")
            address_label = translate("Email", "Billing admin's &email address:")
        else:
            self.setWindowTitle(translate("Email", "Write to your account admin"))
            intro = translate(
                "Email",
                "Ask the admin who manages your {product} account who its billing contact is. The email opens "
                "in your mail program, where you can change it before sending.",
            ).format(product=product)
            name_label = translate("Email", "Account admin's &name:")
            address_label = translate("Email", "Account admin's &email address:")
        self._intro.setText(intro)
        labels = dict(self._labels)
        labels[self._name].setText(name_label)
        labels[self._address].setText(address_label)
        labels[self._request].setText(translate("Email", "&What do you need?"))
        labels[self._request_text].setText(translate("Email", "Something else, in your &own words:"))
        labels[self._your_name].setText(translate("Email", "&Your name (optional):"))
        labels[self._preview].setText(translate("Email", "The email &reads:"))
        # Field and label named alike, without the colon: a screen reader reads a field by its label.
        for field, label in self._labels:
            name = mnemonics.strip(label.text()).rstrip(":\u00a0 ")
            accessibility.speak_as(field, name)
            accessibility.speak_as(label, name)
        self._address.set_hint(translate("Email", "name@example.com"))
        self._request.setPlaceholderText(translate("Email", "Choose…"))
        for index, kind in enumerate(REQUESTS):
            self._request.setItemText(index, request_label(kind))
        self._your_name_help.setText(
            translate("Email", "It signs the email. The assistant remembers it on this computer for next time.")
        )
        self._your_name.setAccessibleDescription(self._your_name_help.text())
        self._send.setText(translate("Email", "&Send…"))
        self._send.setToolTip(translate("Email", "Opens the email in your mail program"))
        self._address_check.refresh()
        if self._request_error.isVisible():
            self._check_request(again=False)
        self._render_preview()
