"""The app started as its launcher starts it: ``billing_contact.app.main()``, and the marker."""

from __future__ import annotations

import sys

from billing_contact.app import main

if __name__ == "__main__":
    # After the program's own imports, so that they happen in the order they have without it.
    import first_show

    first_show.arm()
    sys.exit(main())
