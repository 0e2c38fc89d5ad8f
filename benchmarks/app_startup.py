"""The app started as its launcher starts it: ``billing_contact.app.main()``, nothing added."""

import sys

from billing_contact.app import main

if __name__ == "__main__":
    sys.exit(main())
