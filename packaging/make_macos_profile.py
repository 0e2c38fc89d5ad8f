"""The sample configuration profile for macOS, from the one table of the organization's settings.

    python packaging/make_macos_profile.py            write resources/org.billingcontact.Assistant.mobileconfig
    python packaging/make_macos_profile.py --check    exit 1 if it is stale

make settings-docs writes it along with the README's table and resources/organization.conf
(make_settings_docs.py). An MDM (Jamf, Intune, Kandji...) or a double-click installs it: one
Custom Settings payload (com.apple.ManagedClient.preferences) that sets, for the app's preference
domain, every key of ``SETTINGS`` to its example, forced. macOS writes those into
/Library/Managed Preferences/org.billingcontact.Assistant.plist, which the app reads before
/Library/Preferences (services/settings.py).

On macOS a QSettings key's slash is a dot: ``contact/email`` is ``contact.email`` in a plist.
"""

from __future__ import annotations

import plistlib
import sys
import uuid
from pathlib import Path

from generated_files import write_or_check

from billing_contact import APP_ID
from billing_contact.services.settings import SETTINGS, Setting

ROOT = Path(__file__).resolve().parent.parent
PROFILE = Path("resources") / f"{APP_ID}.mobileconfig"
# The profile's and its payload's UUIDs are derived, not drawn, so that the file is the same each
# time it is written; an MDM tells profiles apart by PayloadIdentifier.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "billingcontact.org")


def plist_key(key: str) -> str:
    """A QSettings key as Qt writes and reads it in a macOS plist: slashes become dots (and dots,
    which no key here has, middle dots)."""
    if "." in key:
        raise ValueError(f"the key {key!r} has a dot, which Qt writes as a middle dot in a plist")
    return key.replace("/", ".")


def profile(settings: tuple[Setting, ...] = SETTINGS) -> str:
    """The .mobileconfig: a Configuration profile with one payload of forced preferences."""
    preferences = {plist_key(setting.key): setting.example for setting in settings}
    payload = {
        "PayloadType": "com.apple.ManagedClient.preferences",
        "PayloadVersion": 1,
        "PayloadIdentifier": f"{APP_ID}.policy.preferences",
        "PayloadUUID": str(uuid.uuid5(NAMESPACE, f"{APP_ID}.policy.preferences")).upper(),
        "PayloadDisplayName": "Billing Contact Assistant",
        "PayloadContent": {APP_ID: {"Forced": [{"mcx_preference_settings": preferences}]}},
    }
    configuration = {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": f"{APP_ID}.policy",
        "PayloadUUID": str(uuid.uuid5(NAMESPACE, f"{APP_ID}.policy")).upper(),
        "PayloadDisplayName": "Billing Contact Assistant: organization settings",
        "PayloadDescription": (
            "A sample: replace the example values with your organization's, and delete the keys you do not set. "
            "Generated from SETTINGS in gui/billing_contact/services/settings.py by make settings-docs; "
            "README.md says what each key sets."
        ),
        # For every user of the Mac: macOS keeps it in /Library/Managed Preferences.
        "PayloadScope": "System",
        "PayloadContent": [payload],
    }
    return plistlib.dumps(configuration, sort_keys=False).decode("utf-8")


def generated() -> dict[Path, str]:
    """The file written, relative to the repository, with the text it should hold."""
    return {PROFILE: profile()}


def main(arguments: list[str]) -> int:
    if arguments not in ([], ["--check"]):
        print(__doc__, file=sys.stderr)
        return 2
    return write_or_check(ROOT, generated(), check=arguments == ["--check"], chore="settings-docs")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
