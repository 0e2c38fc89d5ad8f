"""The app as a user starts it: the command line, and a real window on a (virtual) screen."""

from __future__ import annotations

from billing_contact.app import Exit, Options, parse_command_line
from oracle import TITLES


def test_qt_options_are_left_to_qt_and_the_apps_are_read() -> None:
    options = parse_command_line(
        ["billing-contact-assistant", "-style", "fusion", "--lang", "it", "-reverse", "--start", "admin-center"]
    )
    assert options == Options(lang="it", start="admin-center", self_check=False)
    assert parse_command_line(["billing-contact-assistant"]) == Options()
    assert parse_command_line(["billing-contact-assistant", "--self-check"]) == Options(self_check=True)
    assert parse_command_line(["x", "--start="]) == Exit(
        2, "billing-contact-assistant: --start needs a value.\nTry 'billing-contact-assistant --help'."
    )


def test_lang_wins_over_the_remembered_language(make_wizard) -> None:
    from billing_contact.services import settings

    settings.remember_language("it")
    assert make_wizard(None).windowTitle() == TITLES["it"]
    assert make_wizard("en").windowTitle() == TITLES["en"]
