"""The article's verdicts: what the answers mean, what to do next, and which portal manages the
account's billing where the answers tell it. Qt-free.

Which portal manages the billing follows the article: the Subscriptions page, reached from either
portal, is the Billing Center's; a standard account (My Account offers no "Go to Billing") and an
account whose Admin Center names its billing admin are billed in the Billing Center; every walk
through the Corporate Billing Portal's page is of an account managed there. An undetermined walk does
not tell.
"""

from __future__ import annotations

from ..logic.flow import QT_TRANSLATE_NOOP, Verdict

_NOT_BILLING_ADMIN = QT_TRANSLATE_NOOP("Flow", "You are not the billing admin")
_STILL_NO_CONTACT = QT_TRANSLATE_NOOP(
    "Flow",
    "If you still cannot find the billing contact, contact the admin who manages your {product} account.",
)

VERDICTS = (
    Verdict(
        id="billing_admin",
        tone="yes",
        headline=QT_TRANSLATE_NOOP("Flow", "You are the billing admin"),
        explanation=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "You were redirected to your account's Subscriptions page: you are the billing "
                "contact for your account.",
            ),
        ),
        next_step=QT_TRANSLATE_NOOP(
            "Flow",
            "In the Billing Center you can change the subscription plan, the payment and billing "
            "information, and the other account settings.",
        ),
        actions=("action.open_billing_center",),
        billing_portal="billing_center",
    ),
    Verdict(
        id="corporate_billing_admin",
        tone="yes",
        # The article: a corporate account's billing is managed in the Corporate Billing Portal, by
        # those who sign in to it with the user ID from an emailed invoice; whoever cannot is not
        # the billing admin. The headline says which side the user is on, in the article's words.
        headline=QT_TRANSLATE_NOOP("Flow", "You are the billing admin, in the Corporate Billing Portal"),
        explanation=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "Your account's billing is managed in the Corporate Billing Portal, by those who sign in to it "
                "with the user ID from an invoice sent by email, as you did.",
            ),
        ),
        next_step=QT_TRANSLATE_NOOP(
            "Flow",
            "For the account's billing, sign in to the Corporate Billing Portal with your user ID and your password.",
        ),
        actions=("action.open_corporate_portal",),
        billing_portal="corporate_portal",
    ),
    Verdict(
        id="not_billing_admin",
        tone="no",
        headline=_NOT_BILLING_ADMIN,
        explanation=(QT_TRANSLATE_NOOP("Flow", "You have a standard account and you are not the billing admin."),),
        next_step=QT_TRANSLATE_NOOP("Flow", "For more information, contact your account admin."),
        actions=(),
        contact_admin=True,
        billing_portal="billing_center",
    ),
    Verdict(
        id="not_billing_admin_named",
        tone="no",
        headline=_NOT_BILLING_ADMIN,
        explanation=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "The Admin Center's message names your billing admin: it shows their name and email address.",
            ),
        ),
        next_step=QT_TRANSLATE_NOOP(
            "Flow",
            "To ask for product or licensing changes, click \u201cEmail the billing admin\u201d in that "
            "message: it opens an email to them in your mail program. If it does not, write to them from here.",
        ),
        actions=("action.open_admin_center", "action.email_billing_admin"),
        billing_portal="billing_center",
    ),
    Verdict(
        id="not_corporate_billing_admin",
        tone="no",
        headline=_NOT_BILLING_ADMIN,
        explanation=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.",
            ),
        ),
        next_step=_STILL_NO_CONTACT,
        actions=(),
        contact_admin=True,
        billing_portal="corporate_portal",
    ),
    Verdict(
        id="undetermined",
        tone="unknown",
        headline=QT_TRANSLATE_NOOP("Flow", "You have not found the billing contact yet"),
        explanation=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "The sign-in failed, or the portal showed something this assistant does not know: this way "
                "does not tell who the billing contact is.",
            ),
        ),
        next_step=QT_TRANSLATE_NOOP(
            "Flow",
            "Ask the admin who manages your {product} account who the billing contact is. Or try the other "
            "way: the Admin Center is for account admins, the Billing Center for anyone who may be the billing "
            "contact.",
        ),
        # The article's next step first; trying the other way after it.
        actions=("action.email_account_admin", "action.try_admin_center", "action.try_billing_center"),
        contact_admin=True,
    ),
)
