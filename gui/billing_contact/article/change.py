"""How the billing contact is changed, as GoTo's help answers it: one way for accounts managed in
the Billing Center, one for those managed in the Corporate Billing Portal. Qt-free.

GoTo's "How do I change the billing contact for my account?" (docs/FLOW.md, "Changing the billing
contact", lists it in each language): Billing Center accounts ask GoTo's Customer Care, which honours
the request only if the requester can verify the credit card on the account and is its named holder
or a listed account admin; Corporate Billing Portal accounts ask their GoTo representative or
Corporate Account Services. What to have at hand is what those conditions and the article ask for.
"""

from __future__ import annotations

from ..logic.flow import QT_TRANSLATE_NOOP, ChangeWay

_NEW_CONTACT = QT_TRANSLATE_NOOP("Flow", "The name and email address of the new billing contact.")

CHANGE_WAYS = (
    ChangeWay(
        portal="billing_center",
        heading=QT_TRANSLATE_NOOP("Flow", "Your account is managed in the Billing Center"),
        how=QT_TRANSLATE_NOOP(
            "Flow",
            "To change the billing contact, contact GoTo's Customer Care: on GoTo's support page, select "
            "\u201cContact Support\u201d.",
        ),
        conditions_intro=QT_TRANSLATE_NOOP(
            "Flow", "Customer Care honours the request only if both of these conditions apply:"
        ),
        conditions=(
            QT_TRANSLATE_NOOP(
                "Flow", "You can verify the current credit card information that is listed for the account."
            ),
            QT_TRANSLATE_NOOP("Flow", "You are the named credit card holder or a listed account admin."),
        ),
        at_hand=(
            QT_TRANSLATE_NOOP("Flow", "The email address you use for {product}."),
            QT_TRANSLATE_NOOP("Flow", "The credit card currently listed for the account, to verify its information."),
            _NEW_CONTACT,
        ),
        instead=QT_TRANSLATE_NOOP(
            "Flow",
            "If your account is managed in the Billing Center instead, contact GoTo's Customer Care from GoTo's "
            "support page. They change the billing contact only if you can verify the current credit card "
            "information listed for the account and you are the named card holder or a listed account admin.",
        ),
    ),
    ChangeWay(
        portal="corporate_portal",
        heading=QT_TRANSLATE_NOOP("Flow", "Your account is managed in the Corporate Billing Portal"),
        how=QT_TRANSLATE_NOOP(
            "Flow",
            "To change the billing contact, contact your GoTo representative or Corporate Account Services.",
        ),
        conditions_intro="",
        conditions=(),
        at_hand=(
            QT_TRANSLATE_NOOP(
                "Flow", "An invoice sent by email: it shows the account's user ID for the Corporate Billing Portal."
            ),
            _NEW_CONTACT,
        ),
        instead=QT_TRANSLATE_NOOP(
            "Flow",
            "If your account is managed in the Corporate Billing Portal instead, contact your GoTo "
            "representative or Corporate Account Services.",
        ),
    ),
)
