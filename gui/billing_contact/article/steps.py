"""The article's steps: what to do on a portal, and what the user may see there. Qt-free."""

from __future__ import annotations

from ..logic.flow import QT_TRANSLATE_NOOP, Choice, Instruction, Step

_SUBSCRIPTIONS = QT_TRANSLATE_NOOP("Flow", "You are redirected to your account's Subscriptions page")
_OTHER = QT_TRANSLATE_NOOP("Flow", "You cannot sign in, or something else happens")
_ONE_OF = QT_TRANSLATE_NOOP("Flow", "One of the following happens: choose the one you see.")
_WHAT_HAPPENS = QT_TRANSLATE_NOOP("Flow", "What happens?")
_FORGOT_PASSWORD = QT_TRANSLATE_NOOP(
    "Flow",
    "If the sign-in fails, use the portal's own \u201cForgot password?\u201d link on its sign-in page: "
    "this assistant cannot see or reset your password.",
)
_CORPORATE_SIGN_IN = QT_TRANSLATE_NOOP(
    "Flow",
    "Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by "
    "email) and your password.",
)

STEPS = (
    Step(
        id="page.start",
        title=QT_TRANSLATE_NOOP("Flow", "Who is the billing contact for my account?"),
        intro=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "The billing contact (that is, the billing admin) for your account is a member "
                "of your organization (not a LogMeIn representative) with special privileges: "
                "they can change the account's subscription plan, change the payment and "
                "billing information, and manage the other account settings.",
            ),
            QT_TRANSLATE_NOOP(
                "Flow",
                "Only billing contacts or account admins can see who the billing contact of an "
                "account is. If you think you are the billing contact but are not sure, you can "
                "check it in one of these two ways. You sign in on the portal, in your own "
                "browser: this assistant never asks for your password.",
            ),
        ),
        instructions=(),
        question=QT_TRANSLATE_NOOP("Flow", "How do you want to check?"),
        help=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "Which way? The Billing Center works for anyone who may be the billing contact. The "
                "Admin Center is for account admins; when you are not the billing admin, it also "
                "shows who is.",
            ),
            QT_TRANSLATE_NOOP(
                "Flow",
                "Helping someone on the phone? Ask them which of the two portals they can sign in "
                "to. They sign in on the portal's own page, in their browser: never ask them for "
                "their password.",
            ),
        ),
        choices=(
            Choice(
                "choice.start.billing_center",
                QT_TRANSLATE_NOOP("Flow", "In the Billing Center (for anyone who thinks they are the billing contact)"),
                "page.billing_center",
            ),
            Choice(
                "choice.start.admin_center",
                QT_TRANSLATE_NOOP("Flow", "In the Admin Center (account admins only)"),
                "page.admin_center",
            ),
        ),
    ),
    Step(
        id="page.billing_center",
        title=QT_TRANSLATE_NOOP("Flow", "Sign in to the Billing Center"),
        intro=(),
        instructions=(
            Instruction(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Sign in to the Billing Center at {billing_center} with the email address and "
                    "password you use for {product}.",
                )
            ),
            Instruction(_ONE_OF),
        ),
        question=_WHAT_HAPPENS,
        portal="billing_center",
        help=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "The Billing Center's sign-in page asks for the email address and password you use "
                "for {product}. After signing in you either land on your account's Subscriptions "
                "page, which lists your plans, or see a message saying that this may not be the "
                "page you wanted.",
            ),
            _FORGOT_PASSWORD,
        ),
        choices=(
            Choice(
                "choice.billing_center.subscriptions",
                _SUBSCRIPTIONS,
                "billing_admin",
                QT_TRANSLATE_NOOP("Flow", "The Billing Center opened the account's Subscriptions page."),
            ),
            Choice(
                "choice.billing_center.not_the_page",
                QT_TRANSLATE_NOOP("Flow", "The message \u201cYou seem to have landed in the wrong place\u201d appears"),
                "page.my_account",
                QT_TRANSLATE_NOOP(
                    "Flow", "The Billing Center said \u201cYou seem to have landed in the wrong place\u201d."
                ),
            ),
            Choice(
                "choice.billing_center.other",
                _OTHER,
                "undetermined",
                QT_TRANSLATE_NOOP("Flow", "Signing in to the Billing Center failed, or it showed something else."),
            ),
        ),
    ),
    Step(
        id="page.my_account",
        title=QT_TRANSLATE_NOOP("Flow", "Look at your My Account page"),
        intro=(),
        instructions=(
            Instruction(
                QT_TRANSLATE_NOOP("Flow", "Click the account profile: you are redirected to the My Account page.")
            ),
        ),
        question=QT_TRANSLATE_NOOP("Flow", "What does your My Account page show?"),
        help=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "The account profile is your name or picture at the top of the portal. On the My "
                "Account page, a \u201cGo to Billing\u201d link means that the account is billed "
                "through the Corporate Billing Portal; without it, the account is a standard one.",
            ),
        ),
        choices=(
            Choice(
                "choice.my_account.standard",
                QT_TRANSLATE_NOOP("Flow", "A standard account: the page offers no \u201cGo to Billing\u201d"),
                "not_billing_admin",
                QT_TRANSLATE_NOOP(
                    "Flow", "The My Account page offers no \u201cGo to Billing\u201d: it is a standard account."
                ),
            ),
            Choice(
                "choice.my_account.corporate",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "The account is managed in the Corporate Billing Portal: the page offers \u201cGo to Billing\u201d",
                ),
                "page.corporate_portal",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "The My Account page offers \u201cGo to Billing\u201d: the account is managed in the "
                    "Corporate Billing Portal.",
                ),
            ),
        ),
    ),
    Step(
        id="page.admin_center",
        title=QT_TRANSLATE_NOOP("Flow", "Sign in to the Admin Center"),
        intro=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "If you are an account admin, you can sign in to the Admin Center to find out "
                "whether you are also a billing admin for your account.",
            ),
        ),
        instructions=(
            Instruction(
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Sign in to the Admin Center with your {product} email address and password at {admin_center}.",
                )
            ),
            Instruction(QT_TRANSLATE_NOOP("Flow", "In the left navigation bar, select \u201cAdd Licenses\u201d.")),
            Instruction(_ONE_OF),
        ),
        question=_WHAT_HAPPENS,
        portal="admin_center",
        help=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "Sign in with the same email address and password as for {product}. \u201cAdd "
                "Licenses\u201d is in the navigation bar on the left. If you cannot sign in to the "
                "Admin Center, you may not be an account admin: try the Billing Center instead.",
            ),
            _FORGOT_PASSWORD,
        ),
        choices=(
            Choice(
                "choice.admin_center.subscriptions",
                _SUBSCRIPTIONS,
                "billing_admin",
                QT_TRANSLATE_NOOP(
                    "Flow", "In the Admin Center, \u201cAdd Licenses\u201d opened the account's Subscriptions page."
                ),
            ),
            Choice(
                "choice.admin_center.contact_billing_admin",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "A message asks you to contact your billing admin (it shows their name and "
                    "email address) to make product or licensing changes to your account",
                ),
                "not_billing_admin_named",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "In the Admin Center, \u201cAdd Licenses\u201d showed a message to contact the billing "
                    "admin, with their name and email address, for product or licensing changes.",
                ),
            ),
            Choice(
                "choice.admin_center.select_product",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "A message asks you to select a product to reach the Billing Center and add licenses",
                ),
                "page.corporate_portal",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "In the Admin Center, \u201cAdd Licenses\u201d asked to select a product to reach the "
                    "Billing Center.",
                ),
            ),
            Choice(
                "choice.admin_center.other",
                _OTHER,
                "undetermined",
                QT_TRANSLATE_NOOP("Flow", "Signing in to the Admin Center failed, or it showed something else."),
            ),
        ),
    ),
    Step(
        id="page.corporate_portal",
        title=QT_TRANSLATE_NOOP("Flow", "Sign in to the Corporate Billing Portal"),
        intro=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.",
            ),
        ),
        instructions=(
            Instruction(
                QT_TRANSLATE_NOOP(
                    "Flow", "On the My Account page, click \u201cGo to Billing\u201d, or go to {corporate_portal}."
                ),
                only_from="page.my_account",
            ),
            Instruction(
                QT_TRANSLATE_NOOP("Flow", "Click the logo of a product in your account, or go to {corporate_portal}."),
                only_from="page.admin_center",
            ),
            Instruction(_CORPORATE_SIGN_IN),
        ),
        question=QT_TRANSLATE_NOOP("Flow", "Can you sign in to the Corporate Billing Portal?"),
        help=(
            QT_TRANSLATE_NOOP(
                "Flow",
                "The Corporate Billing Portal signs you in with a user ID, not your email address: "
                "you find it on the invoices sent to you by email. If you have lost the password, use "
                "the link for it on the portal's sign-in page.",
            ),
        ),
        portal="corporate_portal",
        choices=(
            Choice(
                "choice.corporate_portal.signed_in",
                QT_TRANSLATE_NOOP("Flow", "Yes, I signed in"),
                "corporate_billing_admin",
                QT_TRANSLATE_NOOP("Flow", "Signing in to the Corporate Billing Portal with the user ID worked."),
            ),
            Choice(
                "choice.corporate_portal.cannot_sign_in",
                QT_TRANSLATE_NOOP("Flow", "No, I cannot sign in"),
                "not_corporate_billing_admin",
                QT_TRANSLATE_NOOP("Flow", "Signing in to the Corporate Billing Portal with the user ID failed."),
            ),
        ),
    ),
)
