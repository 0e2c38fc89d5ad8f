"""Settings: what the user chose (user scope), and what the organization set (system scope).

Both go through QSettings, so each platform keeps them where its administrators expect: on Linux
``~/.config/BillingContactAssistant/`` and ``/etc/xdg/BillingContactAssistant/``, on Windows the
registry (HKCU and HKLM ``Software\\BillingContactAssistant``), on macOS ``~/Library/Preferences``
and ``/Library/Preferences``. A value that cannot be used is logged and ignored: the app always
starts, with the article's defaults.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings

_log = logging.getLogger(__name__)

ORGANIZATION = "BillingContactAssistant"
APPLICATION = "billing-contact-assistant"

LANGUAGE_KEY = "language"


def _open(scope: QSettings.Scope) -> QSettings | None:
    settings = QSettings(QSettings.Format.NativeFormat, scope, ORGANIZATION, APPLICATION)
    status = settings.status()
    if status != QSettings.Status.NoError:
        # Left as it is, for whoever wants to look at it; the app goes on with its defaults.
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
