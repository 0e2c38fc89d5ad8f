"""The wizard and what it is made of: the widgets (``widgets``), what a screen reader needs
(``accessibility``), what every page shares (``context``), the step and verdict pages (``pages``),
the verdict's view (``verdict``), the composer (``emails``), sharing a summary (``share``), the
walk-code dialog (``codedialog``), Help and About (``helpbox``), the licences (``licences``), and the
wizard (``wizard``).
"""
