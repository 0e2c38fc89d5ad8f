"""Settings: what the user chose (user scope), and what the organization set (system scope).

Both go through QSettings, so each platform keeps them where its administrators expect: on Linux
``~/.config/BillingContactAssistant/`` and ``/etc/xdg/BillingContactAssistant/``, on Windows the
registry (HKCU and HKLM ``Software\\BillingContactAssistant``), on macOS the preference domain
``org.billingcontact.Assistant``, the app's bundle id (``~/Library/Preferences`` and
``/Library/Preferences``). On Windows the organization's settings are read first from the key
Group Policy writes, ``HKLM\\Software\\Policies\\BillingContactAssistant`` (the ADMX templates in
packaging/windows/policy/ set it); on macOS first from what a configuration profile sets
(resources/org.billingcontact.Assistant.mobileconfig is a sample). A value that cannot be used is
logged and ignored: the app always starts, with the article's defaults.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QSettings

from .. import APP_ID
from ..article import ARTICLE, PRODUCT
from ..logic import mailto
from ..logic.flow import Flow, Portal
from ..logic.validation import check_url

_log = logging.getLogger(__name__)

ORGANIZATION = "BillingContactAssistant"
APPLICATION = "billing-contact-assistant"
# On macOS, the organization's Internet domain and the application QSettings names the preference
# domain after: together, the bundle id (names() says why).
ORGANIZATION_DOMAIN = "billingcontact.org"
MACOS_APPLICATION = "Assistant"
# What a configuration profile (MDM) sets for the app's domain: macOS writes it here. Qt's QSettings
# reads a domain through CFPreferencesCopyValue, which searches only the exact domain it is given
# and never this managed layer.
MANAGED_PREFERENCES = Path("/Library/Managed Preferences") / f"{APP_ID}.plist"

LANGUAGE_KEY = "language"
# The user's own name, which signs the emails they write from the result page.
YOUR_NAME_KEY = "email/your_name"


# Files found unreadable in this process. QSettings reports a format error only to the first
# object that reads a file and then serves its cached, partial reading as if all were well; a
# later write would replace the broken file, which is kept for whoever wants to look at it.
_unusable: set[str] = set()


def names() -> tuple[str, str]:
    """The organization and application QSettings is given.

    macOS names an app's preferences after a reverse Internet domain, the app's bundle id, and
    that is the domain IT writes with ``defaults`` and configuration profiles. Qt's QSettings
    documents that on macOS (and iOS) an organization's Internet domain is used instead of its
    name, since apps there identify themselves by Internet domains; it reverses the domain and
    appends the application: ``billingcontact.org`` and ``Assistant`` give
    ``org.billingcontact.Assistant``, the bundle id, so the files are
    ``~/Library/Preferences/org.billingcontact.Assistant.plist`` (the user's) and
    ``/Library/Preferences/org.billingcontact.Assistant.plist`` (the organization's). Elsewhere
    QSettings prefers the name: the files on Linux and the registry keys on Windows that users and
    IT already have stay where they are."""
    if sys.platform == "darwin":
        return ORGANIZATION_DOMAIN, MACOS_APPLICATION
    return ORGANIZATION, APPLICATION


def _open(scope: QSettings.Scope) -> QSettings | None:
    return _checked(QSettings(QSettings.Format.NativeFormat, scope, *names()))


def _checked(settings: QSettings) -> QSettings | None:
    """``settings``, or None (and a warning, once) when its file cannot be read."""
    if settings.fileName() in _unusable:
        return None
    status = settings.status()
    if status != QSettings.Status.NoError:
        _unusable.add(settings.fileName())
        _log.warning(
            "The settings file %s cannot be read (%s): using the defaults. The file is left as it is.",
            settings.fileName(),
            status.name,
        )
        return None
    return settings


def user_settings() -> QSettings | None:
    """The user's own settings, or None when they cannot be read."""
    return _open(QSettings.Scope.UserScope)


def remembered_language() -> str | None:
    """The language the user last chose in the app, if any."""
    return _remembered(LANGUAGE_KEY) or None


def remember_language(code: str) -> bool:
    """Keep ``code`` for next time; False (and a logged warning) when it cannot be written."""
    return _remember(LANGUAGE_KEY, code, "the language choice")


def remembered_name() -> str:
    """The name the user signs their emails with, "" if they never gave one."""
    return _remembered(YOUR_NAME_KEY)


def remember_name(name: str) -> bool:
    """Keep ``name`` to sign the next emails with; "" forgets it. False (and a logged warning)
    when it cannot be written."""
    return _remember(YOUR_NAME_KEY, name, "your name")


def _remembered(key: str) -> str:
    settings = user_settings()
    value = settings.value(key) if settings is not None else None
    return value if isinstance(value, str) else ""


def _remember(key: str, value: str, what: str) -> bool:
    settings = user_settings()
    if settings is None:
        return False
    if value:
        settings.setValue(key, value)
    else:
        settings.remove(key)
    settings.sync()
    if settings.status() != QSettings.Status.NoError or not settings.isWritable():
        _log.warning("Could not save %s in %s.", what, settings.fileName())
        return False
    return True


# -- the organization's policy ----------------------------------------------------------------


class Setting(NamedTuple):
    """A key of the organization's policy: what load_policy reads, and what README.md's table and
    resources/organization.conf document (``make settings-docs`` writes both from SETTINGS)."""

    key: str
    # What it sets, in English, as the README's table says it.
    sets: str
    # The value used without it; "" when there is none.
    default: str
    # The value the sample file shows, commented out.
    example: str

    @property
    def group(self) -> str:
        """The part of the key before its slash: the sample file's ``[group]``."""
        return self.key.partition("/")[0]

    @property
    def name(self) -> str:
        """The part of the key after its slash, as the sample file writes it inside its group."""
        return self.key.partition("/")[2]


PORTAL_KEY = "portals/{portal}"
# Where GoTo has moved each portal: the sample file's example of an address an organization sets.
_MOVED_PORTALS = {
    "billing_center": "https://billing.goto.com",
    "admin_center": "https://admin.goto.com",
    "corporate_portal": "https://link.goto.com/corp-billing",
}


def portal_setting(portal: Portal) -> Setting:
    """The key that overrides ``portal``'s address, with the article's address as its default."""
    example = _MOVED_PORTALS.get(portal.id, portal.url)
    return Setting(PORTAL_KEY.format(portal=portal.id), f"the {portal.name}'s address", portal.url, example)


PRODUCT_NAME = Setting("product/name", "the product name the pages show", PRODUCT, PRODUCT)
CONTACT_NAME = Setting("contact/name", "who users ask about the account", "", "IT Help Desk")
CONTACT_EMAIL = Setting(
    "contact/email", "their address: the result pages offer to write to it", "", "helpdesk@example.com"
)
HELPDESK_URL = Setting(
    "contact/helpdesk_url",
    "a help-desk page the result pages offer to open",
    "",
    "https://helpdesk.example.com/billing",
)
SUPPORT_URL = Setting(
    "support/url",
    "GoTo's support page, which \u201cHow to change the billing contact\u2026\u201d opens",
    ARTICLE.support_url,
    # GoTo's own article on changing the billing contact, in Italian: a page in the users' language.
    "https://help.gotoassist.com/it/remote-support/help/how-do-i-change-the-billing-contact-for-my-account",
)

# Every key of the policy, in the order the documentation lists them.
SETTINGS: tuple[Setting, ...] = (
    *(portal_setting(portal) for portal in ARTICLE.portals),
    PRODUCT_NAME,
    CONTACT_NAME,
    CONTACT_EMAIL,
    HELPDESK_URL,
    SUPPORT_URL,
)

# What the sample file says above each group of keys (the part of a key before its slash).
GROUPS = {
    "portals": "The portals' addresses. GoTo has moved them to goto.com hosts; the defaults are the article's.",
    "product": f"The product name the pages show (default: {PRODUCT}).",
    "contact": (
        "Who your users ask about the account. With an email address, the result pages offer to write to it; "
        "with a help-desk address, to open it."
    ),
    "support": (
        f"GoTo's support page, where a request to change the billing contact starts (default: {ARTICLE.support_url})."
    ),
}

_MAX_NAME = 100


class Contact(NamedTuple):
    """Who users of this organization ask about the account: set by IT, or nobody."""

    name: str = ""
    email: str = ""
    helpdesk_url: str = ""

    def __bool__(self) -> bool:
        return bool(self.name or self.email or self.helpdesk_url)

    def who(self) -> str:
        """Name and address as a person writes them: ``IT Desk <it@example.com>``; "" for nobody."""
        return " ".join(part for part in (self.name, f"<{self.email}>" if self.email else "") if part)


class Policy(NamedTuple):
    urls: dict[str, str]
    product: str = PRODUCT
    contact: Contact = Contact()
    support_url: str = SUPPORT_URL.default


def system_settings() -> QSettings | None:
    """The organization's settings for every user of this machine, or None when unreadable."""
    return _open(QSettings.Scope.SystemScope)


# Where Group Policy writes the organization's settings on Windows, the key of the ADMX templates
# (packaging/make_admx.py). Windows empties it when a policy is removed, so nothing stays behind.
# A key's group is a subkey: portals/billing_center is the value billing_center of ...\portals.
GROUP_POLICY_KEY = "HKEY_LOCAL_MACHINE\\Software\\Policies\\" + ORGANIZATION


def group_policy_settings() -> QSettings | None:
    """On Windows, the settings Group Policy wrote, or None when unreadable; None elsewhere."""
    if sys.platform != "win32":
        return None
    return _checked(QSettings(GROUP_POLICY_KEY, QSettings.Format.NativeFormat))


def managed_preferences() -> QSettings | None:
    """On macOS, what a configuration profile sets for the app's domain, or None when there is none
    or it is unreadable; None elsewhere. Read as Qt reads any plist (a key's dot is QSettings'
    slash), the way /Library/Preferences is."""
    if sys.platform != "darwin" or not MANAGED_PREFERENCES.is_file():
        return None
    if not os.access(MANAGED_PREFERENCES, os.R_OK):
        # QSettings would take an unreadable file for an empty one.
        _log.warning("The configuration profile's settings in %s cannot be read: ignored.", MANAGED_PREFERENCES)
        return None
    return _checked(QSettings(str(MANAGED_PREFERENCES), QSettings.Format.NativeFormat))


def policy_stores() -> list[QSettings]:
    """Where the organization's settings are read, the one that wins first: Group Policy's key (on
    Windows) or a configuration profile (on macOS), then the system scope. An unreadable one is
    left out, with its warning."""
    stores = (group_policy_settings(), managed_preferences(), system_settings())
    return [store for store in stores if store is not None]


def load_policy(flow: Flow = ARTICLE, stores: Sequence[QSettings] | None = None) -> Policy:
    """The organization's settings, each checked; what is unusable is logged and the default kept.

    Each key is taken from the first of ``stores`` that holds it (``policy_stores()`` by default),
    whether or not its value can be used: a policy that sets a key decides it."""
    stores = policy_stores() if stores is None else stores
    urls = flow.default_urls()
    for portal_id in urls:
        key = PORTAL_KEY.format(portal=portal_id)
        found = _text(stores, key)
        if found is None:
            continue
        value, source = found
        reason = check_url(value)
        if reason is None:
            urls[portal_id] = value
        else:
            _log.warning("Ignored %s in %s (%s): %s. Using %s.", key, source, _shown(value), reason, urls[portal_id])
    product = _name(stores, PRODUCT_NAME.key) or PRODUCT_NAME.default
    email, source = _text(stores, CONTACT_EMAIL.key) or (CONTACT_EMAIL.default, "")
    if email and not mailto.is_valid_address(email):
        _log.warning(
            "Ignored %s in %s (%s): not a single plain email address.", CONTACT_EMAIL.key, source, _shown(email)
        )
        email = CONTACT_EMAIL.default
    helpdesk, source = _text(stores, HELPDESK_URL.key) or (HELPDESK_URL.default, "")
    if helpdesk and (reason := check_url(helpdesk)) is not None:
        _log.warning("Ignored %s in %s (%s): %s.", HELPDESK_URL.key, source, _shown(helpdesk), reason)
        helpdesk = HELPDESK_URL.default
    name = _name(stores, CONTACT_NAME.key) or CONTACT_NAME.default
    support = flow.support_url
    found = _text(stores, SUPPORT_URL.key)
    if found is not None:
        value, source = found
        if (reason := check_url(value)) is None:
            support = value
        else:
            _log.warning(
                "Ignored %s in %s (%s): %s. Using %s.", SUPPORT_URL.key, source, _shown(value), reason, support
            )
    return Policy(urls, product, Contact(name, email, helpdesk), support)


def _shown(value: str) -> str:
    """A value as a log line may quote it: short, control characters escaped."""
    return repr(value if len(value) <= 80 else value[:80] + "...")


def _found(stores: Sequence[QSettings], key: str) -> tuple[object, str] | None:
    """The value of ``key`` in the first of ``stores`` that holds it, and that store's name."""
    for store in stores:
        if store.contains(key):
            return store.value(key), store.fileName()
    return None


def _text(stores: Sequence[QSettings], key: str) -> tuple[str, str] | None:
    """The text of ``key``, stripped, and where it was found; None when no store holds it as text."""
    found = _found(stores, key)
    if found is None:
        return None
    value, source = found
    if isinstance(value, list):
        # An unquoted comma makes QSettings read a list: the value was meant as one string.
        _log.warning("Ignored %s in %s: quote a value that contains a comma.", key, source)
        return None
    if not isinstance(value, str):
        _log.warning("Ignored %s in %s: not text.", key, source)
        return None
    return value.strip(), source


def _name(stores: Sequence[QSettings], key: str) -> str | None:
    found = _text(stores, key)
    if found is None or not found[0]:
        return None
    value, source = found
    if len(value) > _MAX_NAME or any(not ch.isprintable() for ch in value):
        _log.warning(
            "Ignored %s in %s (%s): a name is one line of at most %d printable characters.",
            key,
            source,
            _shown(value),
            _MAX_NAME,
        )
        return None
    return value
