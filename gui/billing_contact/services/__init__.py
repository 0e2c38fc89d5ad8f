"""What the app asks of the platform, through Qt: the language and its catalogs (``i18n``), the
user's and the organization's settings (``settings``), the doors out to browser, mail program,
clipboard, files and printer (``desktop``), message boxes and file dialogs (``dialogs``), the log
and unexpected errors (``errors``), icons (``icons``) and the palette (``palette``).

Services use the map (``logic``, ``article``) and each other, never a page or a view (``ui``).
"""
