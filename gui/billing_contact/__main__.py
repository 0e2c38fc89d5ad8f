"""``python -m billing_contact`` starts the app."""

import sys

from billing_contact.app import main

sys.exit(main())
