"""The article's portals, and the actions of the verdict page: what opens which portal, what
writes to the billing admin or the account admin, what tries the other way, what says how to
change the billing contact; and GoTo's support page, where that change is asked for. Qt-free."""

from __future__ import annotations

from ..logic.flow import CHANGE_CONTACT_ACTION, QT_TRANSLATE_NOOP, Action, Portal

# The product the article is about; an organization may name it otherwise (settings.Policy).
PRODUCT = "GoToAssist Remote Support v5"

PORTALS = (
    Portal("billing_center", QT_TRANSLATE_NOOP("Flow", "Billing Center"), "https://billing.logmeininc.com"),
    Portal("admin_center", QT_TRANSLATE_NOOP("Flow", "Admin Center"), "https://admin.logmeininc.com"),
    Portal(
        "corporate_portal",
        QT_TRANSLATE_NOOP("Flow", "Corporate Billing Portal"),
        "https://link.logmeininc.com/corp-billing",
    ),
)

# GoTo's support page for the product, where the request to change the billing contact starts: the
# billing guide of GoToAssist v5's help site, whose answer on billing admins is to contact support,
# with GoTo's "Contact Support" on every page of the site (docs/FLOW.md, "Changing the billing
# contact"). An organization may set another (settings.Policy).
SUPPORT_URL = "https://support.goto.com/remote-support/help/goto-assist-billing-user-guide"

ACTIONS = (
    Action("action.open_billing_center", QT_TRANSLATE_NOOP("Flow", "Open the Billing Center"), "billing_center"),
    Action("action.open_admin_center", QT_TRANSLATE_NOOP("Flow", "Open the Admin Center"), "admin_center"),
    Action(
        "action.open_corporate_portal",
        QT_TRANSLATE_NOOP("Flow", "Open the Corporate Billing Portal"),
        "corporate_portal",
    ),
    Action(
        "action.email_billing_admin",
        QT_TRANSLATE_NOOP("Flow", "Write to the billing admin\u2026"),
        writes_to="billing_admin",
    ),
    Action(
        "action.email_account_admin",
        QT_TRANSLATE_NOOP("Flow", "Write to your account admin\u2026"),
        writes_to="account_admin",
    ),
    Action(
        "action.try_admin_center",
        QT_TRANSLATE_NOOP("Flow", "Try the Admin Center instead"),
        start_choice="choice.start.admin_center",
    ),
    Action(
        "action.try_billing_center",
        QT_TRANSLATE_NOOP("Flow", "Try the Billing Center instead"),
        start_choice="choice.start.billing_center",
    ),
    Action(CHANGE_CONTACT_ACTION, QT_TRANSLATE_NOOP("Flow", "How to change the billing contact\u2026")),
)
