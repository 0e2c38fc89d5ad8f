"""The decision map's logic, in plain Python: no Qt, tested without a QApplication.

The map's records and the walk through it (``flow``), what makes a map sound (``validation``),
walk codes (``walkcode``), texts filled and escaped (``text``), a walk's summary (``summary``),
email addresses and ``mailto:`` links (``mailto``), and Alt+letters (``mnemonics``). Nothing here
imports from the layers above it.
"""
