"""The frozen app's entry point: what ``billing-contact-assistant`` runs (the spec freezes this)."""

import sys

from billing_contact.app import main

sys.exit(main())
