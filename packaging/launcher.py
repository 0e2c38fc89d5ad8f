"""The frozen app's entry point: what ``billing-contact-assistant`` runs (the spec freezes this)."""

from __future__ import annotations

import sys

from billing_contact.app import main

sys.exit(main())
