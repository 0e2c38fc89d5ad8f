"""Settings: what the user chose (user scope), and what the organization set (system scope).

Both go through QSettings, so each platform keeps them where its administrators expect: on Linux
``~/.config/BillingContactAssistant/`` and ``/etc/xdg/BillingContactAssistant/``, on Windows the
registry (HKCU and HKLM ``Software\\BillingContactAssistant``), on macOS ``~/Library/Preferences``
and ``/Library/Preferences``. A value that cannot be used is logged and ignored: the app always
starts, with the article's defaults.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtCore import QSettings

from ..article import ARTICLE, PRODUCT
from ..logic import mailto
from ..logic.flow import Flow
from ..logic.validation import check_url

_log = logging.getLogger(__name__)

ORGANIZATION = "BillingContactAssistant"
APPLICATION = "billing-contact-assistant"

LANGUAGE_KEY = "language"


# Files found unreadable in this process. QSettings reports a format error only to the first
# object that reads a file and then serves its cached, partial reading as if all were well; a
# later write would replace the broken file, which is kept for whoever wants to look at it.
_unusable: set[str] = set()


def _open(scope: QSettings.Scope) -> QSettings | None:
    settings = QSettings(QSettings.Format.NativeFormat, scope, ORGANIZATION, APPLICATION)
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
    settings = user_settings()
    if settings is None:
        return None
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value else None


def remember_language(code: str) -> bool:
    """Keep ``code`` for next time; False (and a logged warning) when it cannot be written."""
    settings = user_settings()
    if settings is None:
        return False
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()
    if settings.status() != QSettings.Status.NoError or not settings.isWritable():
        _log.warning("Could not save the language choice in %s.", settings.fileName())
        return False
    return True


# -- the organization's policy ----------------------------------------------------------------

# Keys of the system-scope settings, documented in README.md and resources/organization.conf.
PORTAL_KEY = "portals/{portal}"
PRODUCT_KEY = "product/name"
CONTACT_NAME_KEY = "contact/name"
CONTACT_EMAIL_KEY = "contact/email"
HELPDESK_KEY = "contact/helpdesk_url"

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


def system_settings() -> QSettings | None:
    """The organization's settings for every user of this machine, or None when unreadable."""
    return _open(QSettings.Scope.SystemScope)


def load_policy(flow: Flow = ARTICLE, store: QSettings | None = None) -> Policy:
    """The organization's settings, each checked; what is unusable is logged and the default kept."""
    store = store if store is not None else system_settings()
    urls = flow.default_urls()
    if store is None:
        return Policy(urls)
    source = store.fileName()
    for portal_id in urls:
        key = PORTAL_KEY.format(portal=portal_id)
        value = _text(store, key)
        if value is None:
            continue
        reason = check_url(value)
        if reason is None:
            urls[portal_id] = value
        else:
            _log.warning("Ignored %s in %s (%s): %s. Using %s.", key, source, _shown(value), reason, urls[portal_id])
    product = _name(store, PRODUCT_KEY) or PRODUCT
    email = _text(store, CONTACT_EMAIL_KEY) or ""
    if email and not mailto.is_valid_address(email):
        _log.warning(
            "Ignored %s in %s (%s): not a single plain email address.", CONTACT_EMAIL_KEY, source, _shown(email)
        )
        email = ""
    helpdesk = _text(store, HELPDESK_KEY) or ""
    if helpdesk and (reason := check_url(helpdesk)) is not None:
        _log.warning("Ignored %s in %s (%s): %s.", HELPDESK_KEY, source, _shown(helpdesk), reason)
        helpdesk = ""
    return Policy(urls, product, Contact(_name(store, CONTACT_NAME_KEY) or "", email, helpdesk))


def _shown(value: str) -> str:
    """A value as a log line may quote it: short, control characters escaped."""
    return repr(value if len(value) <= 80 else value[:80] + "...")


def _text(store: QSettings, key: str) -> str | None:
    value = store.value(key)
    if value is None:
        return None
    if isinstance(value, list):
        # An unquoted comma makes QSettings read a list: the value was meant as one string.
        _log.warning("Ignored %s in %s: quote a value that contains a comma.", key, store.fileName())
        return None
    if not isinstance(value, str):
        _log.warning("Ignored %s in %s: not text.", key, store.fileName())
        return None
    return value.strip()


def _name(store: QSettings, key: str) -> str | None:
    value = _text(store, key)
    if not value:
        return None
    if len(value) > _MAX_NAME or any(not ch.isprintable() for ch in value):
        _log.warning(
            "Ignored %s in %s (%s): a name is one line of at most %d printable characters.",
            key,
            store.fileName(),
            _shown(value),
            _MAX_NAME,
        )
        return None
    return value
