"""``python -m billing_contact`` starts the app."""

from __future__ import annotations

import sys

from billing_contact.app import main

sys.exit(main())
